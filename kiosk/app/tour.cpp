#include "app/tour.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QThread>

#include "app/demo_services.hpp"
#include "app/kiosk_backend.hpp"

namespace cardex::kiosk {
namespace {

struct SampleGuest {
    const char *first, *last, *birth_place, *nationality, *line1, *postcode, *city, *country, *email, *phone;
};

// A guest who could plausibly choose each language, so that every screen shows realistic text
// lengths and scripts.
SampleGuest sample_for(const QString& lang) {
    if (lang == "zh") return {"小明", "王", "上海", "CN", "南京西路 1266 号", "200040", "上海", "CN", "wang.xiaoming@example.cn", "138 0013 8000"};
    if (lang == "uk") return {"Олена", "Шевченко", "Київ", "UA", "вул. Хрещатик, 22", "01001", "Київ", "UA", "olena.shevchenko@example.ua", "050 123 4567"};
    if (lang == "de") return {"Lukas", "Schäfer-Brandenburger", "München", "DE", "Leopoldstraße 142", "80804", "München", "DE", "lukas.schaefer@example.de", "0151 23456789"};
    if (lang == "es") return {"María José", "García Fernández", "Sevilla", "ES", "Calle Sierpes 45, 3º B", "41004", "Sevilla", "ES", "mj.garcia@example.es", "612 345 678"};
    if (lang == "it") return {"Giulia", "Rossi", "Torino", "IT", "Via Roma 12", "10121", "Torino", "IT", "giulia.rossi@example.it", "347 123 4567"};
    if (lang == "en") return {"James", "O'Connor", "Dublin", "IE", "14 Merrion Square", "D02 XY45", "Dublin", "IE", "james.oconnor@example.ie", "085 123 4567"};
    return {"Élodie", "Lefèvre", "Lyon", "FR", "12 rue de la République", "69002", "Lyon", "FR", "elodie.lefevre@example.fr", "06 12 34 56 78"};
}

void fill_sample(GuestForm& form, const QString& lang) {
    const SampleGuest g = sample_for(lang);
    form.set("guest.first_name", QString::fromUtf8(g.first));
    form.set("guest.last_name", QString::fromUtf8(g.last));
    form.set("guest.birth_date", QStringLiteral("1988-04-17"));
    form.set("guest.birth_place", QString::fromUtf8(g.birth_place));
    form.set("guest.nationality", QString::fromUtf8(g.nationality));
    form.set("guest.address.line1", QString::fromUtf8(g.line1));
    form.set("guest.address.postcode", QString::fromUtf8(g.postcode));
    form.set("guest.address.city", QString::fromUtf8(g.city));
    form.set("guest.address.country", QString::fromUtf8(g.country));
    form.set("guest.email", QString::fromUtf8(g.email));
    form.set("guest.phone", QString::fromUtf8(g.phone));
    form.set("phone_region", QString::fromUtf8(g.country));
    form.setSignature(QStringLiteral("M40 120 C60 40 90 40 110 110 S150 170 180 90 L220 60 M240 110 L320 100"));
}

}  // namespace

int run_tour(QQmlApplicationEngine& engine, KioskBackend& backend, const QString& dir, QSize size) {
    QTextStream err(stderr);
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window) {
        err << "cardex-kiosk: --tour: the main window did not load\n";
        return -1;
    }
    if (!QDir().mkpath(dir)) {
        err << "cardex-kiosk: --tour: cannot create " << dir << "\n";
        return -1;
    }
    window->resize(size);
    if (auto* demo = qobject_cast<DemoServices*>(backend.demo())) demo->addSampleSyncState();
    QVariant screens;
    QMetaObject::invokeMethod(window, "tourScreens", Q_RETURN_ARG(QVariant, screens));
    const QStringList names = screens.toStringList();
    int written = 0;
    for (const QVariant& lang : backend.languages()->languages()) {
        const QString code = lang.toMap().value(QStringLiteral("code")).toString();
        backend.newGuest();
        backend.languages()->setLanguage(code);
        for (int i = 0; i < names.size(); ++i) {
            const QString& screen = names[i];
            // The first screens show the flow as a guest meets it; from the card on, a filled card.
            if (screen == QLatin1String("identity")) fill_sample(*backend.form(), code);
            QMetaObject::invokeMethod(window, "showScreen", Q_ARG(QVariant, screen));
            // Nested layouts settle over a few polish passes; let them before taking the picture.
            for (int pass = 0; pass < 10; ++pass) {
                QCoreApplication::processEvents();
                QThread::msleep(20);
            }
            const QImage image = window->grabWindow();
            const QString path = QStringLiteral("%1/%2-%3-%4.png").arg(dir, code).arg(i + 1, 2, 10, QLatin1Char('0')).arg(screen);
            if (image.isNull() || !image.save(path)) {
                err << "cardex-kiosk: --tour: cannot write " << path << "\n";
                return -1;
            }
            ++written;
        }
    }
    backend.newGuest();
    return written;
}

}  // namespace cardex::kiosk
