// cardex/digest.hpp — the one SHA-256 of the project (OpenSSL underneath): a signature's "sha256"
// (protocol.md), the hashes of enrolment codes and tokens the server keeps instead of the secrets,
// the register's household keys that must not keep an erased guest's address or phone.
#pragma once

#include <string>
#include <string_view>

namespace cardex {

/// SHA-256 of `data` as 64 lower-case hex digits; empty only if OpenSSL itself fails (out of
/// memory), which no expected hash then matches.
std::string sha256_hex(std::string_view data);

}  // namespace cardex
