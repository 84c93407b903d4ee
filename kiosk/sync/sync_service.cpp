// Sync service: the worker thread's scheduling and the UI thread's SyncControl.
#include "sync/sync_service.hpp"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include "sync/client_lookup.hpp"

namespace cardex::kiosk {

namespace {

QDateTime to_qt(TimePoint t) {
    auto ms = to_millis(t);
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

}  // namespace

/// Runs in the worker thread. Everything it owns is created there (in start()) and used only there.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    SyncWorker(SyncServiceOptions options, SyncService* service) : options_(std::move(options)), service_(service) {}

    void start() {
        timer_ = new QTimer(this);
        timer_->setSingleShot(true);
        connect(timer_, &QTimer::timeout, this, &SyncWorker::pass);
        auto store = OutboxStore::open(options_.data_dir);
        if (!store) return report_error("local store: " + store.error());
        store_ = std::move(*store);
        if (!options_.server_url.empty()) {
            sync::ClientOptions co;
            co.server_url = options_.server_url;
            co.ca_file = options_.ca_file;
            auto client = sync::Client::create(co);
            if (!client) return report_error("sync client: " + client.error());
            transport_ = std::make_unique<ClientTransport>(std::move(*client));
            engine_ = std::make_unique<SyncEngine>(*store_, *transport_, options_.engine);
            if (auto s = engine_->start(); !s) return report_error("sync: " + s.error());
        }
        pass();
    }

    /// One pass; schedules the next: at once while there is more to send, at the backoff's end
    /// after a failure, else after the idle interval.
    void pass() {
        if (!engine_) {
            publish(PassResult{});
            return;
        }
        auto r = engine_->run_pass();
        publish(r);
        using O = PassResult::Outcome;
        std::chrono::milliseconds next = options_.idle_interval;
        if (r.more) next = std::chrono::milliseconds(0);
        else if (r.outcome == O::failed || r.outcome == O::backing_off)
            next = std::max(std::chrono::milliseconds(0),
                            std::chrono::duration_cast<std::chrono::milliseconds>(r.retry_at - std::chrono::system_clock::now()));
        else if (r.outcome == O::store_error) next = options_.store_retry;
        next = std::min(next, options_.idle_interval);
        timer_->start(static_cast<int>(next.count()));
    }

    void enrol(const QString& code, const QString& device_name) {
        bool ok = false;
        QString message;
        if (!engine_) {
            message = options_.server_url.empty() ? QStringLiteral("no sync server configured")
                                                  : QStringLiteral("sync is not available (see the last error)");
        } else {
            auto e = engine_->enrol(code.trimmed().toStdString(), device_name.trimmed().toStdString());
            ok = e.has_value();
            message = ok ? QStringLiteral("enrolled for hotel %1").arg(QString::fromStdString(e->hotel_id))
                         : QString::fromStdString(e.error());
        }
        QPointer<SyncService> svc = service_;
        QMetaObject::invokeMethod(service_, [svc, ok, message] {
            if (svc) emit svc->enrolmentFinished(ok, message);
        }, Qt::QueuedConnection);
        if (ok) pass();
    }

private:
    void report_error(const std::string& message) {
        EngineStatus s;
        s.state.last_error = message;
        s.state.last_error_kind = "store";
        post_status(s, -1, 0);
    }

    void publish(const PassResult& r) {
        EngineStatus s;
        if (engine_) {
            auto st = engine_->status();
            if (!st) return report_error(st.error());
            s = std::move(*st);
        } else if (store_) {
            if (auto c = store_->counts()) s.counts = *c;
            s.state.last_error = "no sync server configured";
            s.state.last_error_kind = "not_configured";
        }
        if (r.outcome == PassResult::Outcome::store_error) {
            s.state.last_error = "local store: " + r.error;
            s.state.last_error_kind = "store";
        }
        post_status(s, static_cast<int>(r.outcome), r.sent);
    }

    void post_status(EngineStatus s, int outcome, int sent) {
        QPointer<SyncService> svc = service_;
        QMetaObject::invokeMethod(service_, [svc, s = std::move(s), outcome, sent] {
            if (!svc) return;
            svc->apply_status(s);
            ++svc->passes_;
            emit svc->passFinished(outcome, sent);
        }, Qt::QueuedConnection);
    }

    SyncServiceOptions options_;
    SyncService* service_;
    QTimer* timer_ = nullptr;
    std::unique_ptr<OutboxStore> store_;
    std::unique_ptr<ClientTransport> transport_;
    std::unique_ptr<SyncEngine> engine_;
};

Result<std::unique_ptr<SyncService>, std::string> SyncService::start(SyncServiceOptions options, QObject* parent) {
    auto store = OutboxStore::open(options.data_dir);
    if (!store) return fail(store.error());
    std::unique_ptr<SyncService> svc(new SyncService(std::move(options), std::move(*store), parent));
    svc->refresh_local();
    svc->worker_ = new SyncWorker(svc->options_, svc.get());
    svc->worker_->moveToThread(&svc->thread_);
    connect(&svc->thread_, &QThread::finished, svc->worker_, &QObject::deleteLater);
    svc->thread_.setObjectName(QStringLiteral("cardex-sync"));
    svc->thread_.start();
    QMetaObject::invokeMethod(svc->worker_, &SyncWorker::start, Qt::QueuedConnection);
    return svc;
}

SyncService::SyncService(SyncServiceOptions options, std::unique_ptr<OutboxStore> store, QObject* parent)
    : SyncControl(parent), options_(std::move(options)), store_(std::move(store)) {}

SyncService::~SyncService() {
    thread_.quit();
    thread_.wait();  // a pass in progress ends within the client's timeout
}

void SyncService::apply_status(const EngineStatus& s) {
    SyncStatus next;
    next.outbox_size = static_cast<int>(s.counts.pending());
    next.rejected_count = static_cast<int>(s.counts.rejected);
    next.last_success = to_qt(s.state.last_success);
    next.last_attempt = to_qt(s.state.last_attempt);
    next.last_error = QString::fromStdString(s.state.last_error);
    next.last_error_kind = QString::fromStdString(s.state.last_error_kind);
    // A revoked device is not enrolled any more: the supervisor screen offers enrolment again.
    next.enrolled = s.enrolled && !s.state.revoked;
    next.hotel_id = QString::fromStdString(s.hotel_id);
    next.device_name = QString::fromStdString(s.device_name);
    bool rejected_changed = next.rejected_count != status_.rejected_count;
    if (next == status_ && s.state.revoked == revoked_) return;
    status_ = next;
    revoked_ = s.state.revoked;
    emit statusChanged();
    if (rejected_changed) emit rejectedChanged();
}

// Counts from the UI thread's connection, so that the screen is right at once after a save,
// fix or discard (the worker's next report confirms it).
void SyncService::refresh_local() {
    EngineStatus s;
    if (auto c = store_->counts()) s.counts = *c;
    if (auto st = store_->sync_state()) s.state = *st;
    if (auto e = store_->enrolment(); e && e->has_value()) {
        s.enrolled = true;
        s.hotel_id = (*e)->hotel_id;
        s.device_name = (*e)->device_name;
    }
    apply_status(s);
}

std::vector<RejectedSubmission> SyncService::rejected() const {
    std::vector<RejectedSubmission> out;
    auto items = store_->rejected();
    if (!items) return out;
    for (auto& item : *items) {
        RejectedSubmission r;
        if (item.submission) {
            r.submission = std::move(*item.submission);
        } else {
            r.submission.submission_id = item.id;  // unreadable: the supervisor can only discard it
        }
        r.errors = std::move(item.errors);
        r.rejected_at = to_qt(item.last_attempt_at);
        out.push_back(std::move(r));
    }
    return out;
}

Result<bool, std::string> SyncService::discard_rejected(const std::string& submission_id) {
    auto r = store_->discard(submission_id);
    if (r) {
        refresh_local();
        emit rejectedChanged();
    }
    return r;
}

Result<bool, std::string> SyncService::resubmit_rejected(const Submission& fixed) {
    auto r = store_->resubmit(fixed);
    if (r) {
        refresh_local();
        emit rejectedChanged();
        sync_now();
    }
    return r;
}

void SyncService::enrol(const QString& code, const QString& device_name) {
    QMetaObject::invokeMethod(worker_, [w = worker_, code, device_name] { w->enrol(code, device_name); },
                              Qt::QueuedConnection);
}

void SyncService::sync_now() { QMetaObject::invokeMethod(worker_, &SyncWorker::pass, Qt::QueuedConnection); }

Result<bool, std::string> OutboxSubmissionSink::save(const Submission& submission) {
    auto r = store_->add(submission, std::chrono::system_clock::now());
    if (r && sync_) sync_->sync_now();
    return r;
}

KioskSyncServices::KioskSyncServices() = default;
KioskSyncServices::KioskSyncServices(KioskSyncServices&&) noexcept = default;
KioskSyncServices::~KioskSyncServices() = default;

Result<KioskSyncServices, std::string> open_kiosk_sync_services(SyncServiceOptions options) {
    KioskSyncServices s;
    auto sink_store = OutboxStore::open(options.data_dir);
    if (!sink_store) return fail(sink_store.error());
    s.lookup = std::make_unique<ClientReservationLookup>(options.data_dir, options.server_url, options.ca_file);
    auto sync = SyncService::start(std::move(options));
    if (!sync) return fail(sync.error());
    s.sync = std::move(*sync);
    s.sink = std::make_unique<OutboxSubmissionSink>(std::move(*sink_store), s.sync.get());
    return s;
}

}  // namespace cardex::kiosk

#include "sync_service.moc"
