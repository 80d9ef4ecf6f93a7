#include "RepositoryCommand.h"

namespace shopdesk::service {

RepositoryCommand::RepositoryCommand(
    const QString &text, core::ShopEvents &events, core::Topic topic, Step redo, Step undo)
    : QUndoCommand(text)
    , mEvents(events)
    , mTopic(topic)
    , mRedo(std::move(redo))
    , mUndo(std::move(undo))
{
}

void RepositoryCommand::redo() { run(mRedo); }

void RepositoryCommand::undo() { run(mUndo); }

void RepositoryCommand::run(const Step &step)
{
    const core::Status s = step();
    mOk = s.ok();
    if (!mOk) {
        setObsolete(true);
        mEvents.reportError(s.errorMessage());
    }
    mEvents.notifyChanged(mTopic);
}

} // namespace shopdesk::service
