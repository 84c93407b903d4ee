// Fuzzes the strict JSON model parser and the validation behind it: no input may crash, hang or
// leak, and whatever parses must serialise and parse back to the same submission.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cardex/model_json.hpp"
#include "cardex/validation.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = cardex::parse_submission_json(text);
    if (!parsed) return 0;
    (void)cardex::validate_submission(*parsed, cardex::france_card_requirements(), cardex::Date{2026, 11, 22});
    auto again = cardex::parse_submission_json(cardex::to_json(*parsed));
    if (!again || !(*again == *parsed)) std::abort();  // round trip must hold
    return 0;
}
