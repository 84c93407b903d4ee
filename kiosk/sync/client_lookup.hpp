// kiosk/sync/client_lookup.hpp — booking look-up (protocol.md) through the protocol client, off the
// UI thread. Its own thread and client: a guest at the screen never waits behind an outbox upload.
#pragma once

#include <QThread>

#include <atomic>
#include <filesystem>
#include <string>

#include "flow/reservation_lookup.hpp"

namespace cardex::kiosk {

class LookupWorker;

class ClientReservationLookup final : public ReservationLookup {
    Q_OBJECT
public:
    /// `data_dir` holds the store whose enrolment gives the device token (read at each look-up, so
    /// that a new enrolment is used at once). An empty server_url answers every look-up `offline`.
    ClientReservationLookup(std::filesystem::path data_dir, std::string server_url, std::string ca_file,
                            QObject* parent = nullptr);
    ~ClientReservationLookup() override;

    void lookup(const QString& reference, const QString& last_name) override;
    void cancel() override { ++generation_; }

private:
    friend class LookupWorker;
    QThread thread_;
    LookupWorker* worker_ = nullptr;
    // Incremented on the UI thread; answers carry the generation they were asked in, and the worker
    // skips look-ups already superseded (each costs a request and may count against the rate limit).
    std::atomic<quint64> generation_{0};
};

}  // namespace cardex::kiosk
