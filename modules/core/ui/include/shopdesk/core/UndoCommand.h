#pragma once

#include "shopdesk/core/PanelContract.h"
#include "shopdesk/core/Result.h"

#include <QUndoCommand>

#include <functional>
#include <optional>
#include <type_traits>

class QUndoStack;

namespace shopdesk::core {

/// A command's text for Edit → Undo, made again in the new language after a switch: a function
/// that calls tr() with the command's arguments (`[code] { return tr("Add item %1").arg(code); }`).
/// A plain QString stays as it was written.
class UndoText {
public:
    UndoText(const QString &fixed)
        : mMake([fixed] { return fixed; })
    {
    }
    template<typename F>
    requires std::is_invocable_r_v<QString, F> UndoText(F make)
        : mMake(std::move(make))
    {
    }
    QString operator()() const { return mMake(); }

private:
    std::function<QString()> mMake;
};

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
    /// A text made again in each language the user switches to.
    UndoCommand(
        UndoText text, ShopEvents &events, std::optional<Topic> topic = std::nullopt, QUndoCommand *parent = nullptr);
    ~UndoCommand() override;

    /// Makes the text again in the language now installed (a plain QString text stays).
    void retranslate();
    /// A text known only once the command is made (`[n] { return tr("Post count %1").arg(n); }`).
    void setText(UndoText text);

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

    // The text's maker is kept by UndoCommand.cpp, beside the command, not in it: the class keeps
    // the size every module's compiled code knows.
    ShopEvents &mEvents;
    std::optional<Topic> mTopic;
    Done mDone;
    bool mUndoIsFinal = false;
};

/// An UndoCommand from two calls, for the many commands that need no state of their own.
class CallCommand : public UndoCommand {
public:
    using Call = std::function<Status()>;
    CallCommand(UndoText text, ShopEvents &events, std::optional<Topic> topic, Call apply, Call revert)
        : UndoCommand(std::move(text), events, topic)
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

    ChangeValue(UndoText text, ShopEvents &events, std::optional<Topic> topic, int field, qint64 record, Value oldValue,
        Value newValue, Write write)
        : UndoCommand(std::move(text), events, topic)
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

/// Every command of `stack` retranslated (after a language switch), its undo and redo texts with them.
void retranslateUndoStack(QUndoStack &stack);

} // namespace shopdesk::core
