// Text alterations applied to names when a record is written by a given source.
#include "text_variants.hpp"

#include <array>

namespace cardex::gen {
namespace {

// The generator's own pools are valid UTF-8, so decoding needs no error handling.
std::u32string decode(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1Fu) : len == 3 ? (b & 0x0Fu) : (b & 0x07u);
        for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3Fu);
        out.push_back(cp);
        i += static_cast<std::size_t>(len);
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string encode(std::u32string_view cps) {
    std::string out;
    out.reserve(cps.size() + 8);
    for (char32_t cp : cps) append_utf8(out, cp);
    return out;
}

// Latin Extended-A: which of a pair is the capital differs by range.
bool ext_a_even_is_upper(char32_t cp) {
    return (cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177);
}
bool ext_a_odd_is_upper(char32_t cp) {
    return (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
}

char32_t upper(char32_t c) {
    if (c >= 'a' && c <= 'z') return c - 0x20;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 0x20;
    if (c == 0xFF) return 0x178;
    if (ext_a_even_is_upper(c) && (c & 1)) return c - 1;
    if (ext_a_odd_is_upper(c) && !(c & 1)) return c - 1;
    if (c >= 0x430 && c <= 0x44F) return c - 0x20;
    if (c >= 0x450 && c <= 0x45F) return c - 0x50;
    if (c >= 0x490 && c <= 0x4BF && (c & 1)) return c - 1;
    return c;
}

char32_t lower(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 0x20;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
    if (c == 0x178) return 0xFF;
    if (ext_a_even_is_upper(c) && !(c & 1)) return c + 1;
    if (ext_a_odd_is_upper(c) && (c & 1)) return c + 1;
    if (c >= 0x410 && c <= 0x42F) return c + 0x20;
    if (c >= 0x400 && c <= 0x40F) return c + 0x50;
    if (c >= 0x490 && c <= 0x4BF && !(c & 1)) return c + 1;
    return c;
}

// Base letters of U+0100..U+017F; '?' marks the ligatures spelt out in fold().
constexpr std::string_view ext_a_base =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo??RrRrRrSsSsSsSsTtTtTt"
    "UuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(ext_a_base.size() == 128);
// Base letters of U+00C0..U+00FF; '?' marks the characters spelt out in fold().
constexpr std::string_view latin1_base = "AAAAAA?CEEEEIIIIDNOOOOOxOUUUUY??aaaaaa?ceeeeiiiidnooooo/ouuuuy?y";
static_assert(latin1_base.size() == 64);

void fold(char32_t c, std::string& out) {
    if (c < 0x80) { out.push_back(static_cast<char>(c)); return; }
    switch (c) {
    case 0xC6: out += "AE"; return;
    case 0xE6: out += "ae"; return;
    case 0xDE: out += "TH"; return;
    case 0xFE: out += "th"; return;
    case 0xDF: out += "ss"; return;
    case 0x132: out += "IJ"; return;
    case 0x133: out += "ij"; return;
    case 0x152: out += "OE"; return;
    case 0x153: out += "oe"; return;
    case 0x2019: out += "'"; return;
    default: break;
    }
    if (c >= 0xC0 && c <= 0xFF) { out.push_back(latin1_base[c - 0xC0]); return; }
    if (c >= 0x100 && c <= 0x17F) { out.push_back(ext_a_base[c - 0x100]); return; }
    append_utf8(out, c);  // not Latin: kept
}

// Windows-1252 0x80..0x9F; the five undefined bytes map to the C1 controls as Latin-1 does.
constexpr std::array<char32_t, 32> cp1252_high = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Neighbouring keys on a QWERTY/AZERTY keyboard, for plausible typing errors.
constexpr std::array<std::string_view, 26> neighbours = {
    "qwsz", "vghn", "xdfv", "serfcx", "wsdr", "drtgvc", "ftyhbv", "gyujnb", "ujko", "huikmn", "jiolm", "kopm",
    "njkl", "bhjm", "iklp", "olm", "wazs", "edft", "awedxz", "rfgy", "yhji", "cfgb", "qase", "zsdc", "tghu", "asxe"};

bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_letter(char32_t c) { return is_ascii_letter(c) || (c >= 0xC0 && c != 0xD7 && c != 0xF7); }

char32_t neighbour_of(char32_t c, Rng& rng) {
    const bool up = c >= 'A' && c <= 'Z';
    const auto keys = neighbours[static_cast<std::size_t>((up ? c + 0x20 : c) - 'a')];
    const char32_t n = static_cast<unsigned char>(keys[rng.index(keys.size())]);
    return up ? n - 0x20 : n;
}

}  // namespace

std::string to_upper(std::string_view utf8) {
    auto cps = decode(utf8);
    for (auto& c : cps) c = upper(c);
    return encode(cps);
}

std::string to_lower(std::string_view utf8) {
    auto cps = decode(utf8);
    for (auto& c : cps) c = lower(c);
    return encode(cps);
}

std::string fold_to_ascii(std::string_view utf8) {
    if (!has_non_ascii(utf8)) return std::string(utf8);
    std::string out;
    out.reserve(utf8.size());
    for (char32_t c : decode(utf8)) fold(c, out);
    return out;
}

bool has_non_ascii(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

std::string mojibake(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size() * 2);
    for (char ch : utf8) {
        const auto b = static_cast<unsigned char>(ch);
        append_utf8(out, b < 0x80 ? b : b < 0xA0 ? cp1252_high[b - 0x80] : b);
    }
    return out;
}

std::string typo(std::string_view utf8, Rng& rng) {
    auto cps = decode(utf8);
    if (cps.size() < 4) return std::string(utf8);
    // Errors fall inside the name: the first letter is the one people check.
    const std::size_t pos = 1 + rng.index(cps.size() - 1);
    if (!is_letter(cps[pos])) return std::string(utf8);
    switch (rng.uniform(0, 3)) {
    case 0:  // wrong key; a non-ASCII letter loses its accent instead
        if (is_ascii_letter(cps[pos])) {
            cps[pos] = neighbour_of(cps[pos], rng);
        } else {
            std::string folded;
            fold(cps[pos], folded);
            cps.replace(pos, 1, decode(folded));
        }
        break;
    case 1: cps.insert(pos, 1, cps[pos]); break;
    case 2: cps.erase(pos, 1); break;
    default:
        if (pos + 1 < cps.size() && is_letter(cps[pos + 1])) std::swap(cps[pos], cps[pos + 1]);
        else cps.erase(pos, 1);
        break;
    }
    return encode(cps);
}

std::string initial(std::string_view utf8, Rng& rng) {
    const auto cps = decode(utf8);
    if (cps.empty()) return {};
    std::u32string out(1, upper(cps[0]));
    const auto hyphen = cps.find(U'-');
    const auto space = cps.find(U' ');
    const auto second = hyphen != std::u32string::npos ? hyphen : space;
    const bool compound = second != std::u32string::npos && second + 1 < cps.size();
    const int style = rng.uniform(0, 2);
    if (compound && style == 0) {  // "J.-P."
        out += U".-";
        out.push_back(upper(cps[second + 1]));
        out.push_back(U'.');
    } else if (compound && style == 1) {  // "JP"
        out.push_back(upper(cps[second + 1]));
    } else if (rng.chance(0.5)) {
        out.push_back(U'.');
    }
    return encode(out);
}

std::string email_word(std::string_view utf8) {
    std::string folded = fold_to_ascii(utf8);
    std::string out;
    out.reserve(folded.size());
    for (char c : folded) {
        if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + 0x20));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') out.push_back(c);
    }
    return out;
}

std::string swap_hyphen_space(std::string_view utf8) {
    std::string out(utf8);
    for (char& c : out) {
        if (c == '-') c = ' ';
        else if (c == ' ') c = '-';
    }
    return out;
}

}  // namespace cardex::gen
