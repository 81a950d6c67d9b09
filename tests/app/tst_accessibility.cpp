// SPDX-License-Identifier: GPL-3.0-or-later
// An accessibility and high-DPI audit of the whole window over a real project: every control a
// keyboard user can reach tells a screen reader what it is (the name Qt's accessibility layer
// gives it, from its text, its label or its accessible name), in English and in French; and at
// a device pixel ratio of 2 the map is painted at full resolution, not scaled up.
#include "demogenerator.h"
#include "keysdialog.h"
#include "officekeydialog.h"
#include "picturedialog.h"
#include "preferencesdialog.h"
#include "mainwindow.h"
#include "mapcanvas.h"
#include "mappainter.h"
#include "projectcontroller.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace phenomap;

namespace {

/// The reachable controls without an accessible name: "Class objectName (parent chain)";
/// *checked counts the controls looked at.
QStringList unnamedControls(QWidget *root, int *checked = nullptr)
{
    QStringList missing;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus || w->focusProxy())
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface)
            continue;
        // Views, text areas and containers are named by what they hold; the controls are the
        // buttons, boxes, fields and sliders a person operates.
        const QAccessible::Role role = iface->role();
        static const QList<QAccessible::Role> controls{
            QAccessible::PushButton, QAccessible::CheckBox,  QAccessible::RadioButton, QAccessible::ComboBox,
            QAccessible::SpinBox,    QAccessible::Slider,    QAccessible::EditableText, QAccessible::ButtonMenu,
            QAccessible::ButtonDropDown, QAccessible::Dial};
        if (!controls.contains(role))
            continue;
        if (checked)
            ++*checked;
        if (qEnvironmentVariableIsSet("PHENOMAP_AUDIT_LIST"))
            qInfo("%s %s: %s", w->metaObject()->className(), qPrintable(w->objectName()),
                  qPrintable(iface->text(QAccessible::Name)));
        // A button says its text. A box, field or slider has no text of its own (Qt would read a
        // combo box's current value as its name): it needs an accessible name or a label.
        const bool valueControl = role == QAccessible::ComboBox || role == QAccessible::SpinBox
                                  || role == QAccessible::EditableText || role == QAccessible::Slider
                                  || role == QAccessible::Dial;
        const bool named = valueControl ? !w->accessibleName().trimmed().isEmpty()
                                              || !iface->relations(QAccessible::Label).isEmpty()
                                        : !iface->text(QAccessible::Name).trimmed().isEmpty();
        if (!named) {
            QString chain;
            for (QWidget *p = w->parentWidget(); p && p != root && chain.size() < 200; p = p->parentWidget())
                chain += QLatin1Char(' ') + QString::fromLatin1(p->metaObject()->className()) + QLatin1Char(':')
                         + p->objectName();
            missing << QStringLiteral("%1 %2 [%3]").arg(QString::fromLatin1(w->metaObject()->className()),
                                                           w->objectName(), chain.trimmed());
        }
    }
    return missing;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    int checkEveryDock(MainWindow &window, QStringList &missing)
    {
        int checked = 0;
        // Docks that share a tab show one at a time: raise each to look at its controls.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            dock->show();
            dock->raise();
            QCoreApplication::processEvents();
            missing += unnamedControls(dock, &checked);
            // Tabs inside a dock (the filter's "When and Where") show one page at a time too.
            for (QTabWidget *tabs : dock->findChildren<QTabWidget *>()) {
                const int current = tabs->currentIndex();
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    QCoreApplication::processEvents();
                    missing += unnamedControls(dock, &checked);
                }
                tabs->setCurrentIndex(current);
            }
        }
        missing += unnamedControls(&window, &checked);
        missing.removeDuplicates();
        return checked;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.gpkg"));
        generateDemo(m_path, {.incidents = 300, .seed = 8, .title = QStringLiteral("Audit")});
    }

    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("nl") << QStringLiteral("nl");
    }

    void everyControlHasAName()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/phenomap_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        {
            MainWindow window;
            window.resize(1600, 1000);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.openInitialProject(m_path);
            QVERIFY(window.controller()->project());
            QStringList missing;
            const int checked = checkEveryDock(window, missing);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("\n"))));
            QVERIFY2(checked > 40, qPrintable(QString::number(checked))); // the docks' controls were seen
            // The audit does catch a control nobody named.
            auto *dock = window.findChild<QDockWidget *>(QStringLiteral("filterDock"));
            auto *stray = new QComboBox(dock->widget());
            stray->setObjectName(QStringLiteral("strayCombo"));
            stray->show();
            dock->raise();
            QCoreApplication::processEvents();
            QVERIFY(unnamedControls(dock).join(QLatin1Char(' ')).contains(QLatin1String("strayCombo")));
        }
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&translator);
    }

    /// The dialogs an analyst fills in: same rule.
    void dialogsNameTheirControls()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        PreferencesDialog preferences(&settings);
        PictureDialog picture;
        OfficeKeyDialog officeKey;
        KeysDialog keys(m_dir.filePath(QStringLiteral("keys")));
        for (QDialog *dialog : std::initializer_list<QDialog *>{&preferences, &picture, &officeKey, &keys}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            int checked = 0;
            const QStringList missing = unnamedControls(dialog, &checked);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String("\n"))));
            QVERIFY2(checked > 0, dialog->metaObject()->className());
            dialog->hide();
        }
    }

    /// The map drawn for a screen with twice the pixel density: the canvas image has twice the
    /// pixels, and an incident's dot covers about four times as many device pixels as at 1x.
    void mapIsSharpAtTwiceThePixelDensity()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openInitialProject(m_path);
        MapCanvas *canvas = window.mapCanvas();
        const auto render = [&](qreal dpr) {
            QImage image(canvas->size() * dpr, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            image.fill(Qt::white);
            QPainter p(&image);
            canvas->mapPainter().paint(p, canvas->viewport());
            p.end();
            return image;
        };
        const QImage one = render(1.0), two = render(2.0);
        QCOMPARE(two.size(), one.size() * 2);
        QCOMPARE(two.devicePixelRatio(), 2.0);
        // Pixels that differ from the 1x image scaled up: a sharp 2x render adds detail the
        // scaled 1x image cannot have (edges of dots, lines and letters).
        const QImage scaled = one.scaled(two.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation);
        qint64 differ = 0;
        for (int y = 0; y < two.height(); y += 2)
            for (int x = 0; x < two.width(); x += 2)
                if (two.pixel(x, y) != scaled.pixel(x, y))
                    ++differ;
        QVERIFY2(differ > 1000, qPrintable(QString::number(differ)));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
