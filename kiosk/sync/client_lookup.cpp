// Booking look-up through the protocol client, on its own thread.
#include "sync/client_lookup.hpp"

#include <QMetaObject>
#include <QPointer>

#include "storage/outbox_store.hpp"

namespace cardex::kiosk {

class LookupWorker : public QObject {
    Q_OBJECT
public:
    LookupWorker(std::filesystem::path data_dir, std::string server_url, std::string ca_file,
                 ClientReservationLookup* owner)
        : data_dir_(std::move(data_dir)), server_url_(std::move(server_url)), ca_file_(std::move(ca_file)), owner_(owner) {}

    void run(quint64 generation, const std::string& reference, const std::string& last_name) {
        if (generation != owner_->generation_.load()) return;  // superseded before it started
        auto answer = query(reference, last_name);
        QPointer<ClientReservationLookup> owner = owner_;
        QMetaObject::invokeMethod(owner_, [owner, generation, answer = std::move(answer)] {
            // A newer look-up or a cancel means the guest moved on: drop this answer.
            if (!owner || generation != owner->generation_) return;
            if (!answer) emit owner->offline(QString::fromStdString(answer.error()));
            else if (*answer) emit owner->found(**answer);
            else emit owner->notFound();
        }, Qt::QueuedConnection);
    }

private:
    Result<std::optional<sync::Reservation>, std::string> query(const std::string& reference, const std::string& last_name) {
        if (server_url_.empty()) return fail(std::string("no sync server configured"));
        if (!store_) {
            auto s = OutboxStore::open(data_dir_);
            if (!s) return fail("local store: " + s.error());
            store_ = std::move(*s);
        }
        auto e = store_->enrolment();
        if (!e) return fail(e.error());
        if (!e->has_value()) return fail(std::string("tablet not enrolled"));
        if (!client_) {
            sync::ClientOptions co;
            co.server_url = server_url_;
            co.ca_file = ca_file_;
            co.timeout = std::chrono::milliseconds(8000);  // a guest is waiting: give up sooner than the sync
            auto c = sync::Client::create(co);
            if (!c) return fail("sync client: " + c.error());
            client_ = std::move(*c);
        }
        client_->set_device_token((*e)->device_token);
        auto r = client_->lookup(reference, last_name);
        if (!r) return fail("look-up failed: " + r.error().message + " (status " + std::to_string(r.error().status()) + ")");
        return std::move(*r);
    }

    std::filesystem::path data_dir_;
    std::string server_url_, ca_file_;
    ClientReservationLookup* owner_;
    std::unique_ptr<OutboxStore> store_;
    std::unique_ptr<sync::Client> client_;
};

ClientReservationLookup::ClientReservationLookup(std::filesystem::path data_dir, std::string server_url,
                                                 std::string ca_file, QObject* parent)
    : ReservationLookup(parent) {
    worker_ = new LookupWorker(std::move(data_dir), std::move(server_url), std::move(ca_file), this);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.setObjectName(QStringLiteral("cardex-lookup"));
    thread_.start();
}

ClientReservationLookup::~ClientReservationLookup() {
    thread_.quit();
    thread_.wait();
}

void ClientReservationLookup::lookup(const QString& reference, const QString& last_name) {
    const quint64 generation = ++generation_;
    QMetaObject::invokeMethod(worker_, [w = worker_, generation, ref = reference.trimmed().toStdString(),
                                        name = last_name.trimmed().toStdString()] { w->run(generation, ref, name); },
                              Qt::QueuedConnection);
}

}  // namespace cardex::kiosk

#include "client_lookup.moc"
