#pragma once

#include "shopdesk/inventory/ReceivingRepository.h"

#include <QUndoCommand>

#include <functional>

namespace shopdesk::inventory {

/// Saves and posts a receiving note; undo takes it back out by compensating entries (the note
/// stays on record as reversed, so the command is spent after its undo).
class PostReceivingCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::PostReceivingCommand)
public:
    using Done = std::function<void(const core::Status &)>;
    PostReceivingCommand(const core::Database &db, ReceivingNote note, QString actor, Done done);

    void redo() override;
    void undo() override;

private:
    const core::Database &mDb;
    ReceivingNote mNote;
    QString mActor;
    Done mDone;
};

} // namespace shopdesk::inventory
