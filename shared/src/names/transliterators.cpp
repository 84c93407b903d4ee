// names/transliterators.cpp — the Cyrillic romanisation rules and the per-thread ICU instances.
#include "names/transliterators.hpp"

#include <unicode/translit.h>
#include <unicode/utypes.h>

#include <array>
#include <memory>

namespace cardex::detail {
namespace {

// Ukrainian: the national romanisation used in Ukrainian passports, Cabinet of Ministers of
// Ukraine resolution No. 55 of 27 January 2010 ("Про впорядкування транслітерації українського
// алфавіту латиницею"). Є Ї Й Ю Я are Ye Yi Y Yu Ya at the start of a word and ie i i iu ia
// elsewhere; зг is zgh (to tell it from жг); the soft sign and the apostrophe are not written.
// The input is lower case and name_key has already removed apostrophes, so "мар'яна" arrives as
// "маряна" and gives "mariana" as the resolution prescribes. Letters outside the Ukrainian
// alphabet (ё ъ ы э) take their ICAO values. ICU tries the rules in order, so the in-word
// (letter-preceded) forms come before the word-start forms.
constexpr const char* kUkrainianRules = R"(
$letter = [[:L:][:M:]] ;
зг > zgh ;
$letter { є > ie ;
є > ye ;
$letter { ї > i ;
ї > yi ;
$letter { й > i ;
й > y ;
$letter { ю > iu ;
ю > yu ;
$letter { я > ia ;
я > ya ;
а > a ; б > b ; в > v ; г > h ; ґ > g ; д > d ; е > e ; ж > zh ; з > z ; и > y ; і > i ;
к > k ; л > l ; м > m ; н > n ; о > o ; п > p ; р > r ; с > s ; т > t ; у > u ; ф > f ;
х > kh ; ц > ts ; ч > ch ; ш > sh ; щ > shch ; ь > ;
ё > e ; ъ > ie ; ы > y ; э > e ;
)";

// Other Cyrillic: ICAO Doc 9303 Part 3 (7th edition, 2015), the table Russian passports have used
// since 2014, with its entries for the Belarusian, Serbian and Macedonian letters. Letters it
// does not cover (Kazakh, Mongolian …) are left for Any-Latin.
constexpr const char* kIcaoCyrillicRules = R"(
а > a ; б > b ; в > v ; г > g ; д > d ; е > e ; ё > e ; ж > zh ; з > z ; и > i ; й > i ;
к > k ; л > l ; м > m ; н > n ; о > o ; п > p ; р > r ; с > s ; т > t ; у > u ; ф > f ;
х > kh ; ц > ts ; ч > ch ; ш > sh ; щ > shch ; ъ > ie ; ы > y ; ь > ; э > e ; ю > iu ; я > ia ;
ґ > g ; ѓ > g ; є > ie ; ѕ > dz ; і > i ; ї > i ; ј > j ; љ > lj ; њ > nj ; ћ > c ; ќ > k ;
ў > u ; џ > dz ; ђ > d ;
)";

std::unique_ptr<icu::Transliterator> build_from_rules(const char* id, const char* rules) {
    UParseError parse_error{};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        icu::UnicodeString::fromUTF8(id), icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD,
        parse_error, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
}

std::unique_ptr<icu::Transliterator> build_system(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
}

std::unique_ptr<icu::Transliterator> build(Translit which) {
    switch (which) {
        case Translit::cyrillic_ukrainian:
            return build_from_rules("cardex-uk-Latn", kUkrainianRules);
        case Translit::cyrillic_icao:
            return build_from_rules("cardex-Cyrl-Latn-icao", kIcaoCyrillicRules);
        case Translit::han_latin: return build_system("Han-Latin");
        case Translit::any_latin: return build_system("Any-Latin");
        case Translit::latin_ascii: return build_system("Latin-ASCII");
    }
    return nullptr;
}

struct Slot {
    std::unique_ptr<icu::Transliterator> instance;
    bool tried = false;  // do not rebuild on every call if ICU failed once
};

}  // namespace

bool transliterate(Translit which, icu::UnicodeString& text) {
    thread_local std::array<Slot, kTranslitCount> slots;
    Slot& slot = slots[static_cast<std::size_t>(which)];
    if (!slot.tried) {
        slot.tried = true;
        slot.instance = build(which);
    }
    if (!slot.instance) return false;
    slot.instance->transliterate(text);
    return true;
}

}  // namespace cardex::detail
