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

/// A field edit, in the shape of Tiled's ChangeValue: writes the new value of one field of one
/// record through a service call and the old one back on undo. Consecutive edits of the same field
/// of the same record merge into one step (a price typed again, a title corrected twice), keeping
/// the first old value. `field` names the field: commands with the same field may merge.
template<typename Value>
class ChangeValue : public UndoCommand {
public:
    using Write = std::function<Status(const Value &)>;

    ChangeValue(const QString &text, ShopEvents &events, std::optional<Topic> topic, int field, qint64 record,
        Value oldValue, Value newValue, Write write)
        : UndoCommand(text, events, topic)
        , mField(field)
        , mRecord(record)
        , mOld(std::move(oldValue))
        , mNew(std::move(newValue))
        , mWrite(std::move(write))
    {
    }

    int id() const override { return mField; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeValue *>(other);
        // QUndoStack offers a failed (obsolete) command for merging too: it must not be taken.
        if (!next || next->isObsolete() || next->mRecord != mRecord || next->mField != mField)
            return false;
        mNew = next->mNew; // already written by the next command's redo()
        return true;
    }
    const Value &oldValue() const { return mOld; }
    const Value &newValue() const { return mNew; }

protected:
    Status apply() override { return mWrite(mNew); }
    Status revert() override { return mWrite(mOld); }

private:
    int mField;
    qint64 mRecord;
    Value mOld, mNew;
    Write mWrite;
};

} // namespace shopdesk::core
