#pragma once

#include "ListingsService.h"

#include <shopdesk/core/UndoCommand.h>

#include <QCoreApplication>

namespace shopdesk::listings {

/// Base of the workbench's undo commands: core's UndoCommand over the workbench's one
/// ListingsService (each step one service call), every change announced as Topic::Items.
class ListingsCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::ListingsCommand)
public:
    ListingsCommand(ListingsService &service, core::ShopEvents &events, core::UndoText text)
        : core::UndoCommand(std::move(text), events, core::Topic::Items)
        , mService(service)
    {
    }

protected:
    ListingsService &service() const { return mService; }

private:
    ListingsService &mService;
};

/// The fields edited in place (ChangeValue ids): consecutive edits of one field of one record merge.
enum class ListingsField { Title = 0x4c01, Price, Shelf, Sku, ShortName };

} // namespace shopdesk::listings
