#include "PostReceivingCommand.h"

namespace shopdesk::inventory {

PostReceivingCommand::PostReceivingCommand(const core::Database &db, ReceivingNote note, QString actor, Done done)
    : mDb(db)
    , mNote(std::move(note))
    , mActor(std::move(actor))
    , mDone(std::move(done))
{
    setText(tr("Post receiving note %1").arg(mNote.noteNo));
}

void PostReceivingCommand::redo()
{
    auto id = ReceivingRepository(mDb).addAndPost(mNote, mActor);
    if (id)
        mNote.id = *id;
    else
        setObsolete(true);
    if (mDone)
        mDone(id.status());
}

void PostReceivingCommand::undo()
{
    const core::Status s = ReceivingRepository(mDb).reverse(mNote.id, mActor);
    setObsolete(true);
    if (mDone)
        mDone(s);
}

} // namespace shopdesk::inventory
