// Credentials: every secret comes from OpenSSL's CSPRNG and is stored as a SHA-256 hash only, so a
// copy of the database does not let anyone act as a tablet or an operator. Tokens carry 256 bits of
// entropy, which is why a fast hash is enough (a slow KDF protects low-entropy passwords).
#include "credentials.hpp"

#include <cstdio>
#include <ctime>

#include <openssl/rand.h>

#include "cardex/digest.hpp"
#include "cardex/sync/client.hpp"

namespace cardex::server {

namespace {

std::string random_bytes(std::size_t n) {
    std::string out(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(n)) != 1)
        throw std::runtime_error("the system's random generator failed");  // never issue a weak secret
    return out;
}

std::string base64url(const std::string& bytes) {
    static const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    unsigned value = 0;
    int bits = 0;
    for (unsigned char c : bytes) {
        value = (value << 8) | c;
        bits += 8;
        while (bits >= 6) {
            out += alphabet[(value >> (bits - 6)) & 63];
            bits -= 6;
        }
    }
    if (bits > 0) out += alphabet[(value << (6 - bits)) & 63];
    return out;
}

std::string normalise_code(const std::string& code) {
    std::string out;
    for (char c : code) {
        if (c == '-' || c == ' ') continue;
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

}  // namespace

std::string secret_hash(const std::string& value) { return sha256_hex(value); }

std::string code_hash(const std::string& code) { return secret_hash("enrol:" + normalise_code(code)); }

IssuedSecret new_token() {
    auto value = base64url(random_bytes(32));
    return {value, secret_hash(value)};
}

IssuedSecret new_enrolment_code() {
    static const char* alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford: no I, L, O, U
    auto bytes = random_bytes(12);
    std::string value;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i && i % 4 == 0) value += '-';
        value += alphabet[static_cast<unsigned char>(bytes[i]) & 31];
    }
    return {value, code_hash(value)};
}

std::string rfc3339_utc(std::chrono::system_clock::time_point t) {
    std::time_t tt = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

Result<IssuedSecret, std::string> issue_enrolment_code(rcu::Store& store, const std::string& hotel_id,
                                                       const std::string& device_name, std::chrono::hours validity) {
    if (hotel_id.empty()) return fail(std::string("hotel: required"));
    if (device_name.empty()) return fail(std::string("name: required"));
    auto code = new_enrolment_code();
    auto now = std::chrono::system_clock::now();
    store.add_enrolment_code({code.hash, hotel_id, device_name, rfc3339_utc(now), rfc3339_utc(now + validity), ""});
    return code;
}

Result<EnrolledDevice, EnrolError> enrol_device(rcu::Store& store, const std::string& code, const std::string& device_name) {
    auto row = store.enrolment_code(code_hash(code));
    if (!row) return fail(EnrolError::unknown_code);
    if (!row->used_at.empty()) return fail(EnrolError::used_code);
    auto now = rfc3339_utc(std::chrono::system_clock::now());
    if (now >= row->expires_at) return fail(EnrolError::expired_code);  // RFC 3339 UTC strings sort as times
    store.mark_enrolment_code_used(row->code_hash, now);
    auto token = new_token();
    // The name the operator gave at `device enroll` is the one the hotel's staff know the tablet
    // by ("Lobby 1"); the tablet's own name is only a fallback.
    rcu::DeviceRow device{sync::make_uuid(), row->hotel_id, row->device_name.empty() ? device_name : row->device_name,
                          token.hash, now, "", now};
    store.add_device(device);
    store.audit({0, now, "device:" + device.id, "device.enrol", "device:" + device.id, "hotel:" + device.hotel_id});
    return EnrolledDevice{device, token.value};
}

std::optional<rcu::DeviceRow> authenticate_device(rcu::Store& store, const std::string& token) {
    if (token.empty()) return std::nullopt;
    auto d = store.device_by_token_hash(secret_hash(token));
    if (!d || !d->revoked_at.empty()) return std::nullopt;
    return d;
}

Result<std::pair<std::int64_t, std::string>, std::string> create_api_user(rcu::Store& store, const std::string& name,
                                                                          const std::string& role,
                                                                          const std::string& hotel_id) {
    if (name.empty()) return fail(std::string("name: required"));
    if (role != "operator" && role != "supervisor") return fail("role: must be operator or supervisor (got \"" + role + "\")");
    if (role == "supervisor" && hotel_id.empty()) return fail(std::string("hotel: required for a supervisor"));
    // An operator sees every hotel: a hotel given with one would be a scope that is not applied.
    if (role == "operator" && !hotel_id.empty())
        return fail(std::string("hotel: an operator has access to every hotel; a one-hotel account is a supervisor"));
    auto token = new_token();
    auto id = store.add_api_user({0, name, role, hotel_id, token.hash,
                                  rfc3339_utc(std::chrono::system_clock::now()), ""});
    return std::make_pair(id, token.value);
}

std::optional<rcu::ApiUserRow> authenticate_api_user(rcu::Store& store, const std::string& token) {
    if (token.empty()) return std::nullopt;
    auto u = store.api_user_by_token_hash(secret_hash(token));
    if (!u || !u->revoked_at.empty()) return std::nullopt;
    return u;
}

}  // namespace cardex::server
