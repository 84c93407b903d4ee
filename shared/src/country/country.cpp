// Countries: one table built from ICU's region data on first use, then a hash-map hit per lookup.
//
// Every way of writing a country is reduced to a key: compatibility-decomposed, accents removed,
// case-folded, and only letters and digits kept ("Côte d’Ivoire" → "cotedivoire", "ÉTATS-UNIS" →
// "etatsunis"). The table maps keys of, by priority (first writer wins a key): alpha-2 and alpha-3
// codes, curated aliases (ICAO document codes, former names, demonyms for the nationality column),
// ICU's names in the kiosk languages, each country's name in its own main language, then English
// spellings with "and"/"Saint" for ICU's "&"/"St.".
#include "cardex/country.hpp"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace cardex {

namespace {

// Names longer than this are not country names; refusing them bounds the work on hostile input.
constexpr std::size_t max_input_bytes = 200;

// ICU lists these among its ISO countries, but ISO 3166-1 does not assign them: exceptionally
// reserved codes (Diego Garcia, Ceuta & Melilla, Canary Islands) and Kosovo's user-assigned "XK".
constexpr std::string_view not_iso_assigned[] = {"DG", "EA", "IC", "XK"};

// The languages the kiosk speaks: a name in any of them is recognised.
constexpr const char* kiosk_languages[] = {"en", "fr", "de", "es", "it", "zh", "uk"};

struct Alias {
    const char* alpha2;
    std::initializer_list<const char*> names;
};

// What ICU's names miss. ICAO 9303 codes that differ from ISO (the UN, stateless and refugee codes
// UNO, UNA, UNK, XXA, XXB, XXC, XXX are deliberately absent: they are not countries).
const Alias aliases[] = {
    {"DE", {"D", "RFA", "BRD", "Bundesrepublik Deutschland", "German", "Allemand", "Allemande", "Deutsch", "Deutsche"}},
    {"GB", {"GBD", "GBN", "GBO", "GBP", "GBS", "UK", "Great Britain", "Britain", "England", "Scotland", "Wales",
            "Northern Ireland", "Grande-Bretagne", "Angleterre", "Écosse", "Pays de Galles", "Irlande du Nord",
            "Großbritannien", "Gran Bretaña", "Inghilterra", "United Kingdom of Great Britain and Northern Ireland",
            "British", "English", "Scottish", "Welsh", "Britannique", "Anglais", "Anglaise", "Écossais", "Écossaise"}},
    {"US", {"USA", "U.S.", "United States of America", "États-Unis d'Amérique", "American", "Américain", "Américaine"}},
    {"NL", {"Holland", "Hollande", "The Netherlands", "Olanda", "Holanda", "Dutch", "Néerlandais", "Néerlandaise", "Hollandais"}},
    {"RU", {"Russian Federation", "Fédération de Russie", "Russian", "Russe"}},
    {"CZ", {"Czech Republic", "République tchèque", "Czech", "Tchèque"}},
    {"CI", {"Ivory Coast"}},
    {"KR", {"Korea", "Republic of Korea", "Korea, Republic of", "Corée"}},
    {"KP", {"Democratic People's Republic of Korea", "Korea, Democratic People's Republic of"}},
    {"IR", {"Islamic Republic of Iran", "Iran, Islamic Republic of"}},
    {"SY", {"Syrian Arab Republic"}},
    {"VN", {"Viet Nam"}},
    {"LA", {"Lao People's Democratic Republic", "Lao PDR"}},
    {"TZ", {"Tanzania, United Republic of", "United Republic of Tanzania"}},
    {"BO", {"Bolivia, Plurinational State of"}},
    {"VE", {"Venezuela, Bolivarian Republic of"}},
    {"MD", {"Moldova, Republic of", "Republic of Moldova"}},
    {"MK", {"Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia", "Macédoine"}},
    {"TR", {"Türkiye", "Turkish", "Turc", "Turque"}},
    {"SZ", {"Swaziland"}},
    {"MM", {"Myanmar", "Burma", "Birmanie"}},
    {"CV", {"Cabo Verde"}},
    {"TL", {"East Timor", "TMP"}},
    {"VA", {"Holy See", "Vatican", "Saint-Siège"}},
    {"PS", {"Palestine", "State of Palestine"}},
    {"TW", {"Taiwan, Province of China"}},
    {"HK", {"Hong Kong", "Hongkong"}},
    {"MO", {"Macao", "Macau"}},
    {"IE", {"Eire", "Republic of Ireland", "Irish", "Irlandais", "Irlandaise"}},
    {"CD", {"Democratic Republic of the Congo", "DR Congo", "DRC", "RDC", "République démocratique du Congo", "Zaire", "ZAR"}},
    {"CG", {"Congo", "Republic of the Congo", "République du Congo"}},
    {"AE", {"UAE", "Emirates"}},
    {"BA", {"Bosnia"}},
    {"FM", {"Micronesia, Federated States of"}},
    {"BN", {"Brunei Darussalam"}},
    {"CN", {"PRC", "People's Republic of China", "Chinese", "Chinois", "Chinoise"}},
    {"RO", {"ROM", "Romanian", "Roumain", "Roumaine"}},
    {"FR", {"French", "Français", "Française"}},
    {"ES", {"Spanish", "Espagnol", "Espagnole", "Español", "Española"}},
    {"IT", {"Italian", "Italien", "Italienne", "Italiano", "Italiana"}},
    {"BE", {"Belgian", "Belge"}},
    {"CH", {"Swiss"}},
    {"PT", {"Portuguese", "Portugais", "Portugaise"}},
    {"JP", {"Japanese", "Japonais", "Japonaise"}},
    {"UA", {"Ukrainian", "Ukrainien", "Ukrainienne"}},
    {"CA", {"Canadian", "Canadien", "Canadienne"}},
    {"AT", {"Austrian", "Autrichien", "Autrichienne"}},
    {"PL", {"Polish", "Polonais", "Polonaise"}},
    {"SE", {"Swedish", "Suédois", "Suédoise"}},
    {"DK", {"Danish", "Danois", "Danoise"}},
    {"NO", {"Norwegian", "Norvégien", "Norvégienne"}},
    {"FI", {"Finnish", "Finlandais", "Finlandaise"}},
    {"GR", {"Greek", "Grec", "Grecque"}},
    {"HU", {"Hungarian", "Hongrois", "Hongroise"}},
    {"BR", {"Brazilian", "Brésilien", "Brésilienne", "Brasil"}},
    {"MA", {"Moroccan", "Marocain", "Marocaine"}},
    {"DZ", {"Algerian", "Algérien", "Algérienne"}},
    {"TN", {"Tunisian", "Tunisien", "Tunisienne"}},
    {"IL", {"Israeli", "Israélien", "Israélienne"}},
    {"AU", {"Australian", "Australien", "Australienne"}},
    {"MX", {"Mexican", "Mexicain", "Mexicaine"}},
    {"LU", {"Luxembourgish", "Luxembourgeois", "Luxembourgeoise"}},
};

// ---- keys ----------------------------------------------------------------------------------------

char ascii_fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// The common case (codes, Latin names without accents) never touches ICU. It gives exactly what
// the ICU path gives for ASCII text.
bool ascii_key(std::string_view text, std::string& key) {
    key.clear();
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
        if (is_ascii_alnum(c)) key.push_back(ascii_fold(c));
    }
    return true;
}

// NFKD, full case folding, keep letters and digits (which drops the accents NFKD split off, and all
// punctuation and spaces). Normalizer2
// and the character properties are immutable, so this is thread-safe without per-thread state.
// Returns "" for text that is not well-formed UTF-8.
std::string unicode_key(std::string_view text) {
    const icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    if (in.indexOf(static_cast<char16_t>(0xFFFD)) >= 0) return {};  // ill-formed input, or a replacement char
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    if (U_FAILURE(status)) return {};
    icu::UnicodeString folded = nfkd->normalize(in, status);
    if (U_FAILURE(status)) return {};
    folded.foldCase();
    icu::UnicodeString kept;
    for (int32_t i = 0; i < folded.length();) {
        const UChar32 c = folded.char32At(i);
        i += c > 0xFFFF ? 2 : 1;
        if (u_isalnum(c)) kept.append(c);
    }
    std::string key;
    kept.toUTF8String(key);
    return key;
}

std::string make_key(std::string_view text) {
    std::string key;
    if (ascii_key(text, key)) return key;
    return unicode_key(text);
}

std::string to_utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

// ---- the table -----------------------------------------------------------------------------------

struct ViewHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

struct Country {
    std::string alpha2, alpha3;
};

class Table {
public:
    Table() {
        for (const char* const* code = uloc_getISOCountries(); *code != nullptr; ++code) add_country(*code);
        for (const Country& c : countries_) add_key(c.alpha2, c.alpha2);
        for (const Country& c : countries_) add_key(c.alpha3, c.alpha2);
        for (const Alias& alias : aliases)
            for (const char* name : alias.names) add_key(name, alias.alpha2);
        for (const char* language : kiosk_languages) add_names(icu::Locale(language));
        for (const Country& c : countries_) add_native_name(c);
        for (const Country& c : countries_) add_english_variants(c);
    }

    const Country* by_alpha2(std::string_view alpha2) const {
        const auto it = index_.find(alpha2);
        return it == index_.end() ? nullptr : &countries_[it->second];
    }
    const Country* by_key(std::string_view key) const {
        const auto it = keys_.find(key);
        return it == keys_.end() ? nullptr : &countries_[it->second];
    }

private:
    void add_country(const char* code) {
        for (std::string_view excluded : not_iso_assigned)
            if (excluded == code) return;
        const char* alpha3 = icu::Locale("", code).getISO3Country();
        if (alpha3 == nullptr || std::string_view(alpha3).size() != 3) return;
        index_.emplace(code, countries_.size());
        countries_.push_back({code, alpha3});
    }

    // First writer wins: a lower-priority spelling never takes a key from a higher one.
    void add_key(std::string_view text, std::string_view alpha2) {
        const auto it = index_.find(alpha2);
        std::string key = make_key(text);
        if (it != index_.end() && !key.empty()) keys_.emplace(std::move(key), it->second);
    }

    void add_names(const icu::Locale& language) {
        for (const Country& c : countries_) {
            icu::UnicodeString name;
            add_key(to_utf8(icu::Locale("", c.alpha2.c_str()).getDisplayCountry(language, name)), c.alpha2);
        }
    }

    // "Deutschland", "España", "Nederland", "Россия": the name in the country's likely language.
    void add_native_name(const Country& c) {
        UErrorCode status = U_ZERO_ERROR;
        icu::Locale native("und", c.alpha2.c_str());
        native.addLikelySubtags(status);
        if (U_FAILURE(status)) return;
        icu::UnicodeString name;
        add_key(to_utf8(icu::Locale("", c.alpha2.c_str()).getDisplayCountry(native, name)), c.alpha2);
    }

    // ICU writes "Trinidad & Tobago", "St. Lucia"; people write "and" and "Saint", and ISO's own
    // names say "and the" ("Saint Vincent and the Grenadines", "… and the South Sandwich Islands").
    void add_english_variants(const Country& c) {
        icu::UnicodeString name;
        std::string en = to_utf8(icu::Locale("", c.alpha2.c_str()).getDisplayCountry(icu::Locale("en"), name));
        std::string variant = en;
        for (std::size_t at; (at = variant.find('&')) != std::string::npos;) variant.replace(at, 1, "and");
        if (variant.rfind("St. ", 0) == 0) variant.replace(0, 3, "Saint");
        if (variant != en) add_key(variant, c.alpha2);
        if (variant.find(" and ") != std::string::npos) add_key(variant.replace(variant.find(" and "), 5, " and the "), c.alpha2);
    }

    std::vector<Country> countries_;
    std::unordered_map<std::string, std::size_t, ViewHash, std::equal_to<>> index_;  // alpha-2 → country
    std::unordered_map<std::string, std::size_t, ViewHash, std::equal_to<>> keys_;   // key → country
};

const Table& table() {
    static const Table t;  // built once; C++ makes the initialisation thread-safe
    return t;
}

bool is_upper_ascii_code(std::string_view s) {
    for (char c : s)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

// The display language: ICU falls back to the process's default locale for a language it has no
// data for, which would make the result depend on the environment. English is used instead.
icu::Locale display_locale(std::string_view language) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale wanted = icu::Locale::forLanguageTag(icu::StringPiece(language.data(), static_cast<int32_t>(language.size())), status);
    if (U_FAILURE(status) || wanted.isBogus() || *wanted.getLanguage() == '\0') return icu::Locale("en");
    static const std::unordered_set<std::string> available = [] {
        std::unordered_set<std::string> languages;
        int32_t count = 0;
        const icu::Locale* locales = icu::Locale::getAvailableLocales(count);
        for (int32_t i = 0; i < count; ++i) languages.insert(locales[i].getLanguage());
        return languages;
    }();
    return available.count(wanted.getLanguage()) != 0 ? wanted : icu::Locale("en");
}

}  // namespace

std::optional<std::string> country_to_alpha2(std::string_view text) {
    if (text.size() > max_input_bytes) return std::nullopt;
    const std::string key = make_key(text);
    if (key.empty()) return std::nullopt;
    const Country* c = table().by_key(key);
    if (c == nullptr) return std::nullopt;
    return c->alpha2;
}

std::string country_alpha3(std::string_view alpha2) {
    if (alpha2.size() != 2) return {};
    const char upper[2] = {static_cast<char>(alpha2[0] & ~0x20), static_cast<char>(alpha2[1] & ~0x20)};
    const Country* c = table().by_alpha2(std::string_view(upper, 2));
    return c == nullptr ? std::string() : c->alpha3;
}

std::string country_name(std::string_view alpha2, std::string_view language) {
    if (!is_country_code(alpha2)) return {};
    const std::string code(alpha2);
    icu::UnicodeString name;
    return to_utf8(icu::Locale("", code.c_str()).getDisplayCountry(display_locale(language), name));
}

bool is_country_code(std::string_view alpha2) {
    return alpha2.size() == 2 && is_upper_ascii_code(alpha2) && table().by_alpha2(alpha2) != nullptr;
}

}  // namespace cardex
