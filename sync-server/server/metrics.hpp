// Prometheus metrics of the server (text exposition format 0.0.4). Thread-safe. Labels hold route
// names and status codes only: never personal data.
#pragma once

#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <string>

namespace cardex::server {

class Metrics {
public:
    /// A finished request: its route template ("/v1/submissions:batch", "other"), status, seconds.
    void request(const std::string& route, int status, double seconds);
    void batch(std::size_t submissions, double dedup_seconds);
    void connection_opened();
    void connection_closed();
    /// Connections open now (sessions alive).
    std::int64_t open_connections() const { return open_connections_.load(); }
    /// A connection closed at once because --max-connections were open.
    void connection_refused();
    void tls_handshake_failed();
    void timeout();
    /// The whole exposition text.
    std::string render() const;

private:
    static constexpr std::array<double, 12> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10};
    struct Histogram {
        std::array<std::uint64_t, kBuckets.size()> buckets{};
        std::uint64_t count = 0;
        double sum = 0;
        void observe(double v);
    };
    mutable std::mutex mutex_;
    std::map<std::pair<std::string, int>, std::uint64_t> requests_;
    std::map<std::string, Histogram> latency_;
    Histogram batch_sizes_, dedup_seconds_;
    std::atomic<std::int64_t> open_connections_{0};
    std::atomic<std::uint64_t> connections_total_{0}, connections_refused_{0}, handshake_failures_{0}, timeouts_{0};
};

}  // namespace cardex::server
