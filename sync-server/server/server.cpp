#include "server.hpp"

#include <fstream>
#include <thread>
#include <vector>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include "cardex/retention.hpp"
#include "retention_purge.hpp"
#include "log.hpp"
#include "session.hpp"

namespace cardex::server {

using tcp = net::ip::tcp;

struct Server::Impl {
    ServerConfig config;
    std::unique_ptr<rcu::Register> reg;
    Metrics metrics;
    std::unique_ptr<Api> api;
    unsigned threads = 1;
    // Declared before the I/O context, so destroyed after it: the context's destructor destroys
    // the handlers still pending (a session waiting for its client's TLS handshake when the
    // server stopped), and a session tells the metrics, through this, that it closed.
    std::unique_ptr<SessionContext> context;
    net::io_context ioc;
    ssl::context tls{ssl::context::tls_server};
    tcp::acceptor acceptor{net::make_strand(ioc)};
    net::signal_set signals{ioc, SIGINT, SIGTERM};
    net::steady_timer drain_timer{ioc};
    net::steady_timer purge_timer{ioc};
    net::thread_pool register_thread{1};
    std::unique_ptr<DurableAnswers> durable;  // outlives the queue that feeds it
    std::unique_ptr<RegisterQueue> queue;

    void accept() {
        acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
            if (ec) {
                if (!acceptor.is_open()) return;  // stopping
            } else if (metrics.open_connections() >= static_cast<std::int64_t>(config.limits.max_connections)) {
                refuse(std::move(socket));
            } else {
                socket.set_option(tcp::no_delay(true), ec);
                std::make_shared<Session>(std::move(socket), tls, *context)->run();
            }
            accept();
        });
    }

    // Over --max-connections a new connection is closed before its TLS handshake costs anything
    // (a tablet retries later). Logged at most every 10 s: a flood must not flood the log too.
    void refuse(tcp::socket socket) {
        beast::error_code ignored;
        socket.close(ignored);
        metrics.connection_refused();
        auto now = std::chrono::steady_clock::now();
        if (now - last_refusal_logged < std::chrono::seconds(10)) return;
        last_refusal_logged = now;
        log::warn("connections_refused", {{"max_connections", config.limits.max_connections}});
    }
    std::chrono::steady_clock::time_point last_refusal_logged{};

    // Registration cards past their keeping period are purged at start and every 6 hours, on the
    // register's thread like every other write (police-cards.md: enforced by the server). A run is
    // a chain of short steps (kPurgeStep records, one transaction each) with a pause of nine times
    // the step's own duration between them: the purge takes at most a tenth of the register's
    // thread, and an upload waits behind one step at most. The first purge after the upgrade to
    // schema 8 found 37,500 cards due in a 140,000-record register; run in one go (steps of 500,
    // back to back) it put a 2,000-cards/s load's p99 at 2.2 s (docs/performance.md).
    static constexpr std::size_t kPurgeStep = 50;
    void schedule_purge(std::chrono::seconds delay) {
        purge_timer.expires_after(delay);
        purge_timer.async_wait([this](beast::error_code ec) {
            if (ec || context->stopping) return;
            net::post(register_thread, [this] {
                if (purge_running) return;  // the previous run is still going through a backlog
                purge_running = true;
                purged_in_run = 0;
                purge_next_step(true);
            });
            schedule_purge(std::chrono::hours(6));
        });
    }

    // On the register thread only (purge_running, purged_in_run are its own).
    void purge_next_step(bool first) {
        if (context->stopping) {
            purge_running = false;
            return;
        }
        const auto started = std::chrono::steady_clock::now();
        auto r = purge_step(*reg, config.default_country, retention, std::chrono::system_clock::now(), "system:retention",
                            first, kPurgeStep);
        if (r) purged_in_run += r->cards;
        if (r && !r->failed.empty()) log::error("retention_purge_damaged", {{"records", r->failed}});
        if (r && r->more) {
            const auto took = std::chrono::steady_clock::now() - started;
            const auto pause = std::max<std::chrono::steady_clock::duration>(9 * took, std::chrono::milliseconds(20));
            // A timer of its own per step: this runs on the register's thread, the timer on the I/O
            // threads, and a fresh timer is shared with nothing.
            auto timer = std::make_shared<net::steady_timer>(ioc, pause);
            timer->async_wait([this, timer](beast::error_code ec) {
                if (ec) return;
                net::post(register_thread, [this] { purge_next_step(false); });
            });
            return;
        }
        purge_running = false;
        if (!r) log::error("retention_purge_failed", {{"error", r.error()}, {"cards", purged_in_run}});
        else if (purged_in_run) log::info("retention_purge", {{"cards", purged_in_run}, {"cutoff", r->cutoff}});
    }
    CardRetention retention;
    bool purge_running = false;
    std::size_t purged_in_run = 0;

    void begin_stop() {
        if (context->stopping.exchange(true)) return;
        log::lifecycle("stopping", {{"in_flight", context->in_flight.load()}});
        beast::error_code ec;
        acceptor.close(ec);
        purge_timer.cancel();
        drain();
    }

    // Finish what was handed to the register (an acknowledged batch is committed before its answer
    // is written), then stop. Idle keep-alive connections are simply dropped.
    void drain() {
        if (context->in_flight.load() == 0) {
            ioc.stop();
            return;
        }
        drain_timer.expires_after(std::chrono::milliseconds(50));
        drain_timer.async_wait([this](beast::error_code) { drain(); });
    }
};

Server::Server(ServerConfig config, std::unique_ptr<rcu::Register> reg) : impl_(std::make_unique<Impl>()) {
    impl_->config = std::move(config);
    impl_->reg = std::move(reg);
    impl_->api = std::make_unique<Api>(*impl_->reg, impl_->config, impl_->metrics);
    impl_->durable = std::make_unique<DurableAnswers>(impl_->reg->store().commit_sync());
    impl_->queue = std::make_unique<RegisterQueue>(*impl_->api, impl_->register_thread, *impl_->durable);
    impl_->context.reset(new SessionContext{impl_->config, *impl_->api, impl_->metrics, *impl_->queue, {}, {}});
    impl_->threads = impl_->config.threads ? impl_->config.threads : std::max(1u, std::thread::hardware_concurrency());
}

Server::~Server() {
    impl_->register_thread.join();
}

Result<bool, std::string> Server::start() {
    auto& c = impl_->config;
    auto& tls = impl_->tls;
    beast::error_code ec;
    auto retention = card_retention_for(c.default_country);
    if (!retention) return fail("--default-country: " + retention.error());
    impl_->retention = *retention;
    // A country without rules of its own gets France's card (police-cards.md), and keeps it as
    // France does; the operator is told once, at start, in case the code was a slip.
    if (!retention->own_rules)
        log::warn("default_country_without_card_rules",
                  {{"country", c.default_country}, {"card", "FR"}, {"keep_days", retention->days}});
    // TLS 1.2 and 1.3 only (protocol.md); idle connections give their buffers back to the pool.
    tls.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                    ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
    SSL_CTX_set_mode(tls.native_handle(), SSL_MODE_RELEASE_BUFFERS);
    tls.use_certificate_chain_file(c.tls_cert, ec);
    if (ec) return fail("--tls-cert " + c.tls_cert + ": " + ec.message());
    tls.use_private_key_file(c.tls_key, ssl::context::pem, ec);
    if (ec) return fail("--tls-key " + c.tls_key + ": " + ec.message());
    if (SSL_CTX_check_private_key(tls.native_handle()) != 1)
        return fail("--tls-key " + c.tls_key + " does not belong to the certificate " + c.tls_cert);

    auto address = net::ip::make_address(c.host, ec);
    if (ec) return fail("--listen: bad address \"" + c.host + "\"");
    tcp::endpoint endpoint{address, c.port};
    auto& acceptor = impl_->acceptor;
    acceptor.open(endpoint.protocol(), ec);
    if (!ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) acceptor.bind(endpoint, ec);
    if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) return fail("cannot listen on " + c.host + ":" + std::to_string(c.port) + ": " + ec.message());
    impl_->api->listening_on(acceptor.local_endpoint().port());  // --listen HOST:0 took a free one
    return true;
}

unsigned short Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::run() {
    auto& impl = *impl_;
    impl.signals.async_wait([&impl](beast::error_code ec, int) {
        if (!ec) impl.begin_stop();
    });
    impl.accept();
    impl.schedule_purge(std::chrono::seconds(5));
    std::vector<std::thread> workers;
    for (unsigned i = 1; i < impl.threads; ++i) workers.emplace_back([&impl] { impl.ioc.run(); });
    impl.ioc.run();
    for (auto& t : workers) t.join();
    impl.register_thread.join();  // anything still queued there finishes before run() returns
}

void Server::stop() {
    net::post(impl_->ioc, [this] { impl_->begin_stop(); });
}

}  // namespace cardex::server
