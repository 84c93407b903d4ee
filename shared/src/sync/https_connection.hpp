// One keep-alive HTTPS connection with a deadline per exchange (internal to the protocol client).
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

namespace cardex::sync::detail {

namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = boost::asio::ssl;

/// Why an exchange failed, before any HTTP status could be read.
struct TransportFailure {
    bool tls = false;       ///< handshake/verification rather than the network
    bool reused = false;    ///< it happened on a kept-alive connection (the server may have closed it)
    std::string message;
};

class HttpsConnection {
public:
    HttpsConnection(std::string host, std::string port, ssl::context& tls, std::size_t max_response_bytes);

    /// Sends one request and reads its response, connecting first if needed. On failure the
    /// connection is dropped so that the next exchange starts afresh.
    std::optional<TransportFailure> exchange(http::request<http::string_body>& req,
                                             http::response<http::string_body>& res,
                                             std::chrono::milliseconds timeout);

private:
    std::optional<TransportFailure> connect(std::chrono::steady_clock::time_point deadline);
    void drop();

    std::string host_, port_;
    ssl::context& tls_;
    std::size_t max_response_bytes_;
    boost::asio::io_context ioc_;
    std::unique_ptr<beast::ssl_stream<beast::tcp_stream>> stream_;
    beast::flat_buffer buffer_;
};

}  // namespace cardex::sync::detail
