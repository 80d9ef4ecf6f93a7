#include "PostReceivingCommand.h"

namespace shopdesk::inventory {

PostReceivingCommand::PostReceivingCommand(const core::PanelContext &context, ReceivingService &service,
    ReceivingNote note, QString actor, Done done, QString newSupplier)
    : core::UndoCommand(QString(), context.events)
    , mService(service)
    , mNote(std::move(note))
    , mActor(std::move(actor))
    , mNewSupplier(std::move(newSupplier))
{
    setText([this] { return tr("Post receiving note %1").arg(mNote.noteNo); });
    setDone(std::move(done));
    setUndoIsFinal(true); // a reversed note stays reversed: posting again is a new note
}

core::Status PostReceivingCommand::apply()
{
    auto id = mService.post(mNote, mActor, mNewSupplier);
    if (id)
        mNote.id = *id;
    return id.status();
}

core::Status PostReceivingCommand::revert() { return mService.reverse(mNote.id, mActor); }

} // namespace shopdesk::inventory
