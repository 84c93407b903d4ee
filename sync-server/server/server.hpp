// cardex-server's network side: TLS listener, one session per connection, a thread pool for I/O
// and one thread that owns the register (SQLite has one writer; requests queue there, I/O does not).
#pragma once

#include <memory>
#include <string>

#include "cardex/rcu/register.hpp"
#include "cardex/result.hpp"
#include "config.hpp"

namespace cardex::server {

class Server {
public:
    Server(ServerConfig config, std::unique_ptr<rcu::Register> reg);
    ~Server();

    /// Loads the certificate and key, binds and listens. Errors name the file or address.
    Result<bool, std::string> start();
    /// The port actually bound (useful with --listen 127.0.0.1:0).
    unsigned short port() const;
    /// Serves until stop() or SIGTERM/SIGINT; in-flight requests finish, then it returns.
    void run();
    /// Thread-safe: asks run() to finish gracefully.
    void stop();

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace cardex::server
