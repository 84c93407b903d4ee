#include "server_process.hpp"

#include <csignal>
#include <cstring>
#include <poll.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

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
    // Wait for "cardex-server: listening on https://127.0.0.1:PORT" (a big register first takes a
    // while to warm up; benchmarks start servers on a million records).
    std::string out;
    auto listening = [&] { return out.find("listening on") != std::string::npos && out.find('\n', out.find("listening on")) != std::string::npos; };
    for (int waited = 0; waited < 300000 && !listening(); waited += 50) {
        pollfd p{out_fd_, POLLIN, 0};
        if (poll(&p, 1, 50) > 0) {
            char buf[256];
            auto n = read(out_fd_, buf, sizeof buf);
            if (n <= 0) break;
            out.append(buf, static_cast<std::size_t>(n));
        }
    }
    auto at = out.find("127.0.0.1:", out.find("listening on"));
    if (at == std::string::npos) {
        stop(SIGKILL);
        throw std::runtime_error("cardex-server did not start: " + out);
    }
    port_ = static_cast<unsigned short>(std::stoi(out.substr(at + 10)));
}

int ServerProcess::stop(int signal) {
    if (pid_ <= 0) return -1;
    kill(pid_, signal);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    if (out_fd_ >= 0) close(out_fd_);
    out_fd_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

ServerProcess::~ServerProcess() { stop(SIGKILL); }

std::string enrolment_code(const std::filesystem::path& data_dir, const std::string& hotel, const std::string& name) {
    auto r = run_process({CARDEXCTL, "--data-dir", data_dir.string(), "device", "enroll", "--hotel", hotel, "--name", name, "--json"});
    if (r.exit_code != 0) throw std::runtime_error("cardexctl device enroll failed: " + r.err);
    return nlohmann::json::parse(r.out)["code"].get<std::string>();
}

}  // namespace cardex::test
