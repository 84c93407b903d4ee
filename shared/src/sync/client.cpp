// The protocol v1 client (protocol.md): requests, answers, and their errors as values.
#include "cardex/sync/client.hpp"

#include <ctime>
#include <fstream>
#include <iomanip>
#include <locale>
#include <sstream>
#include <random>

#include <nlohmann/json.hpp>
#include <openssl/rand.h>

#include "cardex/model_json.hpp"
#include "sync/https_connection.hpp"

namespace cardex::sync {

namespace {

using nlohmann::json;
namespace http = detail::http;

struct Url {
    std::string host, port;
};

Result<Url, std::string> parse_url(const std::string& url) {
    const std::string scheme = "https://";
    if (url.rfind(scheme, 0) != 0) return fail("server_url: must start with https:// (got \"" + url + "\")");
    std::string rest = url.substr(scheme.size());
    if (auto slash = rest.find('/'); slash != std::string::npos) rest.erase(slash);
    Url u;
    if (!rest.empty() && rest.front() == '[') {  // [::1]:8443
        auto close = rest.find(']');
        if (close == std::string::npos) return fail(std::string("server_url: unterminated IPv6 address"));
        u.host = rest.substr(1, close - 1);
        rest.erase(0, close + 1);
        u.port = rest.rfind(':', 0) == 0 ? rest.substr(1) : "443";
    } else {
        auto colon = rest.rfind(':');
        u.host = rest.substr(0, colon);
        u.port = colon == std::string::npos ? "443" : rest.substr(colon + 1);
    }
    if (u.host.empty()) return fail(std::string("server_url: no host"));
    if (u.port.empty() || u.port.find_first_not_of("0123456789") != std::string::npos)
        return fail("server_url: bad port \"" + u.port + "\"");
    return u;
}

std::string str(const json& j, const char* key) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

FieldErrors field_errors(const json& j) {
    FieldErrors out;
    if (!j.is_array()) return out;
    for (const auto& e : j)
        if (e.is_object()) out.push_back({str(e, "field"), str(e, "code"), str(e, "message")});
    return out;
}

ClientError protocol_error(std::string message) { return {ErrorKind::protocol, std::move(message), {}}; }

Guest guest_from(const json& g) {
    Guest guest;
    if (!g.is_object()) return guest;
    guest.title = str(g, "title");
    guest.first_name = str(g, "first_name");
    guest.last_name = str(g, "last_name");
    guest.birth_date = str(g, "birth_date");
    guest.birth_place = str(g, "birth_place");
    guest.nationality = str(g, "nationality");
    guest.email = str(g, "email");
    guest.phone = str(g, "phone");
    if (g.contains("address") && g["address"].is_object()) {
        const auto& a = g["address"];
        guest.address = {str(a, "line1"), str(a, "line2"), str(a, "postcode"), str(a, "city"), str(a, "region"), str(a, "country")};
    }
    return guest;
}

}  // namespace

bool ClientError::retryable() const {
    switch (kind) {
        case ErrorKind::network: return true;
        case ErrorKind::tls: case ErrorKind::protocol: return false;
        case ErrorKind::http: return problem.status == 408 || problem.status == 429 || problem.status >= 500;
    }
    return false;
}

std::string Client::RawResponse::header(std::string_view name) const {
    for (const auto& [k, v] : headers)
        if (k.size() == name.size() && std::equal(k.begin(), k.end(), name.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
            }))
            return v;
    return {};
}

struct Client::Impl {
    ClientOptions options;
    Url url;
    detail::ssl::context tls{detail::ssl::context::tls_client};
    std::unique_ptr<detail::HttpsConnection> connection;

    Result<RawResponse, ClientError> send(const std::string& method, const std::string& target, const std::string& body,
                                          const std::string& content_type, bool authenticated) {
        http::request<http::string_body> req{http::string_to_verb(method), target, 11};
        req.set(http::field::host, url.host);
        req.set(http::field::user_agent, "cardex-sync/1");
        req.set(http::field::accept, "application/json");
        if (authenticated && !options.device_token.empty())
            req.set(http::field::authorization, "Bearer " + options.device_token);
        if (!body.empty() || method == "POST") {
            req.set(http::field::content_type, content_type);
            req.body() = body;
        }
        req.keep_alive(true);
        http::response<http::string_body> res;
        auto failure = connection->exchange(req, res, options.timeout);
        // A kept-alive connection the server closed meanwhile: one fresh attempt. Safe for every
        // call of the protocol (uploads are idempotent by submission_id).
        if (failure && failure->reused && !failure->tls) failure = connection->exchange(req, res, options.timeout);
        if (failure) return fail(ClientError{failure->tls ? ErrorKind::tls : ErrorKind::network, failure->message, {}});
        RawResponse out;
        out.status = static_cast<int>(res.result_int());
        for (const auto& field : res) out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
        out.body = std::move(res.body());
        return out;
    }

    // A non-2xx answer as a ClientError carrying the problem document.
    static ClientError http_error(const RawResponse& r) {
        ClientError e{ErrorKind::http, "HTTP " + std::to_string(r.status), {}};
        e.problem.status = r.status;
        json j = json::parse(r.body, nullptr, false);
        if (j.is_object()) {
            e.problem.type = str(j, "type");
            e.problem.title = str(j, "title");
            e.problem.detail = str(j, "detail");
            if (j.contains("errors")) e.problem.errors = field_errors(j["errors"]);
            if (!e.problem.title.empty()) e.message += " " + e.problem.title;
        }
        e.problem.retry_after = parse_retry_after(r.header("Retry-After"), std::chrono::system_clock::now());
        return e;
    }

    Result<json, ClientError> call(const std::string& method, const std::string& target, const std::string& body,
                                   bool authenticated, int* status = nullptr) {
        auto r = send(method, target, body, "application/json", authenticated);
        if (!r) return fail(r.error());
        if (status) *status = r->status;
        if (r->status < 200 || r->status > 299) return fail(http_error(*r));
        json j = json::parse(r->body, nullptr, false);
        if (!j.is_object()) return fail(protocol_error(method + " " + target + ": answer is not a JSON object"));
        return j;
    }
};

Client::Client(ClientOptions options) : impl_(std::make_unique<Impl>()) { impl_->options = std::move(options); }
Client::~Client() = default;

Result<std::unique_ptr<Client>, std::string> Client::create(ClientOptions options) {
    auto url = parse_url(options.server_url);
    if (!url) return fail(url.error());
    std::unique_ptr<Client> c(new Client(std::move(options)));
    auto& impl = *c->impl_;
    impl.url = *url;
    boost::system::error_code ec;
    impl.tls.set_options(detail::ssl::context::default_workarounds | detail::ssl::context::no_sslv2 |
                         detail::ssl::context::no_sslv3 | detail::ssl::context::no_tlsv1 | detail::ssl::context::no_tlsv1_1);
    impl.tls.set_verify_mode(detail::ssl::verify_peer, ec);
    if (impl.options.ca_file.empty()) {
        impl.tls.set_default_verify_paths(ec);
    } else {
        if (!std::ifstream(impl.options.ca_file)) return fail("ca_file: cannot read " + impl.options.ca_file);
        impl.tls.load_verify_file(impl.options.ca_file, ec);
    }
    if (ec) return fail("ca_file: " + impl.options.ca_file + ": " + ec.message());
    impl.connection = std::make_unique<detail::HttpsConnection>(url->host, url->port, impl.tls, impl.options.max_response_bytes);
    return c;
}

void Client::set_device_token(std::string token) { impl_->options.device_token = std::move(token); }

Result<Enrolment, ClientError> Client::enroll(const std::string& code, const std::string& device_name) {
    json body = {{"code", code}, {"device_name", device_name}};
    auto j = impl_->call("POST", "/v1/devices/enroll", body.dump(), false);
    if (!j) return fail(j.error());
    Enrolment e{str(*j, "device_id"), str(*j, "device_token"), str(*j, "hotel_id"), str(*j, "server_time")};
    if (e.device_id.empty() || e.device_token.empty()) return fail(protocol_error("enroll: device_id or device_token missing"));
    return e;
}

Result<BatchResponse, ClientError> Client::upload(const std::string& batch_id, const std::vector<Submission>& submissions) {
    // Submissions are serialised by the model's own writer, so the kiosk sends exactly what the
    // server's parser reads; the envelope is assembled as text to avoid re-parsing them.
    std::string body = "{\"batch_id\":" + json(batch_id).dump() + ",\"submissions\":[";
    for (std::size_t i = 0; i < submissions.size(); ++i) {
        if (i) body += ',';
        body += to_json(submissions[i]);
    }
    body += "]}";
    auto j = impl_->call("POST", "/v1/submissions:batch", body, true);
    if (!j) return fail(j.error());
    if (!j->contains("results") || !(*j)["results"].is_array())
        return fail(protocol_error("upload: results missing"));
    BatchResponse out;
    out.server_time = str(*j, "server_time");
    for (const auto& r : (*j)["results"]) {
        SubmissionResult s;
        s.submission_id = str(r, "submission_id");
        auto status = str(r, "status");
        if (status == "stored") s.status = SubmissionStatus::stored;
        else if (status == "duplicate") s.status = SubmissionStatus::duplicate;
        else if (status == "rejected") s.status = SubmissionStatus::rejected;
        else return fail(protocol_error("upload: unknown status \"" + status + "\""));
        s.profile_id = str(r, "profile_id");
        if (r.contains("errors")) s.errors = field_errors(r["errors"]);
        out.results.push_back(std::move(s));
    }
    if (out.results.size() != submissions.size())
        return fail(protocol_error("upload: " + std::to_string(out.results.size()) + " results for " +
                                   std::to_string(submissions.size()) + " submissions"));
    for (std::size_t i = 0; i < submissions.size(); ++i)
        if (out.results[i].submission_id != submissions[i].submission_id)
            return fail(protocol_error("upload: results are not in the order of the submissions"));
    return out;
}

namespace {
std::string url_encode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}
}  // namespace

Result<std::optional<Reservation>, ClientError> Client::lookup(const std::string& reservation_ref, const std::string& last_name) {
    auto j = impl_->call("GET", "/v1/reservations/lookup?ref=" + url_encode(reservation_ref) + "&last_name=" + url_encode(last_name),
                         {}, true);
    if (!j) {
        if (j.error().status() == 404) return std::optional<Reservation>{};
        return fail(j.error());
    }
    Reservation r;
    r.reservation_ref = str(*j, "reservation_ref");
    r.arrival = str(*j, "arrival");
    r.departure = str(*j, "departure");
    if (j->contains("adults") && (*j)["adults"].is_number_integer()) r.adults = (*j)["adults"].get<int>();
    if (j->contains("children") && (*j)["children"].is_number_integer()) r.children = (*j)["children"].get<int>();
    if (j->contains("guest")) r.guest = guest_from((*j)["guest"]);
    return std::optional<Reservation>{std::move(r)};
}

Result<Health, ClientError> Client::health() {
    auto j = impl_->call("GET", "/v1/health", {}, false);
    if (!j) return fail(j.error());
    return Health{str(*j, "status"), str(*j, "version"), str(*j, "db")};
}

Result<Client::RawResponse, ClientError> Client::request(const std::string& method, const std::string& target,
                                                         const std::string& body, const std::string& content_type) {
    return impl_->send(method, target, body, content_type, true);
}

std::string make_uuid() {
    unsigned char b[16];
    if (RAND_bytes(b, sizeof b) != 1) {
        std::random_device rd;  // OpenSSL's generator failing is near impossible; never return a fixed id
        for (auto& x : b) x = static_cast<unsigned char>(rd());
    }
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += hex[b[i] >> 4];
        out += hex[b[i] & 15];
    }
    return out;
}

std::chrono::seconds parse_retry_after(std::string_view value, std::chrono::system_clock::time_point now) {
    using std::chrono::seconds;
    constexpr seconds max_wait{24 * 3600};
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
    if (value.empty()) return seconds(0);
    if (value.find_first_not_of("0123456789") == std::string_view::npos)
        return value.size() < 9 ? std::min(seconds(std::stol(std::string(value))), max_wait) : max_wait;
    // IMF-fixdate, the form servers send (the obsolete RFC 850 and asctime forms are not).
    std::tm tm{};
    std::istringstream in{std::string(value)};
    in.imbue(std::locale::classic());
    in >> std::get_time(&tm, "%a, %d %b %Y %H:%M:%S GMT");
    if (in.fail()) return seconds(0);
    const auto at = std::chrono::system_clock::from_time_t(timegm(&tm));
    if (at <= now) return seconds(0);
    return std::min(std::chrono::duration_cast<seconds>(at - now), max_wait);
}

}  // namespace cardex::sync
