#include "i18n/language_controller.hpp"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QQmlEngine>

#include "flow/consent_catalog.hpp"

Q_LOGGING_CATEGORY(lcLanguage, "cardex.kiosk.language")

namespace cardex::kiosk {
namespace {

// Each language's name in itself, so that every guest finds theirs whatever is shown.
QString endonym(const std::string& code) {
    if (code == "fr") return QStringLiteral("Français");
    if (code == "en") return QStringLiteral("English");
    if (code == "es") return QStringLiteral("Español");
    if (code == "it") return QStringLiteral("Italiano");
    if (code == "de") return QStringLiteral("Deutsch");
    if (code == "zh") return QStringLiteral("中文");
    if (code == "uk") return QStringLiteral("Українська");
    return QString::fromStdString(code);
}

// Locales for dates and sorting; Chinese is simplified Chinese as spoken in mainland China.
QLocale locale_of(const QString& code) {
    if (code == QLatin1String("zh")) return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    if (code == QLatin1String("en")) return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(code);
}

}  // namespace

LanguageController::LanguageController(QObject* parent) : QObject(parent) { setLanguage(defaultLanguage_); }

LanguageController::~LanguageController() {
    if (translator_) QCoreApplication::removeTranslator(translator_.get());
}

bool LanguageController::isSupported(const QString& code) const {
    const auto& all = kiosk_languages();
    return std::find(all.begin(), all.end(), code.toStdString()) != all.end();
}

void LanguageController::setLanguage(const QString& code) {
    if (code == language_ || !isSupported(code)) return;
    auto next = std::make_unique<QTranslator>();
    // English is the source language: an empty translator shows the source strings.
    if (code != QLatin1String("en") && !next->load(QStringLiteral(":/i18n/cardex_kiosk_%1.qm").arg(code)))
        qCWarning(lcLanguage) << "no compiled translation for" << code;
    if (translator_) QCoreApplication::removeTranslator(translator_.get());
    translator_ = std::move(next);
    QCoreApplication::installTranslator(translator_.get());
    QLocale::setDefault(locale_of(code));
    language_ = code;
    if (engine_) engine_->retranslate();
    emit languageChanged();
}

void LanguageController::setDefaultLanguage(const QString& code) {
    if (code == defaultLanguage_ || !isSupported(code)) return;
    defaultLanguage_ = code;
    emit defaultLanguageChanged();
}

QVariantList LanguageController::languages() const {
    QVariantList list;
    for (const std::string& code : kiosk_languages())
        list.append(QVariantMap{{QStringLiteral("code"), QString::fromStdString(code)}, {QStringLiteral("name"), endonym(code)}});
    return list;
}

}  // namespace cardex::kiosk
