// text/utf8.cpp — UTF-8 validation, NFC normalisation and white-space collapsing.
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>

#include <cstdint>

#include "cardex/text.hpp"
#include "text/utf8_internal.hpp"

namespace cardex {
namespace {

// ICU's UTF-8 entry points take int32_t lengths; longer text is normalised in pieces.
constexpr std::size_t kMaxIcuChunk = std::size_t{1} << 30;

const icu::Normalizer2* nfc_instance() {
    // getNFCInstance returns a process-wide, thread-safe singleton; cache the lookup.
    static const icu::Normalizer2* const instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

// Appends NFC(chunk) to `out`; `chunk` is valid UTF-8 shorter than kMaxIcuChunk. The quick check
// (isNormalizedUTF8) makes the common already-NFC case a read-only scan.
void append_nfc(const icu::Normalizer2& nfc, std::string_view chunk, std::string& out) {
    const icu::StringPiece piece(chunk.data(), static_cast<int32_t>(chunk.size()));
    UErrorCode status = U_ZERO_ERROR;
    if (nfc.isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
        out.append(chunk);
        return;
    }
    const std::size_t before = out.size();
    status = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&out);
    nfc.normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_FAILURE(status)) {  // keep the text rather than lose it
        out.resize(before);
        out.append(chunk);
    }
}

// Length of a prefix of `s` (at most kMaxIcuChunk bytes) that ends where NFC cannot reach across:
// before a code point that has a normalisation boundary before it.
std::size_t chunk_length(const icu::Normalizer2& nfc, std::string_view s) {
    if (s.size() <= kMaxIcuChunk) return s.size();
    for (std::size_t cut = kMaxIcuChunk; cut > kMaxIcuChunk / 2; --cut) {
        if ((static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) continue;  // not a lead byte
        const detail::CodePoint cp = detail::decode_utf8(s, cut);
        if (nfc.hasBoundaryBefore(static_cast<UChar32>(cp.value))) return cut;
    }
    // No boundary in half a gigabyte: not a real name; cut at a code point start anyway.
    std::size_t cut = kMaxIcuChunk;
    while ((static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    return cut;
}

std::string nfc_of_valid(std::string_view valid) {
    const icu::Normalizer2* nfc = nfc_instance();
    if (nfc == nullptr) return std::string(valid);
    std::string out;
    out.reserve(valid.size());
    while (!valid.empty()) {
        const std::size_t n = chunk_length(*nfc, valid);
        append_nfc(*nfc, valid.substr(0, n), out);
        valid.remove_prefix(n);
    }
    return out;
}

// Unicode White_Space (tab, LF, NBSP, ideographic space, …) for an ASCII or decoded code point.
bool is_white_space(char32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
    return u_isUWhiteSpace(static_cast<UChar32>(cp)) != 0;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size();) {
        if (static_cast<unsigned char>(bytes[i]) < 0x80) {
            ++i;
            continue;
        }
        const detail::CodePoint cp = detail::decode_utf8(bytes, i);
        if (cp.value == detail::kBadCodePoint) return false;
        i += cp.length;
    }
    return true;
}

std::string to_nfc(std::string_view utf8) {
    if (detail::is_ascii(utf8)) return std::string(utf8);  // ASCII is always NFC
    if (is_valid_utf8(utf8)) return nfc_of_valid(utf8);
    return nfc_of_valid(detail::replace_invalid_utf8(utf8));
}

std::string collapse_spaces(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < utf8.size();) {
        const detail::CodePoint cp = detail::decode_utf8(utf8, i);
        if (cp.value != detail::kBadCodePoint && is_white_space(cp.value)) {
            pending_space = !out.empty();  // leading white space is dropped
        } else {
            if (pending_space) out.push_back(' ');
            pending_space = false;
            out.append(utf8.substr(i, cp.length));  // ill-formed bytes are passed through as is
        }
        i += cp.length;
    }
    return out;
}

std::string ascii_upper(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

}  // namespace cardex
