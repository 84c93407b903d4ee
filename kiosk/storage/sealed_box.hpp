// kiosk/storage/sealed_box.hpp — AES-256-GCM authenticated encryption of one record (OpenSSL EVP).
//
// Format of a sealed value: 1 version byte (0x01) | 12-byte random nonce | ciphertext | 16-byte tag.
// The caller's associated data (the record id) is authenticated but not stored: a sealed payload
// copied onto another row (or the device token onto a submission) fails to open instead of
// decrypting as the wrong record. Random 96-bit nonces are safe for far more than the 2^32 records
// one key will ever seal on a tablet.
#pragma once

#include <string>
#include <string_view>

#include "cardex/result.hpp"
#include "storage/device_key.hpp"

namespace cardex::kiosk {

inline constexpr std::size_t kSealedOverhead = 1 + 12 + 16;

/// Encrypts `plaintext`, binding it to `aad`. Fails only if OpenSSL fails.
Result<std::string, std::string> seal(const DeviceKey& key, std::string_view plaintext, std::string_view aad);

/// Decrypts and authenticates. Fails on a wrong key, a wrong `aad`, any changed byte, a truncated
/// value or an unknown version; never returns unauthenticated bytes.
Result<std::string, std::string> open_sealed(const DeviceKey& key, std::string_view sealed, std::string_view aad);

}  // namespace cardex::kiosk
