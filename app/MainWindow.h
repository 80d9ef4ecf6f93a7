#pragma once

#include <shopdesk/core/Database.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/ShopSettings.h>

#include <QHash>
#include <QMainWindow>

#include <memory>
#include <vector>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QUndoGroup;

namespace shopdesk::core {
class ChangeFeed;
}

namespace shopdesk::app {

class BackupSchedule;
class DropImport;
class SingleInstance;
class StartPage;
class UserGuide;

/// The dock host: for the open shop, one workbench per module (each with its docks, its menu and
/// toolbar of actions, its undo stack); the File / Edit / View / Help menus; one QUndoGroup over
/// the workbenches' stacks; and the one place errors are shown.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::vector<std::unique_ptr<core::PanelFactory>> factories, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a shop file (creating it with OpenOrCreate); on failure shows the error and keeps
    /// whatever shop was open before.
    bool openShop(const QString &path, core::Database::Mode mode = core::Database::Mode::OpenExisting);
    /// Takes an already opened shop (e.g. the demo).
    void setShop(std::unique_ptr<core::Database> db);
    /// Closes the open shop (its workbenches first); the start page shows.
    void closeShop();
    /// Opens the shop on a server (File → Connect to a shop server…); keeps the password in the
    /// user's settings after a connection that worked if `keepPassword`, else forgets any kept one.
    /// A refusal is shown in ShopDesk's words.
    bool connectToServer(const core::ServerAddress &address, bool keepPassword);
    /// File → Connect to a shop server…: the dialog, filled in with the last server used.
    void connectDialog();
    /// Brings the window to the front (another launch asked for its shop).
    void bringToFront();
    /// Help → User guide (F1): made on first use, then shown again.
    UserGuide *showUserGuide();
    /// The automatic backup and File → Restore from backup….
    BackupSchedule *backups() const { return mBackups; }
    DropImport *drops() const { return mDrops; }

    const core::Database *shop() const { return mDb.get(); }
    /// The open shop's workbench of that module (nullptr without a shop).
    core::Workbench *workbench(const QString &id) const;
    /// A dock by its object name, or a single-dock module's dock by the module's id.
    QDockWidget *dock(const QString &name) const;
    /// Every dock of the open shop, workbench by workbench.
    QList<QDockWidget *> docks() const;
    /// The one panel of a module that is not yet broken into views.
    core::ModulePanel *panel(const QString &id) const;
    QStringList panelIds() const;
    QToolBar *toolBar(const QString &id) const { return mToolBars.value(id); }
    QUndoGroup *undoGroup() const { return mUndoGroup; }
    core::ShopEvents *events() const { return mEvents; }

    /// View → Workspace → Reset: the current workspace's default arrangement, built in code.
    void resetLayout();
    /// View → Workspace (Ctrl+1 … Ctrl+5): shows the role's screen by id (workspaces::all()). The
    /// workspace left keeps its state as the user had it; the one shown comes back as it was left,
    /// or in its default arrangement the first time.
    bool setWorkspace(const QString &id);
    QString workspace() const { return mWorkspace; }
    QAction *workspaceAction(const QString &id) const;
    void restoreSettings();
    void saveSettings();
    /// false: the user's saved layouts are neither read nor written (--screenshot renders the defaults).
    void setUseSavedLayouts(bool use) { mUseSavedLayouts = use; }

    /// Makes a new shop at `path` holding `settings` (the new-shop wizard's answers), written in one
    /// transaction; on failure the file is removed again and the error shown.
    bool createShop(const QString &path, const core::ShopSettings::Batch &settings, const QString &actor = {});
    /// Writes edited shop settings in one transaction and tells the workbenches.
    bool applyShopSettings(const core::ShopSettings::Batch &settings);

    /// Shows an error to the user (non-blocking dialog) and emits errorShown.
    void showError(const QString &message);
    /// No dialogs, only errorShown (for --screenshot and tests).
    void setQuietErrors(bool quiet) { mQuietErrors = quiet; }

Q_SIGNALS:
    void errorShown(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createViewMenu();
    void createWorkbenches();
    void dropWorkbenches();
    void applyWorkspace();
    void arrangeAll();
    void arrangeGroups(
        const QList<QList<QDockWidget *>> &groups, const QList<Qt::Orientation> &splits, const QList<int> &shares);
    void keepWorkspaceState();
    void fitToolBars();
    void keepFloatingDocksOnScreen();
    void applyBigType();
    void retranslateUi();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void updateStatus();
    void newShop();
    void openShopDialog();
    void openDemo();
    void editShopSettings();
    void backupNow();
    void about();
    void switchLanguage(const QString &code);
    /// The shop's deferred quick check (core::ShopCheck), once the window shows: a damaged shop is
    /// told to the user (it refuses every write); a sound one is backed up if a backup is due.
    void checkShop();

    int mShopSerial = 0; ///< counts the shops set, so a late verdict about an earlier shop is ignored
    std::vector<std::unique_ptr<core::PanelFactory>> mFactories;
    std::unique_ptr<core::Database> mDb;
    std::unique_ptr<core::ChangeFeed> mFeed; ///< what other connections change, relayed to mEvents
    core::ShopEvents *mEvents;
    QUndoGroup *mUndoGroup;
    std::vector<std::unique_ptr<core::Workbench>> mWorkbenches; ///< in factory order
    QHash<QString, QMenu *> mWorkbenchMenus;
    QHash<QString, QToolBar *> mToolBars;
    QHash<QString, QByteArray> mWorkspaceStates; ///< by workspace id, restored once the shop's docks exist
    QString mWorkspace;
    bool mUseSavedLayouts = true;
    StartPage *mStartPage = nullptr;
    SingleInstance *mInstance = nullptr; ///< one window per shop file and user
    DropImport *mDrops = nullptr;
    BackupSchedule *mBackups = nullptr;
    UserGuide *mGuide = nullptr;
    bool mQuietErrors = false;

    QMenu *mFileMenu = nullptr, *mRecentMenu = nullptr, *mEditMenu = nullptr, *mViewMenu = nullptr,
          *mDocksMenu = nullptr, *mWorkspaceMenu = nullptr, *mLanguageMenu = nullptr, *mHelpMenu = nullptr;
    QAction *mConnectAction = nullptr;
    QAction *mNewAction = nullptr, *mOpenAction = nullptr, *mBackupAction = nullptr, *mQuitAction = nullptr,
            *mSettingsAction = nullptr, *mDemoAction = nullptr, *mUndoAction = nullptr, *mRedoAction = nullptr,
            *mResetLayoutAction = nullptr, *mAboutAction = nullptr, *mRestoreAction = nullptr, *mGuideAction = nullptr;
    QActionGroup *mLanguageGroup = nullptr;
    QActionGroup *mWorkspaceGroup = nullptr;
    QLabel *mStatusFile = nullptr;
};

} // namespace shopdesk::app
