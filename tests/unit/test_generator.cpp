// The synthetic guest generator (tests/bench/generator): determinism, truth, traps, CSV output.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "cardex/csv.hpp"
#include "guest_generator.hpp"

using namespace cardex::gen;

namespace {

bool same(const GeneratedRecord& a, const GeneratedRecord& b) {
    return a.person_id == b.person_id && a.record.fields == b.record.fields && a.trap == b.trap &&
           a.duplicate == b.duplicate;
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> needles) {
    for (auto n : needles)
        if (text.find(n) != std::string_view::npos) return true;
    return false;
}

const std::vector<GeneratedRecord>& sample() {
    static const std::vector<GeneratedRecord> records = GuestGenerator(20240601).generate(20000);
    return records;
}

}  // namespace

TEST_CASE("GuestGenerator: the same seed gives the same records, another seed other ones", "[generator]") {
    const auto a = GuestGenerator(7).generate(3000);
    const auto b = GuestGenerator(7).generate(3000);
    const auto c = GuestGenerator(8).generate(3000);
    REQUIRE(a.size() == 3000);
    bool all_same = true, any_differs = false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        all_same = all_same && same(a[i], b[i]);
        any_differs = any_differs || !same(a[i], c[i]);
    }
    CHECK(all_same);
    CHECK(any_differs);
}

TEST_CASE("GuestGenerator: record ids are unique and every record has the required columns", "[generator]") {
    std::set<std::string_view> ids;
    for (const auto& r : sample()) {
        CHECK(!field(r.record, "source_record_id").empty());
        CHECK(!field(r.record, "source").empty());
        CHECK(!field(r.record, "hotel_id").empty());
        ids.insert(field(r.record, "source_record_id"));
        CHECK(r.person_id >= 1);
    }
    CHECK(ids.size() == sample().size());
}

TEST_CASE("GuestGenerator: duplicates appear at the requested rate", "[generator]") {
    std::set<std::uint64_t> persons;
    std::size_t flagged = 0;
    for (const auto& r : sample()) {
        const bool seen = !persons.insert(r.person_id).second;
        CHECK(seen == r.duplicate);
        flagged += r.duplicate ? 1 : 0;
    }
    const double rate = static_cast<double>(flagged) / static_cast<double>(sample().size());
    CHECK(rate == Approx(0.35).margin(0.02));

    // Another rate is honoured too.
    GeneratorOptions options;
    options.duplicate_rate = 0.6;
    const auto more = GuestGenerator(3, options).generate(10000);
    std::size_t dup = 0;
    for (const auto& r : more) dup += r.duplicate ? 1 : 0;
    CHECK(static_cast<double>(dup) / 10000.0 == Approx(0.6).margin(0.03));
}

TEST_CASE("GuestGenerator: every kind of look-alike pair appears, as two different persons", "[generator]") {
    std::map<TrapKind, int> kinds;
    std::map<std::uint64_t, std::uint64_t> related;
    std::set<std::uint64_t> persons;
    for (const auto& r : sample()) {
        persons.insert(r.person_id);
        if (r.trap == TrapKind::none) {
            CHECK(r.related_person_id == 0);
            continue;
        }
        ++kinds[r.trap];
        CHECK(r.related_person_id != r.person_id);
        related[r.person_id] = r.related_person_id;
    }
    for (int k = 1; k < trap_kind_count; ++k) {
        INFO(to_string(static_cast<TrapKind>(k)));
        CHECK(kinds[static_cast<TrapKind>(k)] >= 5);
    }
    // Pairs are written together: both members of a pair have records.
    std::size_t both = 0;
    for (const auto& [person, other] : related) both += persons.count(other);
    CHECK(both >= related.size() - 1);
}

TEST_CASE("GuestGenerator: look-alikes share what they share in life, and differ where people differ", "[generator]") {
    // Kiosk records carry what the guest typed: ISO birth date and the address as written.
    std::map<std::uint64_t, const cardex::RawRecord*> kiosk;
    std::map<std::uint64_t, const GeneratedRecord*> any;
    for (const auto& r : sample()) {
        if (r.trap == TrapKind::none) continue;
        any[r.person_id] = &r;
        if (field(r.record, "source") == "kiosk") kiosk[r.person_id] = &r.record;
    }
    auto year = [](std::string_view iso) { return std::stoi(std::string(iso.substr(0, 4))); };
    std::map<TrapKind, int> checked;
    for (const auto& [id, a] : kiosk) {
        const GeneratedRecord& ra = *any[id];
        auto other = kiosk.find(ra.related_person_id);
        if (other == kiosk.end() || id > ra.related_person_id) continue;
        const cardex::RawRecord& b = *other->second;
        const auto da = field(*a, "birth_date"), db = field(b, "birth_date");
        const auto la = field(*a, "address_line1"), lb = field(b, "address_line1");
        const bool dates = da.size() == 10 && db.size() == 10, lines = !la.empty() && !lb.empty();
        INFO(to_string(ra.trap) << ": " << da << " / " << db << ", " << la << " / " << lb);
        switch (ra.trap) {
        case TrapKind::twins:
            if (dates) CHECK(da == db);
            if (lines) CHECK(la == lb);
            break;
        case TrapKind::couple:
            if (dates) CHECK(da != db);
            if (lines) CHECK(la == lb);
            break;
        case TrapKind::parent_child:
            if (dates) CHECK(std::abs(year(da) - year(db)) >= 24);
            if (lines) CHECK(la == lb);
            break;
        case TrapKind::namesakes:
            if (dates) CHECK(da != db);
            break;
        default: break;
        }
        checked[ra.trap] += dates || lines ? 1 : 0;
    }
    CHECK(checked[TrapKind::twins] + checked[TrapKind::couple] + checked[TrapKind::parent_child] >= 3);
}

TEST_CASE("GuestGenerator: the variations of real data are present", "[generator]") {
    // Mis-decoded UTF-8 shows "Ã" (Latin letters) or "Ð"/"Ñ" (Cyrillic) followed by a C1/Latin-1 byte.
    auto has_mojibake = [](std::string_view s) { return contains_any(s, {"Ã", "Ð", "Ñ\u0080", "Ñ\u0081"}); };
    auto has_cyrillic = [](std::string_view s) {  // U+0400..U+04FF, not produced by mojibake
        for (std::size_t i = 0; i + 1 < s.size(); ++i) {
            const auto b = static_cast<unsigned char>(s[i]), c = static_cast<unsigned char>(s[i + 1]);
            if ((b == 0xD0 && c >= 0x80) || (b == 0xD1 && c >= 0x80 && c <= 0x9F)) return true;
        }
        return false;
    };
    auto has_han = [](std::string_view s) {  // lead byte of U+4000..U+9FFF
        return std::any_of(s.begin(), s.end(), [](char c) {
            return static_cast<unsigned char>(c) >= 0xE4 && static_cast<unsigned char>(c) <= 0xE9;
        });
    };
    int cyrillic = 0, han = 0, relay = 0, mojibake = 0, upper = 0, initials = 0;
    int intl = 0, national = 0, iso = 0, slash = 0, compact = 0;
    for (const auto& r : sample()) {
        const auto first = field(r.record, "first_name");
        const auto last = field(r.record, "last_name");
        const std::string name = std::string(first) + " " + std::string(last);
        cyrillic += has_cyrillic(name) && !has_mojibake(name) ? 1 : 0;
        han += has_han(name) ? 1 : 0;
        mojibake += has_mojibake(name) ? 1 : 0;
        upper += last.size() > 2 && last.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos ? 1 : 0;
        initials += first.size() == 1 || (first.size() == 2 && first[1] == '.') ? 1 : 0;
        relay += contains_any(field(r.record, "email"),
                              {"@guest.booking.com", "@m.expediapartnercentral.com", "@guest.airbnb.com"}) ? 1 : 0;
        const auto phone = field(r.record, "phone");
        intl += phone.starts_with("+") || phone.starts_with("00") ? 1 : 0;
        national += phone.starts_with("0") && !phone.starts_with("00") ? 1 : 0;
        const auto birth = field(r.record, "birth_date");
        iso += birth.size() == 10 && birth[4] == '-' ? 1 : 0;
        slash += birth.find('/') != std::string_view::npos ? 1 : 0;
        compact += birth.size() == 8 && birth.find_first_not_of("0123456789") == std::string_view::npos ? 1 : 0;
    }
    CHECK(cyrillic > 50);
    CHECK(han > 20);
    CHECK(mojibake > 20);
    CHECK(upper > 3000);
    CHECK(initials > 200);
    CHECK(relay > 1000);
    CHECK(intl > 2000);
    CHECK(national > 2000);
    CHECK(iso > 1000);
    CHECK(slash > 1000);
    CHECK(compact > 100);
}

TEST_CASE("GuestGenerator: pre-check-in cards carry a booking of their guest, sometimes of a partner's too",
          "[generator]") {
    // (hotel, reference) → persons whose PMS or channel record holds it, and whose tablet card does.
    std::map<std::pair<std::string, std::string>, std::set<std::uint64_t>> booked, checked_in;
    std::map<std::uint64_t, std::uint64_t> partner;
    for (const auto& g : sample()) {
        const auto source = field(g.record, "source");
        const auto ref = std::string(field(g.record, "reservation_ref"));
        if (ref.empty()) continue;
        const std::pair<std::string, std::string> key{std::string(field(g.record, "hotel_id")), ref};
        if (source == "pms" || source == "channel") booked[key].insert(g.person_id);
        if (source == "kiosk") checked_in[key].insert(g.person_id);
        if (g.trap == TrapKind::couple) partner[g.person_id] = g.related_person_id;
    }
    int own = 0, partners = 0, shared_by_others = 0;
    for (const auto& [key, guests] : checked_in) {
        auto b = booked.find(key);
        if (b == booked.end()) continue;  // a walk-in, or a booking the export does not have
        for (auto guest : guests) {
            if (b->second.count(guest)) ++own;
            else if (partner.count(guest) && b->second.count(partner[guest])) ++partners;
            else ++shared_by_others;
        }
    }
    CHECK(own > 300);          // about 0.6 of the tablet cards of guests with a booking
    CHECK(partners > 0);       // the trap: a couple on one booking
    CHECK(shared_by_others == 0);  // PMS numbers are unique: no stranger shares a booking
}

TEST_CASE("append_csv_row: quotes what RFC 4180 requires, and CsvReader reads it back", "[generator]") {
    cardex::RawRecord tricky{{{"source", "pms"},
                              {"source_record_id", "X-1"},
                              {"first_name", "Robert \"Bob\""},
                              {"last_name", "O'Brien, Jr."},
                              {"address_line1", "12 rue X\nBât. B"},
                              {"city", " Genève "},
                              {"company", "Олександр \"ТОВ\""}}};
    std::string csv;
    append_csv_header(csv);
    append_csv_row(csv, tricky);
    const auto& records = sample();
    for (std::size_t i = 0; i < 2000; ++i) append_csv_row(csv, records[i].record);
    CHECK(csv.find("\"Robert \"\"Bob\"\"\"") != std::string::npos);
    CHECK(csv.find("\"O'Brien, Jr.\"") != std::string::npos);

    std::istringstream in(csv);
    cardex::CsvReader reader(in, cardex::CsvOptions{','});
    cardex::Result<cardex::CsvRow, cardex::CsvError> row{cardex::CsvRow{}};
    REQUIRE(reader.next(row));
    REQUIRE(row);
    const std::vector<std::string> header(csv_columns().begin(), csv_columns().end());
    CHECK(row->fields == header);
    for (std::size_t i = 0; i <= 2000; ++i) {
        const cardex::RawRecord& expected = i == 0 ? tricky : records[i - 1].record;
        REQUIRE(reader.next(row));
        REQUIRE(row);
        REQUIRE(row->fields.size() == header.size());
        for (std::size_t c = 0; c < header.size(); ++c) {
            INFO("record " << i << " column " << header[c]);
            CHECK(row->fields[c] == field(expected, header[c]));
        }
    }
    CHECK_FALSE(reader.next(row));
}
