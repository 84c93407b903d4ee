// kiosk/flow/country_list_model.hpp — every ISO 3166-1 country, named in the kiosk's current
// language (ICU data via cardex/country.hpp), sorted for that language, searchable by name in any
// kiosk language, by alias ("USA", "Holland"), by code ("FR", "FRA"), accents and case ignored.
// Also gives each country's telephone calling code for the phone field's country-code picker.
#pragma once

#include <QAbstractListModel>

#include <vector>

namespace cardex::kiosk {

class CountryListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { CodeRole = Qt::UserRole + 1, NameRole, CallingCodeRole };
    explicit CountryListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString language() const { return language_; }
    void setLanguage(const QString& language);
    QString filter() const { return filter_; }
    void setFilter(const QString& filter);

    /// The country's name in the current language ("" for an unknown code).
    Q_INVOKABLE QString nameOf(const QString& code) const;
    /// "+33" for "FR"; "" when unknown.
    Q_INVOKABLE QString callingCodeOf(const QString& code) const;

signals:
    void languageChanged();
    void filterChanged();
    void countChanged();

private:
    struct Country {
        QString code, name, folded_name, calling_code;
    };
    void rebuild();
    void refilter();

    QString language_ = QStringLiteral("fr");
    QString filter_;
    std::vector<Country> all_;     // sorted by name in language_
    std::vector<int> visible_;     // indices into all_
};

/// Lower case, accents removed, for searching ("Équateur" → "equateur").
QString fold_for_search(const QString& text);

}  // namespace cardex::kiosk
