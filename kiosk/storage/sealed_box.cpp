// AES-256-GCM seal/open with OpenSSL's EVP interface.
#include "storage/sealed_box.hpp"

#include <algorithm>
#include <climits>
#include <memory>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace cardex::kiosk {

namespace {

constexpr unsigned char kVersion = 0x01;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
unsigned char* bytes(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }

}  // namespace

Result<std::string, std::string> seal(const DeviceKey& key, std::string_view plaintext, std::string_view aad) {
    if (plaintext.size() > INT_MAX - kSealedOverhead || aad.size() > INT_MAX) return fail(std::string("record too large to seal"));
    std::string out(kSealedOverhead + plaintext.size(), '\0');
    out[0] = static_cast<char>(kVersion);
    unsigned char* nonce = bytes(out) + 1;
    unsigned char* cipher = nonce + kNonceBytes;
    unsigned char* tag = cipher + plaintext.size();
    if (RAND_bytes(nonce, kNonceBytes) != 1) return fail(std::string("RAND_bytes failed"));

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce) != 1 ||
        (!aad.empty() && EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) != 1) ||
        EVP_EncryptUpdate(ctx.get(), cipher, &len, bytes(plaintext), static_cast<int>(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(ctx.get(), cipher + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, tag) != 1)
        return fail(std::string("AES-256-GCM encryption failed"));
    return out;
}

Result<std::string, std::string> open_sealed(const DeviceKey& key, std::string_view sealed, std::string_view aad) {
    if (sealed.size() < kSealedOverhead) return fail(std::string("sealed value truncated"));
    if (static_cast<unsigned char>(sealed[0]) != kVersion) return fail(std::string("unknown sealed value version"));
    if (sealed.size() > INT_MAX || aad.size() > INT_MAX) return fail(std::string("sealed value too large"));
    const unsigned char* nonce = bytes(sealed) + 1;
    const unsigned char* cipher = nonce + kNonceBytes;
    std::size_t cipher_len = sealed.size() - kSealedOverhead;
    // EVP_CTRL_GCM_SET_TAG takes a non-const pointer; copy the tag rather than cast constness away.
    unsigned char tag[kTagBytes];
    std::copy_n(cipher + cipher_len, kTagBytes, tag);

    std::string out(cipher_len, '\0');
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce) != 1 ||
        (!aad.empty() && EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes(aad), static_cast<int>(aad.size())) != 1) ||
        EVP_DecryptUpdate(ctx.get(), bytes(out), &len, cipher, static_cast<int>(cipher_len)) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag) != 1)
        return fail(std::string("AES-256-GCM decryption failed"));
    int final_len = 0;
    // The tag is checked here: a wrong key, aad or any flipped bit ends in this failure.
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(out) + len, &final_len) != 1) {
        OPENSSL_cleanse(out.data(), out.size());
        return fail(std::string("sealed value failed authentication (wrong key, wrong record or damaged)"));
    }
    return out;
}

}  // namespace cardex::kiosk
