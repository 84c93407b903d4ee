#include "dedup/name_similarity.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace cardex::dedup {

namespace {

constexpr std::size_t kMaxTokens = 8;

struct Tokens {
    std::array<std::string_view, kMaxTokens> t{};
    std::size_t n = 0;
};

Tokens split(std::string_view s) {
    Tokens out;
    while (!s.empty() && out.n < kMaxTokens) {
        auto sp = s.find(' ');
        if (sp != 0) out.t[out.n++] = s.substr(0, sp);
        if (sp == std::string_view::npos) break;
        s.remove_prefix(sp + 1);
    }
    return out;
}

bool contains(const Tokens& hay, std::string_view token) {
    return std::find(hay.t.begin(), hay.t.begin() + static_cast<long>(hay.n), token) != hay.t.begin() + static_cast<long>(hay.n);
}

// Every token of `small` is in `big` (and small is really smaller).
bool token_subset(const Tokens& small, const Tokens& big) {
    if (small.n == 0 || small.n >= big.n) return false;
    for (std::size_t i = 0; i < small.n; ++i)
        if (!contains(big, small.t[i])) return false;
    return true;
}

// "p" ~ "patrick", "j p" ~ "jean pierre", "jp" ~ "jean pierre": one side made only of initials
// that match the other side's tokens in order.
bool initials_match(const Tokens& initials, const Tokens& full) {
    std::string letters;
    for (std::size_t i = 0; i < initials.n; ++i) {
        if (initials.n > 1 && initials.t[i].size() != 1) return false;
        letters += initials.t[i];
    }
    if (letters.empty() || letters.size() > full.n) return false;
    if (initials.n == 1 && letters.size() > 3) return false;  // a whole word, not initials
    for (std::size_t i = 0; i < letters.size(); ++i)
        if (full.t[i].empty() || full.t[i][0] != letters[i]) return false;
    return letters.size() == full.n || letters.size() == 1;
}

std::string joined(const Tokens& t) {
    std::string s;
    for (std::size_t i = 0; i < t.n; ++i) s += t.t[i];
    return s;
}

}  // namespace

double jaro_winkler(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty()) return a == b ? 1.0 : 0.0;
    if (a == b) return 1.0;
    const std::size_t window = std::max<std::size_t>(std::max(a.size(), b.size()) / 2, 1) - 1;
    std::array<bool, 64> a_used{}, b_used{};
    if (a.size() > a_used.size() || b.size() > b_used.size()) return 0.0;  // not a name
    std::size_t matches = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        std::size_t lo = i > window ? i - window : 0, hi = std::min(i + window + 1, b.size());
        for (std::size_t j = lo; j < hi; ++j) {
            if (b_used[j] || a[i] != b[j]) continue;
            a_used[i] = b_used[j] = true;
            ++matches;
            break;
        }
    }
    if (matches == 0) return 0.0;
    std::size_t transpositions = 0;
    for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
        if (!a_used[i]) continue;
        while (!b_used[j]) ++j;
        if (a[i] != b[j]) ++transpositions;
        ++j;
    }
    double m = static_cast<double>(matches);
    double jaro = (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size()) +
                   (m - static_cast<double>(transpositions) / 2.0) / m) / 3.0;
    std::size_t prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    return jaro + static_cast<double>(prefix) * 0.1 * (1.0 - jaro);
}

NameLevel compare_names(std::string_view a, std::string_view b) {
    if (a.empty() || b.empty()) return NameLevel::missing;
    Tokens ta = split(a), tb = split(b);
    // "J" and "J" agree only as initials do: a thousand first names start with J.
    auto only_initials = [](const Tokens& t) {
        for (std::size_t i = 0; i < t.n; ++i)
            if (t.t[i].size() != 1) return false;
        return t.n > 0;
    };
    if (a == b) return only_initials(ta) ? NameLevel::initial : NameLevel::exact;
    if (initials_match(ta, tb) || initials_match(tb, ta)) return NameLevel::initial;
    if (token_subset(ta, tb) || token_subset(tb, ta)) return NameLevel::partial;
    // "jean pierre" / "jeanpierre", "ouyang" / "ou yang": spacing is not a difference.
    std::string ja = joined(ta), jb = joined(tb);
    if (ja == jb) return NameLevel::exact;
    // Initials are never "similar" to a different name ("p" vs "m").
    if (ja.size() <= 2 || jb.size() <= 2) return NameLevel::different;
    return jaro_winkler(ja, jb) >= 0.90 ? NameLevel::similar : NameLevel::different;
}

bool one_edit_apart(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (a == b || b.size() - a.size() > 1) return false;
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;  // first difference
    if (a.size() < b.size()) return a.substr(i) == b.substr(i + 1);                      // insertion
    if (a.substr(i + 1) == b.substr(i + 1)) return true;                                 // substitution
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);  // transposition
}

std::string_view generation_suffix(std::string_view name_key) {
    const auto space = name_key.rfind(' ');
    if (space == std::string_view::npos) return {};  // a one-word name is never only a suffix
    const std::string_view last = name_key.substr(space + 1);
    if (last == "jr" || last == "junior") return "junior";
    if (last == "sr" || last == "senior") return "senior";
    if (last == "ii" || last == "iii" || last == "iv") return last;
    return {};
}

}  // namespace cardex::dedup
