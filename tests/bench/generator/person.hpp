// generator/person.hpp — the persons behind the records (internal).
#pragma once

#include <cstdint>
#include <string>

#include "countries.hpp"
#include "formats.hpp"
#include "guest_generator.hpp"
#include "name_pools.hpp"

namespace cardex::gen {

struct Address {
    Nat country = Nat::FR;
    std::string line1;
    std::string_view line2, postcode;  ///< from the country tables
    std::string_view city_forms;  ///< "München|Munich|Muenchen": local name first
    std::string_view region;
    bool empty() const { return line1.empty(); }
};

struct Company {
    std::string name;
    std::string domain;  ///< "moreau-conseil.fr"
    Phone switchboard;
    Address address;
};

struct Person {
    std::uint64_t id = 0;
    Nat nationality = Nat::FR;
    Script script = Script::latin;
    bool female = false;
    // Views into the name pools or the generator's interned names: a million persons must fit.
    std::string_view first_forms, last_forms;  ///< "|"-separated spellings, see name_pools.hpp
    std::string_view family_forms;             ///< last name before the feminine ending (Иванов for Иванова)
    std::string_view name_suffix;              ///< "Jr" / "Sr" of a US or British parent and child
    Ymd birth;
    std::string_view birth_place;  ///< city forms of the place of birth
    Address home;
    Phone mobile, home_phone;
    std::string email;             ///< personal mailbox, may be shared by a couple
    int company = -1;              ///< index into the generator's companies, -1 for none
    bool business_traveller = false;  ///< books through the company: its phone, role e-mail, address
    std::string_view language;     ///< BCP 47
    std::string document_number;
    bool passport = true;          ///< else a national identity card
    int favourite_hotel = 0;
    TrapKind trap = TrapKind::none;
    std::uint64_t related = 0;
};

enum class Source : std::uint8_t { pms, channel, kiosk, spa, restaurant };
std::string_view to_string(Source source);

/// A reservation as the PMS or the channel manager wrote it: what a tablet's pre-check-in looks up.
struct Booking {
    int hotel = 0;  ///< 0: none
    long arrival = 0;  ///< days since 1970-01-01
    int nights = 0;
    std::string ref;
};

struct RecordContext {
    const Person& person;
    const Company* company;  ///< nullptr when the person has none
    Source source;
    int hotel;               ///< 1-based
    std::uint64_t sequence;  ///< unique record number, for source_record_id
    int reference_year;
    const Booking* checks_in = nullptr;  ///< a kiosk card: the booking it is the pre-check-in of
    const Booking* during = nullptr;     ///< a spa or restaurant visit of an in-house guest: their booking
};

using Fields = std::vector<std::pair<std::string, std::string>>;

/// Writes one record of `ctx.person` as `ctx.source` would (defined in record_builder.cpp).
/// `scratch` is working space reused from record to record. When the record is a PMS or channel
/// reservation, `booked` (if given) receives it; otherwise it is left as it is.
cardex::RawRecord build_record(const RecordContext& ctx, Rng& rng, Fields& scratch, Booking* booked = nullptr);

}  // namespace cardex::gen
