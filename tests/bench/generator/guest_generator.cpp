// The guest generator: creates persons (alone or as look-alike pairs) and decides, record after
// record, whether the next record is a new guest or another stay/visit of a known one.
#include "guest_generator.hpp"

#include <array>
#include <cstdlib>
#include <deque>
#include <unordered_set>

#include "person.hpp"
#include "text_variants.hpp"

namespace cardex::gen {

std::string_view to_string(TrapKind kind) {
    static constexpr std::array<std::string_view, trap_kind_count> names = {
        "none", "couple", "twins", "parent_child", "colleagues", "namesakes"};
    return names[static_cast<std::size_t>(kind)];
}

namespace {

// FNV-1a: the uniqueness set stores 64-bit hashes of identifiers instead of the strings.
std::uint64_t hash(std::string_view kind, std::string_view value) {
    std::uint64_t h = 1469598103934665603ull;
    for (std::string_view part : {kind, std::string_view("\x1f"), value})
        for (char c : part) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    h ^= h >> 33;  // FNV's low bits are weak; the set indexes by them
    h *= 0xff51afd7ed558ccdull;
    return h ^ (h >> 33);
}

bool ends_with(std::string_view s, std::string_view tail) { return s.ends_with(tail); }

// Russian surnames (and Ukrainian ones in -ський) take a feminine ending; -енко, -ук … do not.
std::string feminine_form(std::string_view name) {
    std::string s(name);
    if (ends_with(s, "ський") || ends_with(s, "цький")) return s.substr(0, s.size() - 4) + "ка";
    if (ends_with(s, "ов") || ends_with(s, "ев") || ends_with(s, "ёв") || ends_with(s, "ин")) return s + "а";
    if (ends_with(s, "off")) return s.substr(0, s.size() - 3) + "ova";
    if (ends_with(s, "ine")) return s.substr(0, s.size() - 1) + "a";
    if (ends_with(s, "skyi")) return s.substr(0, s.size() - 2) + "a";
    if (ends_with(s, "sky") || ends_with(s, "ski")) return s.substr(0, s.size() - 1) + "a";
    if (ends_with(s, "ov") || ends_with(s, "ev") || ends_with(s, "in") || ends_with(s, "yn")) return s + "a";
    return s;
}

std::string feminine_forms(std::string_view forms) {
    std::string out;
    for (std::size_t i = 0, n = form_count(forms); i < n; ++i) {
        if (i) out.push_back('|');
        out += feminine_form(nth_form(forms, i));
    }
    return out;
}

Ymd birth_for_age(int reference_year, int age, Rng& rng) {
    const long today = days_from_civil({reference_year, 1, 1});
    return civil_from_days(today - 365L * age - rng.uniform(0, 364));
}

// Open-addressing set of 64-bit hashes: std::unordered_set spent more time than the whole
// generator on its node allocations. 0 is reserved as "empty".
class HashSet {
public:
    bool insert(std::uint64_t h) {
        if (h == 0) h = 1;
        if ((size_ + 1) * 2 > slots_.size()) grow();
        for (std::size_t i = h & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            if (slots_[i] == h) return false;
            if (slots_[i] == 0) {
                slots_[i] = h;
                ++size_;
                return true;
            }
        }
    }

private:
    void grow() {
        std::vector<std::uint64_t> old(slots_.empty() ? 1024 : slots_.size() * 2, 0);
        old.swap(slots_);
        size_ = 0;
        for (std::uint64_t h : old)
            if (h != 0) insert(h);
    }

    std::vector<std::uint64_t> slots_;
    std::size_t size_ = 0;
};

}  // namespace

struct GuestGenerator::Impl {
    GeneratorOptions opt;
    Rng rng;
    std::deque<Person> persons;  // a deque: growing never moves the persons
    std::vector<Company> companies;
    std::vector<std::uint32_t> records_of;     // per person
    std::vector<Booking> last_booking;         // per person: the newest reservation a PMS or OTA record holds
    std::vector<std::uint64_t> seen;           // persons with at least one record
    std::vector<std::uint64_t> record_person;  // person of each record: picks loyal guests more often
    HashSet taken;                             // phone numbers, e-mails, document numbers in use
    std::deque<std::uint64_t> pending;         // second persons of look-alike pairs, not yet written
    std::unordered_set<std::string> interned;  // names built from the pools (double surnames, feminine forms)
    std::uint64_t sequence = 0;
    Fields scratch;

    Impl(std::uint64_t seed, GeneratorOptions o) : opt(o), rng(seed) {}

    bool claim(std::string_view kind, std::string_view value) { return taken.insert(hash(kind, value)); }

    std::string_view intern(std::string name) { return *interned.insert(std::move(name)).first; }

    std::string_view feminine(std::string_view family, Script script) {
        return script == Script::cyrillic ? intern(feminine_forms(family)) : family;
    }

    // Spanish and Portuguese guests carry two surnames (father's and mother's).
    std::string_view family_name(Nat nat, const NamePools& pools) {
        const std::string_view last = rng.pick_skewed(pools.last);
        if (nat == Nat::ES && rng.chance(0.85)) return intern(cat({last, " ", rng.pick_skewed(pools.last)}));
        if (nat == Nat::PT && rng.chance(0.65)) {
            const std::string_view second = rng.pick_skewed(pools.last);
            return intern(cat({second, rng.chance(0.25) ? " da " : " ", last}));
        }
        return last;
    }

    Nat pick_nationality() {
        const auto weights = nationality_weights();
        int total = 0;
        for (int w : weights) total += w;
        int r = rng.uniform(0, total - 1);
        for (int i = 0; i < nat_count; ++i) {
            r -= weights[static_cast<std::size_t>(i)];
            if (r < 0) return static_cast<Nat>(i);
        }
        return Nat::FR;
    }

    Address make_address(Nat nat, int avoid_city = -1) {
        const CountryInfo& c = country(nat);
        int city = static_cast<int>(rng.skewed_index(c.cities.size(), 3.0));
        if (city == avoid_city) city = (city + 1 + static_cast<int>(rng.index(c.cities.size() - 1))) % static_cast<int>(c.cities.size());
        const City& ci = c.cities[static_cast<std::size_t>(city)];
        Address a;
        a.country = nat;
        a.city_forms = ci.names;
        a.region = ci.region;
        a.postcode = nth_form(ci.postcodes, rng.index(form_count(ci.postcodes)));
        std::string line(c.street_format);
        auto put = [&line](std::string_view key, std::string_view value) {
            if (auto at = line.find(key); at != std::string::npos) line.replace(at, key.size(), value);
        };
        put("{s}", rng.pick(c.streets));
        if (line.find("{n}") != std::string::npos)  // house number; "bis" is a French habit
            put("{n}", cat({std::to_string(rng.uniform(1, 120)), nat == Nat::FR && rng.chance(0.06) ? " bis" : ""}));
        if (line.find("{N}") != std::string::npos) put("{N}", std::to_string(rng.uniform(100, 9999)));  // US
        if (line.find("{j}") != std::string::npos)  // Japanese chōme-banchi-gō
            put("{j}", cat({std::to_string(rng.uniform(1, 5)), "-", std::to_string(rng.uniform(1, 30)), "-",
                            std::to_string(rng.uniform(1, 20))}));
        a.line1 = std::move(line);
        if (rng.chance(0.18)) a.line2 = rng.pick(c.line2);
        return a;
    }

    int city_index(const Address& a) const {
        const auto cities = country(a.country).cities;
        for (std::size_t i = 0; i < cities.size(); ++i)
            if (cities[i].names == a.city_forms) return static_cast<int>(i);
        return 0;
    }

    // The digit after a mobile prefix is 2–8: 0, 1 and 9 start special or unassigned ranges in some plans.
    Phone make_mobile(Nat nat) {
        const CountryInfo& c = country(nat);
        for (;;) {
            const MobileRange& r = rng.pick_skewed(c.mobiles, 4.0);
            Phone p{nat, std::string(r.prefix), 0, true};
            p.nsn += static_cast<char>('0' + rng.uniform(2, 8));
            p.nsn += rng.digits(r.length - static_cast<int>(p.nsn.size()));
            if (claim("phone", p.nsn + std::string(c.alpha2))) return p;
        }
    }

    Phone make_fixed(const Address& a) {
        const City& city = country(a.country).cities[static_cast<std::size_t>(city_index(a))];
        for (;;) {
            Phone p{a.country, std::string(city.area), static_cast<int>(city.area.size()), false};
            p.nsn += city.first_digits[rng.index(city.first_digits.size())];
            p.nsn += rng.digits(city.subscriber_digits - 1);
            if (claim("phone", p.nsn + std::string(country(a.country).alpha2))) return p;
        }
    }

    std::string unique_email(std::string local, std::string_view domain) {
        std::string email = cat({local, "@", domain});
        // Common names exhaust short suffixes: lengthen them as attempts fail.
        for (int tries = 0; !claim("email", email); ++tries)
            email = cat({local, rng.digits(2 + tries / 16), "@", domain});
        return email;
    }

    std::string make_email(const Person& p) {
        const Nat provider_country = rng.chance(0.7) ? p.nationality : p.home.country;
        if (provider_country == Nat::CN && rng.chance(0.4))  // QQ mailboxes are the QQ number
            return unique_email(rng.digits(rng.uniform(6, 10), true), "qq.com");
        const std::string_view domain = rng.pick_skewed(country(provider_country).email_providers, 3.0);
        const std::size_t latin = p.script == Script::latin ? 0 : 1;
        const std::string f = email_word(nth_form(p.first_forms, latin));
        const std::string l = email_word(nth_form(p.last_forms, latin));
        std::string yy;
        append_number(yy, static_cast<unsigned>(p.birth.year % 100), 2);
        switch (rng.uniform(0, 11)) {
        case 0: case 1: case 2: return unique_email(f + "." + l, domain);
        case 3: return unique_email(f + l, domain);
        case 4: return unique_email(f.substr(0, 1) + "." + l, domain);
        case 5: return unique_email(f.substr(0, 1) + l, domain);
        case 6: return unique_email(f + "_" + l, domain);
        case 7: return unique_email(l + "." + f, domain);
        case 8: return unique_email(f + "." + l + yy, domain);
        case 9: return unique_email(f + std::to_string(p.birth.year), domain);
        case 10: return unique_email(l + f.substr(0, 1) + yy, domain);
        default: return unique_email(f + "." + l + rng.digits(2), domain);
        }
    }

    std::string make_document(Nat nat) {
        const std::string_view pattern = country(nat).document_pattern;
        for (;;) {
            std::string doc;
            for (char c : pattern) {
                if (c == '9') doc += rng.token(1, "0123456789");
                else if (c == 'A') doc += rng.token(1, "ABCDEFGHJKLMNPRSTUVWXYZ");
                else if (c == 'X') doc += rng.token(1, "0123456789CFGHJKLMNPRTVWXYZ");
                else doc.push_back(c);
            }
            if (claim("doc", doc)) return doc;
        }
    }

    int make_company(Nat nat) {
        const CountryInfo& c = country(nat);
        const NamePools& pools = name_pools(nat);
        const std::string_view last = rng.pick_skewed(pools.last);
        const std::string founder(nth_form(last, pools.script == Script::latin ? 0 : 1));
        const std::string_view word = rng.pick(c.business_words);
        Company co;
        co.name = founder + " " + std::string(word) + " " + std::string(rng.pick(c.company_forms));
        // Two firms may share a name, never a domain: the role address must name one company.
        const std::string base = email_word(founder) + "-" + email_word(word);
        co.address = make_address(nat);
        co.domain = cat({base, ".", c.tld});
        if (!claim("domain", co.domain)) co.domain = cat({base, "-", email_word(nth_form(co.address.city_forms, 0)), ".", c.tld});
        for (int tries = 0; !claim("domain", co.domain); ++tries)
            co.domain = cat({base, rng.digits(1 + tries / 8), ".", c.tld});
        co.switchboard = make_fixed(co.address);
        companies.push_back(std::move(co));
        return static_cast<int>(companies.size()) - 1;
    }

    Person make_person(Nat nat, int sex = -1) {
        const NamePools& pools = name_pools(nat);
        const CountryInfo& c = country(nat);
        Person p;
        p.id = persons.size() + 1;
        p.nationality = nat;
        p.script = pools.script;
        p.female = sex < 0 ? rng.chance(0.5) : sex == 1;
        p.first_forms = rng.pick_skewed(p.female ? pools.female : pools.male);
        p.family_forms = family_name(nat, pools);
        p.last_forms = p.female ? feminine(p.family_forms, p.script) : p.family_forms;
        p.birth = birth_for_age(opt.reference_year, 18 + (rng.uniform(0, 72) + rng.uniform(0, 72)) / 2, rng);
        p.birth_place = c.cities[rng.skewed_index(c.cities.size(), 3.0)].names;
        p.home = make_address(residence(nat));
        p.mobile = make_mobile(p.home.country != nat && rng.chance(0.6) ? p.home.country : nat);
        if (rng.chance(0.3)) p.home_phone = make_fixed(p.home);
        p.language = nth_form(c.languages, rng.chance(0.7) ? 0 : rng.index(form_count(c.languages)));
        p.passport = nat != Nat::FR ? rng.chance(0.7) : rng.chance(0.3);
        p.document_number = p.passport || nat != Nat::FR ? make_document(nat) : make_id_card();
        p.favourite_hotel = 1 + static_cast<int>(rng.skewed_index(static_cast<std::size_t>(opt.hotels), 5.0));
        if (rng.chance(0.85)) p.email = make_email(p);
        if (rng.chance(0.22)) {
            p.company = employer(p.home.country);
            p.business_traveller = rng.chance(0.25);
        }
        return p;
    }

    // Many guests work for a firm another guest already works for: natural colleagues, besides the traps.
    int employer(Nat home) {
        if (!companies.empty() && rng.chance(0.6)) {
            for (int tries = 0; tries < 8; ++tries) {
                const std::size_t i = rng.index(companies.size());
                if (companies[i].address.country == home) return static_cast<int>(i);
            }
        }
        return make_company(home);
    }

    // Most guests live in their country; some foreigners live in France and some French abroad.
    Nat residence(Nat nat) {
        if (nat != Nat::FR && rng.chance(0.1)) return Nat::FR;
        if (nat == Nat::FR && rng.chance(0.03)) {
            constexpr Nat abroad[] = {Nat::BE, Nat::CH, Nat::GB, Nat::DE, Nat::ES};
            return rng.pick(std::span<const Nat>(abroad));
        }
        return nat;
    }

    std::string make_id_card() {  // French national identity card: 12 digits (pre-2021 cards)
        for (;;) {
            std::string doc = rng.digits(12, true);
            if (claim("doc", doc)) return doc;
        }
    }

    std::uint64_t add(Person p) {
        persons.push_back(std::move(p));
        records_of.push_back(0);
        last_booking.emplace_back();
        return persons.back().id;
    }

    // --- look-alike pairs -------------------------------------------------------------------------

    void link(Person& a, Person& b, TrapKind kind) {
        a.trap = b.trap = kind;
        a.related = b.id;
        b.related = a.id;
    }

    // b joins a's household: same address and home phone, same family name (with b's ending).
    void share_household(Person& a, Person& b) {
        if (a.home_phone.empty()) a.home_phone = make_fixed(a.home);
        b.home = a.home;
        b.home_phone = a.home_phone;
        b.family_forms = a.family_forms;
        b.last_forms = b.female ? feminine(b.family_forms, b.script) : b.family_forms;
    }

    int age(const Person& p) const {
        return static_cast<int>((days_from_civil({opt.reference_year, 1, 1}) - days_from_civil(p.birth)) / 365);
    }

    void make_couple(Person& a, Person& b) {
        share_household(a, b);
        // Partners are a few years apart, both within 18–90.
        const bool b_older = age(a) < 27 ? true : age(a) > 81 ? false : rng.chance(0.5);
        b.birth = civil_from_days(days_from_civil(a.birth) + (b_older ? -1 : 1) * rng.uniform(200, 3000));
        b.language = a.language;
        if (rng.chance(0.35)) {  // one mailbox for the household
            const std::string_view domain = rng.pick_skewed(country(a.home.country).email_providers, 3.0);
            const std::string family = email_word(nth_form(a.family_forms, a.script == Script::latin ? 0 : 1));
            a.email = rng.chance(0.5) && !a.email.empty() ? a.email : unique_email("famille." + family, domain);
            b.email = a.email;
        }
    }

    void make_twins(Person& a, Person& b) {
        share_household(a, b);
        b.birth = a.birth;
        b.birth_place = a.birth_place;
        // Twins often get names with the same initial (Léa and Lucie), which defeats initials.
        const NamePools& pools = name_pools(b.nationality);
        const auto names = b.female ? pools.female : pools.male;
        const bool same_initial = rng.chance(0.3);
        for (int tries = 0; tries < 40; ++tries) {
            const std::string_view candidate = rng.pick(names);
            if (candidate == a.first_forms) continue;
            if (same_initial && candidate.substr(0, 1) != a.first_forms.substr(0, 1)) continue;
            b.first_forms = candidate;
            break;
        }
        if (b.first_forms == a.first_forms) b.first_forms = names[names[0] == a.first_forms ? 1 : 0];
    }

    void make_parent_child(Person& child, Person& parent) {
        share_household(child, parent);
        parent.female = child.female;
        parent.first_forms = child.first_forms;
        parent.last_forms = child.last_forms;
        child.birth = birth_for_age(opt.reference_year, rng.uniform(18, 55), rng);
        parent.birth = civil_from_days(days_from_civil(child.birth) - 365L * rng.uniform(25, 35) - rng.uniform(0, 364));
        if ((child.nationality == Nat::US || child.nationality == Nat::GB) && rng.chance(0.6)) {
            child.name_suffix = "Jr";
            parent.name_suffix = "Sr";
        }
    }

    void make_colleagues(Person& a, Person& b) {
        a.company = b.company = make_company(a.home.country);
        a.business_traveller = b.business_traveller = true;
    }

    void make_namesakes(Person& a, Person& b) {
        // Only frequent names collide in real life: take them from the head of the pools.
        const NamePools& pools = name_pools(a.nationality);
        const auto firsts = a.female ? pools.female : pools.male;
        a.first_forms = firsts[rng.index(3)];
        a.family_forms = pools.last[rng.index(3)];
        a.last_forms = a.female ? feminine(a.family_forms, a.script) : a.family_forms;
        b.first_forms = a.first_forms;
        b.family_forms = a.family_forms;
        b.last_forms = a.last_forms;
        b.home = make_address(a.home.country, city_index(a.home));
        if (!b.home_phone.empty()) b.home_phone = make_fixed(b.home);
        if (std::abs(b.birth.year - a.birth.year) < 2) b.birth.year += b.birth.year > 1970 ? -7 : 7;
        if (b.birth.month == 2 && b.birth.day == 29) b.birth.day = 28;
    }

    std::uint64_t new_group() {
        const Nat nat = pick_nationality();
        if (!rng.chance(opt.trap_rate)) return add(make_person(nat));
        const auto kind = static_cast<TrapKind>(rng.uniform(1, trap_kind_count - 1));
        Person a = make_person(nat);
        const int b_sex = kind == TrapKind::couple ? (rng.chance(0.9) ? !a.female : a.female)
                          : kind == TrapKind::twins ? -1
                          : kind == TrapKind::colleagues ? -1 : a.female;
        Person b = make_person(kind == TrapKind::colleagues && rng.chance(0.3) ? pick_nationality() : nat, b_sex);
        b.id = a.id + 1;
        switch (kind) {
        case TrapKind::couple: make_couple(a, b); break;
        case TrapKind::twins: make_twins(a, b); break;
        case TrapKind::parent_child: make_parent_child(a, b); break;
        case TrapKind::colleagues: make_colleagues(a, b); break;
        default: make_namesakes(a, b); break;
        }
        // Mailboxes are named after their owner: rename them when the pair changed names or birth dates.
        if (kind == TrapKind::twins || kind == TrapKind::parent_child || kind == TrapKind::namesakes) {
            if (!b.email.empty()) b.email = make_email(b);
            if (kind != TrapKind::twins && !a.email.empty()) a.email = make_email(a);
        }
        link(a, b, kind);
        const std::uint64_t first = add(std::move(a));
        pending.push_back(add(std::move(b)));
        return first;
    }

    // --- records ----------------------------------------------------------------------------------

    std::uint64_t pick_known() {
        if (rng.chance(0.5)) return seen[rng.index(seen.size())];
        return record_person[rng.index(record_person.size())];
    }

    Source pick_source() {
        const int r = rng.uniform(0, 99);
        return r < 40 ? Source::pms : r < 65 ? Source::channel : r < 80 ? Source::kiosk : r < 90 ? Source::spa
                                                                                                   : Source::restaurant;
    }

    // A couple often travels on one booking: the partner's tablet card may then check it in too,
    // the trap of two guests who share a reservation.
    void remember_booking(const Person& p, Booking b) {
        if (b.hotel == 0) return;
        if (p.trap == TrapKind::couple && p.related != 0 && rng.chance(0.5)) last_booking[p.related - 1] = b;
        last_booking[p.id - 1] = std::move(b);
    }

    GeneratedRecord next() {
        std::uint64_t id = 0;
        bool duplicate = false;
        if (!seen.empty() && rng.chance(opt.duplicate_rate)) {
            id = pick_known();
            duplicate = true;
        } else if (!pending.empty()) {
            id = pending.front();
            pending.pop_front();
        } else {
            id = new_group();
        }
        const Person& p = persons[id - 1];
        if (records_of[id - 1]++ == 0) seen.push_back(id);
        record_person.push_back(id);

        int hotel = rng.chance(0.6) ? p.favourite_hotel : rng.uniform(1, opt.hotels);
        const Company* company = p.company >= 0 ? &companies[static_cast<std::size_t>(p.company)] : nullptr;
        const Source source = pick_source();
        // Most tablet cards of a booked guest are the pre-check-in of their booking, looked up by
        // its reference; the rest are walk-ins and bookings the export does not have.
        const Booking booked = last_booking[id - 1];
        const bool checks_in = source == Source::kiosk && booked.hotel != 0 && rng.chance(0.6);
        // A hotel's spa and restaurant serve its in-house guests more than visitors from outside:
        // most such records of a booked guest fall on a day of their stay, at its hotel.
        const bool visit = source == Source::spa || source == Source::restaurant;
        const bool in_house = visit && booked.hotel != 0 && rng.chance(0.6);
        if (checks_in || in_house) hotel = booked.hotel;
        const RecordContext ctx{p,
                                company,
                                source,
                                hotel,
                                ++sequence,
                                opt.reference_year,
                                checks_in ? &booked : nullptr,
                                in_house ? &booked : nullptr};
        GeneratedRecord out;
        out.person_id = id;
        Booking made;
        out.record = build_record(ctx, rng, scratch, &made);
        remember_booking(p, std::move(made));
        out.duplicate = duplicate;
        out.trap = p.trap;
        out.related_person_id = p.related;
        return out;
    }
};

GuestGenerator::GuestGenerator(std::uint64_t seed, GeneratorOptions options)
    : impl_(std::make_unique<Impl>(seed, options)) {}
GuestGenerator::~GuestGenerator() = default;
GuestGenerator::GuestGenerator(GuestGenerator&&) noexcept = default;
GuestGenerator& GuestGenerator::operator=(GuestGenerator&&) noexcept = default;

GeneratedRecord GuestGenerator::next() { return impl_->next(); }

std::vector<GeneratedRecord> GuestGenerator::generate(std::size_t n) {
    std::vector<GeneratedRecord> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back(impl_->next());
    return out;
}

std::size_t GuestGenerator::persons() const { return impl_->persons.size(); }

}  // namespace cardex::gen
