#include "shopdesk/inventory/StocktakeService.h"

#include "StocktakeReport.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/WriteRetry.h>

#include <QFileInfo>

namespace shopdesk::inventory {

core::Result<QList<Stocktake>> StocktakeService::stocktakes() const { return StocktakeRepository(mDb).stocktakes(); }

core::Result<Stocktake> StocktakeService::stocktake(qint64 id) const { return StocktakeRepository(mDb).stocktake(id); }

core::Result<qint64> StocktakeService::start(const QString &scope, const QString &actor, bool blind)
{
    // On a server the count waits for every PC still booking ledger rows, and is run again when
    // another PC got in its way.
    return core::retrying([&] { return StocktakeRepository(mDb).start(scope, actor, {}, blind); });
}

core::Result<ScanResult> StocktakeService::scan(qint64 id, const QString &barcode, int quantity, const QString &actor)
{
    StocktakeRepository repo(mDb);
    repo.setSyncEachScan(true);
    return repo.scan(id, barcode, quantity, actor);
}

core::Result<qint64> StocktakeService::undoCount(qint64 countRowId, const QString &actor)
{
    return StocktakeRepository(mDb).undoCount(countRowId, actor);
}

core::Result<qint64> StocktakeService::setCounted(qint64 id, qint64 skuId, qint64 counted, const QString &actor)
{
    return StocktakeRepository(mDb).setCounted(id, skuId, counted, actor);
}

core::Result<int> StocktakeService::importCounts(qint64 id, const QString &path, const QString &actor)
{
    return StocktakeRepository(mDb).importCounts(id, path, actor);
}

core::Result<QList<UnknownScan>> StocktakeService::unknownScans(qint64 id) const
{
    return StocktakeRepository(mDb).unknownScans(id);
}

core::Result<qint64> StocktakeService::resolveUnknown(qint64 unknownId, const QString &barcode, const QString &actor)
{
    auto sku = core::ItemRepository(mDb).skuByBarcode(barcode.trimmed());
    if (!sku)
        return sku.error();
    if (!*sku)
        return core::Error { tr("No SKU has the barcode “%1”.").arg(barcode.trimmed()) };
    return StocktakeRepository(mDb).resolveUnknown(unknownId, (*sku)->sku.id, actor);
}

core::Result<qint64> StocktakeService::dismissUnknown(qint64 unknownId, const QString &actor)
{
    return StocktakeRepository(mDb).dismissUnknown(unknownId, actor);
}

core::Result<QList<VarianceRow>> StocktakeService::variance(qint64 id) const
{
    return StocktakeRepository(mDb).variance(id);
}

core::Result<qint64> StocktakeService::countRows(qint64 id) const { return StocktakeRepository(mDb).countRows(id); }

core::Result<int> StocktakeService::post(qint64 id, const QString &actor)
{
    return core::retrying([&] { return StocktakeRepository(mDb).post(id, actor); });
}

QString StocktakeService::uncountedWarning(const VarianceTotals &totals)
{
    if (totals.skusUncounted == 0)
        return {};
    return tr(
        "%1 of %2 SKUs uncounted: %3 would be booked as a shortage (%n piece(s)).", "", int(totals.uncountedPieces))
        .arg(totals.skusUncounted)
        .arg(totals.skus)
        .arg(totals.uncountedValue.toDisplayString());
}

core::Result<int> StocktakeService::reverse(qint64 id, const QString &actor)
{
    return StocktakeRepository(mDb).reverse(id, actor);
}

core::Result<bool> StocktakeService::monthlyCountDue(QDate day) const
{
    if (day.day() < 28)
        return false;
    const QDateTime from(QDate(day.year(), day.month(), 1), QTime(0, 0));
    const QDateTime to(QDate(day.year(), day.month(), day.daysInMonth()), QTime(23, 59, 59));
    auto posted = StocktakeRepository(mDb).lastPostedBetween(from, to);
    if (!posted)
        return posted.error();
    return !posted->has_value();
}

core::Result<QStringList> StocktakeService::categories() const { return StocktakeRepository(mDb).categories(); }

core::Status StocktakeService::writeReport(
    const QString &path, const Stocktake &count, const QList<VarianceRow> &rows) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return StocktakeReport::writeCsv(path, rows);
    if (suffix == QLatin1String("xlsx"))
        return StocktakeReport::writeXlsx(path, rows);
    return StocktakeReport::writePdf(path, count, rows, core::ShopSettings(mDb).value(core::ShopSettings::kShopName));
}

} // namespace shopdesk::inventory
