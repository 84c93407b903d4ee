// bench_disk_fsync: does this disk keep a WAL's fsync short while another file is written?
//
//   bench_disk_fsync [--dir DIR] [--seconds S] [--append-kib K] [--background-mb-s M]
//                    [--background-sync-ms T] [--background-file-mib F] [--wal-grows]
//                    [--background-grows] [--background-trickle-ms R]
//
// The server answers a tablet only once its card's WAL frames are on disk (a durability thread
// fdatasyncs the WAL, server/durable_answers.cpp), while the checkpoint thread writes pages at
// random into the database file and fsyncs it. This program does the same with plain files and no
// SQLite: one thread appends K KiB to "wal" and fdatasyncs it, about 200 times a second; another
// writes 4 KiB pages at random places of a F MiB "db" at M MB/s and fdatasyncs it every T ms
// (T = 0: never, the kernel writes it back when it likes). Variants: the WAL never starts again
// (each sync also extends the file), the other file grows instead of being overwritten (a
// checkpoint of new records), and the other file's writeback is started every R ms
// (sync_file_range) so that its fsync finds little left. It prints the WAL's sync latencies, so
// that a stall of the disk can be told from one of the server (docs/performance.md, "Sync server").
// The last line is machine-readable:
//   RESULT disk_fsync syncs=<n> p50_ms=<ms> p99_ms=<ms> p999_ms=<ms> max_ms=<ms> over_100ms=<n>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

namespace {

using Clock = std::chrono::steady_clock;

struct File {
    int fd = -1;
    File(const std::filesystem::path& path, int flags) : fd(::open(path.c_str(), flags, 0644)) {
        if (fd < 0) throw std::runtime_error("cannot open " + path.string());
    }
    ~File() { ::close(fd); }
    File(const File&) = delete;
    File& operator=(const File&) = delete;
};

void write_all(int fd, const char* data, std::size_t size, off_t at) {
    while (size > 0) {
        ssize_t n = ::pwrite(fd, data, size, at);
        if (n <= 0) throw std::runtime_error("write failed");
        data += n, size -= static_cast<std::size_t>(n), at += n;
    }
}

// The "database": a file of its full size on disk first, so that the random writes overwrite it.
void fill(const File& db, off_t size) {
    std::vector<char> chunk(1 << 20, 1);
    for (off_t at = 0; at < size; at += static_cast<off_t>(chunk.size())) write_all(db.fd, chunk.data(), chunk.size(), at);
    if (::fdatasync(db.fd) != 0) throw std::runtime_error("fdatasync of the other file failed");
}

void random_writes(const File& db, off_t size, double mb_per_s, int sync_ms, bool grow, int trickle_ms,
                   const std::atomic<bool>& stop) {
    std::mt19937_64 rng(1);
    std::vector<char> page(4096, 7);
    const auto start = Clock::now();
    auto last_sync = start, last_trickle = start;
    double written = 0;
    while (!stop) {
        const double due = std::chrono::duration<double>(Clock::now() - start).count() * mb_per_s * 1e6;
        if (written < due) {
            // Growing: every page lands past the end, as a checkpoint of new records extends the file.
            const off_t at = grow ? size + static_cast<off_t>(written) : static_cast<off_t>(rng() % (size / 4096)) * 4096;
            write_all(db.fd, page.data(), page.size(), at);
            written += 4096;
        } else {
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        }
        if (trickle_ms > 0 && Clock::now() - last_trickle > std::chrono::milliseconds(trickle_ms)) {
            if (::sync_file_range(db.fd, 0, 0, SYNC_FILE_RANGE_WRITE) != 0) throw std::runtime_error("sync_file_range failed");
            last_trickle = Clock::now();
        }
        if (sync_ms > 0 && Clock::now() - last_sync > std::chrono::milliseconds(sync_ms)) {
            if (::fdatasync(db.fd) != 0) throw std::runtime_error("fdatasync of the other file failed");
            last_sync = Clock::now();
        }
    }
}

double at_rank(const std::vector<double>& sorted, double q) {
    return sorted[std::min(sorted.size() - 1, static_cast<std::size_t>(q * static_cast<double>(sorted.size())))];
}

}  // namespace

int main(int argc, char** argv) {
    std::string dir = std::filesystem::temp_directory_path().string();
    int seconds = 30, append_kib = 200, sync_ms = 400, file_mib = 300;
    double mb_per_s = 40;
    bool wal_grows = false, db_grows = false;
    int trickle_ms = 0;
    CLI::App app{"bench_disk_fsync: a WAL's fdatasync latency while another file takes random writes"};
    app.add_option("--dir", dir, "Directory on the disk to measure (two files are made and removed)")->capture_default_str();
    app.add_option("--seconds", seconds, "Length of the run")->capture_default_str()->check(CLI::Range(1, 3600));
    app.add_option("--append-kib", append_kib, "KiB appended to the WAL before each sync")->capture_default_str()->check(CLI::Range(1, 65536));
    app.add_option("--background-mb-s", mb_per_s, "MB/s of random 4 KiB writes into the other file (0: none)")
        ->capture_default_str()->check(CLI::Range(0.0, 10000.0));
    app.add_option("--background-sync-ms", sync_ms, "fdatasync of the other file every T ms (0: never)")
        ->capture_default_str()->check(CLI::Range(0, 600000));
    app.add_option("--background-file-mib", file_mib, "Size of the other file")->capture_default_str()->check(CLI::Range(1, 1 << 20));
    app.add_flag("--wal-grows", wal_grows, "Never start the WAL again: every sync also extends the file");
    app.add_flag("--background-grows", db_grows, "Write the other file's pages past its end instead of over it");
    app.add_option("--background-trickle-ms", trickle_ms, "Start the writeback of the other file's dirty pages every T ms (0: never)")
        ->capture_default_str()->check(CLI::Range(0, 600000));
    CLI11_PARSE(app, argc, argv);

    try {
        const std::filesystem::path wal_path = std::filesystem::path(dir) / "bench_disk_fsync.wal";
        const std::filesystem::path db_path = std::filesystem::path(dir) / "bench_disk_fsync.db";
        File wal(wal_path, O_RDWR | O_CREAT | O_TRUNC);
        File db(db_path, O_RDWR | O_CREAT | O_TRUNC);
        const off_t db_size = static_cast<off_t>(file_mib) << 20;
        if (mb_per_s > 0) fill(db, db_size);

        std::atomic<bool> stop{false};
        std::string background_error;  // set by the background thread before it ends, read after the join
        std::thread background;
        if (mb_per_s > 0)
            background = std::thread([&] {
                try {
                    random_writes(db, db_size, mb_per_s, sync_ms, db_grows, trickle_ms, stop);
                } catch (const std::exception& e) {
                    background_error = e.what();
                }
            });
        // Stops and joins the background thread however this scope is left (a failed write throws).
        struct Joiner {
            std::atomic<bool>& stop;
            std::thread& thread;
            void operator()() {
                stop = true;
                if (thread.joinable()) thread.join();
            }
            ~Joiner() { (*this)(); }
        } joiner{stop, background};

        // Like the server's WAL: appended, and started again from its beginning past 64 MiB.
        std::vector<char> frames(static_cast<std::size_t>(append_kib) * 1024, 3);
        std::vector<double> ms;
        off_t at = 0;
        for (const auto end = Clock::now() + std::chrono::seconds(seconds); Clock::now() < end;) {
            write_all(wal.fd, frames.data(), frames.size(), at);
            at += static_cast<off_t>(frames.size());
            if (!wal_grows && at > (64 << 20)) at = 0;
            const auto t0 = Clock::now();
            if (::fdatasync(wal.fd) != 0) throw std::runtime_error("fdatasync of the WAL file failed");
            ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
            std::this_thread::sleep_for(std::chrono::milliseconds(4));
        }
        joiner();
        if (!background_error.empty()) throw std::runtime_error(background_error);
        std::filesystem::remove(wal_path);
        std::filesystem::remove(db_path);

        std::sort(ms.begin(), ms.end());
        const auto over = std::count_if(ms.begin(), ms.end(), [](double v) { return v > 100; });
        std::printf("background %.0f MB/s, its sync every %d ms; WAL: %d KiB per sync\n", mb_per_s, sync_ms, append_kib);
        std::printf("RESULT disk_fsync syncs=%zu p50_ms=%.1f p99_ms=%.1f p999_ms=%.1f max_ms=%.1f over_100ms=%ld\n", ms.size(),
                    at_rank(ms, 0.5), at_rank(ms, 0.99), at_rank(ms, 0.999), ms.back(), static_cast<long>(over));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_disk_fsync: %s\n", e.what());
        return 1;
    }
    return 0;
}
