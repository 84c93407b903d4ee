// cardex-server's configuration: command-line flags and an optional file with the same keys
// (INI/TOML, read by CLI11); flags win over the file. See docs/configuration.md.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "cardex/result.hpp"

namespace cardex::server {

/// Protocol limits (protocol.md "Transport"), all configurable.
struct Limits {
    std::size_t body_bytes = 2 * 1024 * 1024;
    std::size_t header_bytes = 16 * 1024;
    std::chrono::seconds request_timeout{15};   ///< a request must arrive whole within this
    std::chrono::seconds idle_timeout{60};      ///< keep-alive connection closed after this
    std::chrono::seconds handshake_timeout{10};
    int json_depth = 16;
    std::size_t max_batch = 500;
    std::size_t max_connections = 10000;
};

struct RateLimits {
    int lookup_failures_per_minute = 10;   ///< per device (protocol.md)
    int device_requests_per_minute = 600;  ///< per device, every route
    int enrol_attempts_per_minute = 20;    ///< per client address (guessing codes)
    int api_requests_per_minute = 1200;    ///< per operator/supervisor
};

struct ServerConfig {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8443;
    std::string data_dir = "./var";
    std::string tls_cert, tls_key;
    unsigned threads = 0;                 ///< I/O threads; 0: one per core
    std::string default_country = "FR";   ///< the hotels' country: phone region, card rules
    std::string public_url;               ///< base of unsubscribe links, e.g. https://cardex.example.com
    bool synchronous_full = true;         ///< SQLite synchronous=FULL (acknowledged = on disk)
    std::string log_level = "info";       ///< debug, info (one line per request), warn, error
    Limits limits;
    RateLimits rates;
};

/// Parses argv (and --config FILE). On --help, returns an error whose text is the help and sets
/// `exit_code` to 0; on a bad option, the message and 2.
Result<ServerConfig, std::string> parse_command_line(int argc, char** argv, int& exit_code);

/// "https://HOST:PORT", an IPv6 host in brackets ("https://[::1]:8443").
std::string https_url(const std::string& host, unsigned short port);

}  // namespace cardex::server
