// The register's schema versions (rcu/sqlite_schema.cpp) on real SQLite files: a file from a newer
// release is refused rather than misread.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include <sqlite3.h>

#include "cardex/rcu/store.hpp"
#include "support/process.hpp"

using namespace cardex::rcu;
using cardex::test::TempDir;

namespace {

void exec(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(file.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    INFO(sql << ": " << (error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

}  // namespace

TEST_CASE("migrations: a register from a newer release is refused, naming the file and both versions") {
    TempDir dir;
    const auto file = dir.path() / "register.sqlite";
    REQUIRE(open_sqlite_store(file.string()));
    exec(file, "PRAGMA user_version = 99");
    auto refused = open_sqlite_store(file.string());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().find("register.sqlite") != std::string::npos);
    CHECK(refused.error().find("schema version 99 is newer than this program's (" +
                               std::to_string(sqlite_schema_version()) + ")") != std::string::npos);
}
