// kiosk/supervisor/pin_hash.hpp — the supervisor PIN is kept only as a salted PBKDF2-HMAC-SHA256
// hash ("pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>"), so that reading the tablet's settings
// file does not give the PIN away cheaply.
#pragma once

#include <string>
#include <string_view>

namespace cardex::kiosk {

/// Enough to make a brute force of a 6-digit PIN slow on a stolen settings file, while a check
/// stays well under a second on a tablet.
inline constexpr int default_pin_iterations = 200'000;

/// A new record with a random 16-byte salt. Empty on an OpenSSL failure.
std::string hash_pin(std::string_view pin, int iterations = default_pin_iterations);

/// True when `pin` matches `record` (constant-time comparison). False for a malformed record.
bool verify_pin(std::string_view pin, std::string_view record);

/// A PIN must be 6 to 12 digits.
bool is_acceptable_pin(std::string_view pin);

}  // namespace cardex::kiosk
