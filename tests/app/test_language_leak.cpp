// One language at a time: every string of the window's chrome (dock titles, labels, buttons,
// headers, placeholders, tool tips, group boxes, tabs, combo items, menus, toolbars, the Edit
// menu's undo text) is of the language the user chose, before and after a live switch both ways.
// Heuristic: Chinese characters in English; in Chinese, a Latin word outside a small allow-list
// (SKU, PV, UV, ID …, shortcuts, file names). The shop's data (item titles and codes, buyer
// names) may be in either: it is what the shop holds, not the chrome.

#include "MainWindow.h"
#include "Modules.h"

#include <shopdesk/core/About.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/Vocabulary.h>
#include <shopdesk/demo/DemoShop.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QXmlStreamReader>

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

/// One string seen on screen and where.
struct Seen {
    QString where, text;
};

/// Tables whose words are the shop's own: the reply library's names (催付, 到货通知) are what the
/// shop called its replies, in whichever language it wrote them.
const QSet<QString> kDataTables = { QStringLiteral("dock.service.replies/table") };

/// Labels that show a message to buyers (always Chinese: the buyer reads it), not the chrome.
const QSet<QString> kBuyerMessages = { QStringLiteral("statusLine") };

/// The short words of ShopDesk's catalogues (vocabulary, statuses, kinds) in the language that is
/// not `lang`: a table cell holding one exactly was made in the other language and kept.
QSet<QString> otherLanguageWords(const QString &lang)
{
    QSet<QString> words;
    const QDir dir(QStringLiteral(SHOPDESK_SOURCE_DIR "/translations"));
    for (const QString &file : dir.entryList({ QStringLiteral("*_zh_CN.ts") })) {
        QFile f(dir.filePath(file));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString source, translation;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                const QString word = lang == QLatin1String("en") ? translation : source;
                if (source != translation && word.size() >= 2 && word.size() <= 12 && !word.contains(QLatin1Char('%'))
                    && !word.contains(QLatin1Char('&')))
                    words.insert(word);
            }
        }
    }
    return words;
}

class Collector {
public:
    explicit Collector(const QString &lang)
        : mOtherLanguage(otherLanguageWords(lang))
    {
    }
    void add(const QString &where, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            mSeen.push_back({ where, text });
    }
    void addData(const QString &text)
    {
        static const QRegularExpression words(QStringLiteral(R"([A-Za-z]{2,}|[\x{3400}-\x{9fff}]+)"));
        for (auto m = words.globalMatch(text); m.hasNext();)
            mData.insert(m.next().captured(0));
    }

    void widget(QWidget *w, const QString &where)
    {
        const QString at = where + QLatin1Char('/')
            + (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
        add(at + QStringLiteral("[tooltip]"), w->toolTip());
        add(at + QStringLiteral("[placeholder]"), w->property("placeholderText").toString());
        if (auto *l = qobject_cast<QLabel *>(w); l && kBuyerMessages.contains(l->objectName())) {
            addData(l->text()); // a message to buyers: Chinese whatever the UI language
        } else if (l) {
            // A label that shows a record (a detail pane) holds data as well as words: the data is
            // allowed, the words around it are checked.
            add(at, QTextDocumentFragmentPlain(l->text()));
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            add(at, b->text());
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            add(at, g->title());
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(at + QStringLiteral("[item]"), c->itemText(i));
        } else if (auto *t = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < t->count(); ++i) {
                add(at + QStringLiteral("[tab]"), t->tabText(i));
                add(at + QStringLiteral("[tab tooltip]"), t->tabToolTip(i));
            }
        } else if (auto *v = qobject_cast<QAbstractItemView *>(w); v && !qobject_cast<QHeaderView *>(w)) {
            if (QAbstractItemModel *m = v->model()) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    add(at + QStringLiteral("[header]"), m->headerData(c, Qt::Horizontal).toString());
                    add(at + QStringLiteral("[header tooltip]"),
                        m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
                }
                for (int r = 0; r < m->rowCount(); ++r)
                    for (int c = 0; c < m->columnCount(); ++c) {
                        const QString cell = m->index(r, c).data().toString();
                        addData(cell);
                        if (isStoredCode(cell))
                            mSeen.push_back({ at + QStringLiteral("[cell, a stored code]"), cell });
                        else if (!cell.isEmpty() && !kDataTables.contains(at) && mOtherLanguage.contains(cell))
                            mSeen.push_back({ at + QStringLiteral("[cell, the other language's word]"), cell });
                    }
            }
        }
        for (QAction *a : w->actions())
            action(a, at);
    }

    void action(QAction *a, const QString &where)
    {
        if (a->isSeparator())
            return;
        const QString at = where + QStringLiteral("/action ") + a->objectName();
        add(at, a->text());
        if (a->toolTip() != a->text() && a->toolTip() != QString(a->text()).remove(QLatin1Char('&')))
            add(at + QStringLiteral("[tooltip]"), a->toolTip());
        add(at + QStringLiteral("[status tip]"), a->statusTip());
        if (QMenu *m = a->menu()) {
            add(at + QStringLiteral("[menu]"), m->title());
            for (QAction *sub : m->actions())
                action(sub, at);
        }
    }

    /// A code the shop file stores and the UI shows in words (traffic → 引流款, STO → 申通).
    static bool isStoredCode(const QString &text)
    {
        using V = core::Vocabulary;
        return !text.isEmpty()
            && (V::role(text) != text || V::category(text) != text || V::flag(text) != text || V::courier(text) != text
                || V::moveKind(text) != text || V::platform(text) != text);
    }

    static QString QTextDocumentFragmentPlain(const QString &text)
    {
        QString plain = text;
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        plain.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
        return plain;
    }

    /// The strings that are not of `lang`.
    QStringList leaks(const QString &lang) const
    {
        static const QRegularExpression cjk(QStringLiteral(R"([\x{3400}-\x{9fff}]+)"));
        static const QRegularExpression latin(QStringLiteral(R"([A-Za-z][A-Za-z']+)"));
        // File names and paths, shortcuts in tool tips, e-mail and web addresses.
        static const QRegularExpression files(QStringLiteral(
            R"((\S*[/\\]\S*)|([\w.-]+\.(shopdesk|db|sqlite|csv|xlsx|pdf|png|txt|json))|(\b(Ctrl|Shift|Alt|Meta)\+\S+))"));
        static const QSet<QString> allowed = { QStringLiteral("SKU"), QStringLiteral("PV"), QStringLiteral("UV"),
            QStringLiteral("ID"), QStringLiteral("DSR"), QStringLiteral("ROI"), QStringLiteral("EMS"),
            QStringLiteral("CSV"), QStringLiteral("PDF"), QStringLiteral("PNG"), QStringLiteral("Excel"),
            QStringLiteral("ShopDesk"), QStringLiteral("English"), QStringLiteral("SKUs"), QStringLiteral("Esc"),
            QStringLiteral("Enter"), QStringLiteral("Del"), QStringLiteral("Tab"), QStringLiteral("xlsx"),
            QStringLiteral("csv"), QStringLiteral("kg"), QStringLiteral("QQ"), QStringLiteral("VIP"),
            QStringLiteral("DIY"), QStringLiteral("EAN"), QStringLiteral("UTF"), QStringLiteral("GBK"),
            QStringLiteral("XL"), QStringLiteral("XXL"), QStringLiteral("XS"), QStringLiteral("WPS"),
            QStringLiteral("SQLite"), QStringLiteral("Qt"), QStringLiteral("YYYY"), QStringLiteral("MM"),
            QStringLiteral("DD"), QStringLiteral("HH"), QStringLiteral("XLSX"), QStringLiteral("mm") };
        QStringList out;
        for (const Seen &s : mSeen) {
            if (s.where.endsWith(QLatin1String("[cell, a stored code]"))
                || s.where.endsWith(QLatin1String("[cell, the other language's word]"))) {
                out << QStringLiteral("%1: “%2”").arg(s.where, s.text);
                continue;
            }
            QString text = s.text;
            text.remove(files);
            QStringList bad;
            if (lang == QLatin1String("en")) {
                for (auto m = cjk.globalMatch(text); m.hasNext();) {
                    const QString word = m.next().captured(0);
                    if (!mData.contains(word) && word != QString::fromUtf8("中文"))
                        bad << word;
                }
                if (text.contains(QString::fromUtf8("中文（简体）")))
                    bad.removeAll(QString::fromUtf8("简体")); // the language menu names each language in itself
            } else {
                for (auto m = latin.globalMatch(text); m.hasNext();) {
                    const QString word = m.next().captured(0);
                    if (!allowed.contains(word) && !mData.contains(word))
                        bad << word;
                }
            }
            if (!bad.isEmpty())
                out << QStringLiteral("%1: “%2” (%3)").arg(s.where, s.text, bad.join(QLatin1Char(' ')));
        }
        out.removeDuplicates();
        return out;
    }

private:
    QSet<QString> mOtherLanguage;
    std::vector<Seen> mSeen;
    QSet<QString> mData;
};

/// Everything the window shows of its chrome: menus, toolbars, status bar and each dock, each
/// brought to the front in turn (a tabified dock's children are painted only then).
void collect(app::MainWindow &w, Collector &c)
{
    for (QAction *a : w.menuBar()->actions())
        c.action(a, QStringLiteral("menu"));
    for (QToolBar *bar : w.findChildren<QToolBar *>()) {
        if (!bar->isVisible())
            continue;
        c.add(QStringLiteral("toolbar ") + bar->objectName() + QStringLiteral("[title]"), bar->windowTitle());
        for (QAction *a : bar->actions())
            c.action(a, QStringLiteral("toolbar ") + bar->objectName());
    }
    for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
        c.add(QStringLiteral("status bar"), l->text());
    c.add(QStringLiteral("status bar message"), w.statusBar()->currentMessage());
    c.add(QStringLiteral("window title"), w.windowTitle());
    for (const QString &id : w.panelIds()) {
        core::Workbench *wb = w.workbench(id);
        REQUIRE(wb);
        for (QDockWidget *dock : wb->dockWidgets()) {
            dock->show();
            dock->raise();
            QCoreApplication::processEvents();
            const QString where = dock->objectName();
            c.add(where + QStringLiteral("[title]"), dock->windowTitle());
            c.action(dock->toggleViewAction(), where);
            for (QWidget *child : dock->findChildren<QWidget *>()) {
                if (child->isVisibleTo(dock))
                    c.widget(child, where);
            }
        }
    }
}

QStringList leaksIn(app::MainWindow &w, const QString &lang)
{
    Collector c(lang);
    // The shop's own name and its file's name are the shop's data.
    auto db = core::Database::open(demoPath());
    REQUIRE(db.ok());
    c.addData(core::ShopSettings(**db).get(core::ShopSettings::kShopName));
    c.addData(QFileInfo(demoPath()).completeBaseName());
    collect(w, c);
    return c.leaks(lang);
}

void report(const QStringList &leaks, const QString &lang)
{
    for (const QString &l : leaks)
        std::cerr << lang.toStdString() << " leak: " << l.toStdString() << '\n';
}

} // namespace

TEST_CASE("every dock and the window's chrome speak one language, after a live switch both ways")
{
    core::language::install(QStringLiteral("zh_CN"));
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    REQUIRE(w.openShop(demoPath()));
    w.resize(1600, 1000);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    // A change leaves its text in Edit → Undo: it must follow the language too.
    core::Workbench *listings = w.workbench(QStringLiteral("listings"));
    REQUIRE(listings);
    auto *items = listings->dockWidgets().first()->findChild<QAbstractItemView *>(QStringLiteral("table"));
    REQUIRE(items);
    REQUIRE(items->model()->setData(items->model()->index(0, 5), QStringLiteral("123.40")));
    REQUIRE(listings->undoStack()->canUndo());
    // As when the focus enters the listings dock: Edit → Undo acts on its stack.
    auto *group = w.findChild<QUndoGroup *>();
    REQUIRE(group);
    group->setActiveStack(listings->undoStack());
    const QString code = items->model()->index(0, 0).data().toString();
    QAction *undo = nullptr;
    for (QAction *menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                    undo = a;
    REQUIRE(undo);

    for (const QString &lang :
        { QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        CAPTURE(lang.toStdString());
        core::language::install(lang);
        QCoreApplication::processEvents();
        group->setActiveStack(listings->undoStack()); // the walk below moves the focus through every dock
        CHECK(undo->text()
            == (lang == QLatin1String("en") ? QStringLiteral("&Undo Change the price of %1").arg(code)
                                            : QString::fromUtf8("撤销 修改 %1 的价格(&U)").arg(code)));
        const QStringList leaks = leaksIn(w, lang);
        report(leaks, lang);
        CHECK(leaks.isEmpty());
    }
    core::language::install(QStringLiteral("zh_CN"));
}

TEST_CASE("the status bar names the shop and its file, and About shows versions only: no codes, no buyer's data")
{
    core::language::install(QStringLiteral("zh_CN"));
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    REQUIRE(w.openShop(demoPath()));
    const QString file = QDir::toNativeSeparators(demoPath());
    QLabel *status = nullptr;
    for (QLabel *l : w.statusBar()->findChildren<QLabel *>())
        if (l->text().contains(file))
            status = l;
    REQUIRE(status);
    auto db = core::Database::open(demoPath());
    REQUIRE(db.ok());
    const QString name = core::ShopSettings(**db).get(core::ShopSettings::kShopName);
    REQUIRE_FALSE(name.isEmpty());
    CHECK(status->text() == name + QString::fromUtf8(" — 店铺文件：") + file);
    core::language::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(status->text() == name + QStringLiteral(" — shop file: ") + file);

    // Help → About, read while it is open.
    QAction *about = nullptr;
    for (QAction *menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->menuRole() == QAction::AboutRole)
                    about = a;
    REQUIRE(about);
    const core::VersionInfo v = core::versionInfo();
    for (const QString &lang : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        CAPTURE(lang.toStdString());
        core::language::install(lang);
        QString shown;
        QTimer::singleShot(0, &w, [&shown] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(top); box && box->isVisible()) {
                    shown = box->text();
                    box->accept();
                }
        });
        about->trigger();
        shown.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        CHECK(shown
            == (lang == QLatin1String("en")
                    ? QStringLiteral(
                        "ShopDesk %1Daily operations for a small online store: listings, customer service, "
                        "shipping, inventory and KPIs.Qt%2SQLite%3zint%4")
                    : QString::fromUtf8("ShopDesk 店铺助手 %1网店日常运营：宝贝管理、客服、发货、进销存与数据报表。"
                                        "Qt%2SQLite%3zint%4"))
                   .arg(v.shopdesk, v.qt, v.sqlite, v.zint));
    }
    core::language::install(QStringLiteral("zh_CN"));
}
