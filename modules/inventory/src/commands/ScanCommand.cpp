#include "ScanCommand.h"

namespace shopdesk::inventory {

ScanCommand::ScanCommand(
    const core::Database &db, qint64 countId, QString barcode, int quantity, QString actor, Done done)
    : mDb(db)
    , mCountId(countId)
    , mBarcode(std::move(barcode))
    , mQuantity(quantity)
    , mActor(std::move(actor))
    , mDone(std::move(done))
{
    setText(mQuantity == 1 ? tr("Scan %1").arg(mBarcode) : tr("Scan %1 × %2").arg(mBarcode).arg(mQuantity));
}

void ScanCommand::redo()
{
    StocktakeRepository repo(mDb);
    repo.setSyncEachScan(true);
    auto r = repo.scan(mCountId, mBarcode, mQuantity, mActor);
    if (r)
        mRowId = r->countId;
    else
        setObsolete(true);
    if (mDone)
        mDone(r);
}

void ScanCommand::undo()
{
    auto r = StocktakeRepository(mDb).undoCount(mRowId, mActor);
    if (!r) {
        setObsolete(true);
        if (mDone)
            mDone(r.error());
        return;
    }
    if (mDone)
        mDone(core::Error {}); // refresh only
}

} // namespace shopdesk::inventory
