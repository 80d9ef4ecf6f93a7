#include "shopdesk/core/PanelContract.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QDataStream>
#include <QDockWidget>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>

namespace shopdesk::core {

namespace {

constexpr int kUndoLimit = 200;

// Accessible names a dock gave (and renews with the language); a name the view set stays.
const char *const kGivenName = "shopdesk.givenAccessibleName";

QString labelText(const QLabel *label)
{
    QString t = label->text();
    t.remove(QLatin1Char('&'));
    if (Qt::mightBeRichText(t))
        t = QString(); // a label with markup reads badly as a name
    t = t.trimmed();
    while (t.endsWith(QLatin1Char(':')) || t.endsWith(QChar(0xFF1A)))
        t.chop(1);
    return t.trimmed();
}

/// The label a layout puts before `w`: its form row's label, the cell to its left, or the item
/// before it in a row.
QString layoutLabel(QWidget *w)
{
    QWidget *parent = w->parentWidget();
    if (!parent || !parent->layout())
        return {};
    // The layout holding w may be nested.
    QList<QLayout *> layouts { parent->layout() };
    for (qsizetype i = 0; i < layouts.size(); ++i) {
        QLayout *l = layouts.at(i);
        if (auto *form = qobject_cast<QFormLayout *>(l))
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(w)))
                return labelText(label);
        const int at = l->indexOf(w);
        if (at > 0) {
            if (auto *grid = qobject_cast<QGridLayout *>(l)) {
                int row = 0, col = 0, rs = 0, cs = 0;
                grid->getItemPosition(at, &row, &col, &rs, &cs);
                if (col > 0)
                    if (QLayoutItem *left = grid->itemAtPosition(row, col - 1))
                        if (auto *label = qobject_cast<QLabel *>(left->widget()))
                            return labelText(label);
            } else if (qobject_cast<QBoxLayout *>(l)) {
                if (auto *label = qobject_cast<QLabel *>(l->itemAt(at - 1)->widget()))
                    return labelText(label);
            }
        }
        for (int k = 0; k < l->count(); ++k)
            if (QLayout *inner = l->itemAt(k)->layout())
                layouts << inner;
    }
    return {};
}

/// A name for a table or an input from what the user sees next to it.
QString nameFor(QWidget *w, QWidget *root, const QString &dockTitle)
{
    for (auto *label : root->findChildren<QLabel *>())
        if (label->buddy() == w)
            if (const QString t = labelText(label); !t.isEmpty())
                return t;
    if (const QString t = layoutLabel(w); !t.isEmpty())
        return t;
    QString hint;
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        hint = edit->placeholderText();
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        hint = combo->placeholderText();
    else if (auto *text = qobject_cast<QTextEdit *>(w))
        hint = text->placeholderText();
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        hint = plain->placeholderText();
    if (hint.trimmed().isEmpty())
        hint = w->toolTip();
    if (!hint.trimmed().isEmpty() && !Qt::mightBeRichText(hint))
        return hint.trimmed();
    // A table (or a field without a label) is named by its group, its tab, or its dock.
    for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (auto *box = qobject_cast<QGroupBox *>(p); box && !box->title().isEmpty())
            return QString(box->title()).remove(QLatin1Char('&'));
        if (auto *tabs = qobject_cast<QTabWidget *>(p->parentWidget() ? p->parentWidget()->parentWidget() : nullptr))
            if (const int i = tabs->indexOf(p); i >= 0)
                return tabs->tabText(i).remove(QLatin1Char('&'));
    }
    return dockTitle;
}

/// Every table and input in `root` has an accessible name (a screen reader says what it is).
void nameInputs(QWidget *root, const QString &dockTitle)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool input = qobject_cast<QAbstractItemView *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QTextEdit *>(w)
            || qobject_cast<QPlainTextEdit *>(w);
        if (!input || w->isWindow())
            continue;
        // A combo box's or spin box's own line edit, a popup list: named through their owner.
        QWidget *parent = w->parentWidget();
        if (parent && (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)))
            continue;
        if (!w->accessibleName().isEmpty() && !w->property(kGivenName).toBool())
            continue;
        const QString name = nameFor(w, root, dockTitle);
        if (name.isEmpty())
            continue;
        w->setAccessibleName(name);
        w->setProperty(kGivenName, true);
    }
}

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

    /// Names the view's tables and inputs now, and again once the language changed (after the
    /// labels have their new texts).
    void nameViewInputs()
    {
        if (widget())
            nameInputs(widget(), windowTitle());
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            setWindowTitle(mTitle());
            QTimer::singleShot(0, this, [this] { nameViewInputs(); });
        }
        QDockWidget::changeEvent(event);
    }
    void showEvent(QShowEvent *event) override
    {
        nameViewInputs(); // widgets a view made since
        QDockWidget::showEvent(event);
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
    dock->nameViewInputs();
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
