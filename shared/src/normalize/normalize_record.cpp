// One guest record → the values the register stores and the dedup engine compares.
#include "cardex/normalize.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "cardex/country.hpp"
#include "cardex/name_key.hpp"
#include "cardex/text.hpp"

namespace cardex {

const std::string& RawRecord::get(std::string_view column) const {
    static const std::string empty;
    for (const auto& [name, value] : fields)
        if (name == column) return value;
    return empty;
}

namespace {

bool is_blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// A country column: empty stays empty, an unknown value is a problem (never guessed).
std::string normalize_country(const RawRecord& in, std::string_view column, std::vector<Problem>& problems) {
    const std::string& raw = in.get(column);
    if (is_blank(raw)) return {};
    if (auto code = country_to_alpha2(clean_text(raw))) return *code;
    problems.push_back({std::string(column), "invalid_country"});
    return {};
}

std::string sorted_tokens(std::string_view a, std::string_view b) {
    std::vector<std::string_view> tokens;
    for (std::string_view s : {a, b}) {
        while (!s.empty()) {
            auto sp = s.find(' ');
            if (sp != 0) tokens.push_back(s.substr(0, sp));
            if (sp == std::string_view::npos) break;
            s.remove_prefix(sp + 1);
        }
    }
    std::sort(tokens.begin(), tokens.end());
    std::string out;
    for (auto t : tokens) {
        if (!out.empty()) out.push_back(' ');
        out.append(t);
    }
    return out;
}

// clean_text, noting an encoding repair so that operators can see which sources send mojibake.
std::string clean_field(const RawRecord& in, std::string_view column, NormalizedRecord& out) {
    std::string note;
    std::string text = clean_text(in.get(column), &note);
    if (!note.empty()) out.repairs.push_back({std::string(column), std::move(note)});
    return text;
}

void normalize_names(const RawRecord& in, CyrillicHint hint, NormalizedRecord& out) {
    out.first_name = tidy_name(clean_field(in, "first_name", out));
    out.last_name = tidy_name(clean_field(in, "last_name", out));
    out.first_name_key = name_key(out.first_name, hint);
    out.last_name_key = name_key(out.last_name, hint);
    // Sorted tokens make the key independent of which column a PMS put each name in.
    out.name_key = sorted_tokens(out.first_name_key, out.last_name_key);
}

void normalize_email_field(const RawRecord& in, const EmailRules& rules, NormalizedRecord& out) {
    auto email = normalize_email(clean_text(in.get("email")), rules);
    out.email = std::move(email.email);
    out.email_kind = email.kind;
    if (!email.problem.empty()) out.problems.push_back({"email", email.problem});
}

void normalize_phone_field(const RawRecord& in, const std::string& region, NormalizedRecord& out) {
    auto phone = normalize_phone(clean_text(in.get("phone")), region);
    out.phone_e164 = std::move(phone.e164);
    out.phone_kind = phone.kind;
    if (!phone.problem.empty()) out.problems.push_back({"phone", phone.problem});
}

void normalize_birth_date(const RawRecord& in, Date today, NormalizedRecord& out) {
    const std::string& raw = in.get("birth_date");
    if (is_blank(raw)) return;
    auto date = parse_birth_date(raw, today);
    if (date) out.birth_date = date->iso();
    else out.problems.push_back({"birth_date", date.error()});
}

}  // namespace

NormalizedRecord normalize_record(const RawRecord& in, const NormalizeOptions& opt) {
    NormalizedRecord out;
    out.nationality = normalize_country(in, "nationality", out.problems);
    out.country = normalize_country(in, "country", out.problems);

    // A national phone number is read in the guest's country of residence, else their nationality,
    // else the hotel's country; a Cyrillic name of a Ukrainian is romanised the Ukrainian way.
    const std::string& region = !out.country.empty() ? out.country
                                : !out.nationality.empty() ? out.nationality : opt.default_country;
    CyrillicHint hint = cyrillic_hint_for_country(!out.nationality.empty() ? out.nationality : out.country);

    normalize_names(in, hint, out);
    normalize_email_field(in, opt.email_rules ? *opt.email_rules : EmailRules::builtin(), out);
    normalize_phone_field(in, region, out);
    normalize_birth_date(in, opt.today, out);
    return out;
}

}  // namespace cardex
