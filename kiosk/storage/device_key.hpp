// kiosk/storage/device_key.hpp — the tablet's 256-bit data key, kept in a 0600 file in the data dir.
//
// The key encrypts the personal data in the outbox and the device token (sealed_box.hpp). It is made
// once with OpenSSL's RAND_bytes and never leaves the tablet; a copy of the SQLite file alone (a
// backup, a support dump) is therefore useless without it. It does not protect against someone who
// can read the whole data dir as the kiosk user: the OS account and disk encryption do that.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>

#include "cardex/result.hpp"

namespace cardex::kiosk {

class DeviceKey {
public:
    static constexpr std::size_t size = 32;

    /// Reads the key file; fails when it is missing, not exactly 32 bytes, or readable by group or
    /// others (a key that may have leaked is reported, not used silently).
    static Result<DeviceKey, std::string> load(const std::filesystem::path& file);
    /// Loads the key file, or creates it when it does not exist. Creation is atomic and durable:
    /// the bytes are written and fsynced under a temporary name, then hard-linked to `file` (which
    /// fails rather than overwrites if another process won the race, whose key is then loaded) and
    /// the directory is fsynced. A crash at any point leaves either no key file or a whole one.
    static Result<DeviceKey, std::string> load_or_create(const std::filesystem::path& file);
    /// A key from given bytes (tests, benchmarks).
    static DeviceKey from_bytes(const std::array<std::uint8_t, size>& bytes);

    DeviceKey(const DeviceKey&) = default;
    DeviceKey& operator=(const DeviceKey&) = default;
    ~DeviceKey();  // wipes the bytes (OPENSSL_cleanse)

    const std::uint8_t* data() const { return bytes_.data(); }

private:
    DeviceKey() = default;
    std::array<std::uint8_t, size> bytes_{};
};

}  // namespace cardex::kiosk
