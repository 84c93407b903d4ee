// The kiosk's Qt sync layer (kiosk/sync/sync_service, client_lookup) against a real cardex-server:
// the worker thread enrols, sends what the sink saved, reports status to the UI thread, answers
// look-ups, and reacts to a revoked device and a server that goes away.
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

#include <signal.h>

#include "../unit/kiosk_fixtures.hpp"
#include "kiosk_server.hpp"
#include "sync/client_lookup.hpp"
#include "sync/sync_service.hpp"

using namespace cardex;
using namespace cardex::kiosk;
using cardex::test::KioskServer;
using cardex::test::TempDir;
using cardex::test::valid_card;

namespace {

QCoreApplication& app() {
    static int argc = 1;
    static char name[] = "cardex_kiosk_service_tests";
    static char* argv[] = {name, nullptr};
    static QCoreApplication instance(argc, argv);
    return instance;
}

// Runs the UI thread's event loop until `done` holds or `ms` pass.
bool wait_until(const std::function<bool()>& done, int ms = 15000) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

}  // namespace

TEST_CASE("kiosk sync service: enrol, save, sync in the background, look up, revoked", "[kiosk-service]") {
    app();
    KioskServer server;
    TempDir data;
    SyncServiceOptions opt;
    opt.data_dir = data.path();
    opt.server_url = server.url();
    opt.ca_file = server.ca_file().string();
    opt.idle_interval = std::chrono::milliseconds(500);
    opt.engine.backoff_base = std::chrono::milliseconds(100);
    opt.engine.backoff_cap = std::chrono::milliseconds(400);
    auto services = open_kiosk_sync_services(opt);
    INFO((services ? "" : services.error()));
    REQUIRE(services);
    auto& sync = *services->sync;

    REQUIRE(wait_until([&] { return sync.passes() >= 1; }));
    CHECK_FALSE(sync.status().enrolled);

    // Saving works before enrolment: the guest never depends on the network or the server.
    for (int i = 0; i < 3; ++i) REQUIRE(services->sink->save(valid_card(i, 0x6006)));
    REQUIRE(wait_until([&] { return sync.status().outbox_size == 3; }));

    bool finished = false, ok = false;
    QString message;
    QObject::connect(&sync, &SyncControl::enrolmentFinished, [&](bool k, const QString& m) {
        finished = true;
        ok = k;
        message = m;
    });
    sync.enrol(QString::fromStdString(server.enrolment_code("H01", "Lobby 1")), QStringLiteral("Lobby 1"));
    REQUIRE(wait_until([&] { return finished; }));
    INFO(message.toStdString());
    REQUIRE(ok);
    REQUIRE(wait_until([&] { return sync.status().enrolled && sync.status().outbox_size == 0; }));
    CHECK(sync.status().hotel_id == QStringLiteral("H01"));
    CHECK(sync.status().device_name == QStringLiteral("Lobby 1"));
    CHECK(sync.status().last_success.isValid());
    CHECK(sync.status().last_error.isEmpty());

    // A new submission is sent promptly (the sink nudges the worker).
    REQUIRE(services->sink->save(valid_card(3, 0x6006)));
    REQUIRE(wait_until([&] { return sync.status().outbox_size == 0; }, 3000));

    // Look-up through its own thread: no such booking → notFound.
    bool not_found = false, offline = false;
    QObject::connect(services->lookup.get(), &ReservationLookup::notFound, [&] { not_found = true; });
    QObject::connect(services->lookup.get(), &ReservationLookup::offline, [&](const QString&) { offline = true; });
    services->lookup->lookup(QStringLiteral("NOPE123"), QStringLiteral("Martin"));
    REQUIRE(wait_until([&] { return not_found || offline; }));
    CHECK(not_found);

    // A superseded look-up never answers.
    not_found = offline = false;
    services->lookup->lookup(QStringLiteral("OLD1"), QStringLiteral("Martin"));
    services->lookup->cancel();
    wait_until([] { return false; }, 1000);
    CHECK_FALSE(not_found);
    CHECK_FALSE(offline);

    // Revoked: the service stops, says so, and keeps what it has.
    auto device_id = OutboxStore::open(data.path()).value()->enrolment().value()->device_id;
    server.cardexctl({"device", "revoke", device_id});
    REQUIRE(services->sink->save(valid_card(4, 0x6006)));
    wait_until([&] { return sync.revoked(); });
    INFO(sync.status().last_error.toStdString() << " outbox " << sync.status().outbox_size);
    REQUIRE(sync.revoked());
    CHECK_FALSE(sync.status().enrolled);
    CHECK(sync.status().outbox_size == 1);
    CHECK(sync.status().last_error.contains(QStringLiteral("revoked")));
    CHECK(sync.status().last_error_kind == "revoked");

    // The server goes away: look-ups answer offline (the guest fills the card in by hand).
    server.stop(SIGKILL);
    not_found = offline = false;
    services->lookup->lookup(QStringLiteral("ABC123"), QStringLiteral("Martin"));
    REQUIRE(wait_until([&] { return not_found || offline; }));
    CHECK(offline);
}
