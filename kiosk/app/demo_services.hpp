// kiosk/app/demo_services.hpp — the in-memory services bundled for tests, the --tour mode and a
// kiosk started without a store, with a few knobs the Qt Quick tests turn from QML (`Kiosk.demo`).
#pragma once

#include <QObject>

#include "flow/memory_services.hpp"

namespace cardex::kiosk {

class DemoServices : public QObject {
    Q_OBJECT
    Q_PROPERTY(int savedCount READ savedCount NOTIFY savedChanged)
public:
    explicit DemoServices(QObject* parent = nullptr);

    MemorySubmissionSink sink;
    MemoryReservationLookup lookup;
    MemorySyncControl sync;

    int savedCount() const { return static_cast<int>(sink.saved().size()); }
    /// The last saved submission as protocol JSON ("" when none).
    Q_INVOKABLE QString lastSavedJson() const;
    Q_INVOKABLE void setLookupOffline(bool offline) { lookup.set_offline(offline); }
    Q_INVOKABLE void failNextSave() { sink.fail_next = true; }
    /// Fills the sync side with a believable state: an outbox, an error, two rejected cards.
    Q_INVOKABLE void addSampleSyncState();
    /// Emitted by the backend after each save (the sink itself is not a QObject).
    void notifySaved() { emit savedChanged(); }

signals:
    void savedChanged();
};

}  // namespace cardex::kiosk
