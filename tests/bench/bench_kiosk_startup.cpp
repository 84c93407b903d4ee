// bench_kiosk_startup — cold start of cardex-kiosk to its first frame, and its memory when idle,
// offscreen. Runs the real binary N times (default 5) and prints each run and the worst:
//   bench_kiosk_startup [--runs N] [--kiosk PATH]
// Start time: from fork() to the "first_frame_ms" line the kiosk prints (--report-startup) after the
// first frame of the welcome screen was rendered. Memory: VmRSS of the process 3 s later (idle).
// Targets (docs/performance.md): first frame ≤ 1.5 s, idle RSS ≤ 200 MiB.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>

#ifndef CARDEX_KIOSK
#define CARDEX_KIOSK "cardex-kiosk"
#endif

namespace {

long rss_kib(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

struct Run {
    double first_frame_ms = -1;  // wall clock, fork → first frame line
    long idle_rss_kib = -1;
};

Run run_once(const std::string& kiosk) {
    int out[2];
    if (pipe(out) != 0) return {};
    char data_dir[] = "/tmp/cardex-kiosk-bench-XXXXXX";
    if (!mkdtemp(data_dir)) return {};
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
        execl(kiosk.c_str(), kiosk.c_str(), "--report-startup", "--data-dir", data_dir, static_cast<char*>(nullptr));
        _exit(127);
    }
    close(out[1]);
    Run r;
    FILE* in = fdopen(out[0], "r");
    char line[256];
    while (in && std::fgets(line, sizeof line, in)) {
        if (std::string(line).rfind("first_frame_ms", 0) == 0) {
            r.first_frame_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            break;
        }
    }
    std::this_thread::sleep_for(std::chrono::seconds(3));
    r.idle_rss_kib = rss_kib(pid);
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);
    if (in) std::fclose(in);
    std::system((std::string("rm -rf ") + data_dir).c_str());
    return r;
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 5;
    std::string kiosk = CARDEX_KIOSK;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--runs") runs = std::atoi(argv[i + 1]);
        else if (a == "--kiosk") kiosk = argv[i + 1];
    }
    double worst_ms = 0;
    long worst_rss = 0;
    for (int i = 0; i < runs; ++i) {
        const Run r = run_once(kiosk);
        if (r.first_frame_ms < 0) {
            std::fprintf(stderr, "bench_kiosk_startup: run %d: no first frame reported\n", i + 1);
            return 1;
        }
        std::printf("run %d: first frame %.0f ms, idle RSS %.1f MiB\n", i + 1, r.first_frame_ms, r.idle_rss_kib / 1024.0);
        worst_ms = std::max(worst_ms, r.first_frame_ms);
        worst_rss = std::max(worst_rss, r.idle_rss_kib);
    }
    std::printf("worst: first frame %.0f ms (target ≤ 1500), idle RSS %.1f MiB (target ≤ 200)\n", worst_ms, worst_rss / 1024.0);
    return worst_ms <= 1500 && worst_rss <= 200 * 1024 ? 0 : 2;
}
