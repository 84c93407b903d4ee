#include <catch2/catch.hpp>

#include "cardex/normalize.hpp"

using namespace cardex;

namespace {
NormalizedRecord norm(std::vector<std::pair<std::string, std::string>> fields, std::string default_country = "FR") {
    NormalizeOptions opt;
    opt.today = Date{2026, 11, 22};
    opt.default_country = std::move(default_country);
    return normalize_record(RawRecord{std::move(fields)}, opt);
}
bool has_problem(const NormalizedRecord& r, std::string_view field, std::string_view code) {
    for (const auto& p : r.problems)
        if (p.field == field && p.code == code) return true;
    return false;
}
}  // namespace

TEST_CASE("normalize_record: the Patrick Martin duplicate gets comparable values", "[normalize]") {
    // "P Martin +33 6 52 52 72 72" and "Patrick M. 06 52 52 72 72 28/12/1956"
    auto a = norm({{"first_name", "P"}, {"last_name", "MARTIN"}, {"phone", "+33 6 52 52 72 72"}});
    auto b = norm({{"first_name", "Patrick"}, {"last_name", "M."}, {"phone", "06 52 52 72 72"},
                   {"birth_date", "28/12/1956"}});
    CHECK(a.phone_e164 == "+33652527272");
    CHECK(b.phone_e164 == a.phone_e164);
    CHECK(a.phone_kind == PhoneKind::mobile);
    CHECK(a.last_name == "Martin");
    CHECK(a.last_name_key == "martin");
    CHECK(b.first_name_key == "patrick");
    CHECK(b.last_name_key == "m");
    CHECK(b.birth_date == "1956-12-28");
    CHECK(a.problems.empty());
    CHECK(b.problems.empty());
}

TEST_CASE("normalize_record: phone region from country, else nationality, else the hotel's", "[normalize]") {
    // A Belgian national number is read in Belgium when the guest lives there...
    auto be = norm({{"phone", "0475 12 34 56"}, {"country", "Belgique"}});
    CHECK(be.phone_e164 == "+32475123456");
    CHECK(be.country == "BE");
    // ...by nationality when there is no address country...
    auto it = norm({{"phone", "333 123 4567"}, {"nationality", "ITA"}});
    CHECK(it.phone_e164 == "+393331234567");
    // ...and in the hotel's country otherwise.
    CHECK(norm({{"phone", "06 52 52 72 72"}}).phone_e164 == "+33652527272");
    CHECK(norm({{"phone", "0171 2345678"}}, "DE").phone_e164 == "+491712345678");
}

TEST_CASE("normalize_record: names are repaired, tidied and keyed without losing order information", "[normalize]") {
    auto r = norm({{"first_name", "LÃ©onard"}, {"last_name", "DUPONT-LEFÃˆVRE"}});
    CHECK(r.first_name == "Léonard");
    CHECK(r.last_name == "Dupont-Lefèvre");
    CHECK(r.first_name_key == "leonard");
    REQUIRE(r.repairs.size() == 2);
    CHECK(r.repairs[0] == Problem{"first_name", "mojibake_repaired"});

    // Swapped columns give the same order-independent key.
    auto x = norm({{"first_name", "Wei"}, {"last_name", "Wang"}});
    auto y = norm({{"first_name", "Wang"}, {"last_name", "Wei"}});
    CHECK(x.name_key == y.name_key);
    CHECK(x.first_name_key != y.first_name_key);
}

TEST_CASE("normalize_record: scripts meet their Latin spellings", "[normalize]") {
    auto uk = norm({{"first_name", "Олександр"}, {"last_name", "Шевченко"}, {"nationality", "UA"}});
    auto lat = norm({{"first_name", "Oleksandr"}, {"last_name", "Shevchenko"}});
    CHECK(uk.name_key == lat.name_key);
    auto han = norm({{"last_name", "王伟"}});
    auto pinyin = norm({{"first_name", "Wei"}, {"last_name", "Wang"}});
    CHECK(han.name_key == pinyin.name_key);
}

TEST_CASE("normalize_record: what cannot be understood is left empty and named", "[normalize]") {
    auto r = norm({{"email", "jon.smith@@gmail"}, {"phone", "12"}, {"birth_date", "1975-13-40"},
                   {"nationality", "Atlantis"}});
    CHECK(r.email.empty());
    CHECK(r.email_kind == EmailKind::invalid);
    CHECK(has_problem(r, "email", "invalid_email"));
    CHECK(r.phone_e164.empty());
    CHECK(r.phone_kind == PhoneKind::invalid);
    CHECK(has_problem(r, "phone", "invalid_phone"));
    CHECK(r.birth_date.empty());
    CHECK(has_problem(r, "birth_date", "impossible_date"));
    CHECK(r.nationality.empty());
    CHECK(has_problem(r, "nationality", "invalid_country"));

    CHECK(has_problem(norm({{"birth_date", "12.08.2031"}}), "birth_date", "future_date"));
}

TEST_CASE("normalize_record: e-mail kinds", "[normalize]") {
    CHECK(norm({{"email", "2x9kq3@guest.booking.com"}}).email_kind == EmailKind::ota_relay);
    CHECK(norm({{"email", "reservations@acme-corp.com"}}).email_kind == EmailKind::role);
    auto p = norm({{"email", " Patrick.Martin56@Orange.FR "}});
    CHECK(p.email_kind == EmailKind::personal);
    CHECK(p.email == "Patrick.Martin56@orange.fr");
    CHECK(norm({}).email_kind == EmailKind::empty);
}

TEST_CASE("normalize_record: normalising normalised values changes nothing", "[normalize]") {
    std::vector<std::vector<std::pair<std::string, std::string>>> inputs = {
        {{"first_name", "jean - pierre"}, {"last_name", "DE LA FONTAINE"}, {"phone", "0033652527272"},
         {"email", "JP@Example.COM"}, {"birth_date", "19561228"}, {"nationality", "Frankreich"}, {"country", "fra"}},
        {{"first_name", "Олександр"}, {"last_name", "Шевченко"}, {"nationality", "Україна"}, {"phone", "067 123 4567"}},
        {{"first_name", "伟"}, {"last_name", "王"}, {"country", "中国"}, {"phone", "138 0013 8000"}},
    };
    for (const auto& fields : inputs) {
        auto once = norm(fields);
        auto twice = norm({{"first_name", once.first_name}, {"last_name", once.last_name}, {"email", once.email},
                           {"phone", once.phone_e164}, {"birth_date", once.birth_date},
                           {"nationality", once.nationality}, {"country", once.country}});
        CHECK(twice.first_name == once.first_name);
        CHECK(twice.last_name == once.last_name);
        CHECK(twice.name_key == once.name_key);
        CHECK(twice.email == once.email);
        CHECK(twice.phone_e164 == once.phone_e164);
        CHECK(twice.birth_date == once.birth_date);
        CHECK(twice.nationality == once.nationality);
        CHECK(twice.country == once.country);
        CHECK(twice.problems == once.problems);
    }
}

TEST_CASE("normalize_record: a trailing initial with no last name is the last name, shortened", "[normalize]") {
    auto n = norm({{"first_name", "Patrick M."}});
    CHECK(n.first_name == "Patrick");
    CHECK(n.last_name == "M.");
    CHECK(n.last_name_key == "m");
    CHECK(std::find(n.repairs.begin(), n.repairs.end(), Problem{"first_name", "last_name_initial_split"}) != n.repairs.end());
    // Two whole words stay as typed: which one is the last name would be a guess.
    auto two = norm({{"first_name", "Jean Pierre"}});
    CHECK(two.first_name == "Jean Pierre");
    CHECK(two.last_name.empty());
    // With a last name present nothing moves.
    auto both = norm({{"first_name", "Jean P."}, {"last_name", "Durand"}});
    CHECK(both.first_name == "Jean P.");
}
