#include "ScanCommand.h"

namespace shopdesk::inventory {

ScanCommand::ScanCommand(StocktakeService &counts, core::ShopEvents &events, qint64 countId, QString barcode,
    int quantity, QString actor, Done done)
    : core::UndoCommand(QString(), events)
    , mCounts(counts)
    , mCountId(countId)
    , mBarcode(std::move(barcode))
    , mQuantity(quantity)
    , mActor(std::move(actor))
    , mDone(std::move(done))
{
    setText([this] {
        return mQuantity == 1 ? tr("Scan %1").arg(mBarcode) : tr("Scan %1 × %2").arg(mBarcode).arg(mQuantity);
    });
    // The station shows every answer inline: a modal error box would swallow the next scan.
    setDone([](const core::Status &) {});
}

core::Status ScanCommand::apply()
{
    auto r = mCounts.scan(mCountId, mBarcode, mQuantity, mActor);
    if (r)
        mRowId = r->countId;
    if (mDone)
        mDone(r);
    return r.status();
}

core::Status ScanCommand::revert()
{
    auto r = mCounts.undoCount(mRowId, mActor);
    if (mDone)
        mDone(r ? core::Result<ScanResult>(core::Error {}) : core::Result<ScanResult>(r.error())); // refresh only
    return r.status();
}

} // namespace shopdesk::inventory
