// kiosk/sync/sync_service.hpp — the Qt layer over the sync engine: a worker thread that runs passes
// on a timer and when a submission is saved, and the SyncControl the supervisor screens use.
//
// The worker owns its own OutboxStore connection, the protocol client and the engine; nothing of
// them is touched from the UI thread. The UI thread keeps a cached SyncStatus (updated by queued
// calls from the worker) and its own store connection for the supervisor's list/fix/discard, which
// are quick local operations. Guests never see any of this: errors only reach the status.
#pragma once

#include <QString>
#include <QThread>

#include <chrono>
#include <memory>

#include "flow/submission_sink.hpp"
#include "storage/outbox_store.hpp"
#include "sync/sync_engine.hpp"

namespace cardex::kiosk {

struct SyncServiceOptions {
    std::filesystem::path data_dir;
    std::string server_url;  ///< "https://host:port"; empty: the tablet only stores (no sync)
    std::string ca_file;     ///< CA of the server; empty: the system store
    std::chrono::milliseconds idle_interval{60'000};  ///< a pass this often even without news
    std::chrono::milliseconds store_retry{30'000};    ///< after a local store error
    SyncOptions engine;
};

class SyncWorker;

class SyncService final : public SyncControl {
    Q_OBJECT
    Q_PROPERTY(int outboxSize READ outboxSize NOTIFY statusChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY statusChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY statusChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY statusChanged)
    Q_PROPERTY(bool revoked READ revoked NOTIFY statusChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY statusChanged)

public:
    /// Opens the UI thread's store connection and starts the worker thread.
    static Result<std::unique_ptr<SyncService>, std::string> start(SyncServiceOptions options, QObject* parent = nullptr);
    ~SyncService() override;  // stops the worker (waits for a pass in progress)

    SyncStatus status() const override { return status_; }
    std::vector<RejectedSubmission> rejected() const override;
    Result<bool, std::string> discard_rejected(const std::string& submission_id) override;
    Result<bool, std::string> resubmit_rejected(const Submission& fixed) override;
    void enrol(const QString& code, const QString& device_name) override;
    void sync_now() override;

    int outboxSize() const { return status_.outbox_size; }
    int rejectedCount() const { return status_.rejected_count; }
    QDateTime lastSuccess() const { return status_.last_success; }
    QString lastError() const { return status_.last_error; }
    bool revoked() const { return revoked_; }
    bool enrolled() const { return status_.enrolled; }
    /// Passes run so far (tests wait on it).
    int passes() const { return passes_; }

signals:
    /// After every pass, with its outcome (tests, logs).
    void passFinished(int outcome, int sent);

private:
    SyncService(SyncServiceOptions options, std::unique_ptr<OutboxStore> store, QObject* parent);
    void apply_status(const EngineStatus& s);
    void refresh_local();

    friend class SyncWorker;
    SyncServiceOptions options_;
    std::unique_ptr<OutboxStore> store_;  // the UI thread's connection
    SyncStatus status_;
    bool revoked_ = false;
    int passes_ = 0;
    QThread thread_;
    SyncWorker* worker_ = nullptr;  // lives in thread_, deleted when it finishes
};

/// The outbox as the guest flow's SubmissionSink: one durable transaction on the UI thread, then a
/// nudge to the sync worker.
class OutboxSubmissionSink final : public SubmissionSink {
public:
    OutboxSubmissionSink(std::unique_ptr<OutboxStore> store, SyncControl* sync)
        : store_(std::move(store)), sync_(sync) {}
    Result<bool, std::string> save(const Submission& submission) override;

private:
    std::unique_ptr<OutboxStore> store_;
    SyncControl* sync_;
};

class ClientReservationLookup;

/// The real services of a tablet with a store (and, with a server URL, sync): what main.cpp hands to
/// the KioskBackend instead of the in-memory ones. Each part has its own store connection.
struct KioskSyncServices {
    std::unique_ptr<SyncService> sync;
    std::unique_ptr<OutboxSubmissionSink> sink;
    std::unique_ptr<ClientReservationLookup> lookup;
    KioskSyncServices();
    KioskSyncServices(KioskSyncServices&&) noexcept;
    ~KioskSyncServices();
};
Result<KioskSyncServices, std::string> open_kiosk_sync_services(SyncServiceOptions options);

}  // namespace cardex::kiosk
