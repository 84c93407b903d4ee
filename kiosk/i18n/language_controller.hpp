// kiosk/i18n/language_controller.hpp — switches the kiosk's language at run time: installs the
// compiled translation (:/i18n/cardex_kiosk_<code>.qm), sets the default QLocale (dates, sorting)
// and asks the QML engine to re-evaluate every qsTr binding.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTranslator>
#include <QVariantList>

#include <memory>

#include <QQmlEngine>

namespace cardex::kiosk {

class LanguageController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// The language the welcome screen comes back in (a supervisor setting).
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage WRITE setDefaultLanguage NOTIFY defaultLanguageChanged)
    /// [{code, name}] with each language's own name, in welcome-screen order.
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
public:
    explicit LanguageController(QObject* parent = nullptr);
    ~LanguageController() override;

    void setEngine(QQmlEngine* engine) { engine_ = engine; }

    QString language() const { return language_; }
    /// Ignores codes that are not kiosk languages.
    void setLanguage(const QString& code);
    QString defaultLanguage() const { return defaultLanguage_; }
    void setDefaultLanguage(const QString& code);
    QVariantList languages() const;
    Q_INVOKABLE bool isSupported(const QString& code) const;
    /// Back to the default language (the next guest).
    Q_INVOKABLE void reset() { setLanguage(defaultLanguage_); }

signals:
    void languageChanged();
    void defaultLanguageChanged();

private:
    QString language_;
    QString defaultLanguage_ = QStringLiteral("fr");
    std::unique_ptr<QTranslator> translator_;
    QPointer<QQmlEngine> engine_;
};

}  // namespace cardex::kiosk
