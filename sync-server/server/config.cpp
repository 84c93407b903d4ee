#include "config.hpp"

#include <CLI/CLI.hpp>

#include "cardex/country.hpp"
#include "cardex/text.hpp"

namespace cardex::server {

namespace {

Result<bool, std::string> split_listen(const std::string& listen, ServerConfig& c) {
    auto colon = listen.rfind(':');
    if (colon == std::string::npos || colon + 1 == listen.size())
        return fail("--listen: expected HOST:PORT (got \"" + listen + "\")");
    std::string host = listen.substr(0, colon), port = listen.substr(colon + 1);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    if (port.find_first_not_of("0123456789") != std::string::npos || port.size() > 5 || std::stoul(port) > 65535)
        return fail("--listen: bad port \"" + port + "\"");
    c.host = host.empty() ? "0.0.0.0" : host;
    c.port = static_cast<std::uint16_t>(std::stoul(port));
    return true;
}

}  // namespace

Result<ServerConfig, std::string> parse_command_line(int argc, char** argv, int& exit_code) {
    ServerConfig c;
    std::string listen = "127.0.0.1:8443";
    long body = static_cast<long>(c.limits.body_bytes), header = static_cast<long>(c.limits.header_bytes);
    long request_timeout = c.limits.request_timeout.count(), idle_timeout = c.limits.idle_timeout.count();
    long handshake_timeout = c.limits.handshake_timeout.count();
    long max_batch = static_cast<long>(c.limits.max_batch), max_connections = static_cast<long>(c.limits.max_connections);
    bool sync_normal = false;

    CLI::App app{"cardex-server: the Cardex sync and operator API over HTTPS (protocol v1)", "cardex-server"};
    app.set_config("--config", "", "Configuration file (INI/TOML keys = the long option names); flags win over it");
    app.add_option("--listen", listen, "HOST:PORT to listen on")->capture_default_str();
    app.add_option("--data-dir", c.data_dir, "Directory of the register (register.sqlite)")->capture_default_str();
    app.add_option("--tls-cert", c.tls_cert, "PEM certificate chain of the server")->required()->check(CLI::ExistingFile);
    app.add_option("--tls-key", c.tls_key, "PEM private key of the server")->required()->check(CLI::ExistingFile);
    app.add_option("--threads", c.threads, "I/O threads (0: one per core)")->capture_default_str();
    app.add_option("--default-country", c.default_country, "Hotels' country (FR, FRA or France): region of national phone numbers, the registration card's rules (FR, ES, IT, DE, PT; FR for others), the retention of cards")
        ->capture_default_str();
    app.add_option("--public-url", c.public_url, "Public base URL, for one-click unsubscribe links");
    app.add_option("--body-limit", body, "Largest request body, bytes")->capture_default_str()->check(CLI::Range(1024L, 1L << 30));
    app.add_option("--header-limit", header, "Largest request header, bytes")->capture_default_str()->check(CLI::Range(1024L, 1L << 20));
    app.add_option("--request-timeout", request_timeout, "Seconds for a whole request to arrive")
        ->capture_default_str()->check(CLI::Range(1L, 3600L));
    app.add_option("--idle-timeout", idle_timeout, "Seconds before an idle keep-alive connection is closed")
        ->capture_default_str()->check(CLI::Range(1L, 3600L));
    app.add_option("--handshake-timeout", handshake_timeout, "Seconds for the TLS handshake")
        ->capture_default_str()->check(CLI::Range(1L, 600L));
    app.add_option("--max-batch", max_batch, "Most submissions in one batch")->capture_default_str()->check(CLI::Range(1L, 10000L));
    app.add_option("--max-connections", max_connections, "Most simultaneous connections")
        ->capture_default_str()->check(CLI::Range(1L, 1000000L));
    app.add_option("--lookup-failures-per-minute", c.rates.lookup_failures_per_minute,
                   "Failed booking look-ups per device per minute before 429")->capture_default_str();
    app.add_option("--device-requests-per-minute", c.rates.device_requests_per_minute,
                   "Requests per device per minute before 429")->capture_default_str();
    app.add_option("--enrol-attempts-per-minute", c.rates.enrol_attempts_per_minute,
                   "Enrolment attempts per client address per minute before 429")->capture_default_str();
    app.add_option("--api-requests-per-minute", c.rates.api_requests_per_minute,
                   "Operator API requests per user per minute before 429")->capture_default_str();
    app.add_option("--log-level", c.log_level, "Structured log on stdout: debug, info (a line per request), warn, error")
        ->capture_default_str()->check(CLI::IsMember({"debug", "info", "warn", "error"}));
    app.add_flag("--sync-normal", sync_normal,
                 "answer without waiting for the WAL's fsync: a power cut may lose the last acknowledged batches");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        exit_code = e.get_exit_code();
        if (exit_code == 0) return fail(app.help());
        return fail(std::string(e.what()) + "\nRun with --help for more information.");
    }
    // Read as cardexctl import reads it ("fr", "FRA", "France", "Belgique" are countries); "ZZ" or
    // "Narnia" is refused: the country sets the card and its retention, it is never guessed.
    if (auto code = country_to_alpha2(c.default_country)) {
        c.default_country = *code;
    } else {
        exit_code = 2;
        return fail("--default-country: \"" + c.default_country +
                    "\" is not a country (an ISO 3166 code such as FR, ES, IT, DE, PT, or a country's name)");
    }
    if (auto ok = split_listen(listen, c); !ok) {
        exit_code = 2;
        return fail(ok.error());
    }
    c.limits.body_bytes = static_cast<std::size_t>(body);
    c.limits.header_bytes = static_cast<std::size_t>(header);
    c.limits.request_timeout = std::chrono::seconds(request_timeout);
    c.limits.idle_timeout = std::chrono::seconds(idle_timeout);
    c.limits.handshake_timeout = std::chrono::seconds(handshake_timeout);
    c.limits.max_batch = static_cast<std::size_t>(max_batch);
    c.limits.max_connections = static_cast<std::size_t>(max_connections);
    c.synchronous_full = !sync_normal;
    exit_code = 0;
    return c;
}

std::string https_url(const std::string& host, unsigned short port) {
    const bool v6 = host.find(':') != std::string::npos;
    return "https://" + (v6 ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

}  // namespace cardex::server
