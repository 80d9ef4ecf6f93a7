#pragma once

#include "shopdesk/core/PanelContract.h"
#include "shopdesk/core/Result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace shopdesk::core {

/// The one base of ShopDesk's undo commands. redo() and undo() each make one service or
/// repository call, which runs in one Transaction. A call that fails leaves the shop as it was
/// (its transaction rolled back) and makes the command obsolete, so QUndoStack drops it: nothing
/// half-done stays on the stack. The failure goes to the view that asked for it (setDone) — a
/// scan field shows it inline, where a modal box would swallow the next scan — or else to
/// ShopEvents' one error dialog. A change topic, when given, is announced after every call that
/// succeeded.
class UndoCommand : public QUndoCommand {
public:
    using Done = std::function<void(const Status &)>;

    UndoCommand(const QString &text, ShopEvents &events, std::optional<Topic> topic = std::nullopt,
        QUndoCommand *parent = nullptr);

    void redo() final;
    void undo() final;

    /// The view that pushed the command hears every result (to refresh, or to show it inline);
    /// failures then are the view's to show.
    void setDone(Done done) { mDone = std::move(done); }
    /// A command whose undo cannot be redone (a posted count's reversal is final) is dropped
    /// after it is undone.
    void setUndoIsFinal(bool final) { mUndoIsFinal = final; }

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;

private:
    void finish(const Status &status, bool forward);

    ShopEvents &mEvents;
    std::optional<Topic> mTopic;
    Done mDone;
    bool mUndoIsFinal = false;
};

/// An UndoCommand from two calls, for the many commands that need no state of their own.
class CallCommand : public UndoCommand {
public:
    using Call = std::function<Status()>;
    CallCommand(const QString &text, ShopEvents &events, std::optional<Topic> topic, Call apply, Call revert)
        : UndoCommand(text, events, topic)
        , mApply(std::move(apply))
        , mRevert(std::move(revert))
    {
    }

protected:
    Status apply() override { return mApply(); }
    Status revert() override { return mRevert(); }

private:
    Call mApply, mRevert;
};

} // namespace shopdesk::core
