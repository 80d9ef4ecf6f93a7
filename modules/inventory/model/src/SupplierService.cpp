#include "shopdesk/inventory/SupplierService.h"

#include "shopdesk/inventory/SupplierAccountRepository.h"
#include "shopdesk/inventory/SupplierEditRepository.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/RowVersions.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/core/WriteRetry.h>

#include <QSet>

namespace shopdesk::inventory {

using core::Error;

core::Result<QList<SupplierRow>> SupplierService::list() const
{
    auto suppliers = core::SupplierRepository(mDb).all();
    if (!suppliers)
        return suppliers.error();
    auto items = SupplierAccountRepository(mDb).suppliedItems();
    if (!items)
        return items.error();
    auto archived = SupplierEditRepository(mDb).archivedIds();
    if (!archived)
        return archived.error();
    QList<SupplierRow> out;
    for (const core::Supplier &s : *suppliers)
        out.append({ s, items->value(s.id), archived->contains(s.id) });
    return out;
}

core::Status SupplierService::setArchived(qint64 supplierId, bool archived)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (core::Status st = SupplierEditRepository(mDb).setArchived(supplierId, archived); !st)
        return st;
    return tx.commit();
}

core::Result<SupplierUse> SupplierService::usage(qint64 supplierId) const
{
    auto use = SupplierEditRepository(mDb).usage(supplierId);
    if (!use)
        return use;
    // The items as the suppliers list names them: linked to it or on its posted receiving notes.
    auto items = SupplierAccountRepository(mDb).suppliedItems();
    if (!items)
        return items.error();
    use->items = int(items->value(supplierId).size());
    return use;
}

core::Result<SupplierRow> SupplierService::byName(const QString &name) const
{
    auto rows = list();
    if (!rows)
        return rows.error();
    for (const SupplierRow &r : *rows)
        if (r.supplier.name == name.trimmed())
            return r;
    return Error { tr("There is no supplier called “%1”.").arg(name.trimmed()) };
}

core::Result<qint64> SupplierService::add(const core::Supplier &supplier)
{
    core::Supplier s = supplier;
    s.name = s.name.trimmed();
    if (s.name.isEmpty())
        return Error { tr("A supplier needs a name.") };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto existing = core::SupplierRepository(mDb).all();
    if (!existing)
        return existing.error();
    for (const core::Supplier &e : *existing)
        if (e.name == s.name)
            return Error { tr("There is already a supplier called “%1”.").arg(s.name) };
    return tx.commitWith(core::SupplierRepository(mDb).add(s));
}

core::Status SupplierService::update(const core::Supplier &supplier, std::optional<qint64> seen)
{
    core::Supplier s = supplier;
    s.name = s.name.trimmed();
    if (s.name.isEmpty())
        return Error { tr("A supplier needs a name.") };
    return core::retrying([&]() -> core::Status {
        core::Transaction tx(mDb);
        if (!tx.isActive())
            return tx.beginStatus();
        auto existing = core::SupplierRepository(mDb).all();
        if (!existing)
            return existing.error();
        QString before = s.name; // the name the other PC saw, for the message
        for (const core::Supplier &e : *existing) {
            if (e.name == s.name && e.id != s.id)
                return Error { tr("There is already a supplier called “%1”.").arg(s.name) };
            if (e.id == s.id)
                before = e.name;
        }
        if (auto v = core::RowVersions(mDb).touch(
                core::RowVersions::Table::Suppliers, s.id, seen, tr("Supplier %1").arg(before));
            !v)
            return v.status();
        if (core::Status st = SupplierEditRepository(mDb).update(s); !st)
            return st;
        return tx.commit();
    });
}

core::Result<QHash<qint64, qint64>> SupplierService::versions() const
{
    return core::RowVersions(mDb).versions(core::RowVersions::Table::Suppliers);
}

core::Status SupplierService::remove(qint64 supplierId)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (core::Status st = SupplierEditRepository(mDb).removeUnused(supplierId); !st)
        return st;
    return tx.commit();
}

core::Result<int> SupplierService::importCsv(const QString &path)
{
    auto csv = core::CsvFile::read(path);
    if (!csv)
        return csv.error();
    const int nameCol = csv->column({ QStringLiteral("供应商"), QStringLiteral("名称"), QStringLiteral("name") });
    const int contactCol = csv->column({ QStringLiteral("联系人"), QStringLiteral("contact") });
    const int phoneCol = csv->column({ QStringLiteral("电话"), QStringLiteral("phone") });
    const int cityCol = csv->column({ QStringLiteral("城市"), QStringLiteral("city") });
    const int noteCol = csv->column({ QStringLiteral("备注"), QStringLiteral("note") });
    if (nameCol < 0)
        return csv->missingColumn(tr("name (供应商)"));
    if (csv->records.isEmpty())
        return Error { tr("%1 holds no suppliers.").arg(csv->fileName) };
    auto existing = core::SupplierRepository(mDb).all();
    if (!existing)
        return existing.error();
    QSet<QString> taken;
    for (const core::Supplier &e : *existing)
        taken.insert(e.name);
    QList<core::Supplier> rows;
    for (const core::CsvRecord &r : csv->records) {
        core::Supplier s;
        s.name = core::CsvFile::field(r, nameCol).trimmed();
        s.contact = core::CsvFile::field(r, contactCol).trimmed();
        s.phone = core::CsvFile::field(r, phoneCol).trimmed();
        s.city = core::CsvFile::field(r, cityCol).trimmed();
        s.note = core::CsvFile::field(r, noteCol).trimmed();
        if (s.name.isEmpty())
            return csv->error(r.line, csv->header.value(nameCol), tr("the supplier's name is empty."));
        if (taken.contains(s.name))
            return csv->error(
                r.line, csv->header.value(nameCol), tr("there is already a supplier called “%1”.").arg(s.name));
        taken.insert(s.name);
        rows.append(s);
    }
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    for (const core::Supplier &s : rows)
        if (auto id = core::SupplierRepository(mDb).add(s); !id)
            return id.error();
    if (core::Status s = tx.commit(); !s)
        return s.error();
    return int(rows.size());
}

} // namespace shopdesk::inventory
