// kiosk/flow/consent_model.hpp — the consent boxes of the guest flow: one row per purpose and
// channel, unticked until the guest ticks it, worded in the current language.
#pragma once

#include <QAbstractListModel>

#include <vector>

#include "cardex/model.hpp"

namespace cardex::kiosk {

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

    /// One event per box, granted or not: a refusal is a decision worth recording too.
    std::vector<cardex::ConsentEvent> events(const std::string& captured_at) const;

signals:
    void languageChanged();
    void grantedChanged();

private:
    QString language_ = QStringLiteral("fr");
    std::vector<bool> granted_;
};

}  // namespace cardex::kiosk
