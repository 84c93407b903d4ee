// names/name_key.cpp — the matching form of a name: any script → Latin → folded key.
//
// Pipeline: tidy_name (encoding, mojibake, spacing) → Han to Pinyin → Cyrillic by the hinted
// standard → Any-Latin for what is still not Latin → fold_latin. ASCII names never touch ICU.
#include "cardex/name_key.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

#include "cardex/text.hpp"
#include "names/transliterators.hpp"
#include "text/utf8_internal.hpp"

namespace cardex {
namespace {

// ---- fold_latin -------------------------------------------------------------------------------

// Appends key characters, turning runs of separators into one space and dropping leading and
// trailing separators.
class KeyWriter {
public:
    explicit KeyWriter(std::size_t capacity) { out_.reserve(capacity); }
    void separator() { pending_space_ = !out_.empty(); }
    void append(std::string_view key_chars) {
        if (key_chars.empty()) return;
        if (pending_space_) out_.push_back(' ');
        pending_space_ = false;
        out_.append(key_chars);
    }
    void append(char c) { append(std::string_view(&c, 1)); }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
    bool pending_space_ = false;
};

// ASCII: letters lower-cased, digits kept, apostrophes dropped (O'Brien → obrien, the two halves
// belong to one word), everything else separates words (Jean-Pierre → jean pierre, J.R. → j r).
void fold_ascii_char(char c, KeyWriter& w) {
    if (c >= 'A' && c <= 'Z') {
        w.append(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        w.append(c);
    } else if (c != '\'' && c != '`') {
        w.separator();
    }
}

bool is_apostrophe(char32_t c) {
    return c == 0x27 || c == 0x60 || c == 0xB4 || c == 0x2018 || c == 0x2019 || c == 0x201B ||
           c == 0x2032 || c == 0x02BC || c == 0xFF07;
}

// Folded form of the Latin letters people's names use: Latin-1, Extended-A/B, IPA (ə), and Latin
// Extended Additional (Vietnamese). Computed once from ICU Latin-ASCII, so per character the fold
// is a table lookup. An empty entry means "not a letter Latin-ASCII reduces to ASCII".
struct LatinTable {
    static constexpr char32_t kLow1 = 0x80, kHigh1 = 0x2B0, kLow2 = 0x1E00, kHigh2 = 0x1F00;
    std::vector<std::string> low = std::vector<std::string>(kHigh1 - kLow1);
    std::vector<std::string> high = std::vector<std::string>(kHigh2 - kLow2);

    const std::string* find(char32_t c) const {
        if (c >= kLow1 && c < kHigh1) return &low[c - kLow1];
        if (c >= kLow2 && c < kHigh2) return &high[c - kLow2];
        return nullptr;
    }
};

std::string ascii_fold_of_letter(char32_t c) {
    icu::UnicodeString u(static_cast<UChar32>(c));
    if (!detail::transliterate(detail::Translit::latin_ascii, u)) return {};
    std::string folded;
    u.toUTF8String(folded);
    if (!detail::is_ascii(folded)) return {};
    KeyWriter w(folded.size());
    for (const char ch : folded) fold_ascii_char(ch, w);
    return w.take();
}

const LatinTable& latin_table() {
    static const LatinTable table = [] {
        LatinTable t;
        for (char32_t c = LatinTable::kLow1; c < LatinTable::kHigh1; ++c) {
            if (u_isalpha(static_cast<UChar32>(c))) {
                t.low[c - LatinTable::kLow1] = ascii_fold_of_letter(c);
            }
        }
        for (char32_t c = LatinTable::kLow2; c < LatinTable::kHigh2; ++c) {
            if (u_isalpha(static_cast<UChar32>(c))) {
                t.high[c - LatinTable::kLow2] = ascii_fold_of_letter(c);
            }
        }
        // Azerbaijani Ə: passports write A (ƏLIYEV → ALIYEV); Latin-ASCII leaves it alone.
        t.low[0x18F - LatinTable::kLow1] = "a";
        t.low[0x259 - LatinTable::kLow1] = "a";
        return t;
    }();
    return table;
}

// A letter outside the table: Latin ones (fullwidth Ｗ, ⱥ …) through Latin-ASCII, then lower case;
// letters of other scripts are kept, lower-cased, so a key is never silently emptied.
void fold_other_letter(char32_t c, KeyWriter& w) {
    icu::UnicodeString u(static_cast<UChar32>(c));
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_LATIN) {
        detail::transliterate(detail::Translit::latin_ascii, u);
    }
    u.toLower(icu::Locale::getRoot());
    std::string s;
    u.toUTF8String(s);
    for (std::size_t i = 0; i < s.size();) {
        const detail::CodePoint cp = detail::decode_utf8(s, i);
        if (cp.value < 0x80) {
            fold_ascii_char(static_cast<char>(cp.value), w);
        } else {
            w.append(s.substr(i, cp.length));
        }
        i += cp.length;
    }
}

void fold_code_point(char32_t c, KeyWriter& w) {
    if (c == detail::kBadCodePoint || c == 0x200B) return w.separator();  // ZERO WIDTH SPACE too
    if (is_apostrophe(c)) return;
    const auto uc = static_cast<UChar32>(c);
    const int8_t type = u_charType(uc);
    // Marks (accents of decomposed text), modifier letters (ˌ from Any-Latin), format characters
    // (soft hyphen, ZWJ) carry no letter of their own.
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
        type == U_COMBINING_SPACING_MARK || type == U_MODIFIER_LETTER || type == U_FORMAT_CHAR) {
        return;
    }
    if (type == U_DECIMAL_DIGIT_NUMBER) {
        return w.append(static_cast<char>('0' + u_charDigitValue(uc)));
    }
    if (u_isalpha(uc) == 0) return w.separator();
    const std::string* entry = latin_table().find(c);
    if (entry != nullptr && !entry->empty()) return w.append(*entry);
    fold_other_letter(c, w);
}

// ---- transliteration --------------------------------------------------------------------------

struct ScriptMix {
    bool cyrillic = false;
    bool ukrainian_letters = false;  // і ї є ґ, found only in Ukrainian (and і in Belarusian)
    bool han = false;
    bool other = false;  // a letter of any other non-Latin script
};

bool is_han(char32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    return c >= 0x2E80 && uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_HAN;
}

// і ї є ґ and their capitals.
bool is_ukrainian_letter(char32_t c) {
    return c == 0x456 || c == 0x457 || c == 0x454 || c == 0x491 || c == 0x406 || c == 0x407 ||
           c == 0x404 || c == 0x490;
}

ScriptMix script_mix(std::string_view text) {
    ScriptMix mix;
    for (std::size_t i = 0; i < text.size();) {
        const detail::CodePoint cp = detail::decode_utf8(text, i);
        i += cp.length;
        const char32_t c = cp.value;
        if (c < 0x80 || c == detail::kBadCodePoint) continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
        if (script == USCRIPT_LATIN || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) {
            continue;
        }
        if (script == USCRIPT_CYRILLIC) {
            mix.cyrillic = true;
            mix.ukrainian_letters = mix.ukrainian_letters || is_ukrainian_letter(c);
        } else if (script == USCRIPT_HAN) {
            mix.han = true;
        } else {
            mix.other = true;
        }
    }
    return mix;
}

// Two-character Chinese surnames (simplified and traditional forms), read as one name part.
constexpr std::array<std::string_view, 36> kCompoundSurnames = {
    "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐", "慕容",
    "尉迟", "尉遲", "长孙", "長孫", "夏侯", "公孙", "公孫", "司徒", "司空", "端木", "独孤", "獨孤",
    "南宫", "南宮", "宇文", "轩辕", "軒轅", "澹台", "万俟", "萬俟", "呼延", "闻人", "聞人", "单于"};

// Surnames whose reading differs from the character's common reading that Han-Latin gives
// (曾 is céng in Han-Latin but Zeng as a surname).
struct SurnameReading {
    std::string_view han;
    std::string_view pinyin;
};
constexpr std::array<SurnameReading, 30> kSurnameReadings = {{
    {"单", "shan"}, {"單", "shan"}, {"曾", "zeng"}, {"解", "xie"}, {"仇", "qiu"}, {"区", "ou"},
    {"區", "ou"}, {"朴", "piao"}, {"查", "zha"}, {"盖", "ge"}, {"蓋", "ge"}, {"乐", "yue"},
    {"樂", "yue"}, {"翟", "zhai"}, {"覃", "qin"}, {"缪", "miao"}, {"繆", "miao"}, {"召", "shao"},
    {"种", "chong"}, {"種", "chong"}, {"秘", "bi"}, {"重", "chong"}, {"长孙", "zhangsun"},
    {"長孫", "zhangsun"}, {"尉迟", "yuchi"}, {"尉遲", "yuchi"}, {"万俟", "moqi"}, {"萬俟", "moqi"},
    {"单于", "chanyu"}, {"澹台", "tantai"},
}};

// Pinyin of one Han character, as ICU's Han-Latin reads it alone. Han-Latin costs 5–10 µs a
// call, while a few thousand characters cover almost every name, so each thread remembers them.
// Reading characters one by one forgoes Han-Latin's few multi-character word rules (made for
// words such as 重庆, not for names) and keeps each character's key stable.
const std::string& pinyin_of_char(char32_t c) {
    thread_local std::unordered_map<char32_t, std::string> cache;
    constexpr std::size_t kCacheLimit = 30000;  // bounds memory on hostile input
    if (const auto hit = cache.find(c); hit != cache.end()) return hit->second;
    if (cache.size() >= kCacheLimit) cache.clear();
    icu::UnicodeString u(static_cast<UChar32>(c));
    detail::transliterate(detail::Translit::han_latin, u);
    std::string reading;
    u.toUTF8String(reading);
    return cache.emplace(c, std::move(reading)).first->second;
}

// Pinyin of one name part, syllables joined ("小明" → "xiǎomíng"; tones are folded later).
std::string pinyin_of(std::string_view han, bool surname) {
    if (surname) {
        for (const SurnameReading& r : kSurnameReadings) {
            if (r.han == han) return std::string(r.pinyin);
        }
    }
    std::string out;
    for (std::size_t i = 0; i < han.size();) {
        const detail::CodePoint cp = detail::decode_utf8(han, i);
        out += pinyin_of_char(cp.value);
        i += cp.length;
    }
    return out;
}

// A field of only 2–4 Han characters is surname + given name (surname of 2 when it is a known
// compound); a single character is read as a surname too, so a one-character last-name field
// keys like the surname in a full-name field. Elsewhere each run of Han characters is one part.
std::string romanise_han(std::string_view text) {
    std::vector<std::size_t> starts;  // byte offset of each code point, then text.size()
    std::vector<bool> han;
    for (std::size_t i = 0; i < text.size();) {
        const detail::CodePoint cp = detail::decode_utf8(text, i);
        starts.push_back(i);
        han.push_back(is_han(cp.value));
        i += cp.length;
    }
    const std::size_t n = han.size();
    starts.push_back(text.size());
    const bool all_han = std::find(han.begin(), han.end(), false) == han.end();
    if (all_han && n >= 1 && n <= 4) {
        std::size_t surname_chars = 1;
        if (n >= 2) {
            const std::string_view first_two = text.substr(0, starts[2]);
            for (const std::string_view c : kCompoundSurnames) {
                if (first_two == c) surname_chars = 2;
            }
        }
        const std::size_t cut = starts[surname_chars];
        std::string out = pinyin_of(text.substr(0, cut), true);
        if (cut < text.size()) out += " " + pinyin_of(text.substr(cut), false);
        return out;
    }
    std::string out;
    for (std::size_t k = 0; k < n;) {
        std::size_t end = k + 1;
        while (end < n && han[end] == han[k]) ++end;
        const std::string_view run = text.substr(starts[k], starts[end] - starts[k]);
        out += han[k] ? " " + pinyin_of(run, false) + " " : std::string(run);
        k = end;
    }
    return out;
}

bool has_non_latin_letter(const icu::UnicodeString& u) {
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
        const UChar32 c = u.char32At(i);
        if (c < 0x80 || !u_isalpha(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        if (uscript_getScript(c, &status) != USCRIPT_LATIN) return true;
    }
    return false;
}

// Cyrillic and other scripts to Latin. Apostrophes go first: the key drops them anyway, and the
// Ukrainian rules need "мар'яна" as one word ("mariana", not "mar yana").
std::string romanise_rest(std::string_view text, const ScriptMix& mix, CyrillicHint hint) {
    if (text.size() > detail::kMaxIcuTextBytes) return std::string(text);
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    for (const char16_t a : {u'\'', u'\u2019', u'\u02BC', u'\u2018', u'`', u'\u00B4', u'\u2032',
                             u'\uFF07', u'\u201B'}) {
        u.findAndReplace(icu::UnicodeString(a), icu::UnicodeString());
    }
    if (mix.cyrillic) {
        u.toLower(icu::Locale::getRoot());  // the rules are written for lower case only
        const bool ukrainian = mix.ukrainian_letters || hint == CyrillicHint::ukrainian;
        detail::transliterate(
            ukrainian ? detail::Translit::cyrillic_ukrainian : detail::Translit::cyrillic_icao, u);
    }
    if (has_non_latin_letter(u)) detail::transliterate(detail::Translit::any_latin, u);
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace

CyrillicHint cyrillic_hint_for_country(std::string_view alpha2) {
    const bool ua = alpha2.size() == 2 && (alpha2[0] == 'U' || alpha2[0] == 'u') &&
                    (alpha2[1] == 'A' || alpha2[1] == 'a');
    return ua ? CyrillicHint::ukrainian : CyrillicHint::unknown;
}

std::string fold_latin(std::string_view utf8) {
    KeyWriter w(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b < 0x80) {
            fold_ascii_char(static_cast<char>(b), w);
            ++i;
            continue;
        }
        const detail::CodePoint cp = detail::decode_utf8(utf8, i);
        fold_code_point(cp.value, w);
        i += cp.length;
    }
    return w.take();
}

std::string name_key(std::string_view name, CyrillicHint hint) {
    // The key of a name is the key of its display form: keys computed from raw and from tidied
    // fields agree ("D' Artagnan" and "D'Artagnan"), and tidy_name does the encoding clean-up.
    // For ASCII input tidy_name never calls ICU either.
    std::string text = tidy_name(name);
    if (detail::is_ascii(text)) return fold_latin(text);
    const ScriptMix mix = script_mix(text);
    if (mix.han) text = romanise_han(text);
    if (mix.cyrillic || mix.other) text = romanise_rest(text, mix, hint);
    return fold_latin(text);
}

}  // namespace cardex
