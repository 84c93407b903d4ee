#include "server_process.hpp"

#include <csignal>
#include <cstring>
#include <poll.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>

#include <nlohmann/json.hpp>

#include "process.hpp"

namespace cardex::test {

const DevCerts& dev_certs() {
    static TempDir dir;
    static DevCerts certs = [] {
        auto r = run_process({"/bin/bash", CARDEX_SOURCE_DIR "/deploy/make-dev-certs.sh", dir.path().string()});
        if (r.exit_code != 0) throw std::runtime_error("make-dev-certs.sh failed: " + r.err);
        return DevCerts{dir.path(), dir.path() / "ca.crt", dir.path() / "server.crt", dir.path() / "server.key"};
    }();
    return certs;
}

ServerProcess::ServerProcess(const std::filesystem::path& data_dir, const std::vector<std::string>& extra) {
    const auto& certs = dev_certs();
    std::vector<std::string> args = {CARDEX_SERVER, "--listen", "127.0.0.1:0", "--data-dir", data_dir.string(),
                                     "--tls-cert", certs.cert.string(), "--tls-key", certs.key.string(), "--threads", "2"};
    args.insert(args.end(), extra.begin(), extra.end());
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
        dup2(pipe_fds[1], STDOUT_FILENO);
        close(pipe_fds[0]);
        close(pipe_fds[1]);
        std::vector<char*> argv;
        for (auto& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(pipe_fds[1]);
    out_fd_ = pipe_fds[0];
    reader_ = std::thread([this] { drain(); });
    // A big register first takes a while to warm up: benchmarks start servers on a million records.
    for (int waited = 0; waited < 300000; waited += 20) {
        port_ = listening_port(output());
        if (port_ != 0) return;
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    auto log = output();
    stop(SIGKILL);
    throw std::runtime_error("cardex-server did not start: " + log);
}

void ServerProcess::drain() {
    char buf[4096];
    for (;;) {
        auto n = read(out_fd_, buf, sizeof buf);
        if (n <= 0) return;
        std::lock_guard lock(mutex_);
        out_.append(buf, static_cast<std::size_t>(n));
    }
}

std::string ServerProcess::output() const {
    std::lock_guard lock(mutex_);
    return out_;
}

int ServerProcess::stop(int signal) {
    if (pid_ > 0) {
        kill(pid_, signal);
        int status = 0;
        waitpid(pid_, &status, 0);
        pid_ = -1;
        last_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    if (reader_.joinable()) reader_.join();  // the pipe closed with the process
    if (out_fd_ >= 0) close(out_fd_);
    out_fd_ = -1;
    return last_status_;
}

ServerProcess::~ServerProcess() { stop(SIGKILL); }

std::string enrolment_code(const std::filesystem::path& data_dir, const std::string& hotel, const std::string& name) {
    auto r = run_process({CARDEXCTL, "--data-dir", data_dir.string(), "device", "enroll", "--hotel", hotel, "--name", name, "--json"});
    if (r.exit_code != 0) throw std::runtime_error("cardexctl device enroll failed: " + r.err);
    return nlohmann::json::parse(r.out)["code"].get<std::string>();
}

}  // namespace cardex::test
