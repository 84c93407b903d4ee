// Commits made durable outside the commit (SqliteOptions::sync_outside_commit, rcu/wal_file_sync.hpp),
// on real SQLite files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "cardex/rcu/store.hpp"
#include "rcu/wal_file_sync.hpp"
#include "support/process.hpp"

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

TEST_CASE("wal sync: no WAL yet is nothing to sync; a WAL file made anew is followed") {
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
