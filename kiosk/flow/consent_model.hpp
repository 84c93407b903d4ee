// kiosk/flow/consent_model.hpp — the consent boxes of the guest flow: one row per purpose and
// channel, unticked until the guest ticks it, worded in the current language. Each box remembers
// the moment it was ticked or unticked: the language and text version shown then, and the time
// (police-cards.md: a consent record keeps the text version shown, language and time). Switching
// the language afterwards, or confirming the card later, changes neither.
#pragma once

#include <QAbstractListModel>

#include <vector>

#include "cardex/model.hpp"

namespace cardex::kiosk {

/// Now, as RFC 3339 with the tablet's UTC offset ("2026-11-22T09:58:12+01:00").
std::string rfc3339_now();

class ConsentModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int grantedCount READ grantedCount NOTIFY grantedChanged)
public:
    enum Role { PurposeRole = Qt::UserRole + 1, TextIdRole, TextVersionRole, WordingRole, GrantedRole };
    explicit ConsentModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString language() const { return language_; }
    void setLanguage(const QString& language);
    int grantedCount() const;

    Q_INVOKABLE void setGranted(int row, bool granted);
    Q_INVOKABLE bool isGranted(int row) const;
    /// Every box back to unticked (next guest).
    Q_INVOKABLE void reset();

    /// One event per box, granted or not: a refusal is a decision worth recording too. A box the
    /// guest ticked or unticked carries that moment's language, text version and time; a box left
    /// as it was offered is a refusal shown in the current language at `captured_at` (the Confirm).
    std::vector<cardex::ConsentEvent> events(const std::string& captured_at) const;

signals:
    void languageChanged();
    void grantedChanged();

private:
    // The guest's last decision on one box; `at` is empty while the box is as it was offered.
    struct Decision {
        bool granted = false;
        std::string language;
        int text_version = 0;
        std::string at;
    };
    QString language_ = QStringLiteral("fr");
    std::vector<Decision> decisions_;
};

}  // namespace cardex::kiosk
