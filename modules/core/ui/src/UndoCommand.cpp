#include "shopdesk/core/UndoCommand.h"

namespace shopdesk::core {

UndoCommand::UndoCommand(const QString &text, ShopEvents &events, std::optional<Topic> topic, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , mEvents(events)
    , mTopic(topic)
{
}

void UndoCommand::redo() { finish(apply(), true); }

void UndoCommand::undo() { finish(revert(), false); }

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

} // namespace shopdesk::core
