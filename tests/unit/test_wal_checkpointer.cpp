// The register's background WAL checkpoint (rcu/wal_checkpointer.hpp), on real SQLite files.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include <sqlite3.h>

#include "rcu/wal_checkpointer.hpp"
#include "support/process.hpp"

using cardex::rcu::WalCheckpointer;
using cardex::test::TempDir;

namespace {

sqlite3* open_db(const std::filesystem::path& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    return db;
}

void exec(sqlite3* db, const std::string& sql) {
    char* error = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO(sql << ": " << (error ? error : ""));
    sqlite3_free(error);
    REQUIRE(rc == SQLITE_OK);
}

int pragma_int(sqlite3* db, const char* pragma) {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, pragma, -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    int v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

// One transaction of `rows` rows of 3 KiB: about one WAL frame (page) per row.
void write_rows(sqlite3* db, int rows) {
    exec(db, "BEGIN");
    for (int i = 0; i < rows; ++i) exec(db, "INSERT INTO t(v) VALUES (randomblob(3000))");
    exec(db, "COMMIT");
}

// A WAL database with an empty table, fully checkpointed: its file size is what nothing copied
// from the WAL leaves it at.
struct WalDb {
    TempDir dir;
    std::filesystem::path path = dir.path() / "db.sqlite";
    sqlite3* writer = open_db(path);
    std::uintmax_t empty_size = 0;
    WalDb() {
        exec(writer, "PRAGMA journal_mode = WAL");
        exec(writer, "CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB)");
        exec(writer, "PRAGMA wal_checkpoint(TRUNCATE)");
        empty_size = std::filesystem::file_size(path);
    }
    ~WalDb() { sqlite3_close(writer); }
};

// The database file only grows when a checkpoint copies pages from the WAL into it.
bool file_grows_beyond(const std::filesystem::path& path, std::uintmax_t size) {
    for (int i = 0; i < 200; ++i) {
        if (std::filesystem::file_size(path) > size) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

// The database file stops growing once a background pass has copied what the WAL held.
std::uintmax_t settled_size(const std::filesystem::path& path) {
    for (auto size = std::filesystem::file_size(path);;) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (std::filesystem::file_size(path) == size) return size;
        size = std::filesystem::file_size(path);
    }
}

}  // namespace

TEST_CASE("WalCheckpointer: the writer's commits never checkpoint, the background connection does", "[register][wal]") {
    WalDb db;
    sqlite3* writer = db.writer;
    const auto& path = db.path;
    const auto empty = db.empty_size;
    {
        std::string error;
        auto checkpointer = WalCheckpointer::start(writer, path.string(), 100, error);
        REQUIRE(checkpointer);
        CHECK(error.empty());
        // SQLite's own automatic checkpoint is off while the checkpointer runs.
        CHECK(pragma_int(writer, "PRAGMA wal_autocheckpoint") == 0);

        write_rows(writer, 50);  // under the threshold: nothing is asked for
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        CHECK(std::filesystem::file_size(path) == empty);

        write_rows(writer, 150);  // over it: the thread copies the WAL into the file
        CHECK(file_grows_beyond(path, empty));
    }
    // Stopped: the writer has its automatic checkpoint back, at the same threshold.
    CHECK(pragma_int(writer, "PRAGMA wal_autocheckpoint") == 100);
    CHECK(pragma_int(writer, "SELECT count(*) FROM t") == 200);
}

TEST_CASE("WalCheckpointer: a background pass is asked for once a threshold of frames is new", "[register][wal]") {
    using cardex::rcu::background_checkpoint_wanted;
    // threshold 100, bound 400
    CHECK_FALSE(background_checkpoint_wanted(99, 0, 100, 400));
    CHECK(background_checkpoint_wanted(100, 0, 100, 400));
    // A pass has copied 150 frames: the commits after it do not each ask for another.
    CHECK_FALSE(background_checkpoint_wanted(160, 150, 100, 400));
    CHECK_FALSE(background_checkpoint_wanted(249, 150, 100, 400));
    CHECK(background_checkpoint_wanted(250, 150, 100, 400));
    // Near the bound (its last half threshold) every new frame is copied, so that the writer's own
    // checkpoint at the bound finds little left.
    CHECK_FALSE(background_checkpoint_wanted(349, 340, 100, 400));
    CHECK(background_checkpoint_wanted(351, 350, 100, 400));
    CHECK_FALSE(background_checkpoint_wanted(360, 360, 100, 400));
    // A count from before the WAL started again is never larger than what the WAL holds.
    CHECK_FALSE(background_checkpoint_wanted(50, 300, 100, 400));
}

TEST_CASE("WalCheckpointer: after the WAL starts again, the threshold counts from its beginning", "[register][wal]") {
    WalDb db;
    std::string error;
    auto checkpointer = WalCheckpointer::start(db.writer, db.path.string(), 100, error);
    REQUIRE(checkpointer);
    write_rows(db.writer, 150);
    REQUIRE(file_grows_beyond(db.path, db.empty_size));
    const auto copied = settled_size(db.path);
    CHECK(checkpointer->background_checkpoints() == 1);

    // The pass copied everything while the writer was idle: the next write starts the WAL again.
    for (int i = 0; i < 5; ++i) write_rows(db.writer, 10);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(checkpointer->background_checkpoints() == 1);  // 50 frames: under the threshold
    CHECK(std::filesystem::file_size(db.path) == copied);

    write_rows(db.writer, 60);  // 110 frames since the start, though fewer than the 150 copied before
    CHECK(file_grows_beyond(db.path, copied));
    settled_size(db.path);
    CHECK(checkpointer->background_checkpoints() == 2);
    CHECK(checkpointer->inline_checkpoints() == 0);
    checkpointer.reset();
    CHECK(pragma_int(db.writer, "SELECT count(*) FROM t") == 260);
}

TEST_CASE("WalCheckpointer: a reader pinning the WAL delays the checkpoint, never a commit", "[register][wal]") {
    WalDb db;
    sqlite3* writer = db.writer;
    const auto& path = db.path;
    const auto empty = db.empty_size;
    std::string error;
    auto checkpointer = WalCheckpointer::start(writer, path.string(), 100, error);
    REQUIRE(checkpointer);

    // An operator's long read (cardexctl profile export) holds a snapshot from before the writes.
    sqlite3* reader = open_db(path);
    exec(reader, "BEGIN");
    CHECK(pragma_int(reader, "SELECT count(*) FROM t") == 0);
    for (int round = 0; round < 3; ++round) write_rows(writer, 150);  // every commit goes through
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(std::filesystem::file_size(path) == empty);  // nothing the reader needs was copied over
    exec(reader, "COMMIT");
    sqlite3_close(reader);

    write_rows(writer, 150);  // the next commit over the threshold asks again, and it succeeds
    CHECK(file_grows_beyond(path, empty));
    checkpointer.reset();
    CHECK(pragma_int(writer, "SELECT count(*) FROM t") == 600);
}

TEST_CASE("WalCheckpointer: past four times the threshold the commit checkpoints itself and the WAL is cut back",
          "[register][wal]") {
    WalDb db;
    std::string error;
    auto checkpointer = WalCheckpointer::start(db.writer, db.path.string(), 100, error);
    REQUIRE(checkpointer);
    write_rows(db.writer, 150);  // over the threshold, under the bound: the background's job
    CHECK(checkpointer->inline_checkpoints() == 0);

    // A writer that never pauses: one commit takes the WAL past the bound (400 frames).
    REQUIRE(file_grows_beyond(db.path, db.empty_size));  // the background pass has started…
    settled_size(db.path);                                  // …and finished copying
    write_rows(db.writer, 500);
    CHECK(checkpointer->inline_checkpoints() == 1);
    const auto wal = std::filesystem::path(db.path.string() + "-wal");
    const auto grown = std::filesystem::file_size(wal);
    CHECK(grown > 400u * 4096);
    // Everything was copied: the next write starts the WAL again and cuts the file to the bound.
    write_rows(db.writer, 1);
    CHECK(std::filesystem::file_size(wal) <= 32 + 400u * (4096 + 24));
    CHECK(std::filesystem::file_size(wal) < grown);
    checkpointer.reset();
    CHECK(pragma_int(db.writer, "SELECT count(*) FROM t") == 651);
}

TEST_CASE("WalCheckpointer: a file it cannot open or that is not in WAL mode is an error naming it", "[register][wal]") {
    TempDir dir;
    const auto path = dir.path() / "db.sqlite";
    sqlite3* writer = open_db(path);
    exec(writer, "CREATE TABLE t(id INTEGER PRIMARY KEY)");  // rollback journal, SQLite's default
    std::string error;
    auto checkpointer = WalCheckpointer::start(writer, (dir.path() / "missing" / "db.sqlite").string(), 100, error);
    CHECK_FALSE(checkpointer);
    CHECK(error.find("missing/db.sqlite") != std::string::npos);

    error.clear();
    checkpointer = WalCheckpointer::start(writer, path.string(), 100, error);
    CHECK_FALSE(checkpointer);
    CHECK(error.find("db.sqlite") != std::string::npos);
    CHECK(error.find("journal mode delete") != std::string::npos);
    sqlite3_close(writer);
}
