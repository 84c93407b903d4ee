// Device enrolment and credentials: one-time codes, bearer tokens kept only as hashes, revocation.
// Used by cardex-server (enrol, authenticate) and cardexctl (issue codes, list, revoke).
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "cardex/rcu/store.hpp"
#include "cardex/result.hpp"

namespace cardex::server {

/// A secret that is shown once: an enrolment code or a token.
struct IssuedSecret {
    std::string value;   ///< what the operator or device is given
    std::string hash;    ///< what is stored
};

/// 32 random bytes, base64url: a bearer token for a device or an API user.
IssuedSecret new_token();
/// 15 characters a person can type from a screen: "K7PD-3MXQ-9TRA" (Crockford base32, no I/L/O/U).
IssuedSecret new_enrolment_code();
/// SHA-256 (hex) of a token or code. Codes are compared case- and dash-insensitively.
std::string secret_hash(const std::string& value);
std::string code_hash(const std::string& code);

/// Issues a code for one device of `hotel_id`, valid for `validity` (default 24 h).
Result<IssuedSecret, std::string> issue_enrolment_code(rcu::Store& store, const std::string& hotel_id,
                                                       const std::string& device_name,
                                                       std::chrono::hours validity = std::chrono::hours(24));

struct EnrolledDevice {
    rcu::DeviceRow device;
    std::string token;  ///< shown once
};

enum class EnrolError { unknown_code, used_code, expired_code };

/// Exchanges a one-time code for a device and its token. Call inside a transaction.
Result<EnrolledDevice, EnrolError> enrol_device(rcu::Store& store, const std::string& code, const std::string& device_name);

/// The active device holding this token, or nullopt (unknown or revoked: both are 401).
std::optional<rcu::DeviceRow> authenticate_device(rcu::Store& store, const std::string& token);

/// Creates an API user ("operator" or "supervisor" of `hotel_id`); returns the token, shown once.
Result<std::pair<std::int64_t, std::string>, std::string> create_api_user(rcu::Store& store, const std::string& name,
                                                                          const std::string& role,
                                                                          const std::string& hotel_id);
std::optional<rcu::ApiUserRow> authenticate_api_user(rcu::Store& store, const std::string& token);

/// "2026-11-22T10:00:00Z" for a time point (UTC).
std::string rfc3339_utc(std::chrono::system_clock::time_point t);

}  // namespace cardex::server
