// Spellings of one given name that a string distance holds different: typed-out umlauts, the
// romanisations of a Cyrillic name, its Ukrainian and Russian forms. Each is one name to the
// engine; translations and names of their own stay different.
#include <catch2/catch.hpp>

#include "cardex/dedup.hpp"
#include "dedup/given_name_variants.hpp"
#include "dedup/name_similarity.hpp"
#include "dedup_test_records.hpp"

using namespace cardex;
using namespace cardex::dedup;
using test::has_evidence;
using test::rec;

TEST_CASE("dedup: given-name variants — one name, several spellings", "[dedup][names]") {
    // Typed-out umlauts (name_key folds the accent: "Jürgen" → "jurgen").
    CHECK(given_name_variants("jurgen", "juergen"));
    CHECK(given_name_variants("jorg", "joerg"));
    CHECK(given_name_variants("hans jurgen", "hans juergen"));
    // Romanisations of one Cyrillic name.
    CHECK(given_name_variants("yurii", "iouri"));
    CHECK(given_name_variants("yuriy", "yury"));
    CHECK(given_name_variants("liudmyla", "lioudmila"));
    CHECK(given_name_variants("nataliia", "natalya"));
    CHECK(given_name_variants("kseniia", "xenia"));
    CHECK(given_name_variants("sofiia", "sophia"));
    // Ukrainian and Russian forms of one name.
    CHECK(given_name_variants("oleksandr", "alexander"));
    CHECK(given_name_variants("mykola", "nikolay"));
    CHECK(given_name_variants("mykhailo", "mikhail"));
    CHECK(given_name_variants("oleh", "oleg"));
    CHECK(given_name_variants("halyna", "galina"));
    CHECK(given_name_variants("kostiantyn", "konstantin"));
    CHECK(given_name_variants("artem", "artyom"));
}

TEST_CASE("dedup: given-name variants — different names stay different", "[dedup][names][traps]") {
    CHECK_FALSE(given_name_variants("patrick", "patrick"));   // equal is not a variant: it is exact
    CHECK_FALSE(given_name_variants("joe", "jo"));            // an "oe" at the end is not an umlaut
    CHECK_FALSE(given_name_variants("joey", "joy"));          // nor one before a vowel
    CHECK_FALSE(given_name_variants("zoe", "zo"));
    CHECK_FALSE(given_name_variants("mykhailo", "michel"));   // a translation: a Michel is not a Mikhail
    CHECK_FALSE(given_name_variants("olena", "helene"));
    CHECK_FALSE(given_name_variants("hanna", "anna"));        // two names in Germany
    CHECK_FALSE(given_name_variants("alena", "veronika"));    // two groups of the table
    CHECK_FALSE(given_name_variants("yu", "you"));            // pinyin: two names
    CHECK_FALSE(given_name_variants("yan", "yin"));
    CHECK_FALSE(given_name_variants("oleg", "olga"));         // a couple
    CHECK_FALSE(given_name_variants("", "oleg"));
}

TEST_CASE("dedup: a typed-out umlaut does not keep one person's records apart", "[dedup][names]") {
    // Found by bench_dedup_quality: the same passport and birth date, "Jürgen" on one record and
    // "Juergen" on the other, were held two people (Jaro–Winkler 0.895, just under the cut).
    auto a = rec({{"first_name", "Jürgen"}, {"last_name", "Jung"}, {"birth_date", "1983-07-08"},
                  {"document_type", "passport"}, {"document_number", "C5G6400R2"}, {"document_country", "DE"}});
    auto b = rec({{"first_name", "Juergen"}, {"last_name", "JUNG"}, {"birth_date", "08.07.1983"},
                  {"document_type", "passport"}, {"document_number", "C5G6400R2"}, {"document_country", "DE"}});
    REQUIRE(compare_names(a.first_name_key, b.first_name_key) == NameLevel::different);
    auto s = score_pair(a, b);
    CHECK(s.conflict.empty());
    CHECK(has_evidence(s, "first_name", "similar"));
    CHECK(s.links(Thresholds{}));
}

TEST_CASE("dedup: the Ukrainian and Russian forms of a name on one phone link, a couple does not",
          "[dedup][names][traps]") {
    std::vector<std::pair<std::string, std::string>> home = {
        {"last_name", "Bondarenko"}, {"phone", "+380 97 247 1995"}, {"nationality", "UA"}};
    auto with = [&](const char* first) {
        auto f = home;
        f.push_back({"first_name", first});
        return rec(f);
    };
    auto same = score_pair(with("Oleksandr"), with("Alexander"));
    CHECK(same.conflict.empty());
    CHECK(same.links(Thresholds{}));
    // Oleh and Olha share a phone and a surname: husband and wife, never one profile.
    auto couple = score_pair(with("Oleh"), with("Olha"));
    CHECK(couple.conflict == "different_first_name");
    CHECK_FALSE(couple.links(Thresholds{}));
}

TEST_CASE("dedup: generation suffixes — Jr and Sr of one name are two people", "[dedup][names][traps]") {
    CHECK(generation_suffix("brown jr") == "junior");
    CHECK(generation_suffix("brown junior") == "junior");
    CHECK(generation_suffix("shaw sr") == "senior");
    CHECK(generation_suffix("ford iii") == "iii");
    CHECK(generation_suffix("brown").empty());
    CHECK(generation_suffix("jr").empty());           // a one-word name is a name, not a suffix
    CHECK(generation_suffix("junior silva").empty());  // only the last word

    // Found by bench_dedup_quality: a mother and her daughter of one name, one address, one home
    // line, "Brown Jr" and "Brown Sr" (last names "similar"), were linked.
    std::vector<std::pair<std::string, std::string>> home = {
        {"first_name", "Helen"}, {"phone", "+44 113 215 5263"}, {"address_line1", "90 Church Street"},
        {"postcode", "LS11 5TQ"}, {"country", "GB"}};
    auto with = [&](const char* column, const char* value) {
        auto f = home;
        f.push_back({column, value});
        return rec(f);
    };
    auto mother = with("last_name", "Brown Sr."), daughter = with("last_name", "BROWN JR");
    REQUIRE(generation_suffix(mother.last_name_key) == "senior");
    auto s = score_pair(mother, daughter);
    CHECK(s.conflict == "different_generation");
    CHECK_FALSE(s.links(Thresholds{}));
    CHECK(score_pair(mother, with("last_name", "Brown Junior")).conflict == "different_generation");
    // The same suffix twice is one person; a suffix on one side only is left to the other fields.
    auto again = score_pair(daughter, with("last_name", "Brown Jr."));
    CHECK(again.conflict.empty());
    CHECK(again.links(Thresholds{}));
    CHECK(score_pair(mother, with("last_name", "Brown")).conflict.empty());
}
