// SqliteOptions on real SQLite files: commits made durable outside the commit
// (sync_outside_commit, rcu/wal_file_sync.hpp), the page size of a new register and the
// checkpoint window.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

#include "cardex/rcu/store.hpp"
#include "rcu/wal_file_sync.hpp"
#include "support/process.hpp"

#include <sqlite3.h>

using namespace cardex::rcu;
using cardex::test::TempDir;

TEST_CASE("wal sync: a store that syncs outside its commits hands out its CommitSync, others none") {
    TempDir dir;
    SqliteOptions plain;
    auto a = open_sqlite_store((dir.path() / "a.sqlite").string(), plain);
    REQUIRE(a);
    CHECK((*a)->commit_sync() == nullptr);

    SqliteOptions deferred;
    deferred.sync_outside_commit = true;
    auto b = open_sqlite_store((dir.path() / "b.sqlite").string(), deferred);
    REQUIRE(b);
    auto sync = (*b)->commit_sync();
    REQUIRE(sync);
    REQUIRE((*b)->begin());
    (*b)->put_setting("probe", "1");
    REQUIRE((*b)->commit());
    auto synced = sync->sync();
    INFO((synced ? std::string() : synced.error()));
    CHECK(synced);
    CHECK(std::filesystem::exists(dir.path() / "b.sqlite-wal"));

    // Without synchronous=FULL there is nothing to do outside the commit either.
    SqliteOptions normal;
    normal.synchronous_full = false;
    normal.sync_outside_commit = true;
    auto c = open_sqlite_store((dir.path() / "c.sqlite").string(), normal);
    REQUIRE(c);
    CHECK((*c)->commit_sync() == nullptr);
}

TEST_CASE("wal sync: no WAL yet is nothing to sync, a WAL file made anew is followed") {
    TempDir dir;
    auto wal = dir.path() / "x.sqlite-wal";
    WalFileSync sync(wal.string());
    CHECK(sync.sync());  // no file: nothing was ever committed through it

    dir.write("x.sqlite-wal", "first");
    CHECK(sync.sync());
    std::filesystem::remove(wal);
    CHECK(sync.sync());
    dir.write("x.sqlite-wal", "second, another inode");
    CHECK(sync.sync());
}

TEST_CASE("wal sync: what cannot be opened is an error naming the file") {
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "not-a-dir");
    dir.write("not-a-dir/file", "x");
    // A path through a regular file: stat fails with ENOTDIR, not ENOENT.
    WalFileSync sync((dir.path() / "not-a-dir" / "file" / "z.sqlite-wal").string());
    auto r = sync.sync();
    REQUIRE_FALSE(r);
    CHECK(r.error().find("z.sqlite-wal") != std::string::npos);
}

namespace {

int page_size_of(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    int size = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return size;
}

}  // namespace

TEST_CASE("sqlite options: a new register gets 1 KiB pages, an existing one keeps its own") {
    TempDir dir;
    auto fresh = dir.path() / "fresh.sqlite";
    {
        auto s = open_sqlite_store(fresh.string());
        REQUIRE(s);
    }
    CHECK(page_size_of(fresh) == 1024);

    auto old = dir.path() / "old.sqlite";
    SqliteOptions four_k;
    four_k.page_size = 4096;
    {
        auto s = open_sqlite_store(old.string(), four_k);
        REQUIRE(s);
        REQUIRE((*s)->begin());
        (*s)->put_setting("probe", "kept");
        REQUIRE((*s)->commit());
    }
    {
        auto s = open_sqlite_store(old.string());  // the default asks for 1 KiB: ignored
        REQUIRE(s);
        auto settings = (*s)->settings();
        CHECK(std::find(settings.begin(), settings.end(), std::pair<std::string, std::string>{"probe", "kept"}) !=
              settings.end());
    }
    CHECK(page_size_of(old) == 4096);

    SqliteOptions bad;
    bad.page_size = 3000;
    auto refused = open_sqlite_store((dir.path() / "bad.sqlite").string(), bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().find("page_size 3000") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.path() / "bad.sqlite"));  // refused before anything is created
}

TEST_CASE("checkpoint window: a size outside 1 to 4096 MiB is refused, naming the option, before any file is made") {
    TempDir dir;
    for (int mib : {0, -1, 4097}) {
        SqliteOptions bad;
        bad.checkpoint_mib = mib;
        auto refused = open_sqlite_store((dir.path() / "bad.sqlite").string(), bad);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().find("checkpoint_mib " + std::to_string(mib)) != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(dir.path() / "bad.sqlite"));
    }
    SqliteOptions smallest;
    smallest.checkpoint_mib = 1;
    auto ok = open_sqlite_store((dir.path() / "ok.sqlite").string(), smallest);
    CHECK(ok);
}
