// One guest record → the values the register stores and the dedup engine compares.
#include "cardex/normalize.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>
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

// "Patrick M." typed into the first-name column with no last name: the trailing initial is the
// last name, shortened. Split it, so that "Patrick" meets "P" + "Martin" name for name. Anything
// else in one column ("Jean Pierre", "Wang Wei") is left as typed: which word is which is a guess.
void split_trailing_initial(NormalizedRecord& out) {
    if (!out.last_name.empty()) return;
    auto sp = out.first_name.rfind(' ');
    if (sp == std::string::npos || sp == 0) return;
    std::string_view tail = std::string_view(out.first_name).substr(sp + 1);
    bool initial = (tail.size() == 1 || (tail.size() == 2 && tail[1] == '.')) &&
                   ((tail[0] >= 'A' && tail[0] <= 'Z') || (tail[0] >= 'a' && tail[0] <= 'z'));
    if (!initial) return;
    out.last_name = std::string(tail);
    out.first_name.erase(sp);
    out.repairs.push_back({"first_name", "last_name_initial_split"});
}

void normalize_names(const RawRecord& in, CyrillicHint hint, NormalizedRecord& out) {
    out.first_name = tidy_name(clean_field(in, "first_name", out));
    out.last_name = tidy_name(clean_field(in, "last_name", out));
    split_trailing_initial(out);
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

std::string trimmed(const RawRecord& in, std::string_view column) { return collapse_spaces(clean_text(in.get(column))); }

std::string alnum_upper(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') out.push_back(static_cast<char>(c - 'a' + 'A'));
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) out.push_back(c);
    }
    return out;
}

// Postcodes differ only by spacing and case between systems ("sw1a 1aa", "SW1A1AA", "69 003").
std::string postcode_key(std::string_view raw) {
    std::string folded = fold_latin(raw);
    return alnum_upper(folded);
}

void normalize_document(const RawRecord& in, NormalizedRecord& out) {
    std::string number = alnum_upper(fold_latin(in.get("document_number")));
    if (number.empty()) return;
    std::string issuer;
    if (auto code = country_to_alpha2(clean_text(in.get("document_country")))) issuer = *code;
    else if (!is_blank(in.get("document_country"))) out.problems.push_back({"document_country", "invalid_country"});
    // Without an issuer, a number is still a key: numbers of different countries rarely collide.
    out.document_key = (issuer.empty() ? out.nationality : issuer) + ":" + number;
}

void normalize_identity(const RawRecord& in, NormalizedRecord& out) {
    out.source = trimmed(in, "source");
    out.source_record_id = trimmed(in, "source_record_id");
    out.hotel_id = trimmed(in, "hotel_id");
    out.booking_key = cardex::booking_key(out.hotel_id, in.get("reservation_ref"));
    std::string lang = trimmed(in, "language");
    auto sep = lang.find_first_of("-_");
    for (std::size_t i = 0; i < lang.size() && i < sep; ++i)
        if (lang[i] >= 'A' && lang[i] <= 'Z') lang[i] = static_cast<char>(lang[i] - 'A' + 'a');
    if (sep != std::string::npos) lang[sep] = '-';
    out.language = std::move(lang);
}

// The days at the hotel: a guest seen by two systems of one hotel at one time (dedup "stay"). A
// value that is not a date is a problem, as is a departure before the arrival (then the arrival
// alone is kept: the guest was there that day).
void normalize_stay_dates(const RawRecord& in, NormalizedRecord& out) {
    auto read = [&](const char* column, std::string& target) {
        const std::string& raw = in.get(column);
        if (is_blank(raw)) return;
        auto date = parse_date(raw);
        if (date) target = date->iso();
        else out.problems.push_back({column, date.error()});
    };
    read("arrival", out.stay_arrival);
    read("departure", out.stay_departure);
    if (!out.stay_arrival.empty() && !out.stay_departure.empty() && out.stay_departure < out.stay_arrival) {
        out.problems.push_back({"departure", "before_arrival"});
        out.stay_departure.clear();
    }
}

// Titles that state the sex in the kiosk languages. Dr, Prof, Me and the like say nothing.
char sex_from_title(std::string_view raw) {
    static const std::unordered_map<std::string, char> titles = {
        {"m", 'M'}, {"mr", 'M'}, {"monsieur", 'M'}, {"herr", 'M'}, {"hr", 'M'}, {"sr", 'M'}, {"senor", 'M'},
        {"sig", 'M'}, {"signor", 'M'}, {"sir", 'M'}, {"pan", 'M'}, {"mister", 'M'}, {"messrs", 'M'},
        {"mme", 'F'}, {"madame", 'F'}, {"mlle", 'F'}, {"mademoiselle", 'F'}, {"mrs", 'F'}, {"ms", 'F'},
        {"miss", 'F'}, {"frau", 'F'}, {"fr", 'F'}, {"sra", 'F'}, {"senora", 'F'}, {"srta", 'F'},
        {"senorita", 'F'}, {"sig ra", 'F'}, {"sigra", 'F'}, {"signora", 'F'}, {"pani", 'F'}, {"dona", 'F'},
    };
    auto it = titles.find(fold_latin(raw));
    return it == titles.end() ? 0 : it->second;
}

void normalize_address(const RawRecord& in, NormalizedRecord& out) {
    out.postcode = postcode_key(in.get("postcode"));
    out.city_key = fold_latin(clean_text(in.get("city")));
    out.address_key = fold_latin(clean_text(in.get("address_line1")));
    out.company_key = fold_latin(clean_text(in.get("company")));
    out.sex = sex_from_title(clean_text(in.get("title")));
}

}  // namespace

// Exports spell one booking with spaces, dashes or lower case. A placeholder ("N/A", "NONE", "0")
// is no booking: it would join every record that has it.
std::string booking_key(std::string_view hotel_id, std::string_view reservation_ref) {
    const std::string hotel = collapse_spaces(clean_text(hotel_id));
    if (hotel.empty()) return {};
    std::string ref = alnum_upper(fold_latin(reservation_ref));
    if (ref.size() < 4 || ref.find_first_of("123456789") == std::string::npos) return {};
    return hotel + "|" + ref;
}

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
    normalize_identity(in, out);
    normalize_stay_dates(in, out);
    normalize_address(in, out);
    normalize_document(in, out);
    return out;
}

}  // namespace cardex
