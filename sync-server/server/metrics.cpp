#include "metrics.hpp"

#include <sstream>

namespace cardex::server {

void Metrics::Histogram::observe(double v) {
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (v <= kBuckets[i]) ++buckets[i];
    ++count;
    sum += v;
}

void Metrics::request(const std::string& route, int status, double seconds) {
    std::lock_guard lock(mutex_);
    ++requests_[{route, status}];
    latency_[route].observe(seconds);
}

void Metrics::batch(std::size_t submissions, double dedup_seconds) {
    std::lock_guard lock(mutex_);
    batch_sizes_.observe(static_cast<double>(submissions));
    dedup_seconds_.observe(dedup_seconds);
}

void Metrics::connection_opened() {
    ++open_connections_;
    ++connections_total_;
}
void Metrics::connection_closed() { --open_connections_; }
void Metrics::connection_refused() { ++connections_refused_; }
void Metrics::tls_handshake_failed() { ++handshake_failures_; }
void Metrics::timeout() { ++timeouts_; }

namespace {

void histogram(std::ostringstream& out, const std::string& name, const std::string& labels, const auto& h,
               const auto& bounds) {
    std::string sep = labels.empty() ? "" : ",";
    for (std::size_t i = 0; i < bounds.size(); ++i)
        out << name << "_bucket{" << labels << sep << "le=\"" << bounds[i] << "\"} " << h.buckets[i] << '\n';
    out << name << "_bucket{" << labels << sep << "le=\"+Inf\"} " << h.count << '\n';
    out << name << "_sum" << (labels.empty() ? "" : "{" + labels + "}") << ' ' << h.sum << '\n';
    out << name << "_count" << (labels.empty() ? "" : "{" + labels + "}") << ' ' << h.count << '\n';
}

}  // namespace

std::string Metrics::render() const {
    std::ostringstream out;
    std::lock_guard lock(mutex_);
    out << "# HELP cardex_http_requests_total HTTP requests by route and status.\n"
           "# TYPE cardex_http_requests_total counter\n";
    for (const auto& [key, n] : requests_)
        out << "cardex_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} " << n << '\n';
    out << "# HELP cardex_http_request_duration_seconds Time from a request read to its answer written.\n"
           "# TYPE cardex_http_request_duration_seconds histogram\n";
    for (const auto& [route, h] : latency_)
        histogram(out, "cardex_http_request_duration_seconds", "route=\"" + route + "\"", h, kBuckets);
    // Batch sizes use their own bounds: counts, not seconds.
    static constexpr std::array<double, 12> sizes{1, 2, 5, 10, 20, 50, 100, 200, 300, 400, 500, 1000};
    out << "# HELP cardex_batch_submissions Submissions per uploaded batch.\n# TYPE cardex_batch_submissions histogram\n";
    histogram(out, "cardex_batch_submissions", "", batch_sizes_, sizes);
    out << "# HELP cardex_dedup_seconds Time to store and deduplicate one batch (one transaction).\n"
           "# TYPE cardex_dedup_seconds histogram\n";
    histogram(out, "cardex_dedup_seconds", "", dedup_seconds_, kBuckets);
    out << "# HELP cardex_open_connections Connections open now.\n# TYPE cardex_open_connections gauge\n"
        << "cardex_open_connections " << open_connections_.load() << '\n'
        << "# HELP cardex_connections_total Connections accepted.\n# TYPE cardex_connections_total counter\n"
        << "cardex_connections_total " << connections_total_.load() << '\n'
        << "# HELP cardex_connections_refused_total Connections closed at once: --max-connections were open.\n"
           "# TYPE cardex_connections_refused_total counter\n"
        << "cardex_connections_refused_total " << connections_refused_.load() << '\n'
        << "# HELP cardex_tls_handshake_failures_total TLS handshakes that failed.\n"
           "# TYPE cardex_tls_handshake_failures_total counter\n"
        << "cardex_tls_handshake_failures_total " << handshake_failures_.load() << '\n'
        << "# HELP cardex_timeouts_total Connections closed by a read, handshake or idle timeout.\n"
           "# TYPE cardex_timeouts_total counter\n"
        << "cardex_timeouts_total " << timeouts_.load() << '\n';
    return out.str();
}

}  // namespace cardex::server
