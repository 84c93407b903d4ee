// One record of a person as a given source system writes it.
//
// The probabilities below describe each source: a PMS has legacy upper-case names and French-style
// dates, a channel manager has the OTA's relay e-mail and international phones, the kiosk has what
// the guest typed (native script, ISO dates, E.164), spa and restaurant systems have little more
// than a name, often an initial, and a phone.
#include <array>
#include <iterator>

#include "person.hpp"
#include "text_variants.hpp"

namespace cardex::gen {

std::string_view to_string(Source source) {
    static constexpr std::array<std::string_view, 5> names = {"pms", "channel", "kiosk", "spa", "restaurant"};
    return names[static_cast<std::size_t>(source)];
}

namespace {

struct Profile {
    double title, birth_date, birth_place, nationality, email, phone, address, document, language, company, stay;
    double upper_both, upper_last, lower_both;                 // case habits
    double accents_dropped, mojibake, typo, initial, no_first;  // damage to names
    double swapped, alt_spelling, native_script, ota_booking;
};

constexpr std::array<Profile, 5> profiles = {{
    // pms
    {.title = 0.7, .birth_date = 0.45, .birth_place = 0.1, .nationality = 0.7, .email = 0.65, .phone = 0.75,
     .address = 0.55, .document = 0.35, .language = 0.25, .company = 0.5, .stay = 0.95, .upper_both = 0.55,
     .upper_last = 0.2, .lower_both = 0.0, .accents_dropped = 0.15, .mojibake = 0.04, .typo = 0.025,
     .initial = 0.02, .no_first = 0.0, .swapped = 0.03, .alt_spelling = 0.15, .native_script = 0.05,
     .ota_booking = 0.4},
    // channel
    {.title = 0.3, .birth_date = 0.05, .birth_place = 0.0, .nationality = 0.15, .email = 0.95, .phone = 0.85,
     .address = 0.25, .document = 0.0, .language = 0.6, .company = 0.2, .stay = 1.0, .upper_both = 0.15,
     .upper_last = 0.0, .lower_both = 0.12, .accents_dropped = 0.3, .mojibake = 0.01, .typo = 0.03,
     .initial = 0.0, .no_first = 0.0, .swapped = 0.04, .alt_spelling = 0.25, .native_script = 0.0,
     .ota_booking = 0.8},
    // kiosk
    {.title = 0.5, .birth_date = 0.95, .birth_place = 0.6, .nationality = 1.0, .email = 0.85, .phone = 0.9,
     .address = 0.9, .document = 0.9, .language = 1.0, .company = 0.3, .stay = 0.8, .upper_both = 0.0,
     .upper_last = 0.1, .lower_both = 0.0, .accents_dropped = 0.03, .mojibake = 0.0, .typo = 0.01,
     .initial = 0.0, .no_first = 0.0, .swapped = 0.01, .alt_spelling = 0.05, .native_script = 0.5,
     .ota_booking = 0.0},
    // spa
    {.title = 0.2, .birth_date = 0.1, .birth_place = 0.0, .nationality = 0.0, .email = 0.35, .phone = 0.7,
     .address = 0.05, .document = 0.0, .language = 0.0, .company = 0.0, .stay = 0.5, .upper_both = 0.5,
     .upper_last = 0.0, .lower_both = 0.0, .accents_dropped = 0.2, .mojibake = 0.02, .typo = 0.04,
     .initial = 0.2, .no_first = 0.05, .swapped = 0.03, .alt_spelling = 0.3, .native_script = 0.02,
     .ota_booking = 0.0},
    // restaurant
    {.title = 0.1, .birth_date = 0.02, .birth_place = 0.0, .nationality = 0.0, .email = 0.1, .phone = 0.65,
     .address = 0.0, .document = 0.0, .language = 0.0, .company = 0.05, .stay = 0.5, .upper_both = 0.4,
     .upper_last = 0.0, .lower_both = 0.05, .accents_dropped = 0.25, .mojibake = 0.01, .typo = 0.04,
     .initial = 0.25, .no_first = 0.3, .swapped = 0.03, .alt_spelling = 0.4, .native_script = 0.02,
     .ota_booking = 0.0},
}};

constexpr std::string_view source_prefix[] = {"PMS", "CHM", "KSK", "SPA", "RST"};

class Builder {
public:
    Builder(const RecordContext& ctx, Rng& rng, Fields& scratch, Booking* booked)
        : ctx_(ctx), p_(ctx.person), rng_(rng), pr_(profiles[static_cast<std::size_t>(ctx.source)]), fields_(scratch),
          booked_(booked) {
        // A business traveller's bookings mostly carry the company's contact details.
        business_ = ctx.company != nullptr && (ctx.source == Source::pms || ctx.source == Source::channel) &&
                    rng_.chance(p_.business_traveller ? 0.7 : 0.1);
        ota_ = rng_.chance(pr_.ota_booking);
    }

    cardex::RawRecord build() {
        fields_.clear();  // the scratch has room for every column: no reallocation while adding
        std::string hotel = "H";
        append_number(hotel, static_cast<unsigned>(ctx_.hotel), 3);
        std::string id = cat({source_prefix[static_cast<int>(ctx_.source)], "-", hotel, "-"});
        append_number(id, ctx_.sequence, 8);
        add("source", std::string(to_string(ctx_.source)));
        add("source_record_id", std::move(id));
        add("hotel_id", std::move(hotel));
        if (rng_.chance(pr_.title)) add("title", title());
        names();
        if (rng_.chance(pr_.birth_date)) add("birth_date", birth_date());
        if (rng_.chance(pr_.birth_place)) add("birth_place", city_name(p_.birth_place));
        if (rng_.chance(pr_.nationality)) add("nationality", country_text(p_.nationality));
        if (rng_.chance(business_ ? 0.9 : pr_.email)) add("email", email());
        if (rng_.chance(business_ ? 0.9 : pr_.phone)) add("phone", phone());
        address();
        if (rng_.chance(pr_.document)) document();
        if (rng_.chance(pr_.language)) add("language", language());
        if (ctx_.company && (business_ || rng_.chance(pr_.company))) add("company", company_name());
        if (ctx_.checks_in) checked_in_stay(*ctx_.checks_in);
        else if (ctx_.during) stay(ctx_.during);
        else if (rng_.chance(pr_.stay)) stay();
        // Exactly sized: a million records are kept in memory by bench_normalize.
        return cardex::RawRecord{Fields(std::make_move_iterator(fields_.begin()), std::make_move_iterator(fields_.end()))};
    }

private:
    void add(std::string_view column, std::string value) {
        if (!value.empty()) fields_.emplace_back(std::string(column), std::move(value));
    }

    bool french_desk() const { return ctx_.source != Source::channel && ctx_.source != Source::kiosk; }

    std::string title() {
        if (rng_.chance(0.03)) return rng_.chance(0.5) ? "Dr" : "Dr.";
        const std::string_view lang = french_desk() && rng_.chance(0.6) ? "fr" : p_.language.substr(0, 2);
        static constexpr std::array<std::array<std::string_view, 2>, 7> forms = {{
            {"M.|Monsieur|Mr|M", "Mme|Madame|MME|Mlle"}, {"Mr|Mr.|MR", "Mrs|Ms|Mrs.|Miss"}, {"Herr|Hr.", "Frau|Fr."},
            {"Sr.|Sr", "Sra.|Sra"}, {"Sig.|Signor", "Sig.ra|Signora"}, {"Sr.|Sr", "Sra.|Sr.ª"}, {"Mr|Mr.", "Mrs|Ms"}}};
        const std::size_t row = lang == "fr" ? 0 : lang == "en" ? 1 : lang == "de" ? 2 : lang == "es" ? 3
                                : lang == "it" ? 4 : lang == "pt" ? 5 : 6;
        const std::string_view options = forms[row][p_.female ? 1 : 0];
        return std::string(nth_form(options, rng_.skewed_index(form_count(options), 1.0)));
    }

    // --- names ------------------------------------------------------------------------------------

    // The spelling of one name field: native script, passport romanisation or a variant.
    std::string spelling(std::string_view forms, bool native, bool variant) {
        const std::size_t n = form_count(forms);
        if (p_.script == Script::latin) {
            if (variant && n > 1) return std::string(nth_form(forms, 1 + rng_.index(n - 1)));
            return std::string(nth_form(forms, 0));
        }
        if (native) return std::string(nth_form(forms, 0));
        if (variant && n > 2) return std::string(nth_form(forms, 2 + rng_.index(n - 2)));
        return std::string(nth_form(forms, 1));
    }

    void names() {
        const bool native = p_.script != Script::latin && rng_.chance(pr_.native_script);
        const bool variant = rng_.chance(pr_.alt_spelling);
        std::string first = spelling(p_.first_forms, native, variant);
        std::string last = spelling(p_.last_forms, native, variant && rng_.chance(0.7));
        if (!native) shorten_iberian(last);
        if (p_.script == Script::han) han_order(first, last, native);
        else if (rng_.chance(pr_.swapped)) std::swap(first, last);
        if (!p_.name_suffix.empty() && rng_.chance(0.5))
            last += rng_.chance(0.5) ? cat({" ", p_.name_suffix}) : cat({", ", p_.name_suffix, "."});
        damage(first, last);
        if (rng_.chance(pr_.no_first)) first.clear();
        else if (rng_.chance(pr_.initial)) first = initial(first, rng_);
        else if (ctx_.source >= Source::spa && rng_.chance(0.02)) last = initial(last, rng_);
        apply_case(first, last);
        if (rng_.chance(pr_.mojibake)) {
            last = mojibake(last);
            if (rng_.chance(0.6)) first = mojibake(first);
            if (rng_.chance(0.15)) last = mojibake(last);  // went through two wrong decoders
        }
        if (rng_.chance(0.01)) last += " ";  // trailing blanks survive many exports
        add("first_name", std::move(first));
        add("last_name", std::move(last));
    }

    // Foreign systems often keep only the first Spanish surname, or the last Portuguese one.
    void shorten_iberian(std::string& last) {
        if (ctx_.source == Source::kiosk || !rng_.chance(0.4)) return;
        const auto space = last.find(' ');
        if (space == std::string::npos) return;
        if (p_.nationality == Nat::ES) last.resize(space);
        else if (p_.nationality == Nat::PT) last = last.substr(last.rfind(' ') + 1);
    }

    // Chinese names are family name first; systems split and order them in every possible way.
    void han_order(std::string& given, std::string& family, bool native) {
        const int r = rng_.uniform(0, 99);
        if (native) {
            if (r < 70) return;                                              // 王 / 伟
            if (r < 90) { family += given; given.clear(); return; }          // "王伟" in last_name
            std::swap(given, family);
            return;
        }
        if (r < 60) return;                                                  // Wei / Wang
        if (r < 85) { std::swap(given, family); return; }                    // Wang / Wei
        if (r < 93) { family = to_upper(family) + " " + given; given.clear(); return; }  // "WANG Wei"
        given = given + " " + family;                                        // "Wei Wang" in first_name
        family.clear();
    }

    void damage(std::string& first, std::string& last) {
        for (std::string* s : {&first, &last})
            if ((s->find('-') != std::string::npos || (s == &first && s->find(' ') != std::string::npos)) &&
                rng_.chance(0.12))
                *s = swap_hyphen_space(*s);
        if (rng_.chance(pr_.accents_dropped)) {
            first = fold_to_ascii(first);
            last = fold_to_ascii(last);
        }
        if (p_.script != Script::han && rng_.chance(pr_.typo)) {
            std::string& victim = rng_.chance(0.6) ? last : first;
            victim = typo(victim, rng_);
        }
    }

    void apply_case(std::string& first, std::string& last) {
        const double r = rng_.unit();
        if (r < pr_.upper_both) {
            first = to_upper(first);
            last = to_upper(last);
        } else if (r < pr_.upper_both + pr_.upper_last) {
            last = to_upper(last);
        } else if (r < pr_.upper_both + pr_.upper_last + pr_.lower_both) {
            first = to_lower(first);
            last = to_lower(last);
        }
    }

    // --- other fields -----------------------------------------------------------------------------

    std::string birth_date() {
        const Ymd d = p_.birth;
        switch (ctx_.source) {
        case Source::kiosk: return format_date(d, DateStyle::iso);
        case Source::channel:
            if (p_.nationality == Nat::US && rng_.chance(0.7)) return format_date(d, DateStyle::mdy_slash);
            return format_date(d, rng_.chance(0.6) ? DateStyle::iso : DateStyle::dmy_slash);
        default: break;
        }
        if (rng_.chance(0.015)) return format_date(d, DateStyle::mdy_slash);  // day and month mixed up
        const int r = rng_.uniform(0, 99);
        if (ctx_.source != Source::pms) return format_date(d, r < 80 ? DateStyle::dmy_slash : DateStyle::dmy_unpadded);
        return format_date(d, r < 55 ? DateStyle::dmy_slash : r < 75 ? DateStyle::iso : r < 83 ? DateStyle::dmy_dot
                              : r < 93 ? DateStyle::compact : r < 98 ? DateStyle::dmy_unpadded : DateStyle::dmy_dash);
    }

    std::string city_name(std::string_view forms) {
        const std::size_t n = form_count(forms);
        std::string city(nth_form(forms, n > 1 && rng_.chance(0.25) ? 1 + rng_.index(n - 1) : 0));
        if (ctx_.source == Source::pms && rng_.chance(0.3)) city = to_upper(city);
        return city;
    }

    std::string country_text(Nat nat) {
        CountryForm form = CountryForm::alpha2;
        const int r = rng_.uniform(0, 99);
        if (ctx_.source == Source::pms) {
            form = r < 40 ? CountryForm::alpha2 : r < 65 ? CountryForm::alpha3 : r < 90 ? CountryForm::name_fr
                   : r < 95 ? CountryForm::name_en : r < 98 ? CountryForm::name_native : CountryForm::alias;
        } else if (ctx_.source == Source::channel) {
            form = r < 55 ? CountryForm::alpha2 : r < 95 ? CountryForm::name_en : CountryForm::name_native;
        } else if (ctx_.source != Source::kiosk) {
            form = r < 50 ? CountryForm::name_fr : CountryForm::alpha2;
        }
        std::string text = format_country(nat, form, rng_);
        if (form >= CountryForm::name_fr && ctx_.source == Source::pms && rng_.chance(0.25)) text = to_upper(text);
        return text;
    }

    std::string relay_email() {
        const int r = rng_.uniform(0, 99);
        if (r < 60) return rng_.token(rng_.uniform(6, 8), "abcdefghijklmnopqrstuvwxyz") + "." + rng_.digits(6) + "@guest.booking.com";
        if (r < 85) return rng_.token(10) + "@m.expediapartnercentral.com";
        if (r < 95) {
            const std::string first = email_word(nth_form(p_.first_forms, p_.script == Script::latin ? 0 : 1));
            return first + "-" + rng_.token(8) + "@guest.airbnb.com";
        }
        return rng_.token(12) + "@agoda-messaging.com";
    }

    std::string email() {
        if (business_) {
            static constexpr std::string_view roles[] = {"reservations", "travel", "booking", "info", "contact", "office"};
            if (rng_.chance(0.7)) return std::string(rng_.pick(std::span<const std::string_view>(roles))) + "@" + ctx_.company->domain;
            const std::size_t latin = p_.script == Script::latin ? 0 : 1;
            return email_word(nth_form(p_.first_forms, latin)) + "." + email_word(nth_form(p_.last_forms, latin)) +
                   "@" + ctx_.company->domain;
        }
        if (ota_ && rng_.chance(ctx_.source == Source::channel ? 0.9 : 0.7)) return relay_email();
        std::string email = p_.email;
        if (email.empty()) return {};
        if (rng_.chance(0.04)) {  // typed with capitals: "Marie.Martin@Gmail.com"
            email = to_upper(email.substr(0, 1)) + email.substr(1);
            const auto at = email.find('@');
            email[at + 1] = static_cast<char>(email[at + 1] >= 'a' && email[at + 1] <= 'z' ? email[at + 1] - 0x20 : email[at + 1]);
        }
        if (rng_.chance(0.01)) email = " " + email + " ";
        return email;
    }

    PhoneStyle phone_style(const Phone& ph) {
        const int r = rng_.uniform(0, 99);
        if (ctx_.source == Source::kiosk) return r < 80 ? PhoneStyle::intl_compact : PhoneStyle::intl_spaced;
        if (ctx_.source == Source::channel)
            return r < 50 ? PhoneStyle::intl_compact : r < 90 ? PhoneStyle::intl_spaced : PhoneStyle::national_compact;
        if (ph.country == Nat::FR)  // the hotel's own country: mostly written the national way
            return r < 45 ? PhoneStyle::national_spaced : r < 65 ? PhoneStyle::national_compact
                   : r < 80 ? PhoneStyle::national_dots : r < 90 ? PhoneStyle::intl_spaced
                   : r < 95 ? PhoneStyle::intl_compact : r < 98 ? PhoneStyle::intl_00 : PhoneStyle::intl_trunk;
        return r < 40 ? PhoneStyle::intl_spaced : r < 65 ? PhoneStyle::intl_compact : r < 75 ? PhoneStyle::intl_00
               : r < 80 ? PhoneStyle::intl_trunk : r < 95 ? PhoneStyle::national_spaced : PhoneStyle::national_compact;
    }

    std::string phone() {
        const Phone* ph = &p_.mobile;
        if (business_ && rng_.chance(0.6)) ph = &ctx_.company->switchboard;
        else if (!p_.home_phone.empty() && rng_.chance(ctx_.source == Source::kiosk ? 0.1 : 0.3)) ph = &p_.home_phone;
        return format_phone(*ph, phone_style(*ph));
    }

    void address() {
        const bool use_company = business_ && rng_.chance(0.5);
        if (!use_company && !rng_.chance(pr_.address)) {
            // Channel managers send the guest's country even without an address.
            if (ctx_.source == Source::channel && rng_.chance(0.8)) add("country", country_text(p_.home.country));
            return;
        }
        const Address& a = use_company ? ctx_.company->address : p_.home;
        std::string line1 = a.line1, line2(a.line2);
        if (!line2.empty() && ctx_.source == Source::pms && rng_.chance(0.05)) {
            line1 += "\n" + line2;  // multi-line address box exported as one field
            line2.clear();
        }
        const bool upper = ctx_.source == Source::pms && rng_.chance(0.3);
        add("address_line1", upper ? to_upper(line1) : line1);
        add("address_line2", upper ? to_upper(line2) : line2);
        if (!rng_.chance(0.05)) add("postcode", std::string(a.postcode));
        add("city", city_name(a.city_forms));
        add("region", std::string(a.region));
        add("country", country_text(a.country));
    }

    void document() {
        static constexpr std::string_view legacy_passport[] = {"PASSEPORT", "P", "Passport", "PASS"};
        static constexpr std::string_view legacy_id[] = {"CNI", "ID", "Carte d'identité", "IDENTITY CARD"};
        std::string type = p_.passport ? "passport" : "id_card";
        if (ctx_.source == Source::pms && rng_.chance(0.2))
            type = rng_.pick(std::span<const std::string_view>(p_.passport ? legacy_passport : legacy_id));
        add("document_type", std::move(type));
        add("document_number", p_.document_number);
        add("document_country", rng_.chance(0.6) ? std::string(country(p_.nationality).alpha3)
                                                 : std::string(country(p_.nationality).alpha2));
    }

    std::string language() {
        if (ctx_.source == Source::channel && rng_.chance(0.3)) return "en";
        if (ctx_.source == Source::pms) return to_upper(p_.language.substr(0, 2));
        return std::string(p_.language);
    }

    std::string company_name() {
        const std::string& name = ctx_.company->name;
        return ctx_.source == Source::pms && rng_.chance(0.3) ? to_upper(name) : name;
    }

    // A stay, or a spa or restaurant visit: of an in-house guest on a day of their booking
    // (`during`), else on a day of the last two and a half years.
    void stay(const Booking* during = nullptr) {
        const long start = days_from_civil({ctx_.reference_year - 2, 1, 1});
        const long end = days_from_civil({ctx_.reference_year, 6, 30});
        const long arrival = during ? during->arrival + rng_.uniform(0, during->nights)
                                    : start + rng_.uniform(0, static_cast<int>(end - start));
        const bool visit = ctx_.source == Source::spa || ctx_.source == Source::restaurant;
        const int nights = 1 + static_cast<int>(rng_.skewed_index(7, 2.0));
        add("arrival", format_date(civil_from_days(arrival), DateStyle::iso));
        if (!visit) add("departure", format_date(civil_from_days(arrival + nights), DateStyle::iso));
        if (!visit || rng_.chance(0.6)) {
            const int cents = visit ? rng_.uniform(2500, 32000) : nights * rng_.uniform(7000, 45000);
            std::string amount;
            append_number(amount, static_cast<unsigned>(cents / 100));
            amount.push_back('.');
            append_number(amount, static_cast<unsigned>(cents % 100), 2);
            add("amount", std::move(amount));
            add("currency", currency());
        }
        std::string ref = reservation_ref(visit);
        const bool reservation = ctx_.source == Source::pms || ctx_.source == Source::channel;
        if (booked_ && reservation && !ref.empty()) *booked_ = Booking{ctx_.hotel, arrival, nights, ref};
        add("reservation_ref", std::move(ref));
    }

    // A pre-check-in: the tablet looked the booking up by its reference, and the card carries it.
    void checked_in_stay(const Booking& b) {
        add("arrival", format_date(civil_from_days(b.arrival), DateStyle::iso));
        add("departure", format_date(civil_from_days(b.arrival + b.nights), DateStyle::iso));
        add("reservation_ref", b.ref);
    }

    std::string currency() {
        if (ctx_.source != Source::channel || !rng_.chance(0.3)) return "EUR";
        switch (p_.home.country) {
        case Nat::GB: return "GBP";
        case Nat::US: return "USD";
        case Nat::CH: return "CHF";
        default: return "EUR";
        }
    }

    std::string reservation_ref(bool visit) {
        if (visit) return rng_.chance(0.5) ? cat({"T", rng_.digits(6)}) : std::string();
        // A PMS numbers its reservations: two bookings never share a number (at random they would).
        if (ctx_.source != Source::channel) {
            std::string ref = "R";
            append_number(ref, static_cast<unsigned>(1000000 + ctx_.sequence % 9000000), 7);
            return ref;
        }
        const int r = rng_.uniform(0, 99);
        if (r < 60) return cat({"BDC-", rng_.digits(10, true)});
        if (r < 85) return cat({"EXP-", rng_.digits(9, true)});
        return cat({"HM", rng_.token(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")});
    }

    const RecordContext& ctx_;
    const Person& p_;
    Rng& rng_;
    const Profile& pr_;
    Fields& fields_;
    Booking* booked_;  ///< receives the reservation this record is, if any
    bool business_ = false;
    bool ota_ = false;
};

}  // namespace

cardex::RawRecord build_record(const RecordContext& ctx, Rng& rng, Fields& scratch, Booking* booked) {
    if (scratch.capacity() < csv_columns().size()) scratch.reserve(csv_columns().size());
    return Builder(ctx, rng, scratch, booked).build();
}

}  // namespace cardex::gen
