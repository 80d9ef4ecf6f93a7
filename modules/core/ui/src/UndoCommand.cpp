#include "shopdesk/core/UndoCommand.h"

#include "shopdesk/core/WriteRetry.h"

#include <QHash>
#include <QUndoStack>

namespace shopdesk::core {

namespace {
/// Each command's text maker, with the text it last made (a command whose text was set another
/// way since is left as it is).
struct Maker {
    UndoText make;
    QString made;
};
QHash<const UndoCommand *, Maker> &makers()
{
    static QHash<const UndoCommand *, Maker> all;
    return all;
}
} // namespace

UndoCommand::UndoCommand(const QString &text, ShopEvents &events, std::optional<Topic> topic, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mEvents(events)
    , mTopic(topic)
{
}

UndoCommand::UndoCommand(UndoText text, ShopEvents &events, std::optional<Topic> topic, QUndoCommand *parent)
    : QUndoCommand(parent)
    , mEvents(events)
    , mTopic(topic)
{
    setText(std::move(text));
}

UndoCommand::~UndoCommand() { makers().remove(this); }

void UndoCommand::setText(UndoText text)
{
    Maker m { std::move(text), QString() };
    m.made = m.make();
    QUndoCommand::setText(m.made);
    makers().insert(this, std::move(m));
}

void UndoCommand::retranslate()
{
    auto it = makers().find(this);
    if (it == makers().end() || it->made != QUndoCommand::text())
        return;
    it->made = it->make();
    QUndoCommand::setText(it->made);
}

// The one service call of each step is run again when another writer got in the way (on a
// server that shows only at a later statement or at COMMIT): the user never sees the conflict.
void UndoCommand::redo()
{
    finish(retrying([this] { return apply(); }), true);
}

void UndoCommand::undo()
{
    finish(retrying([this] { return revert(); }), false);
}

void UndoCommand::finish(const Status &status, bool forward)
{
    if (!status || (!forward && mUndoIsFinal))
        setObsolete(true);
    if (mDone)
        mDone(status);
    else if (!status)
        mEvents.reportError(status.errorMessage());
    if (status && mTopic) // a refused call changed nothing: the views keep their state (a selection)
        mEvents.notifyChanged(*mTopic);
}

namespace {
void retranslateTree(QUndoCommand *command)
{
    if (auto *ours = dynamic_cast<UndoCommand *>(command))
        ours->retranslate();
    for (int i = 0; i < command->childCount(); ++i)
        retranslateTree(const_cast<QUndoCommand *>(command->child(i)));
}
} // namespace

void retranslateUndoStack(QUndoStack &stack)
{
    // QUndoStack hands its commands out const; their text is all that changes here.
    for (int i = 0; i < stack.count(); ++i)
        retranslateTree(const_cast<QUndoCommand *>(stack.command(i)));
}

} // namespace shopdesk::core
