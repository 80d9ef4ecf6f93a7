#pragma once

#include "shopdesk/inventory/StocktakeService.h"

#include <shopdesk/core/UndoCommand.h>

#include <functional>

namespace shopdesk::inventory {

/// One scan (or ×N) committed to the open count. Undo adds a compensating count row (nothing is
/// deleted); redo scans again.
class ScanCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::ScanCommand)
public:
    using Done = std::function<void(const core::Result<ScanResult> &)>;
    ScanCommand(StocktakeService &counts, core::ShopEvents &events, qint64 countId, QString barcode, int quantity,
        QString actor, Done done);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    StocktakeService &mCounts;
    qint64 mCountId;
    QString mBarcode;
    int mQuantity;
    QString mActor;
    Done mDone;
    qint64 mRowId = 0;
};

} // namespace shopdesk::inventory
