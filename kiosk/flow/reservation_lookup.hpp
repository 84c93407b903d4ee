// kiosk/flow/reservation_lookup.hpp — "I have a booking": finds a reservation by reference and last
// name (protocol.md "Booking look-up"). Implemented by kiosk/sync with the protocol client; the UI
// only knows this interface.
#pragma once

#include <QObject>
#include <QString>

#include "cardex/sync/client.hpp"  // cardex::sync::Reservation (a plain struct; no link dependency)

namespace cardex::kiosk {

/// Asynchronous: lookup() returns at once, and exactly one of found / notFound / offline follows
/// on the UI thread (possibly before lookup() returns, for in-memory implementations: the caller
/// connects first). A new lookup() or cancel() drops the answer of the previous one: the guest may
/// have left, and nothing of a previous guest may reach the next one.
class ReservationLookup : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~ReservationLookup() override;

    virtual void lookup(const QString& reference, const QString& last_name) = 0;
    virtual void cancel() = 0;

signals:
    /// Both reference and last name matched; carries what is known to pre-fill the card.
    void found(const cardex::sync::Reservation& reservation);
    /// The server answered 404: the reference and name do not match a booking.
    void notFound();
    /// No answer (no network, timeout, not enrolled, rate-limited, server error): the guest fills
    /// everything in. `reason` is for the log only.
    void offline(const QString& reason);
};

}  // namespace cardex::kiosk

Q_DECLARE_METATYPE(cardex::sync::Reservation)
