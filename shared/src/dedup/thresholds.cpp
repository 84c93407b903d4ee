// The checks every way of setting the thresholds shares (cardexctl dedup, the register's settings).
#include <cmath>

#include "cardex/dedup.hpp"

namespace cardex::dedup {

namespace {
std::string number(double v) {
    std::string s = std::to_string(v);  // "14.000000": trim the zeros an operator did not type
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}
}  // namespace

std::string threshold_error(const Thresholds& t) {
    const std::pair<const char*, double> all[] = {
        {"link_threshold", t.link}, {"review_threshold", t.review}, {"review_names_only_threshold", t.review_names_only}};
    for (const auto& [name, v] : all)
        if (!std::isfinite(v)) return std::string(name) + ": must be a finite number";
    if (t.review > t.link) return "review_threshold: " + number(t.review) + " is above link_threshold " + number(t.link);
    if (t.review_names_only < t.review)
        return "review_names_only_threshold: " + number(t.review_names_only) + " is below review_threshold " +
               number(t.review);
    return {};
}

}  // namespace cardex::dedup
