#include "MainWindow.h"

#include "AppSettings.h"
#include "BackupSchedule.h"
#include "ConnectDialog.h"
#include "DropImport.h"
#include "ShopLocations.h"
#include "ShopSetup.h"
#include "SingleInstance.h"
#include "UserGuide.h"
#include "Workspace.h"

#include <shopdesk/core/About.h>
#include <shopdesk/core/ChangeFeed.h>
#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/LiveChanges.h>
#include <shopdesk/core/Seat.h>
#include <shopdesk/core/ShopCheck.h>
#include <shopdesk/core/UndoCommand.h>
#include <shopdesk/service/ReplyLibrary.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

#include <algorithm>

namespace shopdesk::app {

namespace {
const QString kShopFilter = QStringLiteral("*.shopdesk *.db *.sqlite");
/// The count screen's type, read from arm's length with a scanner in hand.
constexpr qreal kBigTypeScale = 1.4;
const char *const kBigTypeProperty = "shopdesk.bigType";

// Edit → Undo / Redo in the language now installed (QUndoGroup keeps the words of the language it
// was made in, and Qt's Chinese says 撤消 where ShopDesk says 撤销).
void setUndoTexts(const QUndoGroup &group, QAction *undo, QAction *redo)
{
    const QString u = group.undoText(), r = group.redoText();
    undo->setText(u.isEmpty() ? MainWindow::tr("&Undo") : MainWindow::tr("&Undo %1").arg(u));
    redo->setText(r.isEmpty() ? MainWindow::tr("&Redo") : MainWindow::tr("&Redo %1").arg(r));
}
} // namespace

MainWindow::MainWindow(std::vector<std::unique_ptr<core::PanelFactory>> factories, QWidget *parent)
    : QMainWindow(parent)
    , mFactories(std::move(factories))
    , mEvents(new core::ShopEvents(this))
    , mUndoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    mWorkspace = workspaces::kAll; // restoreSettings() brings the user's last one back
    setWindowIcon(QIcon(QStringLiteral(":/shopdesk/icons/shopdesk.svg")));
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    mStatusFile = new QLabel(this);
    statusBar()->addPermanentWidget(mStatusFile, 1);
    // Without a shop the window offers to make or open one (the docks come with the shop).
    mStartPage = new StartPage(this);
    setCentralWidget(mStartPage);
    connect(mStartPage, &StartPage::newShopRequested, this, &MainWindow::newShop);
    connect(mStartPage, &StartPage::openRequested, this, &MainWindow::openShopDialog);
    connect(mStartPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(mStartPage, &StartPage::recentRequested, this, [this](const QString &path) { openShop(path); });

    // The desktop's habits: one window per shop, files dropped on it, the daily backup.
    mInstance = new SingleInstance(this);
    connect(mInstance, &SingleInstance::raiseRequested, this, &MainWindow::bringToFront);
    mDrops = new DropImport(this);
    mBackups = new BackupSchedule(this);

    createActions();
    createViewMenu();
    retranslateUi();

    connect(mEvents, &core::ShopEvents::error, this, &MainWindow::showError);
    connect(mEvents, &core::ShopEvents::done, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // Edit → Undo / Redo act on the stack of the workbench whose dock the focus entered (focus
    // elsewhere, in the menu bar or a dialog, leaves the last one active).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!now)
            return;
        for (const auto &wb : mWorkbenches)
            for (QDockWidget *d : wb->dockWidgets())
                if (d->isAncestorOf(now)) {
                    mUndoGroup->setActiveStack(wb->undoStack());
                    return;
                }
    });
}

MainWindow::~MainWindow()
{
    mBackups->wait(); // a copy being written reads the shop file
    // Workbenches (their docks and views) go before the shop they read from.
    dropWorkbenches();
}

void MainWindow::createActions()
{
    mNewAction = new QAction(this);
    mNewAction->setShortcut(QKeySequence::New);
    connect(mNewAction, &QAction::triggered, this, &MainWindow::newShop);
    mOpenAction = new QAction(this);
    mOpenAction->setShortcut(QKeySequence::Open);
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::openShopDialog);
    mConnectAction = new QAction(this);
    mConnectAction->setObjectName(QStringLiteral("connectServerAction"));
    connect(mConnectAction, &QAction::triggered, this, &MainWindow::connectDialog);
    mBackupAction = new QAction(this);
    connect(mBackupAction, &QAction::triggered, this, &MainWindow::backupNow);
    mSettingsAction = new QAction(this);
    mSettingsAction->setObjectName(QStringLiteral("shopSettingsAction"));
    mSettingsAction->setMenuRole(QAction::PreferencesRole);
    mSettingsAction->setEnabled(false);
    connect(mSettingsAction, &QAction::triggered, this, &MainWindow::editShopSettings);
    mDemoAction = new QAction(this);
    connect(mDemoAction, &QAction::triggered, this, &MainWindow::openDemo);
    mQuitAction = new QAction(this);
    mQuitAction->setShortcut(QKeySequence::Quit);
    mQuitAction->setMenuRole(QAction::QuitRole);
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);

    mUndoAction = mUndoGroup->createUndoAction(this);
    mUndoAction->setShortcut(QKeySequence::Undo);
    mRedoAction = mUndoGroup->createRedoAction(this);
    mRedoAction->setShortcut(QKeySequence::Redo);
    for (auto changed : { &QUndoGroup::undoTextChanged, &QUndoGroup::redoTextChanged })
        connect(mUndoGroup, changed, this, [this] { setUndoTexts(*mUndoGroup, mUndoAction, mRedoAction); });

    mResetLayoutAction = new QAction(this);
    mResetLayoutAction->setObjectName(QStringLiteral("resetWorkspaceAction"));
    connect(mResetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);
    mRestoreAction = new QAction(this);
    mRestoreAction->setObjectName(QStringLiteral("restoreBackupAction"));
    connect(mRestoreAction, &QAction::triggered, mBackups, &BackupSchedule::restoreDialog);
    mGuideAction = new QAction(this);
    mGuideAction->setObjectName(QStringLiteral("userGuideAction"));
    mGuideAction->setShortcut(QKeySequence::HelpContents);
    mGuideAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(mGuideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    mAboutAction = new QAction(this);
    mAboutAction->setMenuRole(QAction::AboutRole);
    connect(mAboutAction, &QAction::triggered, this, &MainWindow::about);

    mFileMenu = menuBar()->addMenu(QString());
    mFileMenu->addAction(mNewAction);
    mFileMenu->addAction(mOpenAction);
    mFileMenu->addAction(mConnectAction);
    mRecentMenu = mFileMenu->addMenu(QString());
    mFileMenu->addAction(mDemoAction);
    mFileMenu->addSeparator();
    mFileMenu->addAction(mSettingsAction);
    mFileMenu->addAction(mBackupAction);
    mFileMenu->addAction(mRestoreAction);
    mFileMenu->addSeparator();
    mFileMenu->addAction(mQuitAction);

    mEditMenu = menuBar()->addMenu(QString());
    mEditMenu->addAction(mUndoAction);
    mEditMenu->addAction(mRedoAction);

    mViewMenu = menuBar()->addMenu(QString());
    mLanguageGroup = new QActionGroup(this);
    mLanguageGroup->setExclusive(true);

    // A menu and a toolbar per workbench, made once (the saved layout refers to the toolbars),
    // filled with the actions of the open shop's workbench.
    for (const auto &factory : mFactories) {
        QMenu *menu = menuBar()->addMenu(QString());
        menu->menuAction()->setVisible(false);
        mWorkbenchMenus.insert(factory->id(), menu);
        auto *bar = new QToolBar(this);
        bar->setObjectName(QStringLiteral("toolbar.") + factory->id());
        bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->setIconSize(QSize(16, 16)); // compact: a laptop's row holds the workspace's toolbars
        addToolBar(Qt::TopToolBarArea, bar);
        bar->hide();
        mToolBars.insert(factory->id(), bar);
    }

    mHelpMenu = menuBar()->addMenu(QString());
    mHelpMenu->addAction(mGuideAction);
    mHelpMenu->addAction(mAboutAction);
}

void MainWindow::createViewMenu()
{
    // View → Workspace: one screen per role, Ctrl+1 … Ctrl+5 (the docks of a workbench go by Alt+1 …).
    mWorkspaceMenu = mViewMenu->addMenu(QString());
    mWorkspaceMenu->setObjectName(QStringLiteral("workspaceMenu"));
    mWorkspaceGroup = new QActionGroup(this);
    mWorkspaceGroup->setExclusive(true);
    int n = 0;
    for (const Workspace &ws : workspaces::all()) {
        QAction *a = mWorkspaceMenu->addAction(QString());
        a->setObjectName(QStringLiteral("workspace.") + ws.id);
        a->setData(ws.id);
        a->setCheckable(true);
        a->setChecked(ws.id == mWorkspace);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + n++)));
        mWorkspaceGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, id = ws.id] { setWorkspace(id); });
    }
    mWorkspaceMenu->addSeparator();
    mWorkspaceMenu->addAction(mResetLayoutAction);
    mDocksMenu = mViewMenu->addMenu(QString());
    mDocksMenu->setEnabled(false);
    mViewMenu->addSeparator();
    mLanguageMenu = mViewMenu->addMenu(QString());
    for (const QString &code : core::language::available()) {
        QAction *a = mLanguageMenu->addAction(core::language::nativeName(code));
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == core::language::current());
        mLanguageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { switchLanguage(code); });
    }
}

QAction *MainWindow::workspaceAction(const QString &id) const
{
    for (QAction *a : mWorkspaceGroup->actions())
        if (a->data().toString() == id)
            return a;
    return nullptr;
}

bool MainWindow::setWorkspace(const QString &id)
{
    if (!workspaces::find(id))
        return false;
    if (id != mWorkspace) {
        keepWorkspaceState();
        mWorkspace = id;
        if (mUseSavedLayouts)
            QSettings().setValue(settings::kWorkspace, id);
        applyWorkspace();
    }
    if (QAction *a = workspaceAction(id))
        a->setChecked(true);
    return true;
}

void MainWindow::keepWorkspaceState()
{
    if (mWorkbenches.empty())
        return;
    const QByteArray state = saveState(settings::kLayoutVersion);
    mWorkspaceStates.insert(mWorkspace, state);
    if (mUseSavedLayouts)
        QSettings().setValue(settings::workspaceState(mWorkspace), state);
}

void MainWindow::applyWorkspace()
{
    if (mWorkbenches.empty())
        return;
    // The default first, so a dock the saved state does not know (a new view) still has its place.
    resetLayout();
    QByteArray state = mWorkspaceStates.value(mWorkspace);
    if (state.isEmpty() && mUseSavedLayouts) {
        QSettings s;
        state = s.value(settings::workspaceState(mWorkspace)).toByteArray();
        if (state.isEmpty() && mWorkspace == workspaces::kAll)
            state = s.value(settings::kState).toByteArray(); // the one layout before workspaces
    }
    if (!state.isEmpty())
        restoreState(state, settings::kLayoutVersion);
    applyBigType();
    keepFloatingDocksOnScreen();
    fitToolBars();
}

void MainWindow::resetLayout()
{
    if (mWorkbenches.empty())
        return;
    const Workspace *ws = workspaces::find(mWorkspace);
    if (!ws || ws->showsEverything()) {
        arrangeAll();
    } else {
        QList<QList<QDockWidget *>> groups;
        QList<Qt::Orientation> splits;
        QList<int> shares;
        for (const Workspace::Group &g : ws->groups) {
            QList<QDockWidget *> group;
            for (const QString &name : g.docks)
                if (QDockWidget *d = dock(name))
                    group << d;
            if (group.isEmpty())
                continue;
            groups << group;
            splits << g.split;
            shares << g.share;
        }
        arrangeGroups(groups, splits, shares);
        // The workspace's toolbars, in its order (the queue's before the stock's in the warehouse).
        for (QToolBar *bar : std::as_const(mToolBars))
            bar->hide();
        for (const QString &id : ws->toolbars) {
            core::Workbench *wb = workbench(id);
            QToolBar *bar = mToolBars.value(id);
            if (!wb || !bar || wb->actions().isEmpty())
                continue;
            removeToolBar(bar);
            addToolBar(Qt::TopToolBarArea, bar);
            bar->show();
        }
    }
    applyBigType();
    fitToolBars();
}

void MainWindow::arrangeGroups(
    const QList<QList<QDockWidget *>> &groups, const QList<Qt::Orientation> &splits, const QList<int> &shares)
{
    // The workspace's docks in their groups; every other dock waits hidden, as a tab behind the
    // first group, so View → Docks shows it there.
    const QList<QDockWidget *> all = docks();
    for (QDockWidget *d : all) {
        removeDockWidget(d);
        d->setFloating(false);
    }
    if (groups.isEmpty())
        return;
    QList<QDockWidget *> shown;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        QDockWidget *first = groups.at(i).first();
        if (i == 0)
            addDockWidget(Qt::LeftDockWidgetArea, first);
        else
            splitDockWidget(groups.at(i - 1).first(), first, splits.at(i));
        shown << groups.at(i);
    }
    for (const QList<QDockWidget *> &group : groups)
        for (qsizetype k = 1; k < group.size(); ++k)
            tabifyDockWidget(group.first(), group.at(k));
    QDockWidget *host = groups.first().first();
    for (QDockWidget *d : all)
        if (!shown.contains(d)) {
            tabifyDockWidget(host, d);
            d->hide();
        }
    for (QDockWidget *d : std::as_const(shown))
        d->show();
    for (const QList<QDockWidget *> &group : groups)
        group.first()->raise();
    // Sizes along each split, by the groups' shares.
    for (Qt::Orientation o : { Qt::Horizontal, Qt::Vertical }) {
        QList<QDockWidget *> along;
        QList<int> sizes;
        for (qsizetype i = 0; i < groups.size(); ++i)
            if (i == 0 ? o == Qt::Horizontal : splits.at(i) == o) {
                along << groups.at(i).first();
                sizes << 100 * shares.at(i);
            }
        if (along.size() > 1)
            resizeDocks(along, sizes, o);
    }
}

void MainWindow::applyBigType()
{
    const Workspace *ws = workspaces::find(mWorkspace);
    const bool big = ws && ws->bigType;
    for (const QString &name : ws ? ws->docks() : QStringList())
        if (QDockWidget *d = dock(name); d && d->widget() && big && !d->widget()->property(kBigTypeProperty).toBool()) {
            QFont f = d->widget()->font();
            f.setPointSizeF(QApplication::font().pointSizeF() * kBigTypeScale);
            d->widget()->setFont(f);
            d->widget()->setProperty(kBigTypeProperty, true);
        }
    // Every other dock in the application's type again.
    for (QDockWidget *d : docks())
        if (d->widget() && d->widget()->property(kBigTypeProperty).toBool()
            && !(big && ws->docks().contains(d->objectName()))) {
            d->widget()->setFont(QFont());
            d->widget()->setProperty(kBigTypeProperty, false);
        }
}

void MainWindow::fitToolBars()
{
    // The toolbars shown sit in as many rows as they need: none hides its actions behind "»".
    // In the order they sit (the workspace's order, or where the user put them).
    QList<QToolBar *> bars;
    for (QToolBar *bar : findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        if (mToolBars.key(bar).size() && toolBarArea(bar) == Qt::TopToolBarArea)
            bars << bar;
    if (isVisible()) {
        std::stable_sort(bars.begin(), bars.end(),
            [](const QToolBar *a, const QToolBar *b) { return a->y() != b->y() ? a->y() < b->y() : a->x() < b->x(); });
    } else if (const Workspace *ws = workspaces::find(mWorkspace)) {
        // Not laid out yet: the workspace's order.
        std::stable_sort(bars.begin(), bars.end(), [this, ws](QToolBar *a, QToolBar *b) {
            return ws->toolbars.indexOf(mToolBars.key(a)) < ws->toolbars.indexOf(mToolBars.key(b));
        });
    }
    const int room = width();
    int used = 0;
    for (QToolBar *bar : std::as_const(bars)) {
        if (toolBarBreak(bar))
            removeToolBarBreak(bar);
        if (bar->isHidden())
            continue;
        const int w = bar->sizeHint().width();
        if (used > 0 && used + w > room) {
            insertToolBarBreak(bar);
            used = 0;
        }
        used += w;
    }
}

void MainWindow::keepFloatingDocksOnScreen()
{
    // A dock left floating on a screen that is gone (the monitor at the office) comes back onto
    // this window's screen, whole and in front.
    QScreen *home = screen() ? screen() : QGuiApplication::primaryScreen();
    for (QDockWidget *d : docks()) {
        if (!d->isFloating() || d->isHidden())
            continue;
        const QRect g = d->geometry();
        QScreen *on = QGuiApplication::screenAt(g.center());
        const QRect avail = (on ? on : home)->availableGeometry();
        if (!on || !avail.contains(g)) {
            QRect moved(QPoint(), g.size().boundedTo(avail.size()));
            moved.moveCenter(on && avail.intersects(g) ? g.center() : avail.center());
            if (moved.right() > avail.right())
                moved.moveRight(avail.right());
            if (moved.bottom() > avail.bottom())
                moved.moveBottom(avail.bottom());
            if (moved.left() < avail.left())
                moved.moveLeft(avail.left());
            if (moved.top() < avail.top())
                moved.moveTop(avail.top());
            d->setGeometry(moved);
        }
        d->raise();
    }
}

void MainWindow::arrangeAll()
{
    // Listings over inventory on the left; orders over customer service and KPIs on the right. A
    // workbench's further views are tabs behind its first.
    const QList<QDockWidget *> all = docks();
    for (QDockWidget *d : all) {
        removeDockWidget(d);
        d->setFloating(false);
    }
    QHash<QString, QDockWidget *> first;
    for (std::size_t i = 0; i < mWorkbenches.size(); ++i) {
        const QList<QDockWidget *> own = mWorkbenches[i]->dockWidgets();
        if (own.isEmpty())
            continue;
        first.insert(mWorkbenches[i]->id(), own.first());
        addDockWidget(mFactories[i]->defaultArea(), own.first());
    }
    auto *listings = first.value(QStringLiteral("listings"));
    auto *inventory = first.value(QStringLiteral("inventory"));
    auto *shipping = first.value(QStringLiteral("shipping"));
    auto *service = first.value(QStringLiteral("service"));
    auto *kpi = first.value(QStringLiteral("kpi"));
    if (listings && inventory)
        splitDockWidget(listings, inventory, Qt::Vertical);
    if (shipping && service)
        splitDockWidget(shipping, service, Qt::Vertical);
    if (service && kpi)
        splitDockWidget(service, kpi, Qt::Horizontal);
    // Tabs only after the splits: a dock split off one already in a tab group would land in the
    // group, out of sight.
    for (const auto &wb : mWorkbenches) {
        const QList<QDockWidget *> own = wb->dockWidgets();
        for (qsizetype k = 1; k < own.size(); ++k)
            tabifyDockWidget(own.first(), own.at(k));
    }
    for (QDockWidget *d : all)
        d->show();
    for (QDockWidget *d : std::as_const(first))
        d->raise();
    for (QToolBar *bar : std::as_const(mToolBars))
        bar->hide(); // all: the menus carry the actions
}

void MainWindow::restoreSettings()
{
    QSettings s;
    const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    const QByteArray geometry = s.value(settings::kGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: the screen's free area (a laptop's 1366×768 too), never more.
        resize(avail.size());
        move(avail.topLeft());
        setWindowState(windowState() | Qt::WindowMaximized);
    } else if (!avail.contains(frameGeometry())) {
        // Saved on a larger screen: back within this one.
        resize(size().boundedTo(avail.size()));
        move(avail.topLeft());
    }
    mWorkspace = s.value(settings::kWorkspace, workspaces::kAll).toString();
    if (!workspaces::find(mWorkspace))
        mWorkspace = workspaces::kAll;
    if (QAction *a = workspaceAction(mWorkspace))
        a->setChecked(true);
    mWorkspaceStates.clear();
    applyWorkspace();
    updateRecentMenu();
}

void MainWindow::saveSettings()
{
    if (!mUseSavedLayouts)
        return;
    QSettings s;
    s.setValue(settings::kGeometry, saveGeometry());
    s.setValue(settings::kWorkspace, mWorkspace);
    if (!mWorkbenches.empty()) {
        keepWorkspaceState();
        for (const auto &wb : mWorkbenches)
            s.setValue(settings::panelState(wb->id()), wb->saveState());
    }
    if (mDb)
        s.setValue(settings::kLastFile, mDb->path());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (event->size().width() != event->oldSize().width() && !mWorkbenches.empty())
        fitToolBars();
}

core::Workbench *MainWindow::workbench(const QString &id) const
{
    for (const auto &wb : mWorkbenches)
        if (wb->id() == id)
            return wb.get();
    return nullptr;
}

QDockWidget *MainWindow::dock(const QString &name) const
{
    const QString full = name.startsWith(QLatin1String("dock.")) ? name : QStringLiteral("dock.") + name;
    for (QDockWidget *d : docks())
        if (d->objectName() == full)
            return d;
    return nullptr;
}

QList<QDockWidget *> MainWindow::docks() const
{
    QList<QDockWidget *> out;
    for (const auto &wb : mWorkbenches)
        out << wb->dockWidgets();
    return out;
}

core::ModulePanel *MainWindow::panel(const QString &id) const
{
    core::Workbench *wb = workbench(id);
    return wb ? qobject_cast<core::ModulePanel *>(wb->view(QString())) : nullptr;
}

QStringList MainWindow::panelIds() const
{
    QStringList ids;
    for (const auto &f : mFactories)
        ids << f->id();
    return ids;
}

bool MainWindow::openShop(const QString &path, core::Database::Mode mode)
{
    // A shop this user has open in another ShopDesk window is not opened twice: that window comes forward.
    if (SingleInstance::handOver(path)) {
        statusBar()->showMessage(
            tr("%1 is open in another ShopDesk window, which was brought forward.").arg(QDir::toNativeSeparators(path)),
            8000);
        return false;
    }
    auto server = core::ServerAddress::parse(path);
    if (server && server->password.isEmpty()) // a recent server: its password, if the user kept it
        server->password = QSettings().value(settings::serverPassword(server->url())).toString();
    auto db = server ? core::Database::openServer(*server, mode) : core::Database::open(path, mode);
    if (!db) {
        showError(db.errorMessage());
        return false;
    }
    setShop(std::move(db).value());
    return true;
}

bool MainWindow::connectToServer(const core::ServerAddress &address, bool keepPassword)
{
    const QString url = address.url();
    if (SingleInstance::handOver(url)) {
        statusBar()->showMessage(
            tr("%1 is open in another ShopDesk window, which was brought forward.").arg(address.shown()), 8000);
        return false;
    }
    auto db = core::Database::openServer(address, core::Database::Mode::OpenOrCreate);
    if (!db) {
        showError(db.errorMessage());
        return false;
    }
    QSettings s;
    if (keepPassword && !address.password.isEmpty())
        s.setValue(settings::serverPassword(url), address.password);
    else
        s.remove(settings::serverPassword(url));
    setShop(std::move(db).value());
    return true;
}

void MainWindow::connectDialog()
{
    ConnectDialog dialog(this);
    // The last server used, if any: most stores have one.
    const QStringList recent = QSettings().value(settings::kRecentFiles).toStringList();
    for (const QString &path : recent) {
        if (const auto server = core::ServerAddress::parse(path)) {
            dialog.setAddress(*server);
            dialog.setKeepPassword(QSettings().contains(settings::serverPassword(server->url())));
            break;
        }
    }
    if (dialog.exec() == QDialog::Accepted)
        connectToServer(dialog.address(), dialog.keepPassword());
}

void MainWindow::setShop(std::unique_ptr<core::Database> db)
{
    // The old shop's workbenches (their docks and undo stacks) go with it; its layout is kept.
    if (!mWorkbenches.empty())
        saveSettings();
    keepWorkspaceState();
    dropWorkbenches();
    mFeed.reset();
    mDb = std::move(db);
    createWorkbenches();
    // Changes other PCs (or shopdesk-cli) make reach the panels without a restart.
    mFeed = std::make_unique<core::ChangeFeed>(*mDb);
    core::relayChanges(*mFeed, *mEvents);
    mFeed->start();
    addRecentFile(mDb->path());
    mInstance->listen(mDb->path());
    ++mShopSerial;
    // (A start-up write of a workbench may have asked for the verdict already: a damaged shop is
    // then told all the same.)
    if (core::ShopCheck::pending(*mDb) || !core::ShopCheck::verdict(*mDb)) {
        // After the window shows (from the event loop): the check is never in front of it.
        QTimer::singleShot(0, this, [this, serial = mShopSerial] {
            if (serial == mShopSerial)
                checkShop();
        });
    } else if (!mDb->isReadOnly() && !mQuietErrors && !mDb->isServer()) { // a server shop is backed up there
        mBackups->backUpIfDue();
    }
    if (!mDb->lastMigrationBackup().isEmpty())
        statusBar()->showMessage(tr("The shop was updated to the current format; the previous version was kept as %1.")
                                     .arg(QDir::toNativeSeparators(mDb->lastMigrationBackup())));
    updateStatus();
}

void MainWindow::checkShop()
{
    if (!mDb)
        return;
    auto *watcher = new QFutureWatcher<core::Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial = mShopSerial] {
        watcher->deleteLater();
        if (serial != mShopSerial || !mDb)
            return; // another shop by now
        if (const core::Status verdict = watcher->result(); !verdict) {
            statusBar()->showMessage(verdict.errorMessage());
            showError(verdict.errorMessage());
            return;
        }
        if (!mDb->isReadOnly() && !mQuietErrors && !mDb->isServer()) // a server shop is backed up on the server
            mBackups->backUpIfDue(); // never a copy of a damaged file over the good backups
    });
    watcher->setFuture(core::ShopCheck::start(*mDb));
}

void MainWindow::closeShop()
{
    if (!mDb)
        return;
    saveSettings();
    keepWorkspaceState();
    dropWorkbenches();
    mFeed.reset();
    mDb.reset();
    mInstance->listen(QString());
    updateStatus();
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

UserGuide *MainWindow::showUserGuide()
{
    if (!mGuide)
        mGuide = new UserGuide(this);
    mGuide->show();
    mGuide->raise();
    mGuide->activateWindow();
    return mGuide;
}

void MainWindow::dropWorkbenches()
{
    for (const auto &wb : mWorkbenches)
        mUndoGroup->removeStack(wb->undoStack());
    mWorkbenches.clear();
    for (QMenu *menu : std::as_const(mWorkbenchMenus)) {
        menu->clear();
        menu->menuAction()->setVisible(false);
    }
    for (QToolBar *bar : std::as_const(mToolBars))
        bar->clear();
    if (mDocksMenu) {
        mDocksMenu->clear();
        mDocksMenu->setEnabled(false);
    }
    if (mSettingsAction)
        mSettingsAction->setEnabled(false);
    if (mStartPage)
        mStartPage->show();
}

void MainWindow::createWorkbenches()
{
    QSettings s;
    QString actor = s.value(settings::kActor).toString();
    // The seat names who changed a row (a refused stale edit tells it): the name set, else user@host.
    core::Seat::setCurrent(actor);
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const core::PanelContext context { *mDb, *mEvents, actor };
    for (const auto &factory : mFactories) {
        std::unique_ptr<core::Workbench> wb = factory->createWorkbench(context, this);
        if (!wb)
            continue;
        wb->restoreState(s.value(settings::panelState(factory->id())).toByteArray());
        mUndoGroup->addStack(wb->undoStack());
        const QList<QAction *> actions = wb->actions();
        QMenu *menu = mWorkbenchMenus.value(factory->id());
        QToolBar *bar = mToolBars.value(factory->id());
        for (QAction *a : actions) {
            menu->addAction(a);
            bar->addAction(a);
        }
        menu->menuAction()->setVisible(!actions.isEmpty());
        for (QDockWidget *d : wb->dockWidgets())
            mDocksMenu->addAction(d->toggleViewAction());
        mWorkbenches.push_back(std::move(wb));
    }
    mDocksMenu->setEnabled(!mDocksMenu->isEmpty());
    mStartPage->hide();
    mSettingsAction->setEnabled(true);
    applyWorkspace();
    if (!mWorkbenches.empty())
        mUndoGroup->setActiveStack(mWorkbenches.front()->undoStack());
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings s;
    QStringList recent = s.value(settings::kRecentFiles).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > settings::kMaxRecentFiles)
        recent.removeLast();
    s.setValue(settings::kRecentFiles, recent);
    s.setValue(settings::kLastFile, path);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = QSettings().value(settings::kRecentFiles).toStringList();
    for (const QString &path : recent) {
        // A server as the user reads it (database, server, user; a password is never in the list).
        const auto server = core::ServerAddress::parse(path);
        QAction *a = mRecentMenu->addAction(server ? server->shown() : QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openShop(path); });
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
    mStartPage->setRecentFiles(recent);
}

void MainWindow::updateStatus()
{
    if (!mDb) {
        mStatusFile->setText(tr("No shop open: choose File → New shop… or File → Open…"));
        setWindowTitle(tr("ShopDesk"));
        return;
    }
    // The shop's own name and where its file is; the file's format number is ShopDesk's business.
    const QString name = core::ShopSettings(*mDb).get(core::ShopSettings::kShopName);
    const QString file = mDb->displayName();
    const QString shown = mDb->isServer()
        ? (name.isEmpty() ? tr("Shop server: %1").arg(file) : tr("%1 — shop server: %2").arg(name, file))
        : (name.isEmpty() ? tr("Shop file: %1").arg(file) : tr("%1 — shop file: %2").arg(name, file));
    const QString title = mDb->isServer() ? mDb->server()->database : QFileInfo(mDb->path()).completeBaseName();
    if (mDb->isReadOnly()) {
        // Said at once, and kept in sight: every change will be refused with this reason.
        mStatusFile->setText(tr("%1, read-only").arg(shown));
        mStatusFile->setToolTip(mDb->readOnlyReason());
        statusBar()->showMessage(mDb->readOnlyReason());
        setWindowTitle(tr("%1 (read-only) — ShopDesk").arg(title));
        return;
    }
    mStatusFile->setToolTip(QString());
    mStatusFile->setText(shown);
    setWindowTitle(tr("%1 — ShopDesk").arg(title));
}

void MainWindow::newShop()
{
    QString suggested = QDir::home().filePath(tr("my-shop") + QStringLiteral(".shopdesk"));
    for (int n = 2; QFileInfo::exists(suggested); ++n)
        suggested = QDir::home().filePath(tr("my-shop") + QStringLiteral("-%1.shopdesk").arg(n));
    auto *wizard = new NewShopWizard(suggested, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        const QStringList staff = wizard->staff();
        createShop(wizard->filePath(), wizard->settings(), staff.isEmpty() ? QString() : staff.first());
    });
    wizard->open();
}

bool MainWindow::createShop(const QString &path, const core::ShopSettings::Batch &settings, const QString &actor)
{
    if (QFileInfo::exists(path)) {
        showError(tr("“%1” already exists. Choose a new name for the new shop, or open the file instead.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenOrCreate);
    if (!db) {
        showError(db.errorMessage());
        return false;
    }
    core::Status s = core::ShopSettings(**db).apply(settings);
    if (s)
        s = service::ReplyLibrary::installStarter(**db).status();
    if (!s) {
        db->reset();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        showError(tr("The new shop could not be set up: %1").arg(s.errorMessage()));
        return false;
    }
    if (!actor.isEmpty())
        QSettings().setValue(settings::kActor, actor);
    setShop(std::move(db).value());
    statusBar()->showMessage(
        tr("New shop %1 is ready: import your items next (Listings → Import…).").arg(QDir::toNativeSeparators(path)),
        10000);
    return true;
}

void MainWindow::editShopSettings()
{
    if (!mDb)
        return;
    auto *dialog = new ShopSettingsDialog(core::ShopSettings(*mDb), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyShopSettings(dialog->settings()); });
    dialog->open();
}

bool MainWindow::applyShopSettings(const core::ShopSettings::Batch &settings)
{
    if (!mDb)
        return false;
    if (core::Status s = core::ShopSettings(*mDb).apply(settings); !s) {
        showError(tr("The shop settings were not saved: %1").arg(s.errorMessage()));
        return false;
    }
    mEvents->notifyChanged(core::Topic::Everything);
    updateStatus();
    statusBar()->showMessage(tr("Shop settings saved."), 6000);
    return true;
}

void MainWindow::openDemo()
{
    auto db = ShopLocations::openDemo(ShopLocations::demoShopPath());
    if (!db) {
        showError(db.errorMessage());
        return;
    }
    setShop(std::move(db).value());
}

void MainWindow::openShopDialog()
{
    const QString start = mDb ? QFileInfo(mDb->path()).absolutePath() : QDir::homePath();
    const QString path = core::FileDialog::getOpenFileName(
        this, tr("Open shop"), start, tr("ShopDesk shops (%1)").arg(kShopFilter), core::FileDialog::OpenShop::Allow);
    if (!path.isEmpty())
        openShop(path);
}

void MainWindow::backupNow()
{
    if (!mDb) {
        showError(tr("Open a shop first; then it can be backed up."));
        return;
    }
    const QFileInfo fi(mDb->path());
    const QString suggested = fi.absoluteDir().filePath(
        QStringLiteral("%1-backup-%2.shopdesk")
            .arg(fi.completeBaseName(), QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString target = core::FileDialog::getSaveFileName(
        this, tr("Back up the shop"), suggested, tr("ShopDesk shops (%1)").arg(kShopFilter));
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        showError(tr("“%1” cannot be replaced.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    if (core::Status s = mDb->backupTo(target); !s)
        showError(s.errorMessage());
    else
        statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::about()
{
    const core::VersionInfo v = core::versionInfo();
    // The versions a bug report needs; the shop file's format number is ShopDesk's own business.
    QMessageBox::about(this, tr("About ShopDesk"),
        tr("<h3>ShopDesk %1</h3><p>Daily operations for a small online store: listings, customer "
           "service, shipping, inventory and KPIs.</p><table><tr><td>Qt</td><td>%2</td></tr>"
           "<tr><td>SQLite</td><td>%3</td></tr><tr><td>zint</td><td>%4</td></tr></table>")
            .arg(v.shopdesk, v.qt, v.sqlite, v.zint));
}

void MainWindow::switchLanguage(const QString &code)
{
    QSettings().setValue(settings::kLanguage, code);
    core::language::install(code); // LanguageChange reaches every widget: docks and panels retranslate at once
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The toolbars' widths change with the language; they are measured once their actions have their new texts.
        QTimer::singleShot(0, this, [this] {
            if (!mWorkbenches.empty())
                fitToolBars();
        });
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    mFileMenu->setTitle(tr("&File"));
    mNewAction->setText(tr("&New shop…"));
    mOpenAction->setText(tr("&Open…"));
    mConnectAction->setText(tr("&Connect to a shop server…"));
    mRecentMenu->setTitle(tr("Open &recent"));
    mBackupAction->setText(tr("&Back up now…"));
    mQuitAction->setText(tr("&Quit"));
    mEditMenu->setTitle(tr("&Edit"));
    mViewMenu->setTitle(tr("&View"));
    mResetLayoutAction->setText(tr("&Reset this workspace"));
    mWorkspaceMenu->setTitle(tr("&Workspace"));
    for (QAction *a : mWorkspaceGroup->actions())
        if (const Workspace *ws = workspaces::find(a->data().toString()))
            a->setText(ws->title());
    mLanguageMenu->setTitle(tr("&Language"));
    mHelpMenu->setTitle(tr("&Help"));
    mAboutAction->setText(tr("&About ShopDesk"));
    mRestoreAction->setText(tr("&Restore from backup…"));
    mGuideAction->setText(tr("User &guide"));
    mDocksMenu->setTitle(tr("&Docks"));
    mSettingsAction->setText(tr("Shop &settings…"));
    mDemoAction->setText(tr("Open the &demo shop"));
    for (const auto &factory : mFactories) {
        mWorkbenchMenus.value(factory->id())->setTitle(factory->title());
        mToolBars.value(factory->id())->setWindowTitle(factory->title());
    }
    for (QAction *a : mLanguageGroup->actions())
        a->setChecked(a->data().toString() == core::language::current());
    for (const auto &wb : mWorkbenches)
        core::retranslateUndoStack(*wb->undoStack());
    setUndoTexts(*mUndoGroup, mUndoAction, mRedoAction);
    updateStatus();
}

void MainWindow::showError(const QString &message)
{
    Q_EMIT errorShown(message);
    if (mQuietErrors)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("ShopDesk"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace shopdesk::app
