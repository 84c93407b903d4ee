// A blocking façade over Beast's async operations: each step runs on a private io_context with the
// tcp_stream's expiry as deadline, so a stalled server can never hang the caller (Beast's
// synchronous calls have no timeouts).
#include "sync/https_connection.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <openssl/x509v3.h>

namespace cardex::sync::detail {

namespace {

using tcp = boost::asio::ip::tcp;

bool is_ip_address(const std::string& host) {
    boost::system::error_code ec;
    boost::asio::ip::make_address(host, ec);
    return !ec;
}

// Runs the io_context until the started operation completes; returns its error.
template <class Start>
beast::error_code run_one(boost::asio::io_context& ioc, Start&& start) {
    beast::error_code result = boost::asio::error::would_block;
    start([&result](beast::error_code ec, auto&&...) { result = ec; });
    ioc.restart();
    ioc.run();
    return result;
}

}  // namespace

HttpsConnection::HttpsConnection(std::string host, std::string port, ssl::context& tls, std::size_t max_response_bytes)
    : host_(std::move(host)), port_(std::move(port)), tls_(tls), max_response_bytes_(max_response_bytes) {}

void HttpsConnection::drop() {
    stream_.reset();
    buffer_.clear();
}

std::optional<TransportFailure> HttpsConnection::connect(std::chrono::steady_clock::time_point deadline) {
    tcp::resolver resolver(ioc_);
    tcp::resolver::results_type endpoints;
    auto ec = run_one(ioc_, [&](auto handler) {
        resolver.async_resolve(host_, port_, [&endpoints, handler](beast::error_code e, tcp::resolver::results_type r) mutable {
            endpoints = std::move(r);
            handler(e);
        });
    });
    if (ec) return TransportFailure{false, false, "cannot resolve " + host_ + ": " + ec.message()};

    stream_ = std::make_unique<beast::ssl_stream<beast::tcp_stream>>(ioc_, tls_);
    SSL* native = stream_->native_handle();
    // SNI, and the name (or IP) the certificate must be for.
    if (!is_ip_address(host_))  // SSL_set_tlsext_host_name, without the macro's C cast
        SSL_ctrl(native, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, const_cast<char*>(host_.c_str()));
    X509_VERIFY_PARAM* param = SSL_get0_param(native);
    if (is_ip_address(host_))
        X509_VERIFY_PARAM_set1_ip_asc(param, host_.c_str());
    else
        X509_VERIFY_PARAM_set1_host(param, host_.c_str(), 0);

    auto& tcp_layer = beast::get_lowest_layer(*stream_);
    tcp_layer.expires_at(deadline);
    ec = run_one(ioc_, [&](auto handler) { tcp_layer.async_connect(endpoints, handler); });
    if (ec) {
        drop();
        return TransportFailure{false, false, "cannot connect to " + host_ + ":" + port_ + ": " + ec.message()};
    }
    tcp_layer.expires_at(deadline);
    ec = run_one(ioc_, [&](auto handler) { stream_->async_handshake(ssl::stream_base::client, handler); });
    if (ec) {
        bool timed_out = ec == beast::error::timeout;
        drop();
        return TransportFailure{!timed_out, false, "TLS handshake with " + host_ + " failed: " + ec.message()};
    }
    return std::nullopt;
}

std::optional<TransportFailure> HttpsConnection::exchange(http::request<http::string_body>& req,
                                                          http::response<http::string_body>& res,
                                                          std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    bool reused = stream_ != nullptr;
    if (!stream_)
        if (auto failure = connect(deadline)) return failure;

    auto& tcp_layer = beast::get_lowest_layer(*stream_);
    tcp_layer.expires_at(deadline);
    req.prepare_payload();
    auto ec = run_one(ioc_, [&](auto handler) { http::async_write(*stream_, req, handler); });
    if (ec) {
        drop();
        return TransportFailure{false, reused, "sending the request failed: " + ec.message()};
    }
    http::response_parser<http::string_body> parser;
    parser.body_limit(max_response_bytes_);
    tcp_layer.expires_at(deadline);
    ec = run_one(ioc_, [&](auto handler) { http::async_read(*stream_, buffer_, parser, handler); });
    if (ec) {
        drop();
        return TransportFailure{false, reused, "reading the response failed: " + ec.message()};
    }
    res = parser.release();
    if (!res.keep_alive()) drop();
    return std::nullopt;
}

}  // namespace cardex::sync::detail
