// Fuzzes every normaliser with arbitrary bytes: the input is split on '\n' into the fields of a
// guest record. Nothing may crash, and normalising a normalised record must not change it.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "cardex/normalize.hpp"
#include "cardex/text.hpp"

namespace {
const char* const kColumns[] = {"first_name", "last_name", "email", "phone", "birth_date", "nationality", "country"};
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    cardex::RawRecord raw;
    for (const char* column : kColumns) {
        auto nl = text.find('\n');
        raw.fields.emplace_back(column, std::string(text.substr(0, nl)));
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    cardex::NormalizeOptions opt;
    opt.today = cardex::Date{2026, 11, 22};
    auto once = cardex::normalize_record(raw, opt);

    // Idempotence of the display name tidying and the keys.
    if (cardex::tidy_name(once.first_name) != once.first_name) std::abort();
    cardex::RawRecord again{{{"first_name", once.first_name}, {"last_name", once.last_name},
                              {"nationality", once.nationality}, {"country", once.country}}};
    auto twice = cardex::normalize_record(again, opt);
    if (twice.first_name_key != once.first_name_key || twice.last_name_key != once.last_name_key) std::abort();
    return 0;
}
