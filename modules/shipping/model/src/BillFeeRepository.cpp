#include "BillFeeRepository.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Money.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::shipping {

core::Status BillFeeRepository::record(
    const QString &courier, const QString &billPath, const QHash<QString, QString> &shipped) const
{
    auto csv = core::CsvFile::read(billPath);
    if (!csv)
        return csv.error();
    // The same columns Couriers::checkBill reads.
    const int cT
        = csv->column({ QStringLiteral("tracking"), QString::fromUtf8("运单号"), QString::fromUtf8("物流单号") });
    const int cF = csv->column({ QStringLiteral("fee"), QString::fromUtf8("运费"), QString::fromUtf8("金额") });
    if (cT < 0 || cF < 0)
        return {};
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    core::SqlQuery q(mDb,
        QStringLiteral("INSERT INTO shipping_bill_fees (tracking_no, courier, fee_fen, checked_at) VALUES (:t, :c, :f, "
                       ":at) ON CONFLICT (courier, tracking_no) DO UPDATE SET fee_fen = excluded.fee_fen, "
                       "checked_at = excluded.checked_at"));
    const QString now = core::toDbTime(QDateTime::currentDateTime());
    for (const core::CsvRecord &r : csv->records) {
        const QString tracking = core::CsvFile::field(r, cT);
        if (!shipped.contains(tracking))
            continue;
        auto fee = core::Money::parse(core::CsvFile::field(r, cF));
        if (!fee || fee->fen() < 0)
            continue;
        q.bind({ { QStringLiteral(":t"), tracking }, { QStringLiteral(":c"), courier },
            { QStringLiteral(":f"), fee->fen() }, { QStringLiteral(":at"), now } });
        if (core::Status s = q.run(); !s)
            return s;
    }
    return tx.commit();
}

} // namespace shopdesk::shipping
