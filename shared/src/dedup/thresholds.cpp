// The checks and the text form every way of setting the thresholds shares (cardexctl dedup, the
// register's settings).
#include <charconv>
#include <cmath>

#include "cardex/dedup.hpp"

namespace cardex::dedup {

std::string format_threshold(double v) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc{} ? std::string(buf, end) : std::to_string(v);
}

std::string threshold_error(const Thresholds& t) {
    for (const auto& n : kNamedThresholds)
        if (!std::isfinite(t.*n.field)) return std::string(n.name) + ": must be a finite number";
    // A score is the log-odds of one person against two: at 0 or below, the evidence is even or
    // against, so linking or asking from there would merge (or queue) strangers by the thousand.
    for (const auto& n : kNamedThresholds)
        if (t.*n.field <= 0) return std::string(n.name) + ": " + format_threshold(t.*n.field) + " must be above 0";
    if (t.review > t.link)
        return "review_threshold: " + format_threshold(t.review) + " is above link_threshold " + format_threshold(t.link);
    if (t.review_names_only < t.review)
        return "review_names_only_threshold: " + format_threshold(t.review_names_only) + " is below review_threshold " +
               format_threshold(t.review);
    return {};
}

}  // namespace cardex::dedup
