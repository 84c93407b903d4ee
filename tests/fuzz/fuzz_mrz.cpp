// Fuzzes the ICAO 9303 MRZ parser (typed or scanned text from a guest).
#include <cstdint>
#include <string_view>

#include "cardex/mrz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    (void)cardex::parse_mrz(text, cardex::Date{2026, 11, 22});
    return 0;
}
