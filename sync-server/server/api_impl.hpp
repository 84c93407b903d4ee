// Internals of the API shared by its route files.
#pragma once

#include <nlohmann/json.hpp>

#include "api.hpp"
#include "cardex/model_json.hpp"
#include "submission_intake.hpp"

namespace cardex::server {

using nlohmann::json;

ApiResponse json_response(int status, const json& body);
std::string now_utc();

struct PreparedBody {
    Result<CheckedBatch, FieldErrors> upload;  ///< an upload's batch, or why it cannot be read as one
};

/// Who calls an admin route.
struct AdminCaller {
    bool is_operator = false;
    std::string actor;  ///< "operator:alice"
    std::string hotel;  ///< a supervisor's hotel
};

struct Api::Impl {
    rcu::Register& reg;
    ServerConfig config;
    Metrics& metrics;
    RateLimiter device_requests, lookup_failures, enrol_attempts, api_requests;

    Impl(rcu::Register& r, const ServerConfig& c, Metrics& m);

    ApiResponse route(const ApiRequest& req);

    // device routes (api_device.cpp)
    ApiResponse health();
    ApiResponse enroll(const ApiRequest& req);
    ApiResponse upload(const ApiRequest& req, const rcu::DeviceRow& device);
    /// Parses and checks an upload's body (no register: any thread).
    Result<CheckedBatch, FieldErrors> read_upload(const std::string& body) const;
    ApiResponse lookup(const std::map<std::string, std::string>& query, const rcu::DeviceRow& device);
    /// The device named by the bearer token, or the 401/429 answer.
    std::variant<rcu::DeviceRow, ApiResponse> device_of(const ApiRequest& req);

    // operator routes (api_operator.cpp)
    ApiResponse operator_route(const ApiRequest& req, const std::string& path, const std::map<std::string, std::string>& query);
    ApiResponse admin_stats();
    ApiResponse admin_reviews(const std::string& status);
    ApiResponse admin_decide(const ApiRequest& req, std::int64_t review, const std::string& actor);
    ApiResponse admin_search(const std::map<std::string, std::string>& query, const AdminCaller& caller);
    /// GET, DELETE, export and unsubscribe-link of one profile (`route` is the route template).
    ApiResponse admin_profile(const ApiRequest& req, std::int64_t id, const std::string& route, const AdminCaller& caller);
    /// Whether the caller may see the profile: an operator always, a supervisor when one of its
    /// records is of their hotel.
    bool visible_to(rcu::ProfileId id, bool is_operator, const std::string& hotel);

    // one-click unsubscribe (api_unsubscribe.cpp)
    ApiResponse unsubscribe(const ApiRequest& req, const std::map<std::string, std::string>& query);
    /// The signed link that withdraws `purpose` for the guest of the profile's address for it.
    std::string unsubscribe_url(const rcu::ProfileView& view, const std::string& purpose);
    /// HMAC-SHA256 of "unsubscribe:<subject>:<purpose>" with the register's key (made on first use).
    std::string unsubscribe_signature(const std::string& subject, const std::string& purpose);
};

/// A query parameter's value, "" when it is absent.
std::string query_value(const std::map<std::string, std::string>& query, const char* key);

/// An id in a path or a query ("12"): digits only, at most 18 of them.
std::optional<std::int64_t> id_in(const std::string& text);

/// The answer to a body that cannot be read: 400 when the text is not a JSON object at all (an
/// error on the document, field ""), 422 when its members are wrong (each error names one).
ApiResponse body_problem(const FieldErrors& errors, const std::string& detail);

/// Whether a Content-Type header says JSON ("application/json", with or without parameters).
bool is_json_content(const std::string& content_type);

/// The bearer token of an Authorization header, or "".
std::string bearer_token(const std::string& authorization);

/// Whether a token has the b64token syntax of RFC 6750 §2.1 and at most 512 bytes (the server's
/// own are 43): anything else cannot be a token the server issued.
bool well_formed_token(std::string_view token);

/// The 401 of a request whose Authorization header alone shows that it cannot be authenticated
/// (absent, or not a well-formed bearer token) on a route that needs one: a device route called
/// with its method (another method is a 405 first) or any /v1/admin/ path. Tagged with the route.
/// The same function decides before the body is read (Api::refusal_before_body) and when the
/// request is routed, so both give one answer.
std::optional<ApiResponse> credentials_refusal(const std::string& method, const std::string& path,
                                               const std::string& authorization);

/// The 401 for a device token that no active device holds (or that cannot be one).
ApiResponse unknown_device_token();
/// The 401 of the admin routes, for a token missing, malformed, unknown or revoked alike.
ApiResponse api_token_required();

/// The metrics label of a path below /v1/admin/ ("/v1/admin/profiles/{id}"), "other" when unknown.
std::string admin_route_name(const std::string& path);

/// The stays of a booking at `hotel_id`, however the reference is spaced, dashed or cased
/// (cardex::booking_key); a reference that makes no key is matched as typed. Oldest first.
std::vector<rcu::StayRow> stays_for_reference(rcu::Store& store, const std::string& hotel_id, const std::string& ref);

}  // namespace cardex::server
