// End to end, as a lobby tablet runs it: the kiosk's backend (the `Kiosk` object the QML screens bind
// to) on the real encrypted outbox and sync service — what cardex-kiosk's main.cpp builds — and a
// real cardex-server on loopback. A guest fills the card while the server is down, the card waits
// in the outbox, the server comes back, the sync service sends it without anyone pressing a button,
// the server merges the guest with the profile a PMS export brought in, and nothing of the guest
// stays readable on the tablet.
#include <catch2/catch.hpp>

#include <QDate>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <fstream>
#include <functional>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

#include <signal.h>

#include "app/kiosk_backend.hpp"
#include "kiosk_server.hpp"
#include "storage/outbox_store.hpp"
#include "sync/client_lookup.hpp"
#include "sync/sync_service.hpp"

using namespace cardex::kiosk;
using cardex::test::KioskServer;
using cardex::test::TempDir;

namespace {

QGuiApplication& app() {
    // The backend's models are the app's; a GUI application without a display, as in CI.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "cardex_kiosk_e2e_tests";
    static char* argv[] = {name, nullptr};
    static QGuiApplication instance(argc, argv);
    return instance;
}

// Runs the UI thread's event loop (where the sync service reports) until `done` holds or `ms` pass.
bool wait_until(const std::function<bool()>& done, int ms = 20000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

std::string file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every file of the tablet's store (database, WAL, shared memory), concatenated: what someone who
// takes the tablet home can read.
std::string store_bytes(const std::filesystem::path& data_dir) {
    const auto db = OutboxPaths::in(data_dir).database;
    std::string all;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::path p = db.string() + suffix;
        if (std::filesystem::exists(p)) all += file_bytes(p);
    }
    return all;
}

// What the guest types, in the order of the screens; the same calls the QML fields make.
void guest_fills_the_card(GuestForm& form) {
    const QDate today = QDate::currentDate();
    const std::pair<const char*, QString> typed[] = {
        {"guest.first_name", QStringLiteral("Patrick")},
        {"guest.last_name", QStringLiteral("Martin")},
        {"guest.birth_date", QStringLiteral("1956-12-28")},
        {"guest.birth_place", QStringLiteral("Lyon")},
        {"guest.nationality", QStringLiteral("FR")},
        {"guest.address.line1", QStringLiteral("12 rue des Lilas")},
        {"guest.address.postcode", QStringLiteral("69003")},
        {"guest.address.city", QStringLiteral("Lyon")},
        {"guest.address.country", QStringLiteral("FR")},
        {"phone_region", QStringLiteral("FR")},
        {"guest.phone", QStringLiteral("06 52 52 72 72")},
        {"guest.email", QStringLiteral("Patrick.Martin56@orange.fr")},
        {"stay.arrival", today.toString(Qt::ISODate)},
        {"stay.departure", today.addDays(2).toString(Qt::ISODate)},
    };
    for (const auto& [field, value] : typed) form.set(QLatin1String(field), value);
    form.consents()->setGranted(0, true);
    form.setSignature(QStringLiteral("M 12 40 C 30 10 50 70 80 30 L 120 45"));
}

}  // namespace

TEST_CASE("kiosk end to end: a card filled offline waits, syncs when the server is back, merges, leaves no trace",
          "[kiosk-e2e]") {
    app();
    KioskServer server;
    TempDir tablet;
    SyncServiceOptions opt;
    opt.data_dir = tablet.path();
    opt.server_url = server.url();
    opt.ca_file = server.ca_file().string();
    // Short intervals so that the test takes seconds; the decisions are the app's.
    opt.idle_interval = std::chrono::milliseconds(500);
    opt.engine.backoff_base = std::chrono::milliseconds(100);
    opt.engine.backoff_cap = std::chrono::milliseconds(400);
    auto services = open_kiosk_sync_services(opt);
    INFO((services ? "" : services.error()));
    REQUIRE(services);
    KioskServices wiring;  // as main.cpp hands them to the backend
    wiring.sink = services->sink.get();
    wiring.lookup = services->lookup.get();
    wiring.sync = services->sync.get();
    wiring.settingsFile = QString::fromStdString((tablet.path() / "kiosk.ini").string());
    wiring.pinIterations = 1000;
    KioskBackend kiosk(wiring);

    // The supervisor enrols the tablet (the server is up for that).
    kiosk.enrol(QString::fromStdString(server.enrolment_code("H01", "Lobby e2e")), QStringLiteral("Lobby e2e"));
    REQUIRE(wait_until([&] { return kiosk.enrolmentState() != QLatin1String("sending") && kiosk.enrolmentState() != QLatin1String("idle"); }));
    INFO(kiosk.enrolmentMessage().toStdString());
    REQUIRE(kiosk.enrolmentState() == QStringLiteral("ok"));
    REQUIRE(wait_until([&] { return kiosk.enrolled(); }));

    // The server goes down. Meanwhile the group's PMS export is imported into the register: the
    // guest stayed before as "P MARTIN", same mobile, same e-mail.
    server.stop(SIGKILL);
    TempDir office;
    const auto csv = office.write(
        "pms.csv",
        "source;source_record_id;hotel_id;title;first_name;last_name;email;phone;address_line1;postcode;city;country\n"
        "pms;P-1001;H01;M.;P;MARTIN;patrick.martin56@orange.fr;+33 6 52 52 72 72;12 rue des Lilas;69003;Lyon;France\n");
    server.cardexctl({"import", "--in", csv.string()});

    // A guest fills the card offline: saved at once, the thank-you screen does not wait for the network.
    GuestForm& form = *kiosk.form();
    guest_fills_the_card(form);
    INFO("errors: " << QStringList(form.allErrors().keys()).join(QLatin1Char(' ')).toStdString());
    REQUIRE(form.allErrors().isEmpty());
    const std::string submission_id = form.submission().submission_id;
    REQUIRE(form.finish());
    kiosk.newGuest();  // the next guest starts blank
    CHECK(form.isEmpty());

    // It waits in the outbox while the sync service fails and backs off.
    auto& sync = *services->sync;
    const int passes_before = sync.passes();
    REQUIRE(wait_until([&] { return sync.passes() >= passes_before + 3; }));
    CHECK(kiosk.outboxSize() == 1);
    CHECK_FALSE(kiosk.lastError().isEmpty());
    // Sealed while it waits: neither the name nor the e-mail is on the disk in clear. The id is in
    // clear by design (the outbox is managed without opening records): finding it shows that these
    // bytes are the ones holding the card, so the checks below are not vacuous.
    {
        const std::string bytes = store_bytes(tablet.path());
        CHECK(bytes.find(submission_id) != std::string::npos);
        CHECK(bytes.find("Martin") == std::string::npos);
        CHECK(bytes.find("orange.fr") == std::string::npos);
    }

    // The server comes back on the same address; nobody touches the tablet.
    server.restart();
    REQUIRE(wait_until([&] { return kiosk.outboxSize() == 0 && kiosk.lastError().isEmpty(); }));
    CHECK(kiosk.rejectedCount() == 0);

    // The register holds one profile with both records: the PMS one and the tablet's card.
    const auto device_id = OutboxStore::open(tablet.path()).value()->enrolment().value()->device_id;
    const std::string record = "kiosk:" + device_id + "/" + submission_id;
    const auto profile = nlohmann::json::parse(server.cardexctl({"profile", "show", "--record", record, "--json"}));
    std::set<std::string> records;
    for (const auto& r : profile.at("records"))
        records.insert(r.at("source").get<std::string>() + ":" + r.at("source_record_id").get<std::string>());
    INFO(profile.dump(2));
    CHECK(records == std::set<std::string>{"pms:P-1001", "kiosk:" + device_id + "/" + submission_id});
    CHECK(profile.at("golden").at("first_name") == "Patrick");  // the guest's own card fills the initial in
    // Matched although typed with capitals (the register compares normalised e-mails).
    CHECK(QString::fromStdString(profile.at("golden").at("email").get<std::string>()).toLower() ==
          QStringLiteral("patrick.martin56@orange.fr"));

    // Nothing of the guest is left on the tablet: the outbox is empty and the store's files hold
    // neither the personal data nor even the submission's id (secure_delete zeroed the row, the
    // WAL was checkpointed and truncated when the outbox emptied).
    auto counts = OutboxStore::open(tablet.path()).value()->counts();
    REQUIRE(counts);
    CHECK(counts->total() == 0);
    // The checkpoint runs at the end of the pass that emptied the outbox; should another connection
    // have been reading just then, the next (idle) pass truncates the WAL: allow a few of those.
    wait_until([&] { return store_bytes(tablet.path()).find(submission_id) == std::string::npos; }, 3000);
    const std::string bytes = store_bytes(tablet.path());
    CHECK_FALSE(bytes.empty());
    for (const std::string needle : {"Martin", "MARTIN", "Patrick", "orange.fr", "Lilas", submission_id.c_str()}) {
        INFO("found on the tablet: " << needle);
        CHECK(bytes.find(needle) == std::string::npos);
    }
}
