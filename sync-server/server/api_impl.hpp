// Internals of the API shared by its route files.
#pragma once

#include <nlohmann/json.hpp>

#include "api.hpp"
#include "submission_intake.hpp"

namespace cardex::server {

using nlohmann::json;

ApiResponse json_response(int status, const json& body);
std::string now_utc();

struct PreparedBody {
    Result<CheckedBatch, FieldErrors> upload;  ///< an upload's batch, or why it cannot be read as one
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
    ApiResponse unsubscribe(const ApiRequest& req, const std::map<std::string, std::string>& query);
    std::string unsubscribe_signature(const std::string& profile, const std::string& purpose);
};

/// Whether a Content-Type header says JSON ("application/json", with or without parameters).
bool is_json_content(const std::string& content_type);

/// The bearer token of an Authorization header, or "".
std::string bearer_token(const std::string& authorization);

/// The stays of a booking at `hotel_id`, however the reference is spaced, dashed or cased
/// (cardex::booking_key); a reference that makes no key is matched as typed. Oldest first.
std::vector<rcu::StayRow> stays_for_reference(rcu::Store& store, const std::string& hotel_id, const std::string& ref);

}  // namespace cardex::server
