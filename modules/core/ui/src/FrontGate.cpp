#include "shopdesk/core/FrontGate.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>
#include <QWidget>

namespace shopdesk::core {

FrontGate::FrontGate(QWidget *view, std::function<void()> work)
    : QObject(view)
    , mView(view)
    , mWork(std::move(work))
{
    setObjectName(QStringLiteral("frontGate"));
    view->installEventFilter(this);
}

bool FrontGate::tabbedBehind() const
{
    for (QWidget *w = mView->parentWidget(); w; w = w->parentWidget())
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            auto *window = qobject_cast<QMainWindow *>(dock->parentWidget());
            return window && !dock->isFloating() && !window->tabifiedDockWidgets(dock).isEmpty();
        }
    return false;
}

void FrontGate::arrive()
{
    if (mOpen)
        return;
    mOpen = true;
    if (mWork)
        mWork();
}

bool FrontGate::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != mView || mOpen)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::Show) {
        if (!tabbedBehind()) {
            arrive();
        } else {
            // Once the window has laid its docks out: a dock tabbed behind another is shown for a
            // moment when the window first opens, and hidden again before this runs.
            QTimer::singleShot(0, this, [this] {
                if (mOpen || !mView->isVisible())
                    return;
                if (mView->visibleRegion().isEmpty())
                    mOnPaint = true; // behind another tab: when it comes to the front
                else
                    arrive();
            });
        }
    } else if (event->type() == QEvent::Paint && mOnPaint) {
        mOnPaint = false;
        QTimer::singleShot(0, this, [this] { arrive(); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace shopdesk::core
