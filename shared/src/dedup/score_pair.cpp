// Pair scoring: Fellegi–Sunter weights per field plus the conflicts that forbid a link.
//
// m = P(level | same person), u = P(level | different people). u of an exact name, phone, e-mail or
// address agreement is the share of that value in the register (frequency-aware); the other u and
// all m values are set from what hotel data looks like (see docs/dedup.md for the table).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "cardex/dedup.hpp"
#include "dedup/identity_evidence.hpp"
#include "dedup/given_name_variants.hpp"
#include "dedup/name_similarity.hpp"

namespace cardex::dedup {

namespace {

constexpr double kGenericNameShare = 0.002;   // u of an exact name when no frequency table is given
constexpr double kGenericContactShare = 1e-6;
constexpr double kTypoRarity = 20;  // a typo's spelling is at least this many times rarer than the name

double w(double m, double u) { return std::log2(m / u); }

// email_match_key(a) == email_match_key(b), without building the two keys for every pair scored.
bool same_email(const NormalizedRecord& a, const NormalizedRecord& b) {
    if (a.email.size() != b.email.size()) return false;
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    for (std::size_t i = 0; i < a.email.size(); ++i)
        if (lower(a.email[i]) != lower(b.email[i])) return false;
    return true;
}

struct Scorer {
    const NormalizedRecord& a;
    const NormalizedRecord& b;
    const FrequencyTable* freq;
    bool explain;
    PairScore out;

    IdentityEvidence identity;

    void add(std::string_view field, std::string_view level, double weight) {
        out.score += weight;
        identity.add({field, level, weight});
        if (explain) out.evidence.push_back({field, level, weight});
    }
    void conflict(const char* why) {
        if (out.conflict.empty()) out.conflict = why;
    }

    double name_weight(NameLevel level, std::string_view key, bool last) const {
        switch (level) {
            case NameLevel::exact: {
                double u = !freq ? kGenericNameShare : last ? freq->last_name_share(key) : freq->first_name_share(key);
                return w(0.92, u);
            }
            case NameLevel::initial: return w(0.03, 0.06);
            case NameLevel::partial: return w(0.02, 0.004);
            case NameLevel::similar: return w(0.03, 0.001);
            case NameLevel::different: return w(0.02, 0.98);
            case NameLevel::missing: return 0.0;
        }
        return 0.0;
    }

    static const char* name_level_word(NameLevel level) {
        switch (level) {
            case NameLevel::exact: return "exact";
            case NameLevel::initial: return "initial";
            case NameLevel::partial: return "partial";
            case NameLevel::similar: return "similar";
            case NameLevel::different: return "different";
            case NameLevel::missing: return "missing";
        }
        return "missing";
    }

    // Names are compared as written and with first/last swapped (PMS exports mix the columns up);
    // the orientation with the stronger agreement is kept. A Chinese name in one column ("wang wei")
    // against two columns is compared as whole names.
    // A short name with one typo ("henk" / "hdnk") is below the Jaro–Winkler cut, and as a first
    // name it would forbid the link. It is a typo when one spelling is rare and the other common
    // in the register: a typo makes a spelling nobody else has. Two names that are both common
    // ("maria" / "marta", "mario" / "marco") stay different. Without frequencies nothing changes.
    NameLevel typo_aware(NameLevel level, std::string_view x, std::string_view y, bool last) const {
        if (level != NameLevel::different || !freq || x.size() < 4 || y.size() < 4 || x[0] != y[0] ||
            !one_edit_apart(x, y))
            return level;
        double sx = last ? freq->last_name_share(x) : freq->first_name_share(x);
        double sy = last ? freq->last_name_share(y) : freq->first_name_share(y);
        return std::min(sx, sy) * kTypoRarity <= std::max(sx, sy) ? NameLevel::similar : level;
    }

    // "Juergen" / "Jürgen", "Yuriy" / "Iouri", "Oleksandr" / "Aleksandr": one given name written by
    // two systems, which a string distance holds different (dedup/given_name_variants.hpp).
    static NameLevel variant_aware(NameLevel level, std::string_view x, std::string_view y) {
        return level == NameLevel::different && given_name_variants(x, y) ? NameLevel::similar : level;
    }

    // Swapped columns pair a's first-name column with b's last-name column and the other way
    // round. Either record may be the swapped one, so which of the two pairs holds the first names
    // is read from the register: the pair whose values are likelier first names than last names
    // ("geertruida"/"niels" rather than "jansen"/"jansen"; "hai yan"/"hai yan" rather than
    // "guo"/"kuo"). Without frequencies the disagreeing pair is taken as the first names: a
    // conflict rather than a guess.
    bool cross_pair_is_first_names(NameLevel cross1, NameLevel cross2) const {
        if (!freq) return cross1 == NameLevel::different || cross2 != NameLevel::different;
        auto givenness = [&](std::string_view x) {
            return std::log2(freq->first_name_share(x)) - std::log2(freq->last_name_share(x));
        };
        return givenness(a.first_name_key) + givenness(b.last_name_key) >=
               givenness(a.last_name_key) + givenness(b.first_name_key);
    }

    static bool agrees(NameLevel level) { return level != NameLevel::different && level != NameLevel::missing; }

    void names() {
        bool one_column = (a.first_name_key.empty() || b.first_name_key.empty()) && !a.name_key.empty() &&
                          a.name_key == b.name_key && a.first_name_key != b.first_name_key;
        if (one_column) {
            add("name", "exact_whole_name", w(0.9, kGenericNameShare * kGenericNameShare * 50));
            return;
        }
        NameLevel first = variant_aware(
            typo_aware(compare_names(a.first_name_key, b.first_name_key), a.first_name_key, b.first_name_key, false),
            a.first_name_key, b.first_name_key);
        NameLevel last = typo_aware(compare_names(a.last_name_key, b.last_name_key), a.last_name_key, b.last_name_key, true);
        double first_w = name_weight(first, a.first_name_key, false), last_w = name_weight(last, a.last_name_key, true);
        bool use_swapped = false;
        // PMS exports mix the columns up: the swapped orientation counts when it agrees better.
        NameLevel cross1 = compare_names(a.first_name_key, b.last_name_key);  // a's first column, b's last
        NameLevel cross2 = compare_names(a.last_name_key, b.first_name_key);  // a's last column, b's first
        if (agrees(cross1) || agrees(cross2)) {
            bool cross1_first = cross_pair_is_first_names(cross1, cross2);
            cross1 = typo_aware(cross1, a.first_name_key, b.last_name_key, !cross1_first);
            cross2 = typo_aware(cross2, a.last_name_key, b.first_name_key, cross1_first);
            if (cross1_first) cross1 = variant_aware(cross1, a.first_name_key, b.last_name_key);
            else cross2 = variant_aware(cross2, a.last_name_key, b.first_name_key);
            // Each agreement is weighed by the frequency of the name as what it is.
            double w1 = name_weight(cross1, a.first_name_key, !cross1_first);
            double w2 = name_weight(cross2, a.last_name_key, cross1_first);
            if (w1 + w2 > first_w + last_w) {
                use_swapped = true;
                first = cross1_first ? cross1 : cross2;
                last = cross1_first ? cross2 : cross1;
                first_w = cross1_first ? w1 : w2;
                last_w = cross1_first ? w2 : w1;
            }
        }
        add("first_name", use_swapped ? "swapped" : name_level_word(first), first_w);
        if (use_swapped && first != NameLevel::exact) add("first_name", name_level_word(first), 0.0);
        add("last_name", name_level_word(last), last_w);
        // Two complete, clearly different first names are two people, whatever else they share:
        // couples, twins and colleagues share surnames, phones, e-mails and addresses. (Checked on
        // the orientation used: "Jansen Niels" against "Geertruida Jansen" is a couple, not a swap.)
        if (first == NameLevel::different) conflict("different_first_name");
        generations();
    }

    // "Helen Brown Jr" and "Helen Brown Sr" at one address are a mother and her daughter: two
    // different suffixes are a conflict. (The suffix may have been typed in either column, by a
    // PMS that swaps them.) One suffix against none is left to the other fields: measured at a
    // million records, taking the household's evidence away from it lost six right pairs for
    // each false one it prevented.
    void generations() {
        auto of = [](const NormalizedRecord& r) {
            auto g = generation_suffix(r.last_name_key);
            return g.empty() ? generation_suffix(r.first_name_key) : g;
        };
        const auto ga = of(a), gb = of(b);
        if (!ga.empty() && !gb.empty() && ga != gb) conflict("different_generation");
    }

    // First and last names are counted one by one, as if independent; but names come by country
    // ("Oleksandr" goes with "Shevchenko"), so a full name can be far commoner than its parts'
    // weights say. With nothing but names in common, a full name many records carry is not sent to
    // an operator (PairScore::common_name). Either spelling of the pair counts.
    void common_name() {
        if (!freq || out.identifying || !out.conflict.empty()) return;  // a conflict is never reviewed
        if (!full_name_common()) return;
        out.common_name = true;
        add("name", "common_full_name", 0.0);
    }

    // More than kCommonFullNameRecords records of the population carry the full name of either
    // record (of either spelling of the pair). False without frequencies.
    bool full_name_common() const {
        return freq && std::max(freq->full_name_records(a.first_name_key, a.last_name_key),
                                freq->full_name_records(b.first_name_key, b.last_name_key)) > kCommonFullNameRecords;
    }

    struct Ymd { int y = 0, m = 0, d = 0; };
    static bool parse(const std::string& s, Ymd& out) {
        if (s.size() != 10) return false;
        out = {std::atoi(s.substr(0, 4).c_str()), std::atoi(s.substr(5, 2).c_str()), std::atoi(s.substr(8, 2).c_str())};
        return true;
    }
    static int digit_differences(int x, int y) {
        int n = 0;
        for (; x > 0 || y > 0; x /= 10, y /= 10) n += (x % 10) != (y % 10);
        return n;
    }

    void birth_date() {
        Ymd x, y;
        if (!parse(a.birth_date, x) || !parse(b.birth_date, y)) return;
        if (a.birth_date == b.birth_date) return add("birth_date", "exact", w(0.95, 1.0 / (365.0 * 70)));
        if (x.y == y.y && x.m == y.d && x.d == y.m) return add("birth_date", "day_month_swapped", w(0.01, 1e-5));
        // One mistyped digit, but never one that moves the year by a decade or more: a parent and a
        // child can share a birthday and differ only in the tens of the year (1956 / 1986).
        int digits = digit_differences(x.y, y.y) + digit_differences(x.m, y.m) + digit_differences(x.d, y.d);
        if (digits == 1 && std::abs(x.y - y.y) < 10) return add("birth_date", "one_digit", w(0.02, 3e-4));
        add("birth_date", "different", w(0.02, 0.999));
        conflict("different_birth_date");
    }

    void email() {
        bool pa = a.email_kind == EmailKind::personal, pb = b.email_kind == EmailKind::personal;
        if (!pa || !pb) return;  // OTA relay and role addresses say nothing about the person
        if (same_email(a, b)) return add("email", "exact", w(0.6, freq ? freq->email_share(email_match_key(a.email)) : kGenericContactShare));
        add("email", "different", w(0.3, 0.999));
    }

    void phone() {
        if (a.phone_e164.empty() || b.phone_e164.empty()) return;
        if (a.phone_e164 != b.phone_e164) {
            // Two different mobiles are two personal numbers: what tells a parent from a same-named
            // child at one address. A mobile against a fixed line is one person's two numbers as often.
            bool mobiles = a.phone_kind == PhoneKind::mobile && b.phone_kind == PhoneKind::mobile;
            return add("phone", mobiles ? "different_mobiles" : "different", w(0.3, 0.999));
        }
        double u = freq ? freq->phone_share(a.phone_e164) : kGenericContactShare;
        // A shared fixed line is often a household's or a switchboard's: worth less than a mobile.
        if (a.phone_kind == PhoneKind::mobile) add("phone", "exact_mobile", w(0.6, u));
        else add("phone", "exact_fixed", w(0.3, u * 20));
    }

    void document() {
        if (a.document_key.empty() || b.document_key.empty()) return;
        if (a.document_key == b.document_key) return add("document", "exact", w(0.5, 1e-8));
        add("document", "different", w(0.15, 0.999));  // documents are renewed: weak, not a conflict
    }

    void address() {
        if (a.postcode.empty() || b.postcode.empty()) return;
        if (a.postcode != b.postcode) return add("address", "different", w(0.3, 0.99));
        if (!a.address_key.empty() && a.address_key == b.address_key) {
            double u = freq ? freq->address_share(a.address_key, a.postcode) : 1e-5;
            return add("address", "exact", w(0.5, u));
        }
        add("address", "same_postcode", w(0.2, 0.002));
    }

    // One booking: the same guest seen by two systems (the PMS reservation and the tablet's
    // pre-check-in of it), or two guests of one room. Like an address it identifies only a named
    // member of the party. Within one system the records of a booking are its several guests (a
    // card's companions, the PMS's guests of one reservation), so they count only across systems:
    // a son on his father's card with the father's name and no birth date is not the father.
    // Two different bookings say nothing: guests come back.
    void booking() {
        if (a.booking_key.empty() || a.booking_key != b.booking_key || a.source == b.source) return;
        add("booking", "same", w(0.05, 1e-6));
    }

    // A spa or restaurant visit during a stay at the same hotel: the in-house guest of that name.
    // Like an address it is a household's evidence (a couple shares the stay), so it identifies
    // only a named member of it. Two stays that overlap say nothing: namesakes stay at one hotel in
    // one week often enough among a million guests, and a guest does not hold two bookings at once.
    // Nor does a visit whose phone or personal e-mail is not the stay's: another guest of the
    // name. Nor does a full name more than kCommonFullNameRecords records carry: another guest of
    // that name may be in house (the expected number grows with the name's count, not with the
    // register's size, so the cap holds at any size). One booking is the booking's evidence already.
    void stay() {
        if (a.stay_arrival.empty() || b.stay_arrival.empty() || a.hotel_id.empty() || a.hotel_id != b.hotel_id ||
            (!a.booking_key.empty() && a.booking_key == b.booking_key))
            return;
        const bool a_visit = a.is_visit(), b_visit = b.is_visit();
        if (a_visit == b_visit) return;  // two stays, or two visits (not filed to meet: blocking.cpp)
        const NormalizedRecord& visit = a_visit ? a : b;
        const NormalizedRecord& booked = a_visit ? b : a;
        if (visit.stay_arrival < booked.stay_arrival || visit.stay_arrival > booked.stay_departure) return;
        const bool phones_differ = !a.phone_e164.empty() && !b.phone_e164.empty() && a.phone_e164 != b.phone_e164;
        const bool emails_differ = a.email_kind == EmailKind::personal && b.email_kind == EmailKind::personal &&
                                   !same_email(a, b);
        if (phones_differ || emails_differ) return add("stay", "visit_during_stay_other_contact", 0.0);
        if (full_name_common()) return add("stay", "visit_during_stay_common_name", 0.0);
        add("stay", "visit_during_stay", w(0.3, 1e-4));
    }

    void nationality_and_sex() {
        if (!a.nationality.empty() && !b.nationality.empty()) {
            if (a.nationality == b.nationality) add("nationality", "exact", w(0.95, 0.3));
            else add("nationality", "different", w(0.03, 0.7));
        }
        if (a.sex != 0 && b.sex != 0 && a.sex != b.sex) {
            add("sex", "different", w(0.005, 0.5));
            conflict("different_sex");
        }
    }
};

}  // namespace

bool is_identifying(const Evidence& e) {
    if (e.weight <= 0) return false;
    if (e.field == "first_name" || e.field == "last_name" || e.field == "name" || e.field == "nationality") return false;
    return e.level != "same_postcode";
}

void IdentityEvidence::add(const Evidence& e) {
    if (e.field == "last_name" && e.level == "different") last_names_differ = true;
    if (e.field == "first_name" && (e.level == "missing" || e.level == "initial" || e.level == "different"))
        first_name_weak = true;
    if ((e.field == "phone" && e.level == "different_mobiles") || (e.field == "document" && e.level == "different"))
        line_or_document_differs = contact_differs = true;
    if (e.field == "email" && e.level == "different") contact_differs = true;
    if (!is_identifying(e)) return;
    if (e.field == "birth_date") birth_date = true;
    else if (e.field == "address" || e.field == "booking" || e.field == "stay" ||
             (e.field == "phone" && e.level == "exact_fixed"))
        household = true;
    else personal = true;
}

bool identifies(const std::vector<Evidence>& evidence) {
    IdentityEvidence id;
    for (const auto& e : evidence) id.add(e);
    return id.identifies();
}

PairScore score_pair(const NormalizedRecord& a, const NormalizedRecord& b, const FrequencyTable* freq, bool explain) {
    Scorer s{a, b, freq, explain, {}, {}};
    s.names();
    s.birth_date();
    s.email();
    s.phone();
    s.document();
    s.address();
    s.booking();
    s.stay();
    s.nationality_and_sex();
    s.out.identifying = s.identity.identifies();
    s.common_name();
    return std::move(s.out);
}

}  // namespace cardex::dedup
