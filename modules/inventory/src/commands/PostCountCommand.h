#pragma once

#include "shopdesk/inventory/StocktakeRepository.h"

#include <QUndoCommand>

#include <functional>

namespace shopdesk::inventory {

/// Posts a count; undo reverses it with compensating ledger rows (a reversed count cannot be
/// posted again, so the command is spent after its undo).
class PostCountCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::PostCountCommand)
public:
    using Done = std::function<void(const core::Status &)>;
    PostCountCommand(const core::Database &db, qint64 countId, QString actor, Done done);

    void redo() override;
    void undo() override;

private:
    const core::Database &mDb;
    qint64 mCountId;
    QString mActor;
    Done mDone;
};

} // namespace shopdesk::inventory
