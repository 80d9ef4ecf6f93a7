#include "shopdesk/shipping/CourierData.h"

#include "shopdesk/shipping/ShippingService.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Parse.h>
#include <shopdesk/core/Transaction.h>

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace shopdesk::shipping {

using core::Error;
using core::Money;
using core::Result;
using core::Status;

Result<QList<PriceTable>> CourierData::readPriceTables(const QString &path, const QString &courier)
{
    auto csv = core::CsvFile::read(path);
    if (!csv)
        return csv.error();
    const int cCourier = csv->column({ QStringLiteral("courier"), QString::fromUtf8("快递公司"),
        QString::fromUtf8("快递"), QString::fromUtf8("物流公司") });
    const int cProvince
        = csv->column({ QStringLiteral("province"), QString::fromUtf8("省份"), QString::fromUtf8("地区") });
    const int cFirst = csv->column({ QStringLiteral("first_kg"), QString::fromUtf8("首重") });
    const int cMore = csv->column({ QStringLiteral("additional_kg"), QString::fromUtf8("续重") });
    if (cProvince < 0)
        return csv->missingColumn(QStringLiteral("province"));
    if (cFirst < 0)
        return csv->missingColumn(QStringLiteral("first_kg"));
    if (cMore < 0)
        return csv->missingColumn(QStringLiteral("additional_kg"));
    if (cCourier < 0 && courier.isEmpty())
        return Error { tr("%1 has no courier column: say whose price table it is.").arg(csv->fileName) };
    QList<PriceTable> tables;
    auto tableOf = [&tables](const QString &code) -> PriceTable & {
        for (PriceTable &t : tables)
            if (t.courier == code)
                return t;
        tables.append(PriceTable {});
        tables.last().courier = code;
        return tables.last();
    };
    // A courier named in the file by its code or by its name (申通快递 / STO Express).
    auto codeOf = [](const QString &text) -> QString {
        const QString t = text.trimmed();
        for (const QString &c : Couriers::codes())
            if (t.compare(c, Qt::CaseInsensitive) == 0 || t == Couriers::displayName(c))
                return c;
        const QString platform = TaobaoImport::courierFromPlatform(t);
        return Couriers::codes().contains(platform) ? platform : QString();
    };
    for (const core::CsvRecord &r : csv->records) {
        QString code = courier;
        if (cCourier >= 0 && !core::CsvFile::field(r, cCourier).isEmpty()) {
            code = codeOf(core::CsvFile::field(r, cCourier));
            if (code.isEmpty())
                return csv->error(r.line, QStringLiteral("courier"),
                    tr("“%1” is not a courier of the shop.").arg(core::CsvFile::field(r, cCourier)));
        }
        if (code.isEmpty())
            return csv->error(r.line, QStringLiteral("courier"), tr("the courier is empty."));
        const QString province = core::CsvFile::field(r, cProvince);
        if (province.isEmpty())
            return csv->error(r.line, QStringLiteral("province"), tr("the province is empty (use * for every other)."));
        Money first, more;
        for (auto [column, name, target] :
            { std::tuple { cFirst, "first_kg", &first }, std::tuple { cMore, "additional_kg", &more } }) {
            const QString text = core::CsvFile::field(r, column);
            auto money = Money::parse(text);
            if (!money || money->fen() < 0)
                return csv->error(r.line, QString::fromLatin1(name),
                    tr("“%1” is not an amount of money (use a form like 12.50).").arg(text));
            if (money->fen() > core::Parse::kMaxLineMoneyFen)
                return csv->error(r.line, QString::fromLatin1(name), core::Parse::tooMuchMoney(text));
            *target = *money;
        }
        PriceTable &t = tableOf(code);
        if (t.byProvince.contains(province))
            return csv->error(r.line, QStringLiteral("province"),
                tr("%1 is priced twice for %2.").arg(province, Couriers::displayName(code)));
        t.byProvince.insert(province, { first, more });
    }
    if (tables.isEmpty())
        return Error { tr("%1 has a header line but no prices.").arg(csv->fileName) };
    return tables;
}

Result<QList<PriceTable>> CourierData::importPriceTables(const QString &path, const QString &courier)
{
    auto tables = readPriceTables(path, courier);
    if (!tables)
        return tables.error();
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    CourierRepository repo(mDb);
    for (const PriceTable &t : std::as_const(*tables))
        if (Status s = repo.putPriceTable(t); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return tables;
}

Status CourierData::setPriceTable(const PriceTable &table)
{
    if (table.byProvince.isEmpty())
        return Error { tr("A price table needs at least one province (or * for every province).") };
    for (auto it = table.byProvince.cbegin(); it != table.byProvince.cend(); ++it)
        if (it.key().trimmed().isEmpty() || it->first.fen() < 0 || it->additional.fen() < 0)
            return Error { tr("Every row of a price table needs a province and prices of 0 or more.") };
    return CourierRepository(mDb).putPriceTable(table);
}

Result<int> CourierData::importRanges(const QString &path)
{
    auto csv = core::CsvFile::read(path);
    if (!csv)
        return csv.error();
    const int cCourier
        = csv->column({ QStringLiteral("courier"), QString::fromUtf8("快递公司"), QString::fromUtf8("快递") });
    const int cFirst = csv->column({ QStringLiteral("first"), QString::fromUtf8("起始单号") });
    const int cLast = csv->column({ QStringLiteral("last"), QString::fromUtf8("结束单号") });
    for (auto [c, name] :
        { std::pair { cCourier, "courier" }, std::pair { cFirst, "first" }, std::pair { cLast, "last" } })
        if (c < 0)
            return csv->missingColumn(QString::fromLatin1(name));
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    ShippingService service(mDb);
    int added = 0;
    for (const core::CsvRecord &r : csv->records) {
        const QString courier = core::CsvFile::field(r, cCourier).toUpper();
        if (!Couriers::codes().contains(courier))
            return csv->error(r.line, QStringLiteral("courier"),
                tr("“%1” is not a courier; use one of %2.")
                    .arg(core::CsvFile::field(r, cCourier), Couriers::codes().join(QStringLiteral(", "))));
        if (Status s
            = service.addTrackingRange(courier, core::CsvFile::field(r, cFirst), core::CsvFile::field(r, cLast));
            !s)
            return csv->error(r.line, QStringLiteral("first"), s.errorMessage());
        ++added;
    }
    if (added == 0)
        return Error { tr("%1 has a header line but no number ranges.").arg(csv->fileName) };
    if (Status s = tx.commit(); !s)
        return s.error();
    return added;
}

Status CourierData::putCourier(const ShopCourier &c)
{
    static const QRegularExpression codeForm(QStringLiteral("^[A-Z][A-Z0-9]{1,9}$"));
    if (!codeForm.match(c.code).hasMatch())
        return Error {
            tr("“%1” cannot be a courier's code: use 2 to 10 capital letters and digits, e.g. KYE.").arg(c.code)
        };
    if (Couriers::builtInCodes().contains(c.code))
        return Error { tr("%1 is a courier ShopDesk knows already.").arg(Couriers::displayName(c.code)) };
    if (c.name.trimmed().isEmpty())
        return Error { tr("A courier needs its name.") };
    if (c.platformName.trimmed().isEmpty())
        return Error { tr("A courier needs the name the platform lists it by (物流公司), e.g. 跨越速运.") };
    const QRegularExpression pattern(c.trackingPattern);
    if (c.trackingPattern.trimmed().isEmpty() || !pattern.isValid())
        return Error { tr("“%1” is not a form of tracking numbers (a regular expression such as ^KY\\d{12}$).")
                           .arg(c.trackingPattern) };
    CourierRepository repo(mDb);
    if (Status s = repo.putCourier(c); !s)
        return s;
    if (auto all = repo.shopCouriers())
        Couriers::setShopCouriers(*all);
    return {};
}

Result<QString> CourierData::rangeRemovalEffect(qint64 id) const
{
    auto range = CourierRepository(mDb).range(id);
    if (!range)
        return range.error();
    if (!range->has_value())
        return Error { tr("That number range is no longer in the shop.") };
    const CourierRepository::Range &r = **range;
    const qint64 left = std::max<qint64>(0, r.last - r.next + 1);
    return tr("%1: %2 … %3. Its %n number(s) not given out yet can no longer be assigned from it; orders that "
              "already have numbers from it keep them.",
        nullptr, static_cast<int>(std::min<qint64>(left, std::numeric_limits<int>::max())))
        .arg(Couriers::displayName(r.courier), r.first(), r.end());
}

Result<CourierRepository::Range> CourierData::removeRange(qint64 id)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    CourierRepository repo(mDb);
    auto range = repo.range(id);
    if (!range)
        return range.error();
    if (!range->has_value())
        return Error { tr("That number range is no longer in the shop.") };
    if (Status s = repo.removeRange(id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return **range;
}

Status CourierData::restoreRange(const CourierRepository::Range &range)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = CourierRepository(mDb).putRange(range); !s)
        return s;
    return tx.commit();
}

Status CourierData::removeCourier(const QString &code)
{
    CourierRepository repo(mDb);
    auto own = repo.shopCourier(code);
    if (!own)
        return own.status();
    if (!own->has_value())
        return Error { tr("The shop added no courier %1.").arg(code) };
    if (Status s = repo.removeCourier(code); !s)
        return s;
    if (auto all = repo.shopCouriers())
        Couriers::setShopCouriers(*all);
    return {};
}

} // namespace shopdesk::shipping
