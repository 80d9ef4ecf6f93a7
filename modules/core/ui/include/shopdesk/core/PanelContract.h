#pragma once

#include <QObject>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QKeySequence;
class QDockWidget;
class QUndoStack;

namespace shopdesk::core {

class Database;

/// What a change in the shop touched, so other panels can refresh. Promotions: the store's own
/// dates on the promotion calendar (core::PromotionRepository), which the reorder warning reads.
enum class Topic { Items, Orders, Stock, Replies, Kpi, Promotions, Everything };

/// The shop-wide signal hub a panel gets through its context. Panels report errors here
/// (app/ shows them in its one error dialog) and announce what they changed.
class ShopEvents : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void reportError(const QString &message) { Q_EMIT error(message); }
    void notifyChanged(Topic topic) { Q_EMIT changed(topic); }
    /// What a long or file action did ("Imported 12 orders", "Exported to F"), for the status bar.
    void reportDone(const QString &message) { Q_EMIT done(message); }

Q_SIGNALS:
    void error(const QString &message);
    void changed(shopdesk::core::Topic topic);
    void done(const QString &message);
};

/// Everything a panel may use; injected by the factory (panels never reach for the main window).
struct PanelContext {
    const Database &db;
    ShopEvents &events;
    QString actor; ///< who is working, recorded with every write
};

/// One view of a workbench (a table with its form, a chart, the scan station), shown in a dock of
/// its own. It reads and writes through the services it was given, never through the main window.
class View : public QWidget {
    Q_OBJECT
public:
    explicit View(QWidget *parent = nullptr);
    ~View() override;

    /// Re-reads the view's records from the shop file.
    virtual void reload() = 0;
    /// The view's own state (column widths, filters), saved per user.
    virtual QByteArray saveState() const { return {}; }
    virtual void restoreState(const QByteArray &) { }

protected:
    /// Called on construction by subclasses and whenever the UI language changes.
    virtual void retranslateUi() { }
    void changeEvent(QEvent *event) override;
};

/// A whole-module panel with its own undo stack: the shape before a module is broken into views.
/// A factory that only has one still gets a workbench of one dock (PanelFactory::createWorkbench).
class ModulePanel : public View {
    Q_OBJECT
public:
    explicit ModulePanel(QWidget *parent = nullptr);
    ~ModulePanel() override;

    QUndoStack *undoStack() const { return mUndoStack; }

private:
    QUndoStack *mUndoStack;
};

/// A workbench for one open shop, in the shape of Tiled's Editor: its views, each in its own dock;
/// the actions it offers to the menus and toolbars (with shortcuts); one undo stack; its saved
/// state. Made by its factory when a shop is opened, gone (with its docks) when the shop closes.
class Workbench : public QObject {
    Q_OBJECT
public:
    /// `window` parents the docks (the main window), which owns the workbench and drops it before
    /// it closes the shop; `id` is the factory's.
    Workbench(const QString &id, QWidget *window);
    ~Workbench() override;

    QString id() const { return mId; }
    /// One dock per view, in the order added; object names "dock.<id>.<view>" (stable: the
    /// window's saved layout refers to them).
    QList<QDockWidget *> dockWidgets() const { return mDocks; }
    QDockWidget *dock(const QString &viewId) const;
    View *view(const QString &viewId) const;
    QList<View *> views() const;
    /// The commands for the menu bar and the workbench's toolbar; each has its shortcut.
    virtual QList<QAction *> actions() const { return mActions; }
    virtual QUndoStack *undoStack() const { return mUndoStack; }

    /// Brings a view's dock to the front and gives the view the focus.
    void raiseView(const QString &viewId);
    /// The view whose dock holds the focus, or empty.
    QString focusedView() const;

    /// Re-reads every view.
    virtual void reload();
    /// Every view's state, by view id.
    virtual QByteArray saveState() const;
    virtual void restoreState(const QByteArray &state);

protected:
    /// Puts `view` in a new dock "dock.<id>.<viewId>" ("dock.<id>" for an empty viewId) titled by
    /// `title`, which is asked again whenever the language changes.
    QDockWidget *addView(const QString &viewId, std::function<QString()> title, View *view);
    /// Offers `action` to the window's menu and toolbar. Its shortcut works while the focus is in
    /// one of this workbench's docks (several workbenches may use F5 or Ctrl+F, each for itself).
    void addAction(QAction *action);
    /// A new action (named for tests) with its shortcut, offered through addAction.
    QAction *newAction(const QString &objectName, const QKeySequence &shortcut, std::function<void()> slot);
    /// Ctrl+1, Ctrl+2 … bring the docks to the front, in the order they were added (shortcuts, not
    /// actions: the window's Docks menu lists the docks already, and the toolbar stays short).
    /// Each shortcut is named `<prefix>.<viewId>`.
    void addGoToShortcuts(const QString &prefix);

private:
    QString mId;
    QWidget *mWindow;
    QUndoStack *mUndoStack;
    QList<QDockWidget *> mDocks;
    QStringList mViewIds;
    QList<QAction *> mActions;
};

/// How app/ learns about a module: one factory per module, registered explicitly in app/.
class PanelFactory {
public:
    virtual ~PanelFactory() = default;
    /// Stable, ASCII: the docks' object names start with "dock." + id(), and the settings group.
    virtual QString id() const = 0;
    /// Translated title for the workbench's menu, toolbar and single dock.
    virtual QString title() const = 0;
    virtual Qt::DockWidgetArea defaultArea() const { return Qt::LeftDockWidgetArea; }
    /// The workbench for the open shop. The default hosts create()'s one panel in one dock
    /// "dock.<id>", with the panel's undo stack.
    virtual std::unique_ptr<Workbench> createWorkbench(const PanelContext &context, QWidget *window) const;
    /// A module not yet broken into views offers its one panel here.
    virtual ModulePanel *create(const PanelContext &, QWidget *) const { return nullptr; }
};

} // namespace shopdesk::core
