// A booking as matching evidence: the PMS reservation and the tablet's pre-check-in of it are one
// guest when their names agree; the other guests of the booking are not.
#include <catch2/catch.hpp>

#include <algorithm>

#include "cardex/dedup.hpp"
#include "cardex/rcu/register.hpp"
#include "dedup_test_records.hpp"
#include "support/process.hpp"

using namespace cardex;
using namespace cardex::dedup;

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

using test::has_evidence;
using test::rec;

const Thresholds kDefault;

// Henk Mulder booked through an OTA: the PMS has the relay address only.
const Fields kPmsBooking = {{"source", "pms"},             {"hotel_id", "H007"},          {"first_name", "HENK"},
                            {"last_name", "MULDER"},       {"email", "hiwscaeh.534657@guest.booking.com"},
                            {"reservation_ref", "R4417093"}};

// A tablet card (or another system's record, `source`) of the same booking, its reference typed.
Fields at_tablet(Fields guest, const char* ref = "r 441-7093", const char* source = "kiosk") {
    guest.push_back({"source", source});
    guest.push_back({"hotel_id", "H007"});
    guest.push_back({"reservation_ref", ref});
    return guest;
}

}  // namespace

TEST_CASE("booking key: the hotel and the reference's letters and digits, placeholders are none", "[dedup][booking]") {
    CHECK(booking_key("H007", "r 441-7093") == "H007|R4417093");
    CHECK(booking_key(" H007 ", "BDC-3348120975") == "H007|BDC3348120975");
    CHECK(booking_key("", "R4417093").empty());  // without its hotel a number means nothing
    for (const char* placeholder : {"", "0", "000000", "N/A", "NONE", "-", "R12"}) {
        INFO(placeholder);
        CHECK(booking_key("H007", placeholder).empty());
    }
    CHECK(rec(kPmsBooking).booking_key == "H007|R4417093");
    CHECK(rec({{"reservation_ref", "R4417093"}}).booking_key.empty());
}

TEST_CASE("booking: one blocking key per booking, never without a hotel", "[dedup][booking]") {
    auto keys = blocking_keys(rec(kPmsBooking));
    CHECK(std::count(keys.begin(), keys.end(), "b:H007|R4417093") == 1);
    auto none = blocking_keys(rec({{"first_name", "Henk"}, {"last_name", "Mulder"}, {"reservation_ref", "R4417093"}}));
    CHECK(std::none_of(none.begin(), none.end(), [](const std::string& k) { return k.rfind("b:", 0) == 0; }));
}

TEST_CASE("booking: the pre-check-in of a reservation links to it when the names agree", "[dedup][booking]") {
    auto pms = rec(kPmsBooking);
    auto tablet = rec(at_tablet({{"first_name", "Henk"}, {"last_name", "Mulder"}, {"email", "henkmulder@gmail.com"},
                                 {"phone", "+31 6 43 25 87 84"}}));
    auto s = score_pair(pms, tablet);
    CHECK(has_evidence(s, "booking", "same"));
    CHECK(s.identifying);
    CHECK(s.conflict.empty());
    CHECK(s.links(kDefault));
    // Without the booking the same two records share only names: never a link.
    auto walk_in = rec({{"source", "kiosk"}, {"hotel_id", "H007"}, {"first_name", "Henk"}, {"last_name", "Mulder"}, {"email", "henkmulder@gmail.com"}});
    CHECK_FALSE(score_pair(pms, walk_in).identifying);
    // The same number at another hotel of the group is another booking.
    auto elsewhere = tablet;
    elsewhere.booking_key = booking_key("H012", "R4417093");
    CHECK_FALSE(has_evidence(score_pair(pms, elsewhere), "booking", "same"));
}

TEST_CASE("booking: the other guests of one booking stay apart", "[dedup][booking][traps]") {
    auto henk = rec(at_tablet({{"first_name", "Henk"}, {"last_name", "Mulder"}, {"email", "henkmulder@gmail.com"}}));
    // His wife, the PMS's second guest of the reservation: another first name.
    auto wife = rec(at_tablet({{"first_name", "Anke"}, {"last_name", "Mulder"}, {"email", "anke.mulder@ziggo.nl"}},
                              "R4417093", "pms"));
    CHECK(has_evidence(score_pair(henk, wife), "booking", "same"));
    CHECK_FALSE(score_pair(henk, wife).identifying);
    CHECK_FALSE(score_pair(henk, wife).links(kDefault));
    // A colleague sharing the booking: another last name.
    auto colleague = rec(at_tablet({{"first_name", "Henk"}, {"last_name", "de Vries"}}, "R4417093", "pms"));
    CHECK_FALSE(score_pair(henk, colleague).identifying);
    // A restaurant bill "MULDER" charged to the booking could be either of them.
    auto bill = rec(at_tablet({{"last_name", "MULDER"}}, "R4417093", "restaurant"));
    CHECK(has_evidence(score_pair(henk, bill), "booking", "same"));
    CHECK_FALSE(score_pair(henk, bill).identifying);
    // His son on his card, with his name and no birth date: one system's records of one booking
    // are its several guests, never one of them twice.
    auto card = rec(at_tablet({{"first_name", "Henk"}, {"last_name", "Mulder"}, {"birth_date", "1961-04-02"}}));
    auto son = rec(at_tablet({{"first_name", "Henk"}, {"last_name", "Mulder"}}));
    CHECK_FALSE(has_evidence(score_pair(card, son), "booking", "same"));
    CHECK_FALSE(score_pair(card, son).identifying);
}

TEST_CASE("booking: in the register the tablet's card joins the PMS profile, the companion does not",
          "[register][booking]") {
    test::TempDir dir;
    rcu::RegisterOptions opt;
    opt.normalize.today = Date{2026, 11, 22};
    auto reg = rcu::Register::open(dir.path().string(), opt);
    REQUIRE(reg);
    auto raw = [](const char* id, Fields fields) {  // fields name their source
        RawRecord r{{{"source_record_id", id}}};
        r.fields.insert(r.fields.end(), fields.begin(), fields.end());
        return r;
    };
    rcu::StayRow stay;
    stay.hotel_id = "H007";
    stay.reservation_ref = "R4417093";
    auto pms = (*reg)->ingest({raw("R4417093", kPmsBooking), stay, {}}, "test");
    REQUIRE(pms);
    auto card = (*reg)->ingest({raw("dev/1", at_tablet({{"first_name", "Henk"}, {"last_name", "Mulder"},
                                                                 {"email", "henkmulder@gmail.com"}})),
                                stay, {}},
                               "test");
    REQUIRE(card);
    CHECK(card->rule == "auto_link");
    CHECK(card->profile == pms->profile);
    // The card's companions, as the server's intake passes them: another person than the card's
    // guest (and than one another).
    const std::vector<std::pair<std::string, std::string>> not_the_guest = {{"kiosk", "dev/1"}};
    auto companion = (*reg)->ingest(
        {raw("dev/1/companion-1", at_tablet({{"first_name", "Anke"}, {"last_name", "Mulder"}})), stay, {}, not_the_guest},
        "test");
    REQUIRE(companion);
    CHECK(companion->profile != pms->profile);
    // A son on the same card with his father's name and no birth date: the PMS record alone would
    // take him (one booking, one name, another system); the card says he is not its guest.
    auto son = (*reg)->ingest(
        {raw("dev/1/companion-2", at_tablet({{"first_name", "Henk"}, {"last_name", "Mulder"}})), stay, {}, not_the_guest},
        "test");
    REQUIRE(son);
    CHECK(son->profile != card->profile);
    CHECK(son->rule == "new_profile");
}
