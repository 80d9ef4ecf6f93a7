// Every button of every panel can be reached with Alt and a letter: each QPushButton and
// QToolButton that shows text carries a mnemonic (&), none shared by two buttons of one dock, in
// both languages (Chinese in the style "保存(&S)": the key is a Latin letter or digit, which a
// keyboard types). Walked as the language-leak test walks the docks, after a live switch.

#include "MainWindow.h"
#include "Modules.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/demo/DemoShop.h>

#include <QDockWidget>
#include <QHash>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <iostream>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {

QString demoPath()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo.shopdesk"));
        auto db = core::Database::open(path);
        REQUIRE(db.ok());
        demo::DemoOptions options;
        options.lastDay = QDate(2026, 11, 24);
        REQUIRE(demo::DemoShop::create(**db, options).ok());
    }
    return path;
}

/// The key a button's text gives Alt: the character after a single '&' (empty: none).
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a plain ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

/// A button that shows text of its own (not a toolbar's tool button, whose action has the
/// shortcut and whose menu entry has the mnemonic; not an icon-only button).
bool showsOwnText(const QAbstractButton *b)
{
    if (b->text().trimmed().isEmpty())
        return false;
    if (auto *t = qobject_cast<const QToolButton *>(b))
        return !t->defaultAction() && t->toolButtonStyle() != Qt::ToolButtonIconOnly;
    return qobject_cast<const QPushButton *>(b) != nullptr;
}

/// The problems of one dock: a button without a mnemonic, or two buttons with one key.
QStringList problemsIn(QDockWidget *dock, bool chinese)
{
    QStringList out;
    QHash<QChar, QString> taken;
    static const QRegularExpression zhStyle(QStringLiteral(R"(\(&[A-Z0-9]\)(…|\.\.\.)?$)"));
    static const QRegularExpression cjk(QStringLiteral(R"([\x{3400}-\x{9fff}])"));
    for (QAbstractButton *b : dock->findChildren<QAbstractButton *>()) {
        if (!showsOwnText(b))
            continue;
        const QString where = dock->objectName() + QLatin1Char('/')
            + (b->objectName().isEmpty() ? QString::fromLatin1(b->metaObject()->className()) : b->objectName());
        const QChar key = mnemonicOf(b->text());
        if (key.isNull()) {
            out << QStringLiteral("%1 “%2”: no mnemonic").arg(where, b->text());
            continue;
        }
        if (!(key.isDigit() || (key >= QLatin1Char('A') && key <= QLatin1Char('Z'))))
            out << QStringLiteral("%1 “%2”: the mnemonic is not a letter a keyboard types").arg(where, b->text());
        if (chinese && b->text().contains(cjk) && !b->text().contains(zhStyle))
            out << QStringLiteral("%1 “%2”: not in the style 保存(&S)").arg(where, b->text());
        if (taken.contains(key))
            out << QStringLiteral("%1 “%2”: Alt+%3 is also %4").arg(where, b->text(), QString(key), taken.value(key));
        else
            taken.insert(key, QStringLiteral("“%1”").arg(b->text()));
    }
    return out;
}

} // namespace

TEST_CASE("every panel button has a mnemonic of its own within its dock, in both languages, after a live switch")
{
    core::language::install(QStringLiteral("zh_CN"));
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    REQUIRE(w.openShop(demoPath()));
    w.resize(1600, 1000);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    int buttons = 0;
    for (const QString &lang :
        { QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        CAPTURE(lang.toStdString());
        core::language::install(lang);
        QCoreApplication::processEvents();
        QStringList problems;
        buttons = 0;
        for (const QString &id : w.panelIds()) {
            core::Workbench *wb = w.workbench(id);
            REQUIRE(wb);
            for (QDockWidget *dock : wb->dockWidgets()) {
                for (QAbstractButton *b : dock->findChildren<QAbstractButton *>())
                    buttons += showsOwnText(b) ? 1 : 0;
                problems += problemsIn(dock, lang == QLatin1String("zh_CN"));
            }
        }
        for (const QString &p : problems)
            std::cerr << lang.toStdString() << ": " << p.toStdString() << '\n';
        CHECK(problems.isEmpty());
        CHECK(buttons > 100); // the walk saw the panels' buttons
    }
    core::language::install(QStringLiteral("zh_CN"));
}
