// Pair scoring: Fellegi–Sunter weights per field plus the conflicts that forbid a link.
//
// m = P(level | same person), u = P(level | different people). u of an exact name, phone, e-mail or
// address agreement is the share of that value in the register (frequency-aware); the other u and
// all m values are set from what hotel data looks like (see docs/dedup.md for the table).
#include <cmath>
#include <cstdlib>
#include <string>

#include "cardex/dedup.hpp"
#include "dedup/name_similarity.hpp"

namespace cardex::dedup {

namespace {

constexpr double kGenericNameShare = 0.002;   // u of an exact name when no frequency table is given
constexpr double kGenericContactShare = 1e-6;

double w(double m, double u) { return std::log2(m / u); }

struct Scorer {
    const NormalizedRecord& a;
    const NormalizedRecord& b;
    const FrequencyTable* freq;
    bool explain;
    PairScore out;

    void add(std::string_view field, std::string_view level, double weight) {
        out.score += weight;
        if (is_identifying({field, level, weight})) out.identifying = true;
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
    void names() {
        auto f = compare_names(a.first_name_key, b.first_name_key);
        auto l = compare_names(a.last_name_key, b.last_name_key);
        auto fs = compare_names(a.first_name_key, b.last_name_key);
        auto ls = compare_names(a.last_name_key, b.first_name_key);
        double straight = name_weight(f, a.first_name_key, false) + name_weight(l, a.last_name_key, true);
        double swapped = name_weight(fs, a.first_name_key, false) + name_weight(ls, a.last_name_key, true);
        bool one_column = (a.first_name_key.empty() || b.first_name_key.empty()) && !a.name_key.empty() &&
                          a.name_key == b.name_key && a.first_name_key != b.first_name_key;
        if (one_column) {
            add("name", "exact_whole_name", w(0.9, kGenericNameShare * kGenericNameShare * 50));
            return;
        }
        bool use_swapped = swapped > straight;
        NameLevel first = use_swapped ? fs : f, last = use_swapped ? ls : l;
        add("first_name", use_swapped ? "swapped" : name_level_word(first), name_weight(first, a.first_name_key, false));
        if (use_swapped && first != NameLevel::exact) add("first_name", name_level_word(first), 0.0);
        add("last_name", name_level_word(last), name_weight(last, a.last_name_key, true));
        // Two complete, clearly different first names are two people, whatever else they share:
        // couples, twins and colleagues share surnames, phones, e-mails and addresses.
        if (first == NameLevel::different) conflict("different_first_name");
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
        if (a.email == b.email) return add("email", "exact", w(0.6, freq ? freq->email_share(a.email) : kGenericContactShare));
        add("email", "different", w(0.3, 0.999));
    }

    void phone() {
        if (a.phone_e164.empty() || b.phone_e164.empty()) return;
        if (a.phone_e164 != b.phone_e164) return add("phone", "different", w(0.3, 0.999));
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
            double u = freq ? freq->address_share(a.address_key + "|" + a.postcode) : 1e-5;
            return add("address", "exact", w(0.5, u));
        }
        add("address", "same_postcode", w(0.2, 0.002));
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

PairScore score_pair(const NormalizedRecord& a, const NormalizedRecord& b, const FrequencyTable* freq, bool explain) {
    Scorer s{a, b, freq, explain, {}};
    s.names();
    s.birth_date();
    s.email();
    s.phone();
    s.document();
    s.address();
    s.nationality_and_sex();
    return std::move(s.out);
}

}  // namespace cardex::dedup
