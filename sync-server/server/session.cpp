#include "session.hpp"

#include <cmath>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>

#include "log.hpp"

namespace cardex::server {

namespace {
constexpr auto kLingerTime = std::chrono::seconds(2);
constexpr std::size_t kLingerBytes = 1 << 20;
}  // namespace

void RegisterQueue::submit(ApiRequest request, Done done) {
    api_.prepare(request);  // here, on the connection's thread: the register's thread has one core
    std::lock_guard lock(mutex_);
    jobs_.push_back({std::move(request), std::move(done)});
    if (scheduled_) return;
    scheduled_ = true;
    net::post(thread_, [this] { drain(); });
}

void RegisterQueue::drain() {
    std::vector<Job> jobs;
    {
        std::lock_guard lock(mutex_);
        jobs.swap(jobs_);
        scheduled_ = false;
    }
    if (jobs.empty()) return;
    if (jobs.size() == 1) {
        // Alone, a request runs in its own transactions: a read (health, an operator's search)
        // takes no write lock, so a cardexctl import does not hold it up.
        const auto started = std::chrono::steady_clock::now();
        auto answer = api_.handle(jobs[0].request);
        const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - started;
        if (took > std::chrono::milliseconds(250))
            log::warn("slow_request", {{"route", answer.route}, {"status", answer.status}, {"ms", std::round(took.count())}});
        std::vector<std::pair<ApiResponse, Done>> one;
        one.emplace_back(std::move(answer), std::move(jobs[0].done));
        durable_.send_when_durable(std::move(one));
        return;
    }
    std::vector<ApiRequest> requests;
    for (auto& j : jobs) requests.push_back(std::move(j.request));
    auto answers = api_.handle_group(requests);
    std::vector<std::pair<ApiResponse, Done>> out;
    for (std::size_t i = 0; i < jobs.size(); ++i) out.emplace_back(std::move(answers[i]), std::move(jobs[i].done));
    durable_.send_when_durable(std::move(out));
}

Session::Session(net::ip::tcp::socket&& socket, ssl::context& tls, SessionContext& context)
    : stream_(std::move(socket), tls), context_(context) {
    beast::error_code ec;
    auto endpoint = beast::get_lowest_layer(stream_).socket().remote_endpoint(ec);
    remote_ = ec ? "unknown" : endpoint.address().to_string();
    context_.metrics.connection_opened();
}

Session::~Session() { context_.metrics.connection_closed(); }

void Session::run() {
    // Everything of this session runs on its strand (the stream's executor).
    net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::on_run, shared_from_this()));
}

void Session::on_run() {
    beast::get_lowest_layer(stream_).expires_after(context_.config.limits.handshake_timeout);
    stream_.async_handshake(ssl::stream_base::server, beast::bind_front_handler(&Session::on_handshake, shared_from_this()));
}

void Session::on_handshake(beast::error_code ec) {
    if (ec) {
        if (ec == beast::error::timeout) context_.metrics.timeout();
        else context_.metrics.tls_handshake_failed();
        return;  // nothing to say to a peer that cannot speak TLS
    }
    wait_for_request();
}

// Between requests a connection may sit idle for idle_timeout; once the first byte of a request
// arrives, the whole request must follow within request_timeout (slow clients are cut off).
void Session::wait_for_request() {
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(context_.config.limits.header_bytes));
    parser_->body_limit(context_.config.limits.body_bytes);
    if (buffer_.size() > 0) return read_request();  // a pipelined request is already here
    beast::get_lowest_layer(stream_).expires_after(context_.config.limits.idle_timeout);
    stream_.async_read_some(buffer_.prepare(2048), beast::bind_front_handler(&Session::on_first_bytes, shared_from_this()));
}

void Session::on_first_bytes(beast::error_code ec, std::size_t n) {
    if (ec) {
        if (ec == beast::error::timeout) context_.metrics.timeout();
        return close();
    }
    buffer_.commit(n);
    read_request();
}

void Session::read_request() {
    started_ = std::chrono::steady_clock::now();
    // One deadline for the header and the body together: the request must arrive whole in time.
    beast::get_lowest_layer(stream_).expires_after(context_.config.limits.request_timeout);
    http::async_read_header(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_header, shared_from_this()));
}

// What the header alone decides, before a byte of the body is read: the HTTP version and Host, and
// whether the request can be authenticated at all. An unauthenticated upload would otherwise cost
// a 2 MiB read and a JSON parse before the register's thread refused it.
void Session::on_header(beast::error_code ec, std::size_t) {
    if (read_failed(ec)) return;
    // The protocol is HTTP/1.1 (protocol.md), whose requests name their host (RFC 9112 §3.2).
    const auto& req = parser_->get();
    if (req.version() != 11) return refuse(problem(400, "Bad Request", "the server speaks HTTP/1.1 only"), true);
    if (req.count(http::field::host) != 1)
        return refuse(problem(400, "Bad Request", "an HTTP/1.1 request has exactly one Host header"), true);
    if (auto refused = context_.api.refusal_before_body(std::string(req.method_string()), std::string(req.target()),
                                                        std::string(req[http::field::authorization])))
        return refuse(std::move(*refused), true);
    read_body();
}

void Session::read_body() {
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_read, shared_from_this()));
}

void Session::on_read(beast::error_code ec, std::size_t) {
    if (read_failed(ec)) return;
    dispatch_request();
}

bool Session::read_failed(beast::error_code ec) {
    if (!ec) return false;
    if (ec == http::error::end_of_stream) {
        close();
    } else if (ec == beast::error::timeout) {
        context_.metrics.timeout();
        close();  // the socket is closed by the expiry; nothing can be written any more
    } else if (ec == http::error::body_limit || ec == http::error::header_limit || ec == http::error::buffer_overflow) {
        refuse(http::status::payload_too_large, "Content Too Large",
               "the request is over the server's limits (body " + std::to_string(context_.config.limits.body_bytes) +
                   " bytes, header " + std::to_string(context_.config.limits.header_bytes) + " bytes)");
    } else if (ec == net::ssl::error::stream_truncated || ec == net::error::connection_reset || ec == net::error::eof) {
        close();
    } else {
        refuse(http::status::bad_request, "Bad Request", "the request is not valid HTTP/1.1");
    }
    return true;
}

void Session::dispatch_request() {
    auto& req = parser_->get();
    ApiRequest api_req;
    api_req.method = std::string(req.method_string());
    api_req.target = std::string(req.target());
    api_req.authorization = std::string(req[http::field::authorization]);
    api_req.content_type = std::string(req[http::field::content_type]);
    request_bytes_ = req.body().size();
    api_req.body = std::move(req.body());
    api_req.remote = remote_;
    ++context_.in_flight;
    // The register has one owner thread: the API runs there, and the answer comes back to this
    // session's strand. I/O threads never wait on the database.
    context_.register_queue.submit(std::move(api_req), [self = shared_from_this()](ApiResponse response) {
        net::post(self->stream_.get_executor(),
                  [self, response = std::move(response)]() mutable { self->on_answer(std::move(response)); });
    });
}

void Session::on_answer(ApiResponse response) {
    auto& req = parser_->get();
    http::response<http::string_body> res{static_cast<http::status>(response.status), req.version()};
    res.set(http::field::server, "cardex-server");
    res.set(http::field::content_type, response.content_type);
    res.set(http::field::cache_control, "no-store");  // answers carry personal data
    for (const auto& [k, v] : response.headers) res.set(k, v);
    res.keep_alive(req.keep_alive() && !context_.stopping.load());
    res.body() = std::move(response.body);
    res.prepare_payload();
    answered(std::string(req.method_string()), response.route, response.status, request_bytes_, res.body().size());
    send(std::move(res));
}

// Metrics and the log line of one answer. The route is the template ("other" for unknown paths),
// never the target: a look-up's query string carries a last name.
void Session::answered(const std::string& method, const std::string& route, int status, std::size_t bytes_in,
                       std::size_t bytes_out) {
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    context_.metrics.request(route, status, seconds);
    log::info("request", {{"method", method},
                          {"route", route},
                          {"status", status},
                          {"ms", std::round(seconds * 10000) / 10},
                          {"bytes_in", bytes_in},
                          {"bytes_out", bytes_out}});
}

void Session::refuse(http::status status, const std::string& title, const std::string& detail) {
    refuse(problem(static_cast<int>(status), title, detail), false);
}

void Session::refuse(ApiResponse answer, bool body_unread) {
    const auto status = static_cast<http::status>(answer.status);
    http::response<http::string_body> res{status, 11};
    res.set(http::field::server, "cardex-server");
    res.set(http::field::content_type, answer.content_type);
    for (const auto& [k, v] : answer.headers) res.set(k, v);
    res.keep_alive(false);  // the rest of the stream cannot be trusted
    res.body() = std::move(answer.body);
    res.prepare_payload();
    answered(parser_ ? std::string(parser_->get().method_string()) : std::string(), answer.route, answer.status, 0,
             res.body().size());
    linger_before_close_ = true;
    set_linger_bounds(body_unread);
    ++context_.in_flight;  // balanced in on_write like an API answer
    send(std::move(res));
}

// A refused request's body that the header announced within the limit is drained whole, within
// the request's own deadline: the client is still sending it and must get to read the answer, and
// the server would have read that much anyway (now nothing of it is kept or parsed). Anything else,
// a body over the limit included, is drained as a 413's always was: briefly and up to a bound.
void Session::set_linger_bounds(bool body_unread) {
    const auto now = std::chrono::steady_clock::now();
    linger_limit_ = kLingerBytes;
    linger_until_ = now + kLingerTime;
    if (!body_unread || !parser_) return;
    const auto& limits = context_.config.limits;
    const auto announced = parser_->content_length();
    if (parser_->chunked()) {
        linger_limit_ = limits.body_bytes;
    } else if (!announced) {
        linger_limit_ = 0;  // a request with neither Content-Length nor chunks has no body (RFC 9112 §6.3)
        return;
    } else if (*announced <= limits.body_bytes) {
        // What the header read buffered already is part of it.
        linger_limit_ = static_cast<std::size_t>(*announced) - std::min<std::size_t>(buffer_.size(), *announced);
    } else {
        return;
    }
    linger_until_ = std::max(started_ + limits.request_timeout, now + kLingerTime);
}

void Session::send(http::response<http::string_body> res) {
    bool keep_alive = res.keep_alive();
    response_ = std::make_shared<http::response<http::string_body>>(std::move(res));
    beast::get_lowest_layer(stream_).expires_after(context_.config.limits.request_timeout);
    http::async_write(stream_, *response_, beast::bind_front_handler(&Session::on_write, shared_from_this(), keep_alive));
}

void Session::on_write(bool keep_alive, beast::error_code ec, std::size_t) {
    --context_.in_flight;
    response_.reset();
    if (ec) return close();
    if (!keep_alive) return linger_before_close_ ? linger() : close();
    wait_for_request();
}

// A refused request may leave the rest of its body unsent or unread (a 413 goes out as soon as the
// header announces too much). Closing a socket with unread bytes makes the kernel send a reset,
// which can destroy the answer before the client has read it (RFC 9112 §9.6): so read and discard
// what the client still sends, for a short while and up to a bound, then close.
void Session::linger() {
    if (linger_limit_ == 0) return close();  // nothing more is to come
    beast::get_lowest_layer(stream_).expires_at(linger_until_);
    stream_.async_read_some(buffer_.prepare(16384), beast::bind_front_handler(&Session::on_linger, shared_from_this()));
}

void Session::on_linger(beast::error_code ec, std::size_t n) {
    lingered_bytes_ += n;  // nothing is committed to buffer_: the next read overwrites it
    if (ec || lingered_bytes_ >= linger_limit_) return close();
    stream_.async_read_some(buffer_.prepare(16384), beast::bind_front_handler(&Session::on_linger, shared_from_this()));
}

void Session::close() {
    if (closing_) return;
    closing_ = true;
    beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(5));
    stream_.async_shutdown(beast::bind_front_handler(&Session::on_shutdown, shared_from_this()));
}

void Session::on_shutdown(beast::error_code) {
    beast::error_code ignored;
    beast::get_lowest_layer(stream_).socket().close(ignored);
}

}  // namespace cardex::server
