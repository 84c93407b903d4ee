#include "flow/country_list_model.hpp"

#include <QCollator>
#include <QLocale>

#include <algorithm>

#include <phonenumbers/phonenumberutil.h>

#include "cardex/country.hpp"

namespace cardex::kiosk {

QString fold_for_search(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing) out.append(c);
    return out.simplified();
}

CountryListModel::CountryListModel(QObject* parent) : QAbstractListModel(parent) { rebuild(); }

int CountryListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(visible_.size());
}

QVariant CountryListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Country& c = all_[static_cast<std::size_t>(visible_[static_cast<std::size_t>(index.row())])];
    switch (role) {
        case CodeRole: return c.code;
        case Qt::DisplayRole:
        case NameRole: return c.name;
        case CallingCodeRole: return c.calling_code;
        default: return {};
    }
}

QHash<int, QByteArray> CountryListModel::roleNames() const {
    return {{CodeRole, "code"}, {NameRole, "name"}, {CallingCodeRole, "callingCode"}};
}

void CountryListModel::setLanguage(const QString& language) {
    if (language == language_) return;
    language_ = language;
    rebuild();
    emit languageChanged();
}

void CountryListModel::setFilter(const QString& filter) {
    if (filter == filter_) return;
    filter_ = filter;
    refilter();
    emit filterChanged();
}

QString CountryListModel::nameOf(const QString& code) const {
    if (code.isEmpty()) return {};
    return QString::fromStdString(cardex::country_name(code.toStdString(), language_.toStdString()));
}

QString CountryListModel::callingCodeOf(const QString& code) const {
    const auto it = std::find_if(all_.begin(), all_.end(), [&](const Country& c) { return c.code == code; });
    return it == all_.end() ? QString() : it->calling_code;
}

void CountryListModel::rebuild() {
    beginResetModel();
    all_.clear();
    const std::string lang = language_.toStdString();
    const auto* phone_util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    // ISO 3166-1 alpha-2 has no registry to iterate in ICU's public C++ API that matches
    // cardex::is_country_code exactly; the 676 two-letter combinations are cheap to test.
    for (char a = 'A'; a <= 'Z'; ++a)
        for (char b = 'A'; b <= 'Z'; ++b) {
            const std::string code{a, b};
            if (!cardex::is_country_code(code)) continue;
            Country c;
            c.code = QString::fromStdString(code);
            c.name = QString::fromStdString(cardex::country_name(code, lang));
            c.folded_name = fold_for_search(c.name);
            const int calling = phone_util->GetCountryCodeForRegion(code);
            if (calling > 0) c.calling_code = QStringLiteral("+%1").arg(calling);
            all_.push_back(std::move(c));
        }
    QCollator collator{QLocale(language_)};
    std::sort(all_.begin(), all_.end(), [&](const Country& x, const Country& y) { return collator.compare(x.name, y.name) < 0; });
    endResetModel();
    refilter();
}

void CountryListModel::refilter() {
    beginResetModel();
    visible_.clear();
    const QString needle = fold_for_search(filter_);
    // A name in another kiosk language or an alias ("Deutschland" on a French kiosk) names one country.
    const auto alias = needle.size() >= 2 ? cardex::country_to_alpha2(filter_.trimmed().toStdString()) : std::nullopt;
    const QString alias_code = alias ? QString::fromStdString(*alias) : QString();
    for (int i = 0; i < static_cast<int>(all_.size()); ++i) {
        const Country& c = all_[static_cast<std::size_t>(i)];
        if (alias_code == c.code) visible_.insert(visible_.begin(), i);  // the exact match first
        else if (needle.isEmpty() || c.folded_name.contains(needle)) visible_.push_back(i);
    }
    endResetModel();
    emit countChanged();
}

}  // namespace cardex::kiosk
