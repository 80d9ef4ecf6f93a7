#include "MainWindow.h"

#include "AppSettings.h"

#include <shopdesk/core/About.h>
#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/Language.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace shopdesk::app {

namespace {
const QString kShopFilter = QStringLiteral("*.shopdesk *.db *.sqlite");
} // namespace

MainWindow::MainWindow(std::vector<std::unique_ptr<core::PanelFactory>> factories, QWidget *parent)
    : QMainWindow(parent)
    , mFactories(std::move(factories))
    , mEvents(new core::ShopEvents(this))
    , mUndoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/shopdesk/icons/shopdesk.svg")));
    setDockNestingEnabled(true);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    mStatusFile = new QLabel(this);
    statusBar()->addPermanentWidget(mStatusFile, 1);

    createActions();
    createDocks();
    resetLayout();
    mDefaultState = saveState(settings::kLayoutVersion);
    retranslateUi();

    connect(mEvents, &core::ShopEvents::error, this, &MainWindow::showError);
    // Edit → Undo / Redo act on the stack of the dock the focus entered (one of this window's docks;
    // focus elsewhere, in the menu bar or a dialog, leaves the last one active).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (auto it = mDocks.cbegin(); now && it != mDocks.cend(); ++it)
            if (it.value()->isAncestorOf(now))
                if (core::ModulePanel *p = panel(it.key()))
                    mUndoGroup->setActiveStack(p->undoStack());
    });
}

MainWindow::~MainWindow()
{
    // Panels go before the shop they read from.
    for (QDockWidget *d : std::as_const(mDocks))
        delete d->widget();
}

namespace {
// A panel sits in a scroll area, so a dock can be made smaller than the panel's own minimum
// (five workbenches side by side must still fit a laptop screen): scrollbars appear instead.
QScrollArea *scrollerFor(core::ModulePanel *panel, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(QStringLiteral("panelScroller"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(panel);
    scroll->setFocusProxy(panel);
    return scroll;
}
} // namespace

void MainWindow::createActions()
{
    mNewAction = new QAction(this);
    mNewAction->setShortcut(QKeySequence::New);
    connect(mNewAction, &QAction::triggered, this, &MainWindow::newShop);
    mOpenAction = new QAction(this);
    mOpenAction->setShortcut(QKeySequence::Open);
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::openShopDialog);
    mBackupAction = new QAction(this);
    connect(mBackupAction, &QAction::triggered, this, &MainWindow::backupNow);
    mQuitAction = new QAction(this);
    mQuitAction->setShortcut(QKeySequence::Quit);
    mQuitAction->setMenuRole(QAction::QuitRole);
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);

    mUndoAction = mUndoGroup->createUndoAction(this);
    mUndoAction->setShortcut(QKeySequence::Undo);
    mRedoAction = mUndoGroup->createRedoAction(this);
    mRedoAction->setShortcut(QKeySequence::Redo);

    mResetLayoutAction = new QAction(this);
    connect(mResetLayoutAction, &QAction::triggered, this,
        [this] { restoreState(mDefaultState, settings::kLayoutVersion); });
    mAboutAction = new QAction(this);
    mAboutAction->setMenuRole(QAction::AboutRole);
    connect(mAboutAction, &QAction::triggered, this, &MainWindow::about);

    mFileMenu = menuBar()->addMenu(QString());
    mFileMenu->addAction(mNewAction);
    mFileMenu->addAction(mOpenAction);
    mRecentMenu = mFileMenu->addMenu(QString());
    mFileMenu->addSeparator();
    mFileMenu->addAction(mBackupAction);
    mFileMenu->addSeparator();
    mFileMenu->addAction(mQuitAction);

    mEditMenu = menuBar()->addMenu(QString());
    mEditMenu->addAction(mUndoAction);
    mEditMenu->addAction(mRedoAction);

    mViewMenu = menuBar()->addMenu(QString());
    mLanguageGroup = new QActionGroup(this);
    mLanguageGroup->setExclusive(true);

    mHelpMenu = menuBar()->addMenu(QString());
    mHelpMenu->addAction(mAboutAction);
}

void MainWindow::createDocks()
{
    for (const auto &factory : mFactories) {
        auto *dock = new QDockWidget(this);
        dock->setObjectName(QStringLiteral("dock.") + factory->id());
        dock->setFeatures(
            QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
        auto *empty = new QLabel(dock);
        empty->setAlignment(Qt::AlignCenter);
        empty->setObjectName(QStringLiteral("noShop"));
        dock->setWidget(empty);
        mDocks.insert(factory->id(), dock);
        mViewMenu->addAction(dock->toggleViewAction());
    }
    mViewMenu->addSeparator();
    mViewMenu->addAction(mResetLayoutAction);
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

void MainWindow::resetLayout()
{
    // Listings over inventory on the left; orders over customer service and KPIs on the right.
    auto *listings = dock(QStringLiteral("listings"));
    auto *inventory = dock(QStringLiteral("inventory"));
    auto *shipping = dock(QStringLiteral("shipping"));
    auto *service = dock(QStringLiteral("service"));
    auto *kpi = dock(QStringLiteral("kpi"));
    for (QDockWidget *d : std::as_const(mDocks)) {
        removeDockWidget(d);
        d->setFloating(false);
    }
    for (const auto &factory : mFactories)
        addDockWidget(factory->defaultArea(), mDocks.value(factory->id()));
    if (listings && inventory)
        splitDockWidget(listings, inventory, Qt::Vertical);
    if (shipping && service)
        splitDockWidget(shipping, service, Qt::Vertical);
    if (service && kpi)
        splitDockWidget(service, kpi, Qt::Horizontal);
    for (QDockWidget *d : std::as_const(mDocks))
        d->show();
}

void MainWindow::restoreSettings()
{
    QSettings s;
    const QByteArray geometry = s.value(settings::kGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1440, 900);
    const QByteArray state = s.value(settings::kState).toByteArray();
    if (!state.isEmpty())
        restoreState(state, settings::kLayoutVersion);
    updateRecentMenu();
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(settings::kGeometry, saveGeometry());
    s.setValue(settings::kState, saveState(settings::kLayoutVersion));
    for (const auto &factory : mFactories)
        if (core::ModulePanel *p = panel(factory->id()))
            s.setValue(settings::panelState(factory->id()), p->saveState());
    if (mDb)
        s.setValue(settings::kLastFile, mDb->path());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

core::ModulePanel *MainWindow::panel(const QString &id) const
{
    QDockWidget *d = mDocks.value(id);
    auto *scroll = d ? qobject_cast<QScrollArea *>(d->widget()) : nullptr;
    return scroll ? qobject_cast<core::ModulePanel *>(scroll->widget()) : nullptr;
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
    auto db = core::Database::open(path, mode);
    if (!db) {
        showError(db.errorMessage());
        return false;
    }
    setShop(std::move(db).value());
    return true;
}

void MainWindow::setShop(std::unique_ptr<core::Database> db)
{
    // Old panels (and their undo stacks) go with the old shop.
    for (auto it = mDocks.cbegin(); it != mDocks.cend(); ++it) {
        if (core::ModulePanel *p = panel(it.key()))
            mUndoGroup->removeStack(p->undoStack());
        delete it.value()->widget();
    }
    mDb = std::move(db);
    createPanels();
    addRecentFile(mDb->path());
    if (!mDb->lastMigrationBackup().isEmpty())
        statusBar()->showMessage(tr("The shop was updated to the current format; the previous version was kept as %1.")
                                     .arg(QDir::toNativeSeparators(mDb->lastMigrationBackup())));
    updateStatus();
}

void MainWindow::createPanels()
{
    QSettings s;
    QString actor = s.value(settings::kActor).toString();
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const core::PanelContext context { *mDb, *mEvents, actor };
    for (const auto &factory : mFactories) {
        QDockWidget *d = mDocks.value(factory->id());
        core::ModulePanel *p = factory->create(context, nullptr);
        p->restoreState(s.value(settings::panelState(factory->id())).toByteArray());
        d->setWidget(scrollerFor(p, d));
        mUndoGroup->addStack(p->undoStack());
    }
    if (core::ModulePanel *first = panel(mFactories.front()->id()))
        mUndoGroup->setActiveStack(first->undoStack());
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
        QAction *a = mRecentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openShop(path); });
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    if (!mDb) {
        mStatusFile->setText(tr("No shop open: choose File → New shop… or File → Open…"));
        setWindowTitle(tr("ShopDesk"));
        return;
    }
    mStatusFile->setText(
        tr("Shop file: %1 (format %2)").arg(QDir::toNativeSeparators(mDb->path())).arg(mDb->schemaVersion()));
    setWindowTitle(tr("%1 — ShopDesk").arg(QFileInfo(mDb->path()).completeBaseName()));
}

void MainWindow::newShop()
{
    const QString path = core::FileDialog::getSaveFileName(
        this, tr("New shop"), QDir::homePath(), tr("ShopDesk shops (%1)").arg(kShopFilter));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("“%1” already exists. Choose a new name for the new shop, or open the file instead.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openShop(path, core::Database::Mode::OpenOrCreate);
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
    QMessageBox::about(this, tr("About ShopDesk"),
        tr("<h3>ShopDesk %1</h3><p>Daily operations for a small online store: listings, customer "
           "service, shipping, inventory and KPIs.</p><table><tr><td>Qt</td><td>%2</td></tr>"
           "<tr><td>SQLite</td><td>%3</td></tr><tr><td>zint</td><td>%4</td></tr>"
           "<tr><td>Shop format</td><td>%5</td></tr></table>")
            .arg(v.shopdesk, v.qt, v.sqlite, v.zint)
            .arg(v.schema));
}

void MainWindow::switchLanguage(const QString &code)
{
    QSettings().setValue(settings::kLanguage, code);
    core::language::install(code); // LanguageChange reaches every widget: docks and panels retranslate at once
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    mFileMenu->setTitle(tr("&File"));
    mNewAction->setText(tr("&New shop…"));
    mOpenAction->setText(tr("&Open…"));
    mRecentMenu->setTitle(tr("Open &recent"));
    mBackupAction->setText(tr("&Back up now…"));
    mQuitAction->setText(tr("&Quit"));
    mEditMenu->setTitle(tr("&Edit"));
    mViewMenu->setTitle(tr("&View"));
    mResetLayoutAction->setText(tr("&Reset layout"));
    mLanguageMenu->setTitle(tr("&Language"));
    mHelpMenu->setTitle(tr("&Help"));
    mAboutAction->setText(tr("&About ShopDesk"));
    for (const auto &factory : mFactories) {
        QDockWidget *d = mDocks.value(factory->id());
        d->setWindowTitle(factory->title());
        if (auto *empty = qobject_cast<QLabel *>(d->widget()))
            empty->setText(tr("No shop open"));
    }
    for (QAction *a : mLanguageGroup->actions())
        a->setChecked(a->data().toString() == core::language::current());
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
