#include "kiosk_server.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <nlohmann/json.hpp>

namespace cardex::test {

namespace {
std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

KioskServerPaths KioskServer::default_paths() {
#if defined(CARDEX_SERVER) && defined(CARDEXCTL) && defined(CARDEX_MAKE_DEV_CERTS)
    return {CARDEX_SERVER, CARDEXCTL, CARDEX_MAKE_DEV_CERTS};
#else
    throw std::runtime_error("KioskServer: binary paths not compiled in");
#endif
}

KioskServer::KioskServer(KioskServerPaths paths, std::vector<std::string> extra_args)
    : paths_(std::move(paths)), extra_(std::move(extra_args)) {
    auto r = run_process({"/bin/bash", paths_.make_dev_certs, certs_.path().string()});
    if (r.exit_code != 0) throw std::runtime_error("make-dev-certs failed: " + r.err);
    start();
}

KioskServer::~KioskServer() {
    if (pid_ > 0) stop(SIGTERM);
}

void KioskServer::start() {
    // A fresh file per start: reading the previous run's "listening" line would be a false start.
    ++starts_;
    auto out = logs_.path() / ("server-" + std::to_string(starts_) + ".out");
    auto err = logs_.path() / ("server-" + std::to_string(starts_) + ".err");
    std::vector<std::string> argv = {paths_.server_binary,
                                     "--listen", "127.0.0.1:" + std::to_string(port_),
                                     "--data-dir", data_.path().string(),
                                     "--tls-cert", (certs_.path() / "server.crt").string(),
                                     "--tls-key", (certs_.path() / "server.key").string()};
    argv.insert(argv.end(), extra_.begin(), extra_.end());
    pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (o < 0 || e < 0) _exit(126);
        dup2(o, 1);
        dup2(e, 2);
        std::vector<char*> args;
        for (auto& a : argv) args.push_back(a.data());
        args.push_back(nullptr);
        execv(args[0], args.data());
        _exit(127);
    }
    pid_ = pid;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (std::chrono::steady_clock::now() < deadline) {
        if (auto port = listening_port(slurp(out)); port != 0) {
            port_ = port;
            return;
        }
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("cardex-server exited at start: " + slurp(err));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    stop(SIGKILL);
    throw std::runtime_error("cardex-server did not start within 15 s: " + slurp(err));
}

void KioskServer::stop(int signal) {
    if (pid_ <= 0) return;
    ::kill(pid_, signal);
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0) {
    }
    pid_ = -1;
}

void KioskServer::restart() {
    if (pid_ > 0) stop(SIGTERM);
    // The port may linger in TIME_WAIT for a moment even with SO_REUSEADDR on some kernels: retry.
    for (int attempt = 0;; ++attempt) {
        try {
            start();
            return;
        } catch (const std::exception&) {
            if (attempt >= 20) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
}

std::string KioskServer::cardexctl(const std::vector<std::string>& args) const {
    std::vector<std::string> argv = {paths_.cardexctl_binary, "--data-dir", data_.path().string()};
    argv.insert(argv.end(), args.begin(), args.end());
    auto r = run_process(argv);
    if (r.exit_code != 0) throw std::runtime_error("cardexctl failed (" + std::to_string(r.exit_code) + "): " + r.err);
    return r.out;
}

std::string KioskServer::enrolment_code(const std::string& hotel, const std::string& name) const {
    auto out = cardexctl({"device", "enroll", "--hotel", hotel, "--name", name, "--json"});
    return nlohmann::json::parse(out).at("code").get<std::string>();
}

}  // namespace cardex::test
