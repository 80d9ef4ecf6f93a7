#pragma once

#include "ListingsRepository.h"

#include <shopdesk/core/UndoCommand.h>

#include <QCoreApplication>

namespace shopdesk::listings {

/// Base of the workbench's undo commands: core's UndoCommand over the listings repository, each
/// change announced as Topic::Items.
class ListingsCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::ListingsCommand)
public:
    ListingsCommand(
        const core::Database &db, core::ShopEvents &events, const QString &text, QUndoCommand *parent = nullptr)
        : core::UndoCommand(text, events, core::Topic::Items, parent)
        , mDb(db)
    {
    }

protected:
    ListingsRepository repo() const { return ListingsRepository(mDb); }

private:
    const core::Database &mDb;
};

} // namespace shopdesk::listings
