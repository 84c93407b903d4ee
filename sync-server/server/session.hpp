// One TLS connection (Boost.Beast advanced_server_flex style): handshake, read a request's header
// and, unless the header alone refuses it (an unauthenticated call), its body within its deadline,
// hand it to the API on the register's thread, write the answer, keep alive or close.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <vector>
#include <memory>
#include <optional>

#include <boost/asio/ssl.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "api.hpp"
#include "config.hpp"
#include "durable_answers.hpp"
#include "metrics.hpp"

namespace cardex::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;

/// Requests waiting for the register's thread. Whatever queued up while it was busy is handled in
/// one transaction (group commit), so N concurrent batches cost one fsync instead of N.
class RegisterQueue {
public:
    using Done = DurableAnswers::Send;
    /// Answers go out through `durable` (once what they acknowledge is on disk).
    RegisterQueue(Api& api, net::thread_pool& thread, DurableAnswers& durable)
        : api_(api), thread_(thread), durable_(durable) {}
    /// Prepares the request on the caller's thread (Api::prepare), then queues it for the
    /// register's thread, which answers a whole queue in one group commit.
    void submit(ApiRequest request, Done done);

private:
    void drain();
    struct Job {
        ApiRequest request;
        Done done;
    };
    Api& api_;
    net::thread_pool& thread_;
    DurableAnswers& durable_;
    std::mutex mutex_;
    std::vector<Job> jobs_;
    bool scheduled_ = false;
};

/// What every session shares with the server.
struct SessionContext {
    const ServerConfig& config;
    Api& api;
    Metrics& metrics;
    RegisterQueue& register_queue;
    std::atomic<int> in_flight{0};        ///< requests handed to the API and not yet answered
    std::atomic<bool> stopping{false};    ///< graceful stop: answer, then close
};

class Session : public std::enable_shared_from_this<Session> {
public:
    Session(net::ip::tcp::socket&& socket, ssl::context& tls, SessionContext& context);
    ~Session();
    void run();

private:
    void on_run();
    void on_handshake(beast::error_code ec);
    void wait_for_request();
    void on_first_bytes(beast::error_code ec, std::size_t n);
    void read_request();
    void on_header(beast::error_code ec, std::size_t n);
    void read_body();
    void on_read(beast::error_code ec, std::size_t n);
    /// Answers a failed read (timeout, limits, bad HTTP) or closes; false when there was none.
    bool read_failed(beast::error_code ec);
    void dispatch_request();
    void on_answer(ApiResponse response);
    void answered(const std::string& method, const std::string& route, int status, std::size_t bytes_in,
                  std::size_t bytes_out);
    void send(http::response<http::string_body> res);
    void on_write(bool keep_alive, beast::error_code ec, std::size_t n);
    void refuse(http::status status, const std::string& title, const std::string& detail);
    /// Answers and closes. `body_unread`: refused from its header, the request's announced body
    /// is still to come and is drained (linger) rather than cut off.
    void refuse(ApiResponse answer, bool body_unread);
    void set_linger_bounds(bool body_unread);
    void linger();
    void on_linger(beast::error_code ec, std::size_t n);
    void close();
    void on_shutdown(beast::error_code ec);

    beast::ssl_stream<beast::tcp_stream> stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    std::shared_ptr<http::response<http::string_body>> response_;
    SessionContext& context_;
    std::string remote_;
    std::chrono::steady_clock::time_point started_;
    std::size_t request_bytes_ = 0;  ///< body of the request being answered (moved to the API)
    bool closing_ = false;
    bool linger_before_close_ = false;  ///< a refused request's unread rest is drained first (linger)
    std::size_t lingered_bytes_ = 0;
    std::size_t linger_limit_ = 0;                       ///< bytes drained at most
    std::chrono::steady_clock::time_point linger_until_;  ///< and for at most this long
};

}  // namespace cardex::server
