// The HTTP API of cardex-server, independent of the network: a request in, a response out. Sessions
// call it on the register's thread; the fuzz target and unit tests call it directly.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cardex/rcu/register.hpp"
#include "config.hpp"
#include "metrics.hpp"
#include "rate_limiter.hpp"

namespace cardex::server {

/// What Api::prepare worked out from a request's body (api_impl.hpp).
struct PreparedBody;

struct ApiRequest {
    std::string method;          ///< "GET", "POST", …
    std::string target;          ///< path and query as received
    std::string authorization;   ///< the Authorization header
    std::string content_type;
    std::string body;
    std::string remote;          ///< client address, for per-address limits
    /// Set by Api::prepare; without it, handle() does that work itself.
    std::shared_ptr<const PreparedBody> prepared;
};

struct ApiResponse {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string route = "other";  ///< route template, for metrics
};

/// An RFC 9457 problem answer.
ApiResponse problem(int status, const std::string& title, const std::string& detail = {}, const FieldErrors& errors = {});

/// The server's own failure (the database, the disk): a 503 with Retry-After, so that the tablet
/// keeps its batch and tries again.
ApiResponse unavailable(const std::string& detail = "the register is unavailable; try again later");

class Api {
public:
    Api(rcu::Register& reg, const ServerConfig& config, Metrics& metrics);
    ~Api();

    /// The port the server listens on, once bound (--listen HOST:0 takes a free one): the links
    /// the API hands out name it when there is no --public-url. Call before any request.
    void listening_on(unsigned short port);

    /// The work on a request that needs no register, on the caller's thread (the connection's),
    /// so that the register's one writer thread does not do it: an upload's batch is parsed and
    /// its submissions validated. Reads only the configuration; safe on any thread. The answer
    /// is the same as without it: who the device is and its rate limit are still checked first.
    void prepare(ApiRequest& req) const;

    /// The answer a request gets from its header alone: the 401 of a route that needs a bearer
    /// token when the Authorization header is absent or not `Bearer <token>` (RFC 6750 syntax).
    /// It is the answer handle() would give; nullopt means read the body and handle() it. Needs
    /// no register and reads only the configuration, so the session asks on its own thread
    /// before it reads the body: an unauthenticated client costs no body read and no JSON parse.
    std::optional<ApiResponse> refusal_before_body(const std::string& method, const std::string& target,
                                                   const std::string& authorization) const;

    /// Never throws and never answers 500 for anything a client can send; an internal failure (the
    /// disk) is a 503 with Retry-After, so that a tablet retries.
    ApiResponse handle(const ApiRequest& req);

    /// Several requests in one register transaction (group commit: one fsync for all). Each
    /// request still succeeds or fails alone (a savepoint each); the answers are valid only once
    /// the group committed, and if that commit fails every answer is a 503.
    std::vector<ApiResponse> handle_group(const std::vector<ApiRequest>& requests);

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

/// Splits "/path?a=1&b=x%20y" into the path and the decoded query parameters.
std::pair<std::string, std::map<std::string, std::string>> split_target(const std::string& target);

}  // namespace cardex::server
