#pragma once

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

/// Reverses a stock movement with a compensating row; undo reverses that row in turn (the ledger
/// only ever grows).
class ReverseMoveCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::ReverseMoveCommand)
public:
    using Done = std::function<void(const core::Status &)>;
    ReverseMoveCommand(const core::Database &db, qint64 moveId, QString actor, Done done);

    void redo() override;
    void undo() override;

private:
    const core::Database &mDb;
    qint64 mTarget; ///< the row the next redo/undo reverses
    qint64 mOriginal;
    QString mActor;
    Done mDone;
};

} // namespace shopdesk::inventory
