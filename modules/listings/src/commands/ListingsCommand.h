#pragma once

#include "ListingsRepository.h"

#include <shopdesk/core/PanelContract.h>

#include <QCoreApplication>
#include <QUndoCommand>

namespace shopdesk::listings {

/// Base of the workbench's undo commands: redo()/undo() call the repository (each call its own
/// transaction). A redo that fails reports the error and marks the command obsolete, so the
/// undo stack drops it and the shop stays as it was.
class ListingsCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::ListingsCommand)
public:
    ListingsCommand(
        const core::Database &db, core::ShopEvents &events, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , mDb(db)
        , mEvents(events)
    {
    }

    void redo() final { finish(apply()); }
    void undo() final { finish(revert()); }

protected:
    virtual core::Status apply() = 0;
    virtual core::Status revert() = 0;
    ListingsRepository repo() const { return ListingsRepository(mDb); }

private:
    void finish(const core::Status &s)
    {
        if (!s) {
            setObsolete(true);
            mEvents.reportError(s.errorMessage());
        }
        mEvents.notifyChanged(core::Topic::Items);
    }

    const core::Database &mDb;
    core::ShopEvents &mEvents;
};

} // namespace shopdesk::listings
