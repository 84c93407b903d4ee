// One-click unsubscribe (RFC 8058): the signed link a mailing carries, and the withdrawal it makes.
//
// A link names the source record whose address the guest was written to, not the profile: record
// ids survive every merge and split, while a merge deletes the absorbed profile's id (a link that
// named it would then be a dead end, and the guest's withdrawal lost). Links of the first form
// (`profile=ID`) are still honoured while their profile exists.
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "api_impl.hpp"

namespace cardex::server {

namespace {

std::string to_hex(const unsigned char* p, std::size_t n) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += hex[p[i] >> 4];
        out += hex[p[i] & 15];
    }
    return out;
}

std::string html_escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace

std::string Api::Impl::unsubscribe_signature(const std::string& subject, const std::string& purpose) {
    auto& store = reg.store();
    auto key = store.secret("unsubscribe_key");
    if (!key) {
        unsigned char bytes[32];
        if (RAND_bytes(bytes, sizeof bytes) != 1) throw std::runtime_error("random generator failed");
        key = to_hex(bytes, sizeof bytes);
        auto tx = reg.with_transaction([&](rcu::Store& s) -> Result<bool, std::string> {
            if (auto existing = s.secret("unsubscribe_key")) key = existing;
            else s.put_secret("unsubscribe_key", *key);
            return true;
        });
        if (!tx) throw std::runtime_error(tx.error());
    }
    std::string message = "unsubscribe:" + subject + ":" + purpose;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), key->data(), static_cast<int>(key->size()), reinterpret_cast<const unsigned char*>(message.data()),
         message.size(), mac, &len);
    return to_hex(mac, len);
}

std::string Api::Impl::unsubscribe_url(const rcu::ProfileView& view, const std::string& purpose) {
    // The record that gave the golden record the address this purpose writes to.
    rcu::RecordId record = purpose == "marketing_sms" ? view.golden.phone.from : view.golden.email.from;
    if (record == 0 && !view.records.empty()) record = view.records.front().id;
    const std::string id = std::to_string(record);
    std::string base = config.public_url.empty() ? https_url(config.host, config.port) : config.public_url;
    return base + "/v1/unsubscribe?record=" + id + "&purpose=" + purpose +
           "&sig=" + unsubscribe_signature("record:" + id, purpose);
}

ApiResponse Api::Impl::unsubscribe(const ApiRequest& req, const std::map<std::string, std::string>& query) {
    const bool by_record = query.count("record") > 0;
    const std::string subject = query_value(query, by_record ? "record" : "profile");
    const std::string purpose = query_value(query, "purpose"), sig = query_value(query, "sig");
    auto id = id_in(subject);
    if (!id || !consent_purpose_from(purpose) || sig.size() != 64)
        return problem(400, "Bad Request", "this unsubscribe link is incomplete");
    auto expected = unsubscribe_signature(by_record ? "record:" + subject : subject, purpose);
    if (CRYPTO_memcmp(expected.data(), sig.data(), 64) != 0) return problem(403, "Forbidden", "this unsubscribe link is not valid");
    if (req.method == "GET") {
        // A GET never changes anything (mail scanners follow links); the page posts the one click.
        ApiResponse r;
        r.content_type = "text/html; charset=utf-8";
        r.body = "<!doctype html><meta charset=utf-8><title>Unsubscribe</title><form method=post action=\"/v1/unsubscribe?" +
                 std::string(by_record ? "record=" : "profile=") + html_escape(subject) + "&amp;purpose=" +
                 html_escape(purpose) + "&amp;sig=" + html_escape(sig) +
                 "\"><input type=hidden name=List-Unsubscribe value=One-Click><button>Unsubscribe</button></form>";
        return r;
    }
    if (req.method != "POST") {
        auto r = problem(405, "Method Not Allowed", "use POST (RFC 8058)");
        r.headers.emplace_back("Allow", "GET, POST");
        return r;
    }
    rcu::ConsentRow withdrawal;
    withdrawal.purpose = purpose;
    withdrawal.granted = false;
    withdrawal.text_id = "unsubscribe-link";
    withdrawal.text_version = 1;
    withdrawal.captured_at = now_utc();
    rcu::ProfileId profile = *id;
    if (by_record) {
        // Wherever the record is now: merges and splits move it, erasure removes it.
        auto record = reg.store().record(*id);
        if (!record || record->profile == 0) return problem(404, "Not Found", "this guest is no longer in the register");
        profile = record->profile;
        withdrawal.record = *id;
    }
    auto done = reg.record_consent(profile, withdrawal, "guest:unsubscribe-link");
    if (!done) return problem(404, "Not Found", "this guest is no longer in the register");
    return json_response(200, {{"status", "unsubscribed"}, {"purpose", purpose}});
}

}  // namespace cardex::server
