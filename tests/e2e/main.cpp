// End to end, as a lobby tablet runs it, driven through the kiosk's own screens (Qt Quick Test,
// offscreen): the `Kiosk` backend on the real encrypted outbox and sync service — what
// cardex-kiosk's main.cpp builds — and a real cardex-server on loopback. The QML side
// (tst_kiosk_e2e.qml) plays the guest; the `E2E` object below plays the hotel's IT: it stops and
// restarts the server, imports the PMS export, reads the register with cardexctl and looks at the
// bytes of the tablet's store.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <csignal>
#include <fstream>
#include <iterator>
#include <memory>

#include "app/kiosk_backend.hpp"
#include "app/qml_registration.hpp"
#include "kiosk_server.hpp"
#include "storage/outbox_store.hpp"
#include "sync/client_lookup.hpp"
#include "sync/sync_service.hpp"

Q_IMPORT_QML_PLUGIN(Cardex_KioskPlugin)

namespace {

using namespace cardex::kiosk;

// The tablet's sink, remembering the id of the last card it stored (the screens never show it).
class RecordingSink : public SubmissionSink {
public:
    explicit RecordingSink(SubmissionSink& real) : real_(real) {}
    cardex::Result<bool, std::string> save(const cardex::Submission& s) override {
        auto r = real_.save(s);
        if (r) last_id = s.submission_id;
        return r;
    }
    std::string last_id;

private:
    SubmissionSink& real_;
};

std::string file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

class E2E : public QObject {
    Q_OBJECT
public:
    E2E() {
        SyncServiceOptions opt;
        opt.data_dir = tablet_.path();
        opt.server_url = server_.url();
        opt.ca_file = server_.ca_file().string();
        // Short intervals so that the test takes seconds; the decisions are the app's.
        opt.idle_interval = std::chrono::milliseconds(500);
        opt.engine.backoff_base = std::chrono::milliseconds(100);
        opt.engine.backoff_cap = std::chrono::milliseconds(400);
        auto opened = open_kiosk_sync_services(opt);
        if (!opened) qFatal("cannot open the tablet's store: %s", opened.error().c_str());
        services_ = std::make_unique<KioskSyncServices>(std::move(opened).value());
        sink_ = std::make_unique<RecordingSink>(*services_->sink);
    }

    /// The backend the screens bind to, wired as main.cpp wires it.
    KioskBackend* backend() {
        KioskServices wiring;
        wiring.sink = sink_.get();
        wiring.lookup = services_->lookup.get();
        wiring.sync = services_->sync.get();
        wiring.settingsFile = QString::fromStdString((tablet_.path() / "kiosk.ini").string());
        wiring.pinIterations = 1000;
        return new KioskBackend(wiring);
    }

    Q_INVOKABLE QString enrolmentCode() { return QString::fromStdString(server_.enrolment_code("H01", "Lobby e2e")); }
    Q_INVOKABLE void killServer() { server_.stop(SIGKILL); }
    Q_INVOKABLE void restartServer() { server_.restart(); }
    Q_INVOKABLE int syncPasses() const { return services_->sync->passes(); }

    /// The group's PMS export: the guest stayed before as "P MARTIN", same mobile, same e-mail.
    Q_INVOKABLE void importPmsExport() {
        const auto csv = office_.write(
            "pms.csv",
            "source;source_record_id;hotel_id;title;first_name;last_name;email;phone;address_line1;postcode;city;country\n"
            "pms;P-1001;H01;M.;P;MARTIN;patrick.martin56@orange.fr;+33 6 52 52 72 72;12 rue des Lilas;69003;Lyon;France\n");
        server_.cardexctl({"import", "--in", csv.string()});
    }

    /// The id of the card the tablet stored last, and the record the server made of it.
    Q_INVOKABLE QString lastSubmissionId() const { return QString::fromStdString(sink_->last_id); }
    Q_INVOKABLE QString recordOfLastCard() const {
        auto store = OutboxStore::open(tablet_.path());
        if (!store) return {};
        auto enrolment = (*store)->enrolment();
        if (!enrolment || !*enrolment) return {};
        return QString::fromStdString("kiosk:" + (**enrolment).device_id + "/" + sink_->last_id);
    }
    /// `cardexctl profile show --record RECORD --json`.
    Q_INVOKABLE QString profileOfRecord(const QString& record) const {
        return QString::fromStdString(server_.cardexctl({"profile", "show", "--record", record.toStdString(), "--json"}));
    }

    /// Whether `text` is anywhere in the files of the tablet's store (database, WAL, shared memory):
    /// what someone who takes the tablet home can read.
    Q_INVOKABLE bool storeContains(const QString& text) const {
        const auto db = OutboxPaths::in(tablet_.path()).database;
        std::string all;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            if (std::filesystem::path p = db.string() + suffix; std::filesystem::exists(p)) all += file_bytes(p);
        return all.find(text.toStdString()) != std::string::npos;
    }
    Q_INVOKABLE int storeTotal() const {
        auto store = OutboxStore::open(tablet_.path());
        if (!store) return -1;
        auto counts = (*store)->counts();
        return counts ? static_cast<int>(counts->total()) : -1;
    }

private:
    cardex::test::KioskServer server_;
    cardex::test::TempDir tablet_, office_;
    std::unique_ptr<KioskSyncServices> services_;
    std::unique_ptr<RecordingSink> sink_;
};

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable() {
        e2e_ = std::make_unique<E2E>();
        register_qml_types([this](QQmlEngine*) { return e2e_->backend(); });
        qmlRegisterSingletonInstance("Cardex.E2E", 1, 0, "E2E", e2e_.get());
    }
    // Qt 6.4 does not search the resource prefix of statically linked modules by default.
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
    void cleanupTestCase() { e2e_.reset(); }

private:
    std::unique_ptr<E2E> e2e_;
};

QUICK_TEST_MAIN_WITH_SETUP(cardex_kiosk_e2e, Setup)

#include "main.moc"
