#include <catch2/catch.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "cardex/country.hpp"

using cardex::country_alpha3;
using cardex::country_name;
using cardex::country_to_alpha2;
using cardex::is_country_code;

namespace {
void check_all(std::initializer_list<const char*> texts, const char* alpha2) {
    for (const char* text : texts) {
        CAPTURE(text);
        CHECK(country_to_alpha2(text) == std::optional<std::string>(alpha2));
    }
}
}  // namespace

TEST_CASE("Countries are read from codes and from names in the kiosk languages", "[country]") {
    check_all({"FR", "fr", "FRA", "fra", "France", "france", "FRANCE", "  France ", "Frankreich", "Francia", "法国",
               "Франція", "Française", "French"},
              "FR");
    check_all({"DE", "DEU", "D", "Allemagne", "Deutschland", "Germany", "Alemania", "Germania", "德国", "Німеччина"}, "DE");
    check_all({"GB", "GBR", "GBD", "GBN", "GBO", "GBP", "GBS", "UK", "United Kingdom", "Royaume-Uni", "England"}, "GB");
    check_all({"US", "USA", "U.S.A.", "United States", "Etats-Unis", "États-Unis", "ETATS UNIS", "Estados Unidos"}, "US");
    check_all({"NL", "NLD", "Holland", "Netherlands", "Pays-Bas", "Nederland"}, "NL");
    check_all({"RU", "Russia", "Russie", "Россия", "Russian Federation"}, "RU");
    check_all({"CZ", "Czechia", "Czech Republic", "Tchéquie", "République tchèque"}, "CZ");
    check_all({"CI", "CIV", "Côte d'Ivoire", "Côte d’Ivoire", "COTE D IVOIRE", "cote-d'ivoire", "Ivory Coast"}, "CI");
    check_all({"ES", "España", "Espagne", "Spain"}, "ES");
    check_all({"CH", "Suisse", "Schweiz", "Svizzera", "Switzerland"}, "CH");
    check_all({"TT", "Trinidad & Tobago", "Trinidad and Tobago"}, "TT");
    check_all({"LC", "St. Lucia", "Saint Lucia", "Sainte-Lucie"}, "LC");
    check_all({"VC", "Saint Vincent and the Grenadines"}, "VC");
    check_all({"UA", "Ukraine", "Україна", "UKR"}, "UA");
    check_all({"CN", "China", "Chine", "中国", "CHN"}, "CN");
}

TEST_CASE("Case, accents, punctuation and extra spaces are ignored", "[country]") {
    check_all({"ÉTATS-UNIS", "etats   unis", "Etats.Unis", "états-unis ", "ＵＳＡ"}, "US");
    check_all({"Curaçao", "curacao", "CURACAO"}, "CW");
    check_all({"Åland Islands", "aland islands"}, "AX");
}

TEST_CASE("Unknown values, non-countries and pseudo-regions are not countries", "[country]") {
    const std::string nul_inside("FR\0", 3);
    const std::string huge(100000, 'a');
    for (const std::string& text : std::vector<std::string>{
             "", " ", "XX", "ZZ", "EU", "QO", "UN", "EZ", "001", "150", "419", "UNO", "UNA", "UNK", "XXA", "XXB", "XXC",
             "XXX", "XK", "DG", "EA", "IC", "Atlantis", "Europe", "F", "-", "??", "Fr ance!!x", huge, "\xFF\xFE",
             "Fran\xC3\x28" "ce"}) {
        CAPTURE(text.substr(0, 20));
        CHECK(country_to_alpha2(text) == std::nullopt);
    }
    CHECK(country_to_alpha2(nul_inside) == std::optional<std::string>("FR"));  // the NUL is punctuation
}

TEST_CASE("Exactly the 249 ISO 3166-1 codes are country codes", "[country]") {
    int count = 0;
    for (char a = 'A'; a <= 'Z'; ++a)
        for (char b = 'A'; b <= 'Z'; ++b) count += is_country_code(std::string{a, b}) ? 1 : 0;
    CHECK(count == 249);
    CHECK(is_country_code("FR"));
    CHECK(is_country_code("AQ"));
    CHECK_FALSE(is_country_code("fr"));
    CHECK_FALSE(is_country_code("FRA"));
    CHECK_FALSE(is_country_code("ZZ"));
    CHECK_FALSE(is_country_code("UK"));
    CHECK_FALSE(is_country_code(""));
}

TEST_CASE("Alpha-3 codes and names in a language", "[country]") {
    CHECK(country_alpha3("FR") == "FRA");
    CHECK(country_alpha3("DE") == "DEU");
    CHECK(country_alpha3("GB") == "GBR");
    CHECK(country_alpha3("fr") == "FRA");
    CHECK(country_alpha3("ZZ").empty());
    CHECK(country_alpha3("FRA").empty());
    CHECK(country_alpha3("").empty());

    CHECK(country_name("FR", "fr") == "France");
    CHECK(country_name("DE", "de") == "Deutschland");
    CHECK(country_name("DE", "es") == "Alemania");
    CHECK(country_name("FR", "zh") == "法国");
    CHECK(country_name("FR", "uk") == "Франція");
    CHECK(country_name("US", "en") == "United States");
    CHECK(country_name("US", "fr-CA") == "États-Unis");
    // A language without data falls back to English, never to the process's locale.
    CHECK(country_name("DE", "xx") == "Germany");
    CHECK(country_name("DE", "") == "Germany");
    CHECK(country_name("ZZ", "en").empty());
    CHECK(country_name("fr", "en").empty());
}

TEST_CASE("Every country's names in the kiosk languages lead back to it", "[country]") {
    for (char a = 'A'; a <= 'Z'; ++a) {
        for (char b = 'A'; b <= 'Z'; ++b) {
            const std::string code{a, b};
            if (!is_country_code(code)) continue;
            CHECK(country_to_alpha2(code) == code);
            CHECK(country_to_alpha2(country_alpha3(code)) == code);
            for (const char* language : {"en", "fr", "de", "es", "it", "zh", "uk"}) {
                const std::string name = country_name(code, language);
                CAPTURE(code, language, name);
                CHECK(country_to_alpha2(name) == code);
            }
        }
    }
}

TEST_CASE("Lookups from many threads agree", "[country]") {
    std::vector<std::thread> threads;
    std::vector<int> found(4, 0);
    for (std::size_t t = 0; t < found.size(); ++t) {
        threads.emplace_back([t, &found] {
            for (int i = 0; i < 200; ++i)
                found[t] += country_to_alpha2(i % 2 == 0 ? "Frankreich" : "Франція") == std::optional<std::string>("FR") ? 1 : 0;
        });
    }
    for (auto& thread : threads) thread.join();
    for (int n : found) CHECK(n == 200);
}
