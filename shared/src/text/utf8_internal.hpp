// text/utf8_internal.hpp — small UTF-8 helpers shared by the text and names modules.
//
// Hand-written rather than ICU's U8_NEXT/U8_APPEND macros: those expand to C-style casts that
// -Wold-style-cast rejects, and these loops are on the hot path of every name (no ICU call needed
// to walk a string).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cardex::detail {

/// Returned by decode_utf8 for an ill-formed sequence.
inline constexpr char32_t kBadCodePoint = 0xFFFFFFFF;
inline constexpr char32_t kReplacementChar = 0xFFFD;

/// ICU takes int32_t lengths (and UTF-16 may double the size). Steps that hand a whole string to
/// ICU skip text longer than this: no name is, and the data must not be cut or lost.
inline constexpr std::size_t kMaxIcuTextBytes = std::size_t{1} << 24;

struct CodePoint {
    char32_t value;     ///< the scalar value, or kBadCodePoint
    std::size_t length; ///< bytes consumed, ≥ 1 (the maximal ill-formed subpart when bad)
};

/// Decodes the code point starting at byte `i` (< s.size()) following Unicode Table 3-7: no
/// overlongs, no surrogates, nothing above U+10FFFF. A bad sequence consumes its maximal subpart,
/// so replacing each bad one by U+FFFD follows the W3C/Unicode recommended practice.
inline CodePoint decode_utf8(std::string_view s, std::size_t i) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return {b0, 1};
    if (b0 < 0xC2 || b0 > 0xF4) return {kBadCodePoint, 1};
    std::size_t need = 0;
    char32_t cp = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (b0 < 0xE0) {
        need = 1;
        cp = b0 & 0x1Fu;
    } else if (b0 < 0xF0) {
        need = 2;
        cp = b0 & 0x0Fu;
        if (b0 == 0xE0) lo = 0xA0;  // overlong
        if (b0 == 0xED) hi = 0x9F;  // surrogates
    } else {
        need = 3;
        cp = b0 & 0x07u;
        if (b0 == 0xF0) lo = 0x90;  // overlong
        if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
    }
    for (std::size_t n = 1; n <= need; ++n) {
        if (i + n >= s.size()) return {kBadCodePoint, n};
        const auto b = static_cast<unsigned char>(s[i + n]);
        if (b < lo || b > hi) return {kBadCodePoint, n};
        cp = (cp << 6) | (b & 0x3Fu);
        lo = 0x80;
        hi = 0xBF;
    }
    return {cp, need + 1};
}

/// Appends `cp` (a scalar value) as UTF-8.
inline void append_utf8(std::string& out, char32_t cp) {
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

inline bool is_ascii(std::string_view s) noexcept {
    for (const char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

/// Copy of `s` with every ill-formed sequence replaced by U+FFFD.
inline std::string replace_invalid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const CodePoint cp = decode_utf8(s, i);
        if (cp.value == kBadCodePoint) {
            append_utf8(out, kReplacementChar);
        } else {
            out.append(s.substr(i, cp.length));
        }
        i += cp.length;
    }
    return out;
}

}  // namespace cardex::detail
