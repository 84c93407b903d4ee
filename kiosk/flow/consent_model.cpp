#include "flow/consent_model.hpp"

#include <algorithm>

#include "flow/consent_catalog.hpp"

namespace cardex::kiosk {

ConsentModel::ConsentModel(QObject* parent) : QAbstractListModel(parent), granted_(kiosk_consents().size(), false) {}

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
        case GrantedRole: return bool(granted_[row]);
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

int ConsentModel::grantedCount() const { return static_cast<int>(std::count(granted_.begin(), granted_.end(), true)); }

void ConsentModel::setGranted(int row, bool granted) {
    if (row < 0 || row >= rowCount() || granted_[static_cast<std::size_t>(row)] == granted) return;
    granted_[static_cast<std::size_t>(row)] = granted;
    emit dataChanged(index(row), index(row), {GrantedRole});
    emit grantedChanged();
}

bool ConsentModel::isGranted(int row) const {
    return row >= 0 && row < rowCount() && granted_[static_cast<std::size_t>(row)];
}

void ConsentModel::reset() {
    const bool any = grantedCount() > 0;
    std::fill(granted_.begin(), granted_.end(), false);
    if (any) {
        emit dataChanged(index(0), index(rowCount() - 1), {GrantedRole});
        emit grantedChanged();
    }
}

std::vector<cardex::ConsentEvent> ConsentModel::events(const std::string& captured_at) const {
    std::vector<cardex::ConsentEvent> out;
    for (std::size_t i = 0; i < kiosk_consents().size(); ++i) {
        const ConsentText& c = kiosk_consents()[i];
        out.push_back({c.purpose, granted_[i], c.text_id, c.text_version, language_.toStdString(), captured_at});
    }
    return out;
}

}  // namespace cardex::kiosk
