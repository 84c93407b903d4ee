// Routing, problem answers and the boundary that turns any internal failure into a 503.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>

#include "api_impl.hpp"
#include "credentials.hpp"
#include "log.hpp"

namespace cardex::server {

ApiResponse json_response(int status, const json& body) {
    ApiResponse r;
    r.status = status;
    r.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
    return r;
}

std::string now_utc() { return rfc3339_utc(std::chrono::system_clock::now()); }

namespace {

const char* reason(int status) {
    switch (status) {
        case 400: return "Bad Request";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 405: return "Method Not Allowed";
        case 409: return "Conflict";
        case 413: return "Content Too Large";
        case 415: return "Unsupported Media Type";
        case 422: return "Unprocessable Content";
        case 429: return "Too Many Requests";
        case 503: return "Service Unavailable";
        default: return "Error";
    }
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string url_decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out += ' ';
        } else if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 &&
                   hex_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// Every request queued behind a slow group waits for all of it: the log says where the time went
// (the requests' own work, or the commit's fsync: a slow disk).
void warn_if_slow(std::size_t requests, std::chrono::steady_clock::time_point started,
                  std::chrono::steady_clock::time_point handled) {
    using ms = std::chrono::duration<double, std::milli>;
    const auto now = std::chrono::steady_clock::now();
    if (now - started < std::chrono::milliseconds(250)) return;
    log::warn("slow_group_commit", {{"requests", requests},
                                    {"handle_ms", std::round(ms(handled - started).count())},
                                    {"commit_ms", std::round(ms(now - handled).count())}});
}

}  // namespace

ApiResponse problem(int status, const std::string& title, const std::string& detail, const FieldErrors& errors) {
    json body = {{"type", "https://cardex.dev/problems/" + std::to_string(status)},
                 {"title", title.empty() ? reason(status) : title},
                 {"status", status}};
    if (!detail.empty()) body["detail"] = detail;
    if (!errors.empty()) {
        body["errors"] = json::array();
        for (const auto& e : errors) body["errors"].push_back({{"field", e.field}, {"code", e.code}, {"message", e.message}});
    }
    auto r = json_response(status, body);
    r.content_type = "application/problem+json";
    return r;
}

ApiResponse body_problem(const FieldErrors& errors, const std::string& detail) {
    const bool whole = std::any_of(errors.begin(), errors.end(), [](const FieldError& e) { return e.field.empty(); });
    return whole ? problem(400, "Bad Request", detail, errors) : problem(422, "Unprocessable Content", detail, errors);
}

ApiResponse unavailable(const std::string& detail) {
    auto r = problem(503, "Service Unavailable", detail);
    r.headers.emplace_back("Retry-After", "5");
    return r;
}

std::pair<std::string, std::map<std::string, std::string>> split_target(const std::string& target) {
    auto q = target.find('?');
    std::string path = target.substr(0, q);
    std::map<std::string, std::string> query;
    if (q == std::string::npos) return {path, query};
    std::string_view rest = std::string_view(target).substr(q + 1);
    while (!rest.empty()) {
        auto amp = rest.find('&');
        auto part = rest.substr(0, amp);
        auto eq = part.find('=');
        if (!part.empty()) query[url_decode(part.substr(0, eq))] = eq == std::string_view::npos ? "" : url_decode(part.substr(eq + 1));
        if (amp == std::string_view::npos) break;
        rest.remove_prefix(amp + 1);
    }
    return {path, query};
}

std::string query_value(const std::map<std::string, std::string>& query, const char* key) {
    auto it = query.find(key);
    return it == query.end() ? std::string() : it->second;
}

std::optional<std::int64_t> id_in(const std::string& text) {
    if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoll(text);
}

std::string bearer_token(const std::string& authorization) {
    static const std::string scheme = "Bearer ";
    if (authorization.size() <= scheme.size()) return {};
    for (std::size_t i = 0; i < scheme.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(authorization[i])) != std::tolower(static_cast<unsigned char>(scheme[i])))
            return {};
    return authorization.substr(scheme.size());
}

// RFC 6750 §2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=".
bool well_formed_token(std::string_view token) {
    constexpr std::size_t max_token_bytes = 512;
    if (token.empty() || token.size() > max_token_bytes) return false;
    std::size_t i = 0;
    for (; i < token.size() && token[i] != '='; ++i) {
        const auto c = static_cast<unsigned char>(token[i]);
        if (!std::isalnum(c) && std::string_view("-._~+/").find(token[i]) == std::string_view::npos) return false;
    }
    if (i == 0) return false;
    for (; i < token.size(); ++i)
        if (token[i] != '=') return false;
    return true;
}

namespace {

ApiResponse unauthorized(const std::string& detail, const std::string& challenge) {
    auto r = problem(401, "Unauthorized", detail);
    r.headers.emplace_back("WWW-Authenticate", challenge);
    return r;
}

}  // namespace

ApiResponse unknown_device_token() {
    return unauthorized("unknown or revoked device token", "Bearer error=\"invalid_token\"");
}

ApiResponse api_token_required() { return unauthorized("an operator or supervisor token is required", "Bearer"); }

std::optional<ApiResponse> credentials_refusal(const std::string& method, const std::string& path,
                                               const std::string& authorization) {
    const std::string token = bearer_token(authorization);
    if (path.rfind("/v1/admin/", 0) == 0) {
        if (well_formed_token(token)) return std::nullopt;
        auto r = api_token_required();
        r.route = admin_route_name(path);
        return r;
    }
    const bool device_route = (path == "/v1/submissions:batch" && method == "POST") ||
                              (path == "/v1/reservations/lookup" && method == "GET");
    if (!device_route || well_formed_token(token)) return std::nullopt;
    // Nothing sent is "required"; something that cannot be a token is as unknown as a wrong one.
    auto r = token.empty() ? unauthorized("a device token is required (Authorization: Bearer …)", "Bearer")
                           : unknown_device_token();
    r.route = path;
    return r;
}

Api::Impl::Impl(rcu::Register& r, const ServerConfig& c, Metrics& m)
    : reg(r),
      config(c),
      metrics(m),
      device_requests(c.rates.device_requests_per_minute),
      lookup_failures(c.rates.lookup_failures_per_minute),
      enrol_attempts(c.rates.enrol_attempts_per_minute),
      api_requests(c.rates.api_requests_per_minute) {}

Api::Api(rcu::Register& reg, const ServerConfig& config, Metrics& metrics)
    : impl_(std::make_unique<Impl>(reg, config, metrics)) {}
Api::~Api() = default;

void Api::listening_on(unsigned short port) { impl_->config.port = port; }

void Api::prepare(ApiRequest& req) const {
    if (req.method != "POST" || !is_json_content(req.content_type)) return;
    const auto path = split_target(req.target).first;
    if (path != "/v1/submissions:batch") return;
    // A request refused for its header is not worth parsing. A well-formed token is parsed for:
    // whether a device holds it is a question for the register, on its own thread (a cache here
    // would miss a `cardexctl device revoke` made by another process).
    if (credentials_refusal(req.method, path, req.authorization)) return;
    req.prepared = std::make_shared<const PreparedBody>(PreparedBody{impl_->read_upload(req.body)});
}

std::optional<ApiResponse> Api::refusal_before_body(const std::string& method, const std::string& target,
                                                    const std::string& authorization) const {
    return credentials_refusal(method, split_target(target).first, authorization);
}

ApiResponse Api::handle(const ApiRequest& req) {
    try {
        return impl_->route(req);
    } catch (const std::exception& e) {
        // Only the server's side can get here (the database, the disk): the client did nothing
        // wrong and should try again. The register's messages name files, ids and fields, never
        // values, so the message can go to the log.
        log::error("internal_error", {{"method", req.method}, {"error", e.what()}});
        return unavailable();
    }
}

std::vector<ApiResponse> Api::handle_group(const std::vector<ApiRequest>& requests) {
    std::vector<ApiResponse> out;
    auto& store = impl_->reg.store();
    if (auto begun = store.begin(); !begun) {
        log::error("group_commit_failed", {{"requests", requests.size()}, {"error", begun.error()}});
        out.assign(requests.size(), unavailable());
        return out;
    }
    const auto started = std::chrono::steady_clock::now();
    for (const auto& r : requests) out.push_back(handle(r));
    const auto handled = std::chrono::steady_clock::now();
    auto committed = store.commit();
    warn_if_slow(requests.size(), started, handled);
    if (!committed) {
        log::error("group_commit_failed", {{"requests", requests.size()}, {"error", committed.error()}});
        std::vector<std::string> routes;
        for (auto& r : out) routes.push_back(r.route);
        out.assign(requests.size(), unavailable());
        for (std::size_t i = 0; i < out.size(); ++i) out[i].route = routes[i];
    }
    return out;
}

ApiResponse Api::Impl::route(const ApiRequest& req) {
    auto [path, query] = split_target(req.target);
    if (auto refused = credentials_refusal(req.method, path, req.authorization)) return *refused;
    auto only = [&](const char* method, const char* route_name) -> std::optional<ApiResponse> {
        if (req.method == method) return std::nullopt;
        auto r = problem(405, "Method Not Allowed", path + " accepts " + method);
        r.headers.emplace_back("Allow", method);
        r.route = route_name;
        return r;
    };
    auto tagged = [](ApiResponse r, const char* name) {
        r.route = name;
        return r;
    };

    if (path == "/v1/health") {
        if (auto r = only("GET", "/v1/health")) return *r;
        return tagged(health(), "/v1/health");
    }
    if (path == "/metrics") {
        if (auto r = only("GET", "/metrics")) return *r;
        ApiResponse r;
        r.content_type = "text/plain; version=0.0.4";
        r.body = metrics.render();
        return tagged(r, "/metrics");
    }
    if (path == "/v1/devices/enroll") {
        if (auto r = only("POST", "/v1/devices/enroll")) return *r;
        return tagged(enroll(req), "/v1/devices/enroll");
    }
    if (path == "/v1/submissions:batch" || path == "/v1/reservations/lookup") {
        const char* name = path == "/v1/submissions:batch" ? "/v1/submissions:batch" : "/v1/reservations/lookup";
        if (auto r = only(path == "/v1/submissions:batch" ? "POST" : "GET", name)) return *r;
        auto who = device_of(req);
        if (auto* refused = std::get_if<ApiResponse>(&who)) return tagged(*refused, name);
        const auto& device = std::get<rcu::DeviceRow>(who);
        return tagged(path == "/v1/submissions:batch" ? upload(req, device) : lookup(query, device), name);
    }
    if (path == "/v1/unsubscribe") return tagged(unsubscribe(req, query), "/v1/unsubscribe");
    if (path.rfind("/v1/admin/", 0) == 0) return operator_route(req, path, query);
    return problem(404, "Not Found", "no route " + path);
}

}  // namespace cardex::server
