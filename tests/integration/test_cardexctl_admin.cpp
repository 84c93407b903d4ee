// cardexctl's administrative commands on real data directories: which commands may create a
// register, the purge's country, API users, profile selectors, backups, exit statuses.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include "support/process.hpp"

using cardex::test::run_process;
using cardex::test::TempDir;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const char* const kTwoGuests =
    "source,source_record_id,first_name,last_name,email\n"
    "pms,P-1001,Jeanne,Dupont,jeanne.dupont@free.fr\n"
    "pms,P-1002,Karl,Weber,karl.weber@web.de\n";

// A register with two guests in `dir`/var; returns its path.
std::string imported_register(const TempDir& dir) {
    auto data = (dir.path() / "var").string();
    auto in = dir.write("two.csv", kTwoGuests);
    auto r = run_process({CARDEXCTL, "--data-dir", data, "import", "--in", in.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return data;
}

std::int64_t profile_id(const std::string& data, const std::string& record) {
    auto r = run_process({CARDEXCTL, "--data-dir", data, "profile", "show", "--record", record, "--json"});
    REQUIRE(r.exit_code == 0);
    return json::parse(r.out)["profile_id"].get<std::int64_t>();
}

}  // namespace

TEST_CASE("cardexctl: a data directory without a register is refused, not made into an empty one", "[cardexctl][admin]") {
    TempDir dir;
    const auto missing = (dir.path() / "typo").string();
    for (std::vector<std::string> cmd : {std::vector<std::string>{"stats"}, {"backup", "--to", (dir.path() / "b.sqlite").string()},
                                         {"purge", "--country", "FR", "--dry-run"}, {"review", "list"}, {"device", "list"},
                                         {"user", "list"}, {"rematch"}, {"profile", "show", "1"}}) {
        std::vector<std::string> argv{CARDEXCTL, "--data-dir", missing};
        argv.insert(argv.end(), cmd.begin(), cmd.end());
        auto r = run_process(argv);
        INFO(cmd[0] << ": " << r.err);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("no register in " + missing) != std::string::npos);
    }
    CHECK_FALSE(fs::exists(missing));
    CHECK_FALSE(fs::exists(dir.path() / "b.sqlite"));
    // Showing the thresholds writes nothing either; setting them sets a register up.
    auto shown = run_process({CARDEXCTL, "--data-dir", missing, "thresholds", "--json"});
    CHECK(shown.exit_code == 0);
    CHECK(shown.err.find("no register in " + missing + " yet") != std::string::npos);
    CHECK_FALSE(fs::exists(missing));
    CHECK(run_process({CARDEXCTL, "--data-dir", missing, "thresholds", "--link", "15"}).exit_code == 0);
    CHECK(fs::exists(fs::path(missing) / "register.sqlite"));
    // The commands that set a register up create it.
    const auto fresh = (dir.path() / "fresh").string();
    CHECK(run_process({CARDEXCTL, "--data-dir", fresh, "device", "enroll", "--hotel", "H01", "--name", "Lobby"}).exit_code == 0);
    CHECK(run_process({CARDEXCTL, "--data-dir", fresh, "stats"}).exit_code == 0);
}

TEST_CASE("cardexctl: an SQLite file that is not a register is refused and left untouched", "[cardexctl][admin]") {
    TempDir dir;
    const auto data = dir.path() / "foreign";
    fs::create_directories(data);
    {
        SQLite::Database db((data / "register.sqlite").string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5)");
    }
    const auto size = fs::file_size(data / "register.sqlite");
    for (std::vector<std::string> cmd : {std::vector<std::string>{"stats"}, {"import", "--in", dir.write("a.csv", kTwoGuests).string()}}) {
        std::vector<std::string> argv{CARDEXCTL, "--data-dir", data.string()};
        argv.insert(argv.end(), cmd.begin(), cmd.end());
        auto r = run_process(argv);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("not a Cardex register") != std::string::npos);
    }
    SQLite::Database db((data / "register.sqlite").string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("SELECT count(*) FROM sqlite_master").getInt() == 1);  // no table of ours in it
    CHECK(db.execAndGet("PRAGMA journal_mode").getString() != "wal");
    CHECK(fs::file_size(data / "register.sqlite") == size);
}

TEST_CASE("cardexctl purge: the hotels' country is given or read from the server's configuration, never guessed",
          "[cardexctl][admin]") {
    TempDir dir;
    const auto data = imported_register(dir);
    auto guessed = run_process({CARDEXCTL, "--data-dir", data, "purge", "--dry-run"});
    CHECK(guessed.exit_code == 2);
    CHECK(guessed.err.find("give --country CC or --config FILE") != std::string::npos);

    auto conf = dir.write("cardex-server.conf", "# as deploy/cardex-server.conf\nlisten = \"0.0.0.0:8443\"\n"
                                                "default-country = \"ES\"\nrequest-timeout = 15\n");
    auto es = run_process({CARDEXCTL, "--data-dir", data, "purge", "--config", conf.string(), "--dry-run", "--json"});
    INFO(es.err);
    REQUIRE(es.exit_code == 0);
    CHECK(json::parse(es.out)["keep_days"] == 1096);  // Spain: 3 years, not France's 6 months
    CHECK(json::parse(es.out)["country"] == "ES");
    auto given = run_process({CARDEXCTL, "--data-dir", data, "purge", "--config", conf.string(), "--country", "DE",
                              "--dry-run", "--json"});
    CHECK(json::parse(given.out)["keep_days"] == 365);  // --country wins
    // Names are read as cardex-server and cardexctl import read them; a non-country is refused.
    auto named = dir.write("named.conf", "default-country = \"Espagne\"\n");
    auto es_named = run_process({CARDEXCTL, "--data-dir", data, "purge", "--config", named.string(), "--dry-run", "--json"});
    INFO(es_named.err);
    REQUIRE(es_named.exit_code == 0);
    CHECK(json::parse(es_named.out)["country"] == "ES");
    auto de_named = run_process({CARDEXCTL, "--data-dir", data, "purge", "--country", "Deutschland", "--dry-run", "--json"});
    REQUIRE(de_named.exit_code == 0);
    CHECK(json::parse(de_named.out)["keep_days"] == 365);
    auto narnia = dir.write("narnia.conf", "default-country = \"Narnia\"\n");
    auto refused = run_process({CARDEXCTL, "--data-dir", data, "purge", "--config", narnia.string(), "--dry-run"});
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("default-country: \"Narnia\" is not a country") != std::string::npos);

    auto no_key = dir.write("other.conf", "listen = \"0.0.0.0:8443\"\n");
    auto r = run_process({CARDEXCTL, "--data-dir", data, "purge", "--config", no_key.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("no default-country") != std::string::npos);
    auto gone = run_process({CARDEXCTL, "--data-dir", data, "purge", "--config", (dir.path() / "nope.conf").string()});
    CHECK(gone.exit_code == 2);
}

TEST_CASE("cardex-purge.service purges with the country of the server's shipped configuration", "[cardexctl][admin]") {
    const fs::path source = CARDEX_SOURCE_DIR;
    std::ifstream unit(source / "deploy/systemd/cardex-purge.service");
    std::string line, exec;
    while (std::getline(unit, line))
        if (line.starts_with("ExecStart=")) exec = line;
    REQUIRE(exec.find(" purge ") != std::string::npos);
    CHECK(exec.find("--config /etc/cardex/cardex-server.conf") != std::string::npos);  // where the package puts it
    CHECK(exec.find("--country") == std::string::npos);  // one place for the country: the server's file

    TempDir dir;
    const auto data = imported_register(dir);
    auto r = run_process({CARDEXCTL, "--data-dir", data, "purge", "--config", (source / "deploy/cardex-server.conf").string(),
                          "--dry-run", "--json"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(json::parse(r.out)["country"] == "FR");
}

TEST_CASE("cardexctl user list/revoke, an operator is never given a hotel", "[cardexctl][admin]") {
    TempDir dir;
    const auto data = imported_register(dir);
    auto op_hotel = run_process({CARDEXCTL, "--data-dir", data, "user", "add", "--name", "olga", "--role", "operator",
                                 "--hotel", "H01"});
    CHECK(op_hotel.exit_code == 2);
    CHECK(op_hotel.err.find("hotel: an operator has access to every hotel") != std::string::npos);
    auto sam = run_process({CARDEXCTL, "--data-dir", data, "user", "add", "--name", "sam", "--role", "supervisor",
                            "--hotel", "H01", "--json"});
    REQUIRE(sam.exit_code == 0);
    const auto id = std::to_string(json::parse(sam.out)["user_id"].get<std::int64_t>());

    auto list = run_process({CARDEXCTL, "--data-dir", data, "user", "list", "--json"});
    REQUIRE(list.exit_code == 0);
    auto user = json::parse(list.out.substr(0, list.out.find('\n')));
    CHECK(user["name"] == "sam");
    CHECK(user["hotel_id"] == "H01");
    CHECK(user["status"] == "active");
    CHECK(list.out.find(json::parse(sam.out)["token"].get<std::string>()) == std::string::npos);  // never the token

    CHECK(run_process({CARDEXCTL, "--data-dir", data, "user", "revoke", id}).exit_code == 0);
    auto again = run_process({CARDEXCTL, "--data-dir", data, "user", "list", "--json"});
    CHECK(json::parse(again.out.substr(0, again.out.find('\n')))["status"] == "revoked");
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "user", "revoke", id}).exit_code == 2);  // not twice
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "user", "revoke", "x1"}).exit_code == 2);
}

TEST_CASE("cardexctl profile show/export/erase: a profile id and --record together are refused", "[cardexctl][admin]") {
    TempDir dir;
    const auto data = imported_register(dir);
    const auto jeanne = profile_id(data, "pms:P-1001"), karl = profile_id(data, "pms:P-1002");
    REQUIRE(jeanne != karl);
    for (const char* sub : {"show", "export", "erase"}) {
        std::vector<std::string> argv{CARDEXCTL, "--data-dir", data, "profile", sub, std::to_string(karl), "--record",
                                      "pms:P-1001"};
        if (std::string(sub) == "erase") argv.push_back("--yes");
        auto r = run_process(argv);
        INFO(sub << ": " << r.err);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("not both") != std::string::npos);
    }
    CHECK(profile_id(data, "pms:P-1001") == jeanne);  // neither guest was erased
    CHECK(profile_id(data, "pms:P-1002") == karl);
    CHECK(run_process({CARDEXCTL, "--data-dir", data, "profile", "show", "0"}).exit_code == 2);
}

TEST_CASE("cardexctl backup: a file name is required, and the backup is readable by its owner only", "[cardexctl][admin]") {
    TempDir dir;
    const auto data = imported_register(dir);
    for (const char* to : {"", ":memory:"}) {
        auto r = run_process({CARDEXCTL, "--data-dir", data, "backup", "--to", to});
        INFO("'" << to << "': " << r.out << r.err);
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("is not a file name") != std::string::npos);
        CHECK(r.out.find("Backup written") == std::string::npos);
    }
    const auto to = dir.path() / "backup.sqlite";
    auto b = run_process({CARDEXCTL, "--data-dir", data, "backup", "--to", to.string()});
    INFO(b.err);
    REQUIRE(b.exit_code == 0);
    CHECK((fs::status(to).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    SQLite::Database copy(to.string(), SQLite::OPEN_READONLY);
    CHECK(copy.execAndGet("SELECT count(*) FROM source_record").getInt() == 2);
}

TEST_CASE("cardexctl: bad options exit 2 with CLI11's message, --help exits 0", "[cardexctl][admin]") {
    for (std::vector<std::string> args : {std::vector<std::string>{"--no-such-option", "stats"}, {"import"},
                                          {"stats", "--no-such-option"}, {"no-such-command"}, {"import", "--batch", "0",
                                          "--in", "x.csv"}}) {
        std::vector<std::string> argv{CARDEXCTL};
        argv.insert(argv.end(), args.begin(), args.end());
        auto r = run_process(argv);
        INFO(args[0] << ": " << r.err);
        CHECK(r.exit_code == 2);
        CHECK_FALSE(r.err.empty());
    }
    CHECK(run_process({CARDEXCTL, "--help"}).exit_code == 0);
    CHECK(run_process({CARDEXCTL, "import", "--help"}).exit_code == 0);
    CHECK(run_process({CARDEXCTL, "--version"}).exit_code == 0);
}
