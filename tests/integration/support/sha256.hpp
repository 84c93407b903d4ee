// SHA-256 in lower-case hex, as protocol.md wants for a signature's "sha256" (tests and benchmarks
// build valid submissions with it).
#pragma once

#include <string>

#include <openssl/evp.h>

namespace cardex::test {

inline std::string sha256_hex(const std::string& data) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_Digest(data.data(), data.size(), digest, &n, EVP_sha256(), nullptr);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < n; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    return out;
}

}  // namespace cardex::test
