#include "cardex/retention.hpp"

namespace cardex {

std::optional<int> card_retention_days(std::string_view country) {
    if (country == "FR") return 183;
    if (country == "ES") return 1096;
    if (country == "DE") return 365;
    if (country == "IT" || country == "PT") return 30;
    return std::nullopt;
}

}  // namespace cardex
