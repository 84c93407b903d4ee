#include "supervisor/pin_hash.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <charconv>
#include <vector>

namespace cardex::kiosk {
namespace {

constexpr std::size_t salt_bytes = 16;
constexpr std::size_t hash_bytes = 32;

std::string to_hex(const unsigned char* data, std::size_t n) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out.push_back(digits[data[i] >> 4]);
        out.push_back(digits[data[i] & 0xF]);
    }
    return out;
}

bool from_hex(std::string_view hex, std::vector<unsigned char>& out) {
    if (hex.size() % 2) return false;
    out.clear();
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        unsigned value = 0;
        const auto r = std::from_chars(hex.data() + i, hex.data() + i + 2, value, 16);
        if (r.ec != std::errc{} || r.ptr != hex.data() + i + 2) return false;
        out.push_back(static_cast<unsigned char>(value));
    }
    return true;
}

bool derive(std::string_view pin, const std::vector<unsigned char>& salt, int iterations, unsigned char* out) {
    return PKCS5_PBKDF2_HMAC(pin.data(), static_cast<int>(pin.size()), salt.data(), static_cast<int>(salt.size()),
                             iterations, EVP_sha256(), static_cast<int>(hash_bytes), out) == 1;
}

}  // namespace

std::string hash_pin(std::string_view pin, int iterations) {
    std::vector<unsigned char> salt(salt_bytes);
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1) return {};
    unsigned char hash[hash_bytes];
    if (!derive(pin, salt, iterations, hash)) return {};
    return "pbkdf2-sha256$" + std::to_string(iterations) + "$" + to_hex(salt.data(), salt.size()) + "$" +
           to_hex(hash, hash_bytes);
}

bool verify_pin(std::string_view pin, std::string_view record) {
    constexpr std::string_view scheme = "pbkdf2-sha256$";
    if (!record.starts_with(scheme)) return false;
    record.remove_prefix(scheme.size());
    const auto d1 = record.find('$');
    if (d1 == std::string_view::npos) return false;
    const auto d2 = record.find('$', d1 + 1);
    if (d2 == std::string_view::npos) return false;
    int iterations = 0;
    const auto it = record.substr(0, d1);
    if (std::from_chars(it.data(), it.data() + it.size(), iterations).ec != std::errc{} || iterations < 1) return false;
    std::vector<unsigned char> salt, expected;
    if (!from_hex(record.substr(d1 + 1, d2 - d1 - 1), salt) || !from_hex(record.substr(d2 + 1), expected) ||
        expected.size() != hash_bytes)
        return false;
    unsigned char hash[hash_bytes];
    if (!derive(pin, salt, iterations, hash)) return false;
    return CRYPTO_memcmp(hash, expected.data(), hash_bytes) == 0;
}

bool is_acceptable_pin(std::string_view pin) {
    if (pin.size() < 6 || pin.size() > 12) return false;
    for (char c : pin)
        if (c < '0' || c > '9') return false;
    return true;
}

}  // namespace cardex::kiosk
