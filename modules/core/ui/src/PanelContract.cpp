#include "shopdesk/core/PanelContract.h"

#include <QAction>
#include <QApplication>
#include <QDataStream>
#include <QDockWidget>
#include <QEvent>
#include <QIODevice>
#include <QScrollArea>
#include <QShortcut>
#include <QUndoStack>

namespace shopdesk::core {

namespace {

constexpr int kUndoLimit = 200;

/// A dock whose title follows the UI language.
class ViewDock final : public QDockWidget {
public:
    ViewDock(std::function<QString()> title, QWidget *parent)
        : QDockWidget(parent)
        , mTitle(std::move(title))
    {
        setFeatures(DockWidgetClosable | DockWidgetMovable | DockWidgetFloatable);
        setWindowTitle(mTitle());
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            setWindowTitle(mTitle());
        QDockWidget::changeEvent(event);
    }

private:
    std::function<QString()> mTitle;
};

/// A view sits in a scroll area, so a dock can be made smaller than the view's own minimum (a
/// laptop screen holds several docks): scrollbars appear instead.
QScrollArea *scrollerFor(View *view, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(QStringLiteral("viewScroller"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(view);
    scroll->setFocusProxy(view);
    return scroll;
}

/// The workbench of a module that still has one panel: one dock, the panel's undo stack.
class PanelWorkbench final : public Workbench {
public:
    PanelWorkbench(const PanelFactory &factory, ModulePanel *panel, QWidget *window)
        : Workbench(factory.id(), window)
        , mPanel(panel)
    {
        addView(
            QString(), [&factory] { return factory.title(); }, panel);
    }
    QUndoStack *undoStack() const override { return mPanel->undoStack(); }

private:
    ModulePanel *mPanel;
};

} // namespace

View::View(QWidget *parent)
    : QWidget(parent)
{
}

View::~View() = default;

void View::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

ModulePanel::ModulePanel(QWidget *parent)
    : View(parent)
    , mUndoStack(new QUndoStack(this))
{
    mUndoStack->setUndoLimit(kUndoLimit);
}

ModulePanel::~ModulePanel() = default;

Workbench::Workbench(const QString &id, QWidget *window)
    : QObject(nullptr)
    , mId(id)
    , mWindow(window)
    , mUndoStack(new QUndoStack(this))
{
    mUndoStack->setUndoLimit(kUndoLimit);
}

Workbench::~Workbench()
{
    // The docks are the window's children, but the views in them read this workbench's shop: they
    // go with the workbench, before the shop closes (the window drops its workbenches first).
    qDeleteAll(mDocks);
}

QDockWidget *Workbench::addView(const QString &viewId, std::function<QString()> title, View *view)
{
    auto *dock = new ViewDock(std::move(title), mWindow);
    dock->setObjectName(
        viewId.isEmpty() ? QStringLiteral("dock.") + mId : QStringLiteral("dock.%1.%2").arg(mId, viewId));
    dock->setWidget(scrollerFor(view, dock));
    for (QAction *a : std::as_const(mActions))
        dock->addAction(a);
    mDocks << dock;
    mViewIds << viewId;
    return dock;
}

void Workbench::addAction(QAction *action)
{
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QDockWidget *d : std::as_const(mDocks))
        d->addAction(action);
    mActions << action;
}

QAction *Workbench::newAction(const QString &objectName, const QKeySequence &shortcut, std::function<void()> slot)
{
    auto *a = new QAction(this);
    a->setObjectName(objectName);
    a->setShortcut(shortcut);
    connect(a, &QAction::triggered, this, std::move(slot));
    addAction(a);
    return a;
}

void Workbench::addGoToShortcuts(const QString &prefix)
{
    // Alt+1, Alt+2 …: Ctrl+1 … Ctrl+5 belong to the window, where they switch workspaces (View →
    // Workspace). Alt with a digit is no menu mnemonic (those are letters) and no standard key.
    for (QDockWidget *d : std::as_const(mDocks))
        for (qsizetype i = 0; i < mViewIds.size() && i < 9; ++i) {
            auto *goTo = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + int(i))), d);
            goTo->setObjectName(prefix + QLatin1Char('.') + mViewIds.at(i));
            goTo->setContext(Qt::WidgetWithChildrenShortcut);
            connect(goTo, &QShortcut::activated, this, [this, id = mViewIds.at(i)] { raiseView(id); });
        }
}

void Workbench::raiseView(const QString &viewId)
{
    QDockWidget *d = dock(viewId);
    if (!d)
        return;
    d->show();
    d->raise();
    if (View *v = view(viewId))
        v->setFocus(Qt::OtherFocusReason);
}

QString Workbench::focusedView() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (qsizetype i = 0; focus && i < mDocks.size(); ++i)
        if (mDocks.at(i)->isAncestorOf(focus))
            return mViewIds.at(i);
    return {};
}

QDockWidget *Workbench::dock(const QString &viewId) const
{
    const qsizetype i = mViewIds.indexOf(viewId);
    return i < 0 ? nullptr : mDocks.at(i);
}

View *Workbench::view(const QString &viewId) const
{
    QDockWidget *d = dock(viewId);
    auto *scroll = d ? qobject_cast<QScrollArea *>(d->widget()) : nullptr;
    return scroll ? qobject_cast<View *>(scroll->widget()) : nullptr;
}

QList<View *> Workbench::views() const
{
    QList<View *> out;
    for (const QString &id : mViewIds)
        if (View *v = view(id))
            out << v;
    return out;
}

void Workbench::reload()
{
    for (View *v : views())
        v->reload();
}

QByteArray Workbench::saveState() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    QMap<QString, QByteArray> states;
    for (const QString &id : mViewIds)
        if (View *v = view(id))
            states.insert(id, v->saveState());
    stream << states;
    return out;
}

void Workbench::restoreState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    QMap<QString, QByteArray> states;
    stream >> states;
    if (stream.status() != QDataStream::Ok)
        return; // a state from another version: the views keep their defaults
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        if (View *v = view(it.key()))
            v->restoreState(it.value());
}

std::unique_ptr<Workbench> PanelFactory::createWorkbench(const PanelContext &context, QWidget *window) const
{
    ModulePanel *panel = create(context, nullptr);
    if (!panel)
        return nullptr;
    return std::make_unique<PanelWorkbench>(*this, panel, window);
}

} // namespace shopdesk::core
