#pragma once

#include <QObject>
#include <QString>
#include <QWidget>

#include <memory>

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

Q_SIGNALS:
    void error(const QString &message);
    void changed(shopdesk::core::Topic topic);
};

/// Everything a panel may use; injected by the factory (panels never reach for the main window).
struct PanelContext {
    const Database &db;
    ShopEvents &events;
    QString actor; ///< who is working, recorded with every write
};

/// A module's panel, hosted in a dock. It owns its undo stack; the main window adds every stack
/// to one QUndoGroup and activates the stack of the panel that has focus.
class ModulePanel : public QWidget {
    Q_OBJECT
public:
    explicit ModulePanel(QWidget *parent = nullptr);
    ~ModulePanel() override;

    QUndoStack *undoStack() const { return mUndoStack; }

    /// Re-reads the panel's records from the shop file.
    virtual void reload() = 0;
    /// The panel's own view state (column widths, filters), saved per user.
    virtual QByteArray saveState() const { return {}; }
    virtual void restoreState(const QByteArray &) { }

protected:
    /// Called on construction by subclasses and whenever the UI language changes.
    virtual void retranslateUi() { }
    void changeEvent(QEvent *event) override;

private:
    QUndoStack *mUndoStack;
};

/// How app/ learns about a module: one factory per module, registered explicitly in app/.
class PanelFactory {
public:
    virtual ~PanelFactory() = default;
    /// Stable, ASCII: the dock's object name is "dock." + id(), and the settings group.
    virtual QString id() const = 0;
    /// Translated title for the dock and the View menu.
    virtual QString title() const = 0;
    virtual Qt::DockWidgetArea defaultArea() const { return Qt::LeftDockWidgetArea; }
    virtual ModulePanel *create(const PanelContext &context, QWidget *parent) const = 0;
};

} // namespace shopdesk::core
