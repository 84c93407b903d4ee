// The dedup engine's rules, pair by pair and in batch clustering.
#include <catch2/catch.hpp>

#include <algorithm>

#include "cardex/dedup.hpp"
#include "dedup/group_score.hpp"
#include "dedup/name_similarity.hpp"
#include "dedup_test_records.hpp"

using namespace cardex;
using namespace cardex::dedup;

namespace {

using test::has_evidence;
using test::rec;

const Thresholds kDefault;

}  // namespace

TEST_CASE("dedup: name comparison levels", "[dedup]") {
    CHECK(compare_names("patrick", "patrick") == NameLevel::exact);
    CHECK(compare_names("p", "patrick") == NameLevel::initial);
    CHECK(compare_names("jean pierre", "jp") == NameLevel::initial);
    CHECK(compare_names("j p", "jean pierre") == NameLevel::initial);
    CHECK(compare_names("jean", "jean pierre") == NameLevel::partial);
    CHECK(compare_names("jean pierre", "jeanpierre") == NameLevel::exact);
    CHECK(compare_names("shevchenko", "shevchencko") == NameLevel::similar);
    CHECK(compare_names("patrick", "sophie") == NameLevel::different);
    CHECK(compare_names("p", "m") == NameLevel::different);
    CHECK(compare_names("", "x") == NameLevel::missing);
    CHECK(jaro_winkler("martha", "marhta") == Approx(0.961).epsilon(0.01));
    CHECK(jaro_winkler("abc", "xyz") == 0.0);
}

TEST_CASE("dedup: the Patrick Martin pair links on the shared mobile", "[dedup]") {
    auto a = rec({{"first_name", "P"}, {"last_name", "Martin"}, {"phone", "+33 6 52 52 72 72"}});
    auto b = rec({{"first_name", "Patrick"}, {"last_name", "M."}, {"phone", "06 52 52 72 72"}, {"birth_date", "28/12/1956"}});
    auto s = score_pair(a, b);
    CHECK(s.conflict.empty());
    CHECK(s.identifying);
    CHECK(has_evidence(s, "phone", "exact_mobile"));
    CHECK(s.links(kDefault));
}

TEST_CASE("dedup: an e-mail address typed with capitals is the same address", "[dedup][email]") {
    auto typed = rec({{"first_name", "Jean"}, {"last_name", "Dupont"}, {"email", "Jean.Dupont@Gmail.com"}});
    auto lower = rec({{"first_name", "Jean"}, {"last_name", "Dupont"}, {"email", "jean.dupont@gmail.com"}});
    CHECK(typed.email == "Jean.Dupont@gmail.com");  // kept as typed, for writing to the guest
    auto s = score_pair(typed, lower);
    CHECK(has_evidence(s, "email", "exact"));
    CHECK(s.links(kDefault));
    auto keys = blocking_keys(typed);
    CHECK(std::find(keys.begin(), keys.end(), "e:jean.dupont@gmail.com") != keys.end());
    CHECK(email_match_key("Ünal.Öz@Example.com") == "Ünal.Öz@example.com");  // ASCII letters only, as SQLite's lower()
    CHECK(has_evidence(score_pair(typed, rec({{"first_name", "Jean"}, {"last_name", "Dupont"},
                                              {"email", "jean.dupond@gmail.com"}})),
                       "email", "different"));
}

TEST_CASE("dedup: different birth dates conflict, swaps and one-digit typos do not", "[dedup]") {
    auto base = std::vector<std::pair<std::string, std::string>>{{"first_name", "Anna"}, {"last_name", "Weber"}};
    auto with = [&](const char* date) {
        auto f = base;
        f.push_back({"birth_date", date});
        return rec(f);
    };
    CHECK(score_pair(with("1980-03-12"), with("1980-12-03")).conflict.empty());  // day/month swapped
    CHECK(has_evidence(score_pair(with("1980-03-12"), with("1980-12-03")), "birth_date", "day_month_swapped"));
    CHECK(score_pair(with("1980-03-12"), with("1980-03-13")).conflict.empty());  // one digit
    CHECK(score_pair(with("1980-03-12"), with("1981-03-12")).conflict.empty());
    CHECK(score_pair(with("1956-03-12"), with("1986-03-12")).conflict == "different_birth_date");  // a decade: parent/child
    CHECK(score_pair(with("1980-03-12"), with("1975-07-30")).conflict == "different_birth_date");
}

TEST_CASE("dedup: traps — shared contacts with different first names never link", "[dedup][traps]") {
    std::vector<std::pair<std::string, std::string>> home = {
        {"last_name", "Martin"}, {"phone", "06 52 52 72 72"}, {"email", "famille.martin@orange.fr"},
        {"address_line1", "12 rue des Lilas"}, {"postcode", "69003"}};
    auto he = home, she = home;
    he.push_back({"first_name", "Patrick"});
    she.push_back({"first_name", "Sophie"});
    auto s = score_pair(rec(he), rec(she));
    CHECK(s.score > kDefault.link);  // the shared contacts alone would link them…
    CHECK(s.conflict == "different_first_name");  // …the first names forbid it
    CHECK_FALSE(s.links(kDefault));
}

TEST_CASE("dedup: titles of different sex conflict", "[dedup][traps]") {
    auto a = rec({{"title", "M."}, {"first_name", "C"}, {"last_name", "Roux"}, {"phone", "06 01 02 03 04"}});
    auto b = rec({{"title", "Mme"}, {"first_name", "C"}, {"last_name", "Roux"}, {"phone", "06 01 02 03 04"}});
    CHECK(score_pair(a, b).conflict == "different_sex");
}

TEST_CASE("dedup: names alone never link, however rare", "[dedup]") {
    auto a = rec({{"first_name", "Bérénice"}, {"last_name", "Vasseur-Quintaine"}, {"postcode", "59000"}});
    auto b = rec({{"first_name", "Berenice"}, {"last_name", "VASSEUR-QUINTAINE"}, {"postcode", "59000"}});
    auto s = score_pair(a, b);
    CHECK(s.score >= kDefault.link);
    CHECK_FALSE(s.identifying);
    CHECK_FALSE(s.links(kDefault));
}

TEST_CASE("dedup: a names-only pair of a full name many records carry is not reviewed", "[dedup][review]") {
    // Names come by country: "Oleksandr" and "Shevchenko" are each rare in a French register, so
    // their weights add up to a review, but together they are one of Ukraine's commonest names.
    FrequencyTable freq;
    for (int i = 0; i < 20000; ++i) freq.add(rec({{"first_name", "Y" + std::to_string(i)}, {"last_name", "Z" + std::to_string(i)}}));
    auto shevchenko = [](const char* postcode) {
        return rec({{"first_name", "Oleksandr"}, {"last_name", "Shevchenko"}, {"postcode", postcode}});
    };
    for (int i = 0; i < 3; ++i) freq.add(shevchenko("01001"));
    auto rare = score_pair(shevchenko("01001"), shevchenko("01001"), &freq);
    CHECK_FALSE(rare.identifying);
    CHECK_FALSE(rare.common_name);
    CHECK(rare.reviews(kDefault));

    for (int i = 0; i < 12; ++i) freq.add(shevchenko("01001"));  // 15 records of that name now
    auto common = score_pair(shevchenko("01001"), shevchenko("01001"), &freq);
    CHECK(common.score >= kDefault.review_names_only);  // the score alone would still review it…
    CHECK(common.common_name);                           // …but namesakes are the likelier answer
    CHECK(has_evidence(common, "name", "common_full_name"));
    CHECK_FALSE(common.reviews(kDefault));
    // The register compares a new record with a profile's records: the same holds there.
    const auto x = shevchenko("01001"), y = shevchenko("01001"), z = rec({{"first_name", "O"}, {"last_name", "Shevchenko"}});
    auto group = score_groups({&x}, {&y, &z}, &freq);
    CHECK(group.common_name);
    CHECK_FALSE(group.reviews(kDefault));

    // With evidence beyond names the name's frequency does not hold the pair back.
    auto with_mobile = [] {
        return rec({{"first_name", "Oleksandr"}, {"last_name", "Shevchenko"}, {"phone", "+380 67 123 4567"}});
    };
    auto identified = score_pair(with_mobile(), with_mobile(), &freq);
    CHECK(identified.identifying);
    CHECK_FALSE(identified.common_name);
    CHECK(identified.links(kDefault));
}

TEST_CASE("dedup: the batch reviews a rare full name's names-only pair, not a common one's", "[dedup][review]") {
    auto named = [](const char* first, const char* last, int i) {
        return rec({{"source_record_id", std::string(last) + std::to_string(i)}, {"first_name", first},
                    {"last_name", last}, {"postcode", "75011"}});
    };
    std::vector<NormalizedRecord> r = {named("Bérénice", "Vasseur-Quintaine", 0), named("Bérénice", "Vasseur-Quintaine", 1)};
    for (int i = 0; i < 12; ++i) r.push_back(named("Jean", "Martin", i));
    // A register of 20,000 other guests (names only, no key in common), so that "Jean" and
    // "Martin" weigh enough for the score alone to review their pairs.
    for (int i = 0; i < 20000; ++i)
        r.push_back(rec({{"source_record_id", "x" + std::to_string(i)}, {"first_name", "Y" + std::to_string(i)},
                         {"last_name", "Z" + std::to_string(i)}}));
    auto result = cluster_records(r, MatchConfig{}, 1);
    FrequencyTable freq;
    for (const auto& x : r) freq.add(x);
    CHECK(score_pair(r[2], r[3], &freq).score >= kDefault.review_names_only);
    REQUIRE(result.reviews.size() == 1);  // the two Bérénice, not any of the 66 pairs of Jean Martins
    CHECK(result.reviews[0].a + result.reviews[0].b == 1);
    CHECK(result.links.empty());
}

TEST_CASE("dedup: swapped first/last columns and scripts meet", "[dedup]") {
    auto a = rec({{"first_name", "Martin"}, {"last_name", "Patrick"}, {"birth_date", "1956-12-28"}});
    auto b = rec({{"first_name", "Patrick"}, {"last_name", "Martin"}, {"birth_date", "28/12/1956"}});
    auto s = score_pair(a, b);
    CHECK(has_evidence(s, "first_name", "swapped"));
    CHECK(s.links(kDefault));

    auto uk = rec({{"first_name", "Олександр"}, {"last_name", "Шевченко"}, {"nationality", "UA"}, {"birth_date", "1990-04-17"}});
    auto lat = rec({{"first_name", "Oleksandr"}, {"last_name", "Shevchenko"}, {"birth_date", "17/04/1990"}});
    CHECK(score_pair(uk, lat).links(kDefault));

    auto han = rec({{"last_name", "王伟"}, {"phone", "+86 138 0013 8000"}});
    auto pinyin = rec({{"first_name", "Wei"}, {"last_name", "Wang"}, {"phone", "138 0013 8000"}, {"country", "CN"}});
    CHECK(score_pair(han, pinyin).links(kDefault));
}

TEST_CASE("dedup: OTA relay and role e-mails are neither keys nor evidence", "[dedup]") {
    auto a = rec({{"first_name", "Ana"}, {"last_name", "Lopez"}, {"email", "reservations@acme.com"}});
    auto b = rec({{"first_name", "Ana"}, {"last_name", "Lopez"}, {"email", "reservations@acme.com"}});
    CHECK_FALSE(has_evidence(score_pair(a, b), "email", "exact"));
    auto keys = blocking_keys(rec({{"email", "x7k2@guest.booking.com"}, {"last_name", "Lopez"}}));
    CHECK(std::none_of(keys.begin(), keys.end(), [](const std::string& k) { return k.rfind("e:", 0) == 0; }));
}

TEST_CASE("dedup: frequency-aware names — a common surname weighs less", "[dedup]") {
    FrequencyTable freq;
    for (int i = 0; i < 500; ++i) freq.add(rec({{"first_name", "X" + std::to_string(i)}, {"last_name", "Martin"}}));
    for (int i = 0; i < 20000; ++i) freq.add(rec({{"first_name", "Y"}, {"last_name", "Z" + std::to_string(i)}}));
    freq.add(rec({{"last_name", "Kowalczyk"}}));
    auto common = score_pair(rec({{"last_name", "Martin"}}), rec({{"last_name", "Martin"}}), &freq);
    auto rare = score_pair(rec({{"last_name", "Kowalczyk"}}), rec({{"last_name", "Kowalczyk"}}), &freq);
    CHECK(rare.score > common.score + 5);
}

TEST_CASE("dedup: batch clustering links duplicates, refuses chains and keeps traps apart", "[dedup]") {
    std::vector<NormalizedRecord> r = {
        /*0*/ rec({{"source_record_id", "a"}, {"first_name", "Jean"}, {"last_name", "Moreau"}, {"birth_date", "1970-01-15"}, {"phone", "06 99 88 77 66"}}),
        /*1*/ rec({{"source_record_id", "b"}, {"first_name", "J"}, {"last_name", "Moreau"}, {"phone", "06 99 88 77 66"}}),
        /*2*/ rec({{"source_record_id", "c"}, {"first_name", "J"}, {"last_name", "Moreau"}, {"birth_date", "1998-06-30"}, {"phone", "06 99 88 77 66"}}),
        /*3*/ rec({{"source_record_id", "d"}, {"first_name", "Lucas"}, {"last_name", "Dubois"}, {"birth_date", "2001-07-14"}, {"phone", "06 11 22 33 44"}}),
        /*4*/ rec({{"source_record_id", "e"}, {"first_name", "Hugo"}, {"last_name", "Dubois"}, {"birth_date", "2001-07-14"}, {"phone", "06 11 22 33 44"}}),
        /*5*/ rec({{"source_record_id", "f"}, {"first_name", "Lucas"}, {"last_name", "DUBOIS"}, {"birth_date", "14/07/2001"}}),
    };
    auto result = cluster_records(r, {}, 2);
    const auto& c = result.cluster_of;
    // "J Moreau" (1) fits both Jean Moreau 1970 (0) and J Moreau 1998 (2), who are different people:
    // placing it would be a guess, so it joins neither and both pairs go to review.
    CHECK(c[1] != c[0]);
    CHECK(c[1] != c[2]);
    CHECK(c[2] != c[0]);
    CHECK(result.reviews.size() == 2);
    CHECK(c[3] != c[4]);  // twins
    CHECK(c[5] == c[3]);  // same person, upper case and another date form
    CHECK(result.links.size() == 1);
    for (const auto& l : result.links) CHECK_FALSE(l.score.evidence.empty());
}

TEST_CASE("dedup: batch closure joins a record that only the merged cluster matches", "[dedup]") {
    std::vector<NormalizedRecord> r = {
        rec({{"first_name", "Amélie"}, {"last_name", "Rousseau"}, {"email", "amelie.rousseau@free.fr"}, {"postcode", "44000"}}),
        rec({{"first_name", "A"}, {"last_name", "R"}, {"email", "amelie.rousseau@free.fr"}, {"birth_date", "1984-09-09"}}),
        // Its names match record 0 and its birth date record 1; neither alone is enough to link.
        rec({{"first_name", "Amelie"}, {"last_name", "Rousseau"}, {"birth_date", "1984-09-09"}, {"postcode", "44000"}}),
    };
    REQUIRE_FALSE(score_pair(r[2], r[0]).links(kDefault));
    REQUIRE_FALSE(score_pair(r[2], r[1]).links(kDefault));
    auto result = cluster_records(r, {}, 1);
    CHECK(result.cluster_of[0] == result.cluster_of[1]);
    CHECK(result.cluster_of[2] == result.cluster_of[0]);
}

TEST_CASE("dedup: operator constraints are respected by the batch", "[dedup]") {
    std::vector<NormalizedRecord> r = {
        rec({{"first_name", "Marc"}, {"last_name", "Lefebvre"}, {"birth_date", "1980-04-04"}}),
        rec({{"first_name", "Marc"}, {"last_name", "Lefebvre"}, {"birth_date", "1980-04-04"}}),
        rec({{"first_name", "Zoé"}, {"last_name", "Perrin"}}),
    };
    Constraints k;
    k.different = {{0, 1}};
    k.same = {{0, 2}};
    auto result = cluster_records(r, {}, 1, &k);
    CHECK(result.cluster_of[0] != result.cluster_of[1]);
    CHECK(result.cluster_of[0] == result.cluster_of[2]);
}

TEST_CASE("dedup: an oversized block is paired by sorted neighbourhood, not all pairs", "[dedup]") {
    // 300 colleagues on one switchboard: all-pairs would be 44,850 pairs.
    std::vector<NormalizedRecord> r;
    for (int i = 0; i < 300; ++i)
        r.push_back(rec({{"first_name", "Person" + std::string(1, static_cast<char>('a' + i % 26)) + std::to_string(i)},
                         {"last_name", "Staff" + std::to_string(i)}, {"phone", "+33 1 42 68 53 00"}}));
    r.push_back(rec({{"first_name", "Persona0"}, {"last_name", "Staff0"}, {"phone", "+33 1 42 68 53 00"}, {"birth_date", "1990-01-01"}}));
    MatchConfig config;
    auto result = cluster_records(r, config, 2);
    CHECK(result.oversized_blocks >= 1);
    CHECK(result.candidate_pairs < 301 * config.neighbourhood);
    CHECK(result.cluster_of[300] == result.cluster_of[0]);  // the same person, adjacent by name, still found
}

// Rules found by bench_dedup_quality on generated guests (docs/performance.md).
TEST_CASE("dedup: swapped columns — the first names are the pair that holds first names", "[dedup][traps]") {
    FrequencyTable freq;
    for (int i = 0; i < 200; ++i) {
        freq.add(rec({{"first_name", i % 2 ? "Niels" : "Geertruida"}, {"last_name", "L" + std::to_string(i)}}));
        freq.add(rec({{"first_name", "F" + std::to_string(i)}, {"last_name", "Jansen"}}));
    }
    // Niels Jansen typed the wrong way round, and his wife sharing the household mailbox.
    auto he = rec({{"first_name", "Jansen"}, {"last_name", "Niels"}, {"email", "famille.jansen@hotmail.fr"}});
    auto she = rec({{"first_name", "Geertruida"}, {"last_name", "Jansen"}, {"email", "famille.jansen@hotmail.fr"}});
    CHECK(score_pair(he, she, &freq).conflict == "different_first_name");
    auto him_again = rec({{"first_name", "Niels"}, {"last_name", "Jansen"}, {"email", "famille.jansen@hotmail.fr"}});
    CHECK(score_pair(he, him_again, &freq).links(kDefault));
}

TEST_CASE("dedup: household contacts identify only a named member of one family", "[dedup][traps]") {
    const std::vector<std::pair<std::string, std::string>> home = {
        {"phone", "04 78 12 34 56"}, {"address_line1", "12 rue des Lilas"}, {"postcode", "69003"}};
    auto with = [&](std::vector<std::pair<std::string, std::string>> fields) {
        fields.insert(fields.end(), home.begin(), home.end());
        return rec(fields);
    };
    auto thomas = with({{"first_name", "Thomas"}, {"last_name", "Frei"}});
    CHECK(score_pair(thomas, with({{"first_name", "Thomas"}, {"last_name", "Frei"}})).links(kDefault));
    // A restaurant bill "FREI" on the home line is any member of the household.
    CHECK_FALSE(score_pair(thomas, with({{"last_name", "Frei"}})).identifying);
    // Neighbours in one building (or colleagues at one address) with one first name.
    CHECK_FALSE(score_pair(thomas, with({{"first_name", "Thomas"}, {"last_name", "Huet"}})).identifying);
    // A parent and a same-named child: two different mobiles contradict the shared address.
    auto a = rec({{"first_name", "Luciano"}, {"last_name", "Rizzi"}, {"phone", "+39 349 321 5292"},
                  {"address_line1", "via Roma 84"}, {"postcode", "90134"}});
    auto b = rec({{"first_name", "Luciano"}, {"last_name", "Rizzi"}, {"phone", "+39 335 221 2931"},
                  {"address_line1", "via Roma 84"}, {"postcode", "90134"}});
    CHECK_FALSE(score_pair(a, b).identifying);
}

TEST_CASE("dedup: a shared birthday with another last name is a coincidence", "[dedup][traps]") {
    auto a = rec({{"first_name", "Jean"}, {"last_name", "Martin"}, {"birth_date", "1969-08-15"}});
    auto b = rec({{"first_name", "Jean"}, {"last_name", "Meier"}, {"birth_date", "15/08/1969"}});
    CHECK_FALSE(score_pair(a, b).identifying);
    CHECK(score_pair(a, rec({{"first_name", "Jean"}, {"last_name", "Martin"}, {"birth_date", "15/08/1969"}})).identifying);
}

TEST_CASE("dedup: a one-letter typo of a common first name is not another first name", "[dedup]") {
    CHECK(one_edit_apart("henk", "hdnk"));
    CHECK(one_edit_apart("anna", "anan"));
    CHECK(one_edit_apart("marie", "mare"));
    CHECK_FALSE(one_edit_apart("henk", "henk"));
    CHECK_FALSE(one_edit_apart("henk", "hnke"));
    FrequencyTable freq;
    for (int i = 0; i < 300; ++i) {
        freq.add(rec({{"first_name", "Henk"}, {"last_name", "L" + std::to_string(i)}}));
        freq.add(rec({{"first_name", i % 2 ? "Anna" : "Anja"}, {"last_name", "M" + std::to_string(i)}}));
    }
    auto henk = rec({{"first_name", "Henk"}, {"last_name", "Mulder"}, {"phone", "+31 6 43258784"}});
    auto typo = rec({{"first_name", "Hdnk"}, {"last_name", "Mulder"}, {"phone", "+31 6 43258784"}});
    CHECK(score_pair(henk, typo).conflict == "different_first_name");  // no frequencies: no guess
    CHECK(score_pair(henk, typo, &freq).links(kDefault));
    auto anna = rec({{"first_name", "Anna"}, {"last_name", "Koch"}, {"phone", "+49 160 5522125"}});
    auto anja = rec({{"first_name", "Anja"}, {"last_name", "Koch"}, {"phone", "+49 160 5522125"}});
    CHECK(score_pair(anna, anja, &freq).conflict == "different_first_name");  // two real names
}
