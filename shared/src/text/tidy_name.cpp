// text/tidy_name.cpp — the display form of a person's name.
//
// Rules, in order (each step leaves the output of the previous ones alone; with step 5 this makes
// the whole function idempotent):
//  1. clean_text (encoding, mojibake, NFC).
//  2. Punctuation variants unified: ’ ‘ ‛ ʼ ` ´ ′ ＇ → "'"; ‐ ‑ ‒ – — ― − ﹣ － → "-". Control
//     characters and ZERO WIDTH SPACE count as white space; soft hyphen, BOM/ZWNBSP and WORD
//     JOINER are dropped.
//  3. White space collapsed; no spaces around "-" or "'"; "--" → "-"; no "-" at either end.
//  4. Case, only when the name has no lower-case letter or no upper-case letter (all-upper or
//     all-lower; letters without case, e.g. Han, do not count). Mixed-case input keeps its case.
//     Each word, and each hyphen-separated part, starts with a capital and continues in lower case.
//     After an apostrophe a capital follows only when one Latin letter precedes it ("O'Brien",
//     "D'Artagnan", "N'Golo"), not otherwise ("Sa'id", Ukrainian "В'ячеслав").
//     Particle words (de du des la le van von der den di da dos das del della y ten ter zu) are
//     lower case unless they are the first or the last word: "DE LA FONTAINE" → "De la Fontaine",
//     "LUDWIG VAN BEETHOVEN" → "Ludwig van Beethoven", but "THANH LE" → "Thanh Le" (Le and Van are
//     also Vietnamese names). Elided "d'" / "l'" are not particles ("D'Angelo").
//     Case mapping is ICU's root locale, or Turkish when the name contains İ or ı ("İSMAİL" →
//     "İsmail"). No Dutch IJ or Mc/Mac rules: "MCDONALD" → "Mcdonald".
//  5. If steps 2–4 made the text change under clean_text (they can reveal mojibake), repeat.
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <array>

#include "cardex/text.hpp"
#include "text/utf8_internal.hpp"

namespace cardex {
namespace {

enum class MarkKind { keep, apostrophe, hyphen, space, drop };

MarkKind classify(char32_t cp) {
    switch (cp) {
        case 0x60: case 0xB4: case 0x2018: case 0x2019: case 0x201B: case 0x2032: case 0x02BC:
        case 0xFF07:
            return MarkKind::apostrophe;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        case 0x2212: case 0xFE63: case 0xFF0D:
            return MarkKind::hyphen;
        case 0x200B:
            return MarkKind::space;
        case 0xAD: case 0xFEFF: case 0x2060:
            return MarkKind::drop;
        default:
            break;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return MarkKind::space;  // controls, NUL included
    return MarkKind::keep;
}

// Step 2. Ill-formed bytes cannot occur (clean_text ran first) but would be copied through.
std::string unify_marks(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const detail::CodePoint cp = detail::decode_utf8(s, i);
        switch (classify(cp.value)) {
            case MarkKind::keep: out.append(s.substr(i, cp.length)); break;
            case MarkKind::apostrophe: out.push_back('\''); break;
            case MarkKind::hyphen: out.push_back('-'); break;
            case MarkKind::space: out.push_back(' '); break;
            case MarkKind::drop: break;
        }
        i += cp.length;
    }
    return out;
}

// Step 3, on collapsed text (single ASCII spaces, trimmed). Byte-wise: the ASCII bytes looked at
// never occur inside a multi-byte UTF-8 sequence.
std::string join_around_marks(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending_space = false;
    for (const char c : s) {
        if (c == ' ') {
            pending_space = true;
        } else if (c == '-') {
            if (!out.empty() && out.back() != '-') out.push_back('-');
            pending_space = false;
        } else if (c == '\'') {
            out.push_back('\'');
            pending_space = false;
        } else {
            if (pending_space && !out.empty() && out.back() != '-' && out.back() != '\'') {
                out.push_back(' ');
            }
            pending_space = false;
            out.push_back(c);
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

struct CaseProfile {
    bool has_upper = false;
    bool has_lower = false;
    bool turkish = false;  // contains İ or ı
};

CaseProfile profile_of(std::string_view s) {
    CaseProfile p;
    for (std::size_t i = 0; i < s.size();) {
        const detail::CodePoint cp = detail::decode_utf8(s, i);
        const char32_t c = cp.value;
        if (c < 0x80) {
            p.has_upper = p.has_upper || (c >= 'A' && c <= 'Z');
            p.has_lower = p.has_lower || (c >= 'a' && c <= 'z');
        } else if (c != detail::kBadCodePoint) {
            const auto uc = static_cast<UChar32>(c);
            p.has_upper = p.has_upper || u_hasBinaryProperty(uc, UCHAR_UPPERCASE) != 0;
            p.has_lower = p.has_lower || u_hasBinaryProperty(uc, UCHAR_LOWERCASE) != 0;
            p.turkish = p.turkish || c == 0x130 || c == 0x131;
        }
        i += cp.length;
    }
    return p;
}

std::string to_lower(std::string_view s, bool turkish) {
    if (detail::is_ascii(s) || s.size() > detail::kMaxIcuTextBytes) {  // huge: ASCII letters only
        std::string out(s);
        for (char& c : out) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        return out;
    }
    // Whole-string ICU mapping: it needs the context (Greek final sigma, Turkish dotted I).
    static const icu::Locale turkish_locale("tr");
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.toLower(turkish ? turkish_locale : icu::Locale::getRoot());
    std::string out;
    u.toUTF8String(out);
    return out;
}

bool is_particle(std::string_view word) {
    static constexpr std::array<std::string_view, 19> kParticles = {
        "de", "du", "des", "la", "le", "van", "von", "der", "den", "di",
        "da", "dos", "das", "del", "della", "y", "ten", "ter", "zu"};
    for (const std::string_view p : kParticles) {
        if (word == p) return true;
    }
    return false;
}

void append_title(std::string& out, char32_t c, bool turkish) {
    if (c >= 'a' && c <= 'z') {
        if (turkish && c == 'i') {
            detail::append_utf8(out, 0x130);  // İ
        } else {
            out.push_back(static_cast<char>(c - 'a' + 'A'));
        }
        return;
    }
    detail::append_utf8(out, static_cast<char32_t>(u_totitle(static_cast<UChar32>(c))));
}

bool is_latin_letter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    UErrorCode status = U_ZERO_ERROR;
    return u_isalpha(static_cast<UChar32>(c)) != 0 &&
           uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_LATIN;
}

bool is_letter(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return u_isalpha(static_cast<UChar32>(c)) != 0;
}

// One lower-case word: the first letter of each part gets its title-case form (see rule 4).
std::string title_word(std::string_view word, bool turkish) {
    std::string out;
    out.reserve(word.size() + 2);
    bool capitalise = true;
    int part_letters = 0;
    bool part_latin = false;
    for (std::size_t i = 0; i < word.size();) {
        const detail::CodePoint cp = detail::decode_utf8(word, i);
        const char32_t c = cp.value;
        if (c == '-') {
            capitalise = true;
            part_letters = 0;
        } else if (c == '\'') {
            capitalise = part_letters == 1 && part_latin;
            part_letters = 0;
        } else if (c != detail::kBadCodePoint && is_letter(c)) {
            if (part_letters++ == 0) part_latin = is_latin_letter(c);
            if (capitalise) {
                append_title(out, c, turkish);
                capitalise = false;
                i += cp.length;
                continue;
            }
        }
        out.append(word.substr(i, cp.length));
        i += cp.length;
    }
    return out;
}

std::string retitle(std::string_view name, bool turkish) {
    const std::string lower = to_lower(name, turkish);
    std::string out;
    out.reserve(lower.size() + 4);
    std::string_view rest = lower;
    bool first = true;
    while (!rest.empty()) {
        const std::size_t space = rest.find(' ');
        const std::string_view word = rest.substr(0, space);
        const bool last = space == std::string_view::npos;
        if (!first) out.push_back(' ');
        const bool particle = !first && !last && is_particle(word);
        out += particle ? std::string(word) : title_word(word, turkish);
        first = false;
        rest = last ? std::string_view{} : rest.substr(space + 1);
    }
    return out;
}

// Steps 2–4 on clean text.
std::string tidy_clean(std::string_view clean) {
    std::string text = join_around_marks(collapse_spaces(unify_marks(clean)));
    const CaseProfile p = profile_of(text);
    if (p.has_upper == p.has_lower) return text;  // mixed case, or no cased letter at all
    return retitle(text, p.turkish);
}

}  // namespace

std::string tidy_name(std::string_view name) {
    // Steps 2–4 can turn text that was not recognisably mojibake into mojibake: an NBSP that
    // spoilt the UTF-8 reading becomes a space, "Ã" becomes "ã". So clean again and repeat until
    // nothing changes; each extra round undoes a layer of mojibake, so there are few of them.
    constexpr int kMaxRounds = 8;
    std::string text = clean_text(name);
    for (int round = 1;; ++round) {
        std::string tidied = tidy_clean(text);
        std::string cleaned = clean_text(tidied);
        if (cleaned == tidied || round == kMaxRounds) return tidied;
        text = std::move(cleaned);
    }
}

}  // namespace cardex
