// cardex/sync/client.hpp — the protocol v1 client (protocol.md): what the kiosk's sync service and
// the server's integration tests use to talk to cardex-server over HTTPS.
//
// One Client holds one keep-alive TLS connection and reconnects when it drops. Calls are blocking
// with a deadline per call; run them off the UI thread. Not thread-safe: one Client per thread.
// Errors are values: a network failure, a TLS failure and an HTTP problem answer are told apart so
// that the sync service knows whether to retry (network, 429, 5xx) or stop (401 revoked, 4xx).
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cardex/model.hpp"
#include "cardex/result.hpp"

namespace cardex::sync {

struct ClientOptions {
    std::string server_url;            ///< "https://host:port" (https only)
    std::string ca_file;               ///< PEM file of the CA that signed the server; "" = system store
    std::string device_token;          ///< Bearer token; "" before enrolment
    std::chrono::milliseconds timeout{15000};  ///< whole call: connect, handshake, write, read
    std::size_t max_response_bytes = 4 * 1024 * 1024;
};

/// An RFC 9457 problem answer.
struct Problem {
    int status = 0;
    std::string type, title, detail;
    FieldErrors errors;
    std::chrono::seconds retry_after{0};  ///< from Retry-After on 429/503
};

/// The wait a Retry-After header asks for (RFC 9110 §10.2.3): delay-seconds ("120") or an
/// HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT", counted from `now`). 0 for an empty, unreadable or
/// past value; at most one day (a larger value is a misconfigured proxy, not a plan).
std::chrono::seconds parse_retry_after(std::string_view value, std::chrono::system_clock::time_point now);

enum class ErrorKind {
    network,   ///< could not connect, connection lost, timeout: retry later
    tls,       ///< handshake or certificate verification failed: configuration problem
    http,      ///< the server answered with an error status; see problem
    protocol,  ///< the answer was not what protocol.md says (bad JSON, missing field)
};

struct ClientError {
    ErrorKind kind = ErrorKind::network;
    std::string message;     ///< for logs; never contains personal data
    Problem problem;         ///< when kind == http
    int status() const { return kind == ErrorKind::http ? problem.status : 0; }
    /// True when trying again later may succeed (network, 408, 429, 5xx).
    bool retryable() const;
};

struct Enrolment {
    std::string device_id, device_token, hotel_id, server_time;
};

enum class SubmissionStatus { stored, duplicate, rejected };

struct SubmissionResult {
    std::string submission_id;
    SubmissionStatus status = SubmissionStatus::rejected;
    std::string profile_id;
    FieldErrors errors;
};

struct BatchResponse {
    std::vector<SubmissionResult> results;  ///< one per submission, in order
    std::string server_time;
};

/// A reservation found by reference and last name, with what is known of the guest to pre-fill.
struct Reservation {
    std::string reservation_ref, arrival, departure;
    int adults = 1, children = 0;
    Guest guest;
};

struct Health {
    std::string status, version, db;
};

class Client {
public:
    /// Checks the options (URL form, CA file readable); does not connect yet.
    static Result<std::unique_ptr<Client>, std::string> create(ClientOptions options);
    ~Client();
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    void set_device_token(std::string token);

    /// POST /v1/devices/enroll. Does not change the client's token: call set_device_token().
    Result<Enrolment, ClientError> enroll(const std::string& code, const std::string& device_name);
    /// POST /v1/submissions:batch (at most 500 submissions).
    Result<BatchResponse, ClientError> upload(const std::string& batch_id, const std::vector<Submission>& submissions);
    /// GET /v1/reservations/lookup. nullopt when the server says 404 (not found).
    Result<std::optional<Reservation>, ClientError> lookup(const std::string& reservation_ref, const std::string& last_name);
    /// GET /v1/health (no credentials needed).
    Result<Health, ClientError> health();

    /// Any request, for tests of the contract: returns status, headers as received and body.
    struct RawResponse {
        int status = 0;
        std::vector<std::pair<std::string, std::string>> headers;
        std::string body;
        std::string header(std::string_view name) const;
    };
    Result<RawResponse, ClientError> request(const std::string& method, const std::string& target,
                                             const std::string& body = {},
                                             const std::string& content_type = "application/json");

private:
    explicit Client(ClientOptions options);
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// A random RFC 4122 version 4 UUID (lower case), for submission and batch ids.
std::string make_uuid();

}  // namespace cardex::sync
