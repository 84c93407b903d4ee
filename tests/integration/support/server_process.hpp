// A real cardex-server on loopback for integration tests: ephemeral port, its own data directory,
// development certificates from deploy/make-dev-certs.sh.
#pragma once

#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <sys/types.h>

namespace cardex::test {

/// Certificates made once per test run (deploy/make-dev-certs.sh into a temp dir).
struct DevCerts {
    std::filesystem::path dir, ca, cert, key;
};
const DevCerts& dev_certs();

class ServerProcess {
public:
    /// Starts `cardex-server --listen 127.0.0.1:0 --data-dir DATA …` plus `extra` flags and waits
    /// for its "listening" line. Throws std::runtime_error when it does not come up.
    explicit ServerProcess(const std::filesystem::path& data_dir, const std::vector<std::string>& extra = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    unsigned short port() const { return port_; }
    std::string url() const { return "https://127.0.0.1:" + std::to_string(port_); }
    /// Sends `signal` and waits for the process; returns its exit status (128 + signal if killed).
    int stop(int signal);
    bool running() const { return pid_ > 0; }
    pid_t pid() const { return pid_; }
    /// Everything the server wrote to standard output so far (its structured log).
    std::string output() const;

private:
    /// Reads the server's standard output until it closes: the server must never block on a full
    /// pipe (it logs a line per request).
    void drain();

    pid_t pid_ = -1;
    int last_status_ = -1;
    int out_fd_ = -1;
    unsigned short port_ = 0;
    mutable std::mutex mutex_;
    std::string out_;
    std::thread reader_;
};


/// Runs `cardexctl --data-dir DIR device enroll --hotel H --name N --json` and returns the code.
std::string enrolment_code(const std::filesystem::path& data_dir, const std::string& hotel, const std::string& name);

}  // namespace cardex::test
