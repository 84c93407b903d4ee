// text/mojibake.cpp — Windows-1252 decoding, mojibake repair and the clean_text pipeline.
//
// Mojibake here means UTF-8 bytes that some system decoded as Windows-1252 (or Latin-1) and
// encoded again as UTF-8: "é" (C3 A9) becomes "Ã©". Undoing one layer maps every character back
// to its single Windows-1252/Latin-1 byte and reads the bytes as UTF-8 again.
#include <unicode/uchar.h>

#include <array>

#include "cardex/text.hpp"
#include "text/utf8_internal.hpp"

namespace cardex {
namespace {

// Windows-1252 bytes 0x80–0x9F. The five bytes 1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D)
// map to the C1 controls of the same value, as Latin-1 and Windows' own decoder do.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88–8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98–9F
};

// No real text nests mojibake deeper; the bound only guards against pathological input.
constexpr int kMaxLayers = 8;

// The byte a Windows-1252 or Latin-1 decoder would have turned into `cp`, or -1.
int single_byte_of(char32_t cp) {
    if (cp < 0x100) return static_cast<int>(cp);  // ASCII, C1 (Latin-1 decoding), Latin-1
    for (std::size_t i = 0; i < kCp1252High.size(); ++i) {
        if (kCp1252High[i] == cp) return static_cast<int>(0x80 + i);
    }
    return -1;
}

// Whether `cp`, decoded from a multi-byte sequence found in doubtful text, is something a guest
// name or address really contains. Without this, upper-case text such as "ANDRÉ’S" or
// "DUPRÉ–MARTIN" (É then a Windows-1252 punctuation byte) would "repair" into IPA letters: the
// 2-byte sequences starting with È É Ê Ë decode to Latin Extended-B and IPA, where only a few
// letters occur in names.
bool plausible_decoded_char(char32_t cp) {
    if (cp < 0xA0) return false;  // C1 controls: never genuine in names
    if (cp < 0x180) return true;  // Latin-1 and Latin Extended-A
    if (cp < 0x250) {
        return (cp >= 0x218 && cp <= 0x21B)                   // Romanian ș ț
               || cp == 0x1A0 || cp == 0x1A1                  // Vietnamese Ơ ơ
               || cp == 0x1AF || cp == 0x1B0                  // Vietnamese Ư ư
               || cp == 0x18F                                 // Azerbaijani Ə
               || (cp >= 0x1CD && cp <= 0x1DC)                // Pinyin ǎ ǐ ǒ ǔ ǖ …
               || (cp >= 0x1E6 && cp <= 0x1E9);               // Sami ǧ ǩ
    }
    if (cp < 0x300) return cp == 0x259 || cp == 0x2BB || cp == 0x2BC;  // ə ʻ ʼ
    return true;  // combining marks, Greek, Cyrillic, other scripts, punctuation
}

// Whether `bytes` is valid UTF-8 whose every non-ASCII character is plausible.
bool plausible_utf8(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size();) {
        const detail::CodePoint cp = detail::decode_utf8(bytes, i);
        if (cp.value == detail::kBadCodePoint) return false;
        if (cp.value >= 0x80 && !plausible_decoded_char(cp.value)) return false;
        i += cp.length;
    }
    return true;
}

// Undoes one layer of mojibake: writes the repaired text to `out` and returns true, or returns
// false when `text` (valid UTF-8) is not mojibake. Pure ASCII never is; otherwise every character
// must map back to one byte and the bytes must be plausible UTF-8 — a strong test, since text in
// Latin-1 letters rarely has a lead byte (Â–ô) followed by exactly the right number of
// continuation bytes (0x80–0xBF: Windows-1252 punctuation, NBSP, ¡–¿).
bool repair_one_layer(std::string_view text, std::string& out) {
    if (detail::is_ascii(text)) return false;
    out.clear();
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const detail::CodePoint cp = detail::decode_utf8(text, i);
        const int byte = cp.value == detail::kBadCodePoint ? -1 : single_byte_of(cp.value);
        if (byte < 0) return false;
        out.push_back(static_cast<char>(byte));
        i += cp.length;
    }
    return plausible_utf8(out);
}

// Invalid UTF-8: keeps each well-formed, plausible multi-byte sequence and reads every other byte
// as Windows-1252. So UTF-8 spoilt by a stray byte, or cut in the middle of a character by a
// field-length limit ("Léonard Dupont-Mart\xC3"), keeps its good characters instead of turning
// into mojibake, while Windows-1252 text reads as decode_windows1252 gives it unless it holds a
// plausible UTF-8 sequence (Â–ß or à–ô followed by the right number of 0x80–0xBF bytes: "Ã©").
std::string decode_mixed(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    for (std::size_t i = 0; i < bytes.size();) {
        const detail::CodePoint cp = detail::decode_utf8(bytes, i);
        const bool keep = cp.value != detail::kBadCodePoint &&
                          (cp.value < 0x80 || plausible_decoded_char(cp.value));
        if (keep) {
            out.append(bytes.substr(i, cp.length));
            i += cp.length;
        } else {
            out += decode_windows1252(bytes.substr(i, 1));
            ++i;
        }
    }
    return out;
}

}  // namespace

std::string decode_windows1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80) {
            out.push_back(c);
        } else if (b < 0xA0) {
            detail::append_utf8(out, kCp1252High[b - 0x80u]);
        } else {
            detail::append_utf8(out, b);  // 0xA0–0xFF are Latin-1
        }
    }
    return out;
}

std::string decode_utf8_or_windows1252(std::string_view bytes) {
    if (is_valid_utf8(bytes)) return std::string(bytes);
    return decode_mixed(bytes);
}

std::string repair_mojibake(std::string_view utf8, bool* repaired) {
    if (repaired != nullptr) *repaired = false;
    std::string text(utf8);
    if (!is_valid_utf8(utf8)) return text;  // mojibake is always valid UTF-8
    std::string layer;
    for (int i = 0; i < kMaxLayers && repair_one_layer(text, layer); ++i) {
        text.swap(layer);
        if (repaired != nullptr) *repaired = true;
    }
    return text;
}

std::string clean_text(std::string_view bytes, std::string* note) {
    if (note != nullptr) note->clear();
    if (detail::is_ascii(bytes)) return std::string(bytes);  // valid, NFC, never mojibake
    std::string text;
    if (is_valid_utf8(bytes)) {
        text = to_nfc(bytes);
    } else {
        text = to_nfc(decode_mixed(bytes));
        if (note != nullptr) *note = "not_utf8";
    }
    // NFC before each repair attempt as well as after, so that clean_text is idempotent:
    // mojibake spelled with combining marks ("A" U+0303 "©") is only recognisable composed.
    std::string layer;
    for (int i = 0; i < kMaxLayers && repair_one_layer(text, layer); ++i) {
        text = to_nfc(layer);
        if (note != nullptr) *note = "mojibake_repaired";  // the last change made wins
    }
    return text;
}

}  // namespace cardex
