#pragma once

#include <shopdesk/core/Result.h>
#include <shopdesk/core/UndoCommand.h>

#include <QCoreApplication>

#include <functional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

/// Reverses a stock movement with a compensating row; undo reverses that row in turn (the ledger
/// only ever grows).
class ReverseMoveCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::ReverseMoveCommand)
public:
    using Done = std::function<void(const core::Status &)>;
    ReverseMoveCommand(const core::PanelContext &context, qint64 moveId, QString actor, Done done);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    const core::Database &mDb;
    qint64 mTarget; ///< the row the next redo/undo reverses
    qint64 mOriginal;
    QString mActor;
};

} // namespace shopdesk::inventory
