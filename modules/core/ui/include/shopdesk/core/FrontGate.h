#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace shopdesk::core {

/// Works a view's content out when the view first comes to the front, not when the shop opens
/// (the rule of the stock report and the listings reports, for every view that reads a year of
/// rows). A view in a dock tabbed behind another is shown for a moment when the window first
/// opens and hidden again: it waits until its tab is chosen (its first paint). A view shown on
/// its own (a dock not tabbed, a floating dock, a plain widget) is in front when it is shown.
/// The view's reload() reads nothing while isOpen() is false; `work` (usually reload()) runs once,
/// when the gate opens. Found on a view with findChild<FrontGate *>() (benches and tests).
class FrontGate : public QObject {
    Q_OBJECT
public:
    FrontGate(QWidget *view, std::function<void()> work);

    /// The view has been in front once (or was asked for by code): its content is worked out.
    bool isOpen() const { return mOpen; }
    /// Opens the gate without running the work: the caller asked for the content and reads it now
    /// (a day or a period set by code).
    void open() { mOpen = true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void arrive();
    bool tabbedBehind() const;

    QWidget *mView;
    std::function<void()> mWork;
    bool mOpen = false;
    bool mOnPaint = false; ///< shown behind another tab: opened when first painted
};

} // namespace shopdesk::core
