#include "flow/consent_model.hpp"

#include <QDateTime>

#include <algorithm>

#include "flow/consent_catalog.hpp"

namespace cardex::kiosk {

std::string rfc3339_now() {
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODate).toStdString();
}

ConsentModel::ConsentModel(QObject* parent) : QAbstractListModel(parent), decisions_(kiosk_consents().size()) {}

int ConsentModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(kiosk_consents().size());
}

QVariant ConsentModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const auto row = static_cast<std::size_t>(index.row());
    const ConsentText& c = kiosk_consents()[row];
    switch (role) {
        case PurposeRole: return QString::fromUtf8(cardex::to_string(c.purpose));
        case TextIdRole: return QString::fromStdString(c.text_id);
        case TextVersionRole: return c.text_version;
        case Qt::DisplayRole:
        case WordingRole: return QString::fromStdString(consent_wording(c.text_id, language_.toStdString()));
        case GrantedRole: return decisions_[row].granted;
        default: return {};
    }
}

QHash<int, QByteArray> ConsentModel::roleNames() const {
    return {{PurposeRole, "purpose"}, {TextIdRole, "textId"}, {TextVersionRole, "textVersion"},
            {WordingRole, "wording"}, {GrantedRole, "granted"}};
}

void ConsentModel::setLanguage(const QString& language) {
    if (language == language_) return;
    language_ = language;
    emit dataChanged(index(0), index(rowCount() - 1), {WordingRole, Qt::DisplayRole});
    emit languageChanged();
}

int ConsentModel::grantedCount() const {
    return static_cast<int>(std::count_if(decisions_.begin(), decisions_.end(), [](const Decision& d) { return d.granted; }));
}

void ConsentModel::setGranted(int row, bool granted) {
    if (row < 0 || row >= rowCount() || decisions_[static_cast<std::size_t>(row)].granted == granted) return;
    const auto r = static_cast<std::size_t>(row);
    decisions_[r] = {granted, language_.toStdString(), kiosk_consents()[r].text_version, rfc3339_now()};
    emit dataChanged(index(row), index(row), {GrantedRole});
    emit grantedChanged();
}

bool ConsentModel::isGranted(int row) const {
    return row >= 0 && row < rowCount() && decisions_[static_cast<std::size_t>(row)].granted;
}

void ConsentModel::reset() {
    const bool any = grantedCount() > 0;
    std::fill(decisions_.begin(), decisions_.end(), Decision{});
    if (any) {
        emit dataChanged(index(0), index(rowCount() - 1), {GrantedRole});
        emit grantedChanged();
    }
}

std::vector<cardex::ConsentEvent> ConsentModel::events(const std::string& captured_at) const {
    std::vector<cardex::ConsentEvent> out;
    for (std::size_t i = 0; i < kiosk_consents().size(); ++i) {
        const ConsentText& c = kiosk_consents()[i];
        const Decision& d = decisions_[i];
        if (d.at.empty()) out.push_back({c.purpose, false, c.text_id, c.text_version, language_.toStdString(), captured_at});
        else out.push_back({c.purpose, d.granted, c.text_id, d.text_version, d.language, d.at});
    }
    return out;
}

}  // namespace cardex::kiosk
