#include "cardex/retention.hpp"

#include <algorithm>

#include "cardex/country.hpp"
#include "cardex/date.hpp"

namespace cardex {

Result<CardRetention, std::string> card_retention_for(std::string_view country) {
    if (country == "FR") return CardRetention{183, true};
    if (country == "ES") return CardRetention{1096, true};
    if (country == "DE") return CardRetention{365, true};
    if (country == "IT" || country == "PT") return CardRetention{30, true};
    if (!is_country_code(country))
        return fail("country \"" + std::string(country) + "\": not an ISO 3166 alpha-2 country code (FR, ES, IT, DE, PT …)");
    return CardRetention{183, false};
}

bool is_card_only_column(std::string_view column) {
    return std::find(std::begin(kCardOnlyColumns), std::end(kCardOnlyColumns), column) != std::end(kCardOnlyColumns);
}

std::string card_keep_from(std::string_view arrival, std::string_view departure, std::string_view received_at) {
    const std::string_view received = received_at.substr(0, 10);
    std::optional<Date> end;
    if (is_iso_date(departure)) end = *parse_date(departure);
    else if (is_iso_date(arrival)) end = *parse_date(arrival);
    if (!end) return std::string(received);
    if (is_iso_date(received))
        end = std::min(*end, Date::from_days_since_epoch(parse_date(received)->days_since_epoch() + 366));
    return end->iso();
}

}  // namespace cardex
