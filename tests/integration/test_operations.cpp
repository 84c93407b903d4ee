// Operations as docs/operations.md describes them: an online backup while the server serves, and
// the documented restore (stop, copy, remove WAL files, start).
#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "cardex/sync/client.hpp"
#include "support/process.hpp"
#include "support/server_process.hpp"

using namespace cardex;
using namespace cardex::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

json stats(const fs::path& data) {
    auto r = run_process({CARDEXCTL, "--data-dir", data.string(), "stats", "--json"});
    REQUIRE(r.exit_code == 0);
    return json::parse(r.out);
}

}  // namespace

TEST_CASE("operations: online backup while serving, then the documented restore", "[operations]") {
    TempDir dir;
    auto data = dir.path() / "var";
    auto csv = dir.write("pms.csv",
                         "source;source_record_id;hotel_id;first_name;last_name;email\n"
                         "pms;1;H01;Jeanne;Dupont;jeanne.dupont@free.fr\n"
                         "pms;2;H01;Marc;Leroy;marc.leroy@gmail.com\n");
    REQUIRE(run_process({CARDEXCTL, "--data-dir", data.string(), "import", "--in", csv.string()}).exit_code == 0);
    auto server = std::make_unique<ServerProcess>(data);

    // Backup while the server holds the register open.
    auto backup = dir.path() / "register-backup.sqlite";
    auto b = run_process({CARDEXCTL, "--data-dir", data.string(), "backup", "--to", backup.string()});
    INFO(b.err);
    REQUIRE(b.exit_code == 0);
    REQUIRE(fs::exists(backup));
    auto again = run_process({CARDEXCTL, "--data-dir", data.string(), "backup", "--to", backup.string()});
    CHECK(again.exit_code != 0);  // never overwrites
    CHECK(again.err.find("already exists") != std::string::npos);

    // Changes after the backup, then a "disaster".
    auto more = dir.write("more.csv", "source;source_record_id;hotel_id;first_name;last_name\npms;3;H01;Late;Record\n");
    REQUIRE(run_process({CARDEXCTL, "--data-dir", data.string(), "import", "--in", more.string()}).exit_code == 0);
    CHECK(stats(data)["source_records"] == 3);
    const int stopped = server->stop(SIGTERM);
    INFO("server output: " << server->output());  // what went wrong, should the stop not be clean
    CHECK(stopped == 0);  // graceful stop exits 0

    // Restore as documented.
    fs::copy_file(backup, data / "register.sqlite", fs::copy_options::overwrite_existing);
    fs::remove(data / "register.sqlite-wal");
    fs::remove(data / "register.sqlite-shm");
    server = std::make_unique<ServerProcess>(data);
    sync::ClientOptions o{server->url(), dev_certs().ca.string(), {}, std::chrono::seconds(10)};
    auto client = sync::Client::create(o);
    REQUIRE(client);
    auto health = (*client)->health();
    REQUIRE(health);
    CHECK(health->db == "ok");
    CHECK(stats(data)["source_records"] == 2);  // the state at backup time
    auto profile = run_process({CARDEXCTL, "--data-dir", data.string(), "profile", "show", "--record", "pms:1", "--json"});
    REQUIRE(profile.exit_code == 0);
    CHECK(json::parse(profile.out)["golden"]["email"] == "jeanne.dupont@free.fr");
}

TEST_CASE("operations: cardexctl purge applies the country's keeping period", "[operations]") {
    TempDir dir;
    // purge neither creates a register nor guesses the country (test_cardexctl_admin.cpp): a
    // register set up as the server's first start would, and the country given.
    REQUIRE(run_process({CARDEXCTL, "--data-dir", dir.path().string(), "device", "enroll", "--hotel", "H01", "--name", "T"})
                .exit_code == 0);
    auto dry = run_process({CARDEXCTL, "--data-dir", dir.path().string(), "purge", "--country", "FR", "--dry-run", "--json"});
    REQUIRE(dry.exit_code == 0);
    auto j = json::parse(dry.out);
    CHECK(j["cards"] == 0);
    CHECK(j["keep_days"] == 183);
    auto bad = run_process({CARDEXCTL, "--data-dir", dir.path().string(), "purge", "--country", "ZZ"});
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("country") != std::string::npos);
}
