// cardex-kiosk-sync-once — one tablet's work without a screen: opens the kiosk's encrypted outbox in
// --data-dir, optionally enrols with a one-time code, optionally has a sample guest fill the
// registration card through the kiosk's own form model (the object the QML screens bind to), saves
// it through the outbox sink the app uses, and runs the sync engine until the outbox is empty.
//
// It exists so that the headless demo (deploy/demo.sh --headless) and an operator checking a new
// installation send a card through exactly the code a lobby tablet runs, instead of a hand-made
// HTTP request. It prints ids, counts and outcomes, never the guest's personal data.
//
// Exit status: 0 when nothing is left to send; 1 when something is (server unreachable past
// --timeout, card rejected, device revoked, store error); 2 on a usage error.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QTextStream>

#include <chrono>
#include <cstdio>
#include <thread>

#include "flow/guest_form.hpp"
#include "storage/outbox_store.hpp"
#include "sync/sync_engine.hpp"
#include "sync/sync_service.hpp"

using namespace cardex;
using namespace cardex::kiosk;

namespace {

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}
QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

const char* outcome_name(PassResult::Outcome o) {
    using O = PassResult::Outcome;
    switch (o) {
        case O::nothing_to_send: return "nothing to send";
        case O::uploaded: return "uploaded";
        case O::split: return "batch refused as a whole, splitting";
        case O::backing_off: return "backing off";
        case O::failed: return "failed";
        case O::revoked: return "device revoked";
        case O::not_enrolled: return "not enrolled";
        case O::store_error: return "local store error";
    }
    return "?";
}

/// The demo's guest, Patrick Martin of deploy/sample/pms-export.csv, typed in as a guest would:
/// a French card, his national phone format, his own e-mail, the marketing e-mail box ticked, a
/// signature. The form normalises and validates it exactly as on the tablet.
bool fill_sample_card(GuestForm& form) {
    form.setCardCountry(QStringLiteral("FR"));
    form.setLanguage(QStringLiteral("fr"));
    const QDate today = QDate::currentDate();
    const std::pair<const char*, QString> fields[] = {
        {"guest.first_name", QStringLiteral("Patrick")},
        {"guest.last_name", QStringLiteral("Martin")},
        {"guest.birth_date", QStringLiteral("1956-12-28")},
        {"guest.birth_place", QStringLiteral("Lyon")},
        {"guest.nationality", QStringLiteral("FR")},
        {"guest.email", QStringLiteral("patrick.martin56@orange.fr")},
        {"phone_region", QStringLiteral("FR")},
        {"guest.phone", QStringLiteral("06 52 52 72 72")},
        {"guest.address.line1", QStringLiteral("12 rue des Lilas")},
        {"guest.address.postcode", QStringLiteral("69003")},
        {"guest.address.city", QStringLiteral("Lyon")},
        {"guest.address.country", QStringLiteral("FR")},
        {"stay.arrival", today.toString(Qt::ISODate)},
        {"stay.departure", today.addDays(2).toString(Qt::ISODate)},
    };
    for (const auto& [field, value] : fields) form.set(QLatin1String(field), value);
    form.set(QStringLiteral("stay.adults"), 1);
    ConsentModel* consents = form.consents();
    for (int row = 0; row < consents->rowCount(); ++row)
        if (consents->data(consents->index(row), ConsentModel::PurposeRole).toString() == QLatin1String("marketing_email"))
            consents->setGranted(row, true);
    form.setSignature(QStringLiteral("M 12 40 C 30 10 50 70 80 30 L 120 45"));
    const QVariantMap problems = form.allErrors();
    for (auto it = problems.begin(); it != problems.end(); ++it)
        err() << "sample card: " << it.key() << ": " << it.value().toString() << "\n";  // field paths and codes only
    return problems.isEmpty();
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cardex-kiosk-sync-once"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDEX_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a kiosk's outbox once without a screen: enrols, optionally saves a sample registration card, "
        "syncs until the outbox is empty"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDir({QStringLiteral("data-dir")}, QStringLiteral("The kiosk's local store directory (required)"), QStringLiteral("DIR"));
    QCommandLineOption server({QStringLiteral("server")}, QStringLiteral("Sync server base URL (required)"), QStringLiteral("URL"));
    QCommandLineOption caFile({QStringLiteral("ca")}, QStringLiteral("CA certificate of the sync server (PEM); default: the system's"), QStringLiteral("FILE"));
    QCommandLineOption enrolCode({QStringLiteral("enrol-code")}, QStringLiteral("Enrol the tablet with this one-time code first"), QStringLiteral("CODE"));
    QCommandLineOption deviceName({QStringLiteral("device-name")}, QStringLiteral("Name of the tablet when enrolling (default: Headless kiosk)"), QStringLiteral("NAME"), QStringLiteral("Headless kiosk"));
    QCommandLineOption sample({QStringLiteral("sample-card")}, QStringLiteral("Have a sample guest fill a registration card and save it to the outbox"));
    QCommandLineOption timeout({QStringLiteral("timeout")}, QStringLiteral("Seconds to keep retrying while the server is unreachable (default 30)"), QStringLiteral("S"), QStringLiteral("30"));
    for (const auto* o : {&dataDir, &server, &caFile, &enrolCode, &deviceName, &sample, &timeout}) parser.addOption(*o);
    parser.process(app);
    if (!parser.isSet(dataDir) || !parser.isSet(server)) {
        err() << "cardex-kiosk-sync-once: --data-dir and --server are required (see --help)\n";
        return 2;
    }

    const std::filesystem::path data = parser.value(dataDir).toStdString();
    QDir().mkpath(parser.value(dataDir));
    auto store = OutboxStore::open(data);
    if (!store) {
        err() << "cardex-kiosk-sync-once: cannot open the local store: " << QString::fromStdString(store.error()) << "\n";
        return 1;
    }
    sync::ClientOptions co;
    co.server_url = parser.value(server).toStdString();
    co.ca_file = parser.value(caFile).toStdString();
    auto client = sync::Client::create(co);
    if (!client) {
        err() << "cardex-kiosk-sync-once: sync client: " << QString::fromStdString(client.error()) << "\n";
        return 1;
    }
    ClientTransport transport(std::move(*client));
    // Short backoff: a command waits for a server that is starting, not for hours like a tablet.
    SyncOptions engine_options;
    engine_options.backoff_base = std::chrono::milliseconds(500);
    engine_options.backoff_cap = std::chrono::milliseconds(5000);
    SyncEngine engine(**store, transport, engine_options);
    if (auto started = engine.start(); !started) {
        err() << "cardex-kiosk-sync-once: " << QString::fromStdString(started.error()) << "\n";
        return 1;
    }

    if (parser.isSet(enrolCode)) {
        auto e = engine.enrol(parser.value(enrolCode).trimmed().toStdString(), parser.value(deviceName).toStdString());
        if (!e) {
            err() << "cardex-kiosk-sync-once: enrolment failed: " << QString::fromStdString(e.error()) << "\n";
            return 1;
        }
        out() << "enrolled: device " << QString::fromStdString(e->device_id) << " of hotel "
              << QString::fromStdString(e->hotel_id) << "\n";
    }
    auto enrolment = (*store)->enrolment();
    if (!enrolment || !enrolment->has_value()) {
        err() << "cardex-kiosk-sync-once: the tablet is not enrolled (use --enrol-code)\n";
        return 1;
    }
    const std::string device_id = (*enrolment)->device_id;

    std::string saved_id;
    if (parser.isSet(sample)) {
        // The app's path: the form validates and hands the card to the outbox sink, one durable
        // transaction in its own store connection (no sync control: this program runs the engine).
        auto sink_store = OutboxStore::open(data);
        if (!sink_store) {
            err() << "cardex-kiosk-sync-once: " << QString::fromStdString(sink_store.error()) << "\n";
            return 1;
        }
        OutboxSubmissionSink sink(std::move(*sink_store), nullptr);
        GuestForm form;
        form.setSink(&sink);
        form.clear();  // a new guest: fresh submission id and today's defaults
        if (!fill_sample_card(form) || !form.finish()) {
            err() << "cardex-kiosk-sync-once: the sample card was not saved\n";
            return 1;
        }
        saved_id = form.submission().submission_id;
        out() << "saved: registration card " << QString::fromStdString(saved_id) << " in the outbox\n";
    }

    const auto deadline = std::chrono::system_clock::now() + std::chrono::seconds(parser.value(timeout).toInt());
    int rejected = 0;
    for (;;) {
        PassResult r = engine.run_pass();
        rejected += r.rejected;
        using O = PassResult::Outcome;
        if (r.outcome != O::backing_off) {
            out() << "pass: " << outcome_name(r.outcome);
            if (r.sent > 0)
                out() << ", sent " << r.sent << ": stored " << r.stored << ", duplicate " << r.duplicates << ", rejected "
                      << r.rejected;
            if (!r.error.empty()) out() << " (" << QString::fromStdString(r.error) << ")";
            out() << "\n";
            out().flush();
        }
        if (r.more) continue;
        if (r.outcome == O::nothing_to_send || r.outcome == O::uploaded) break;
        if (r.outcome == O::failed || r.outcome == O::backing_off) {
            if (r.retry_at > deadline) break;
            std::this_thread::sleep_until(r.retry_at);
            continue;
        }
        break;  // revoked, not enrolled, store error: waiting does not help
    }

    auto counts = (*store)->counts();
    if (!counts) {
        err() << "cardex-kiosk-sync-once: " << QString::fromStdString(counts.error()) << "\n";
        return 1;
    }
    out() << "outbox: " << counts->pending() << " waiting, " << counts->rejected << " rejected\n";
    if (!saved_id.empty() && counts->total() == 0)
        out() << "record: kiosk:" << QString::fromStdString(device_id) << "/" << QString::fromStdString(saved_id) << "\n";
    return counts->total() == 0 && rejected == 0 ? 0 : 1;
}
