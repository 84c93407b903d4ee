// A cardex-server on loopback for the kiosk sync tests and the outbox benchmark: its own data dir
// and development certificates (deploy/make-dev-certs.sh), an ephemeral port that is kept when the
// server is restarted (so that a tablet's client sees the same server come back).
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/process.hpp"

namespace cardex::test {

struct KioskServerPaths {
    std::string server_binary, cardexctl_binary, make_dev_certs;
};

class KioskServer {
public:
    /// Starts the server; throws std::runtime_error when it does not come up within 15 s.
    explicit KioskServer(KioskServerPaths paths = default_paths(), std::vector<std::string> extra_args = {});
    ~KioskServer();
    KioskServer(const KioskServer&) = delete;
    KioskServer& operator=(const KioskServer&) = delete;

    std::string url() const { return "https://127.0.0.1:" + std::to_string(port_); }
    std::filesystem::path ca_file() const { return certs_.path() / "ca.crt"; }
    const std::filesystem::path& data_dir() const { return data_.path(); }

    /// Sends `signal` and waits for the process to end.
    void stop(int signal);
    /// Starts it again on the same port and data dir.
    void restart();
    /// Runs `cardexctl --data-dir DATA args…`; throws when it fails.
    std::string cardexctl(const std::vector<std::string>& args) const;
    /// A one-time enrolment code from `cardexctl device enroll --json`.
    std::string enrolment_code(const std::string& hotel, const std::string& name) const;

    static KioskServerPaths default_paths();

private:
    void start();

    KioskServerPaths paths_;
    std::vector<std::string> extra_;
    TempDir data_, certs_, logs_;
    pid_t pid_ = -1;
    unsigned short port_ = 0;
    int starts_ = 0;
};

}  // namespace cardex::test
