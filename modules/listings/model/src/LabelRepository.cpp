#include "LabelRepository.h"

#include <shopdesk/core/SqlQuery.h>

namespace shopdesk::listings {

using core::Error;
using core::Result;
using core::SqlQuery;
using core::Status;

namespace {
Label readLabel(const SqlQuery &q)
{
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), core::Money::fromFen(q.value(5).toLongLong()) };
}
} // namespace

Result<QList<Label>> LabelRepository::byCode(const QString &code) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT i.code, i.title, s.color, s.size, s.barcode, COALESCE(s.price_fen, i.price_fen) "
                       "FROM skus s JOIN items i ON i.id = s.item_id WHERE s.barcode = :c "
                       "OR (i.code = :c2 AND NOT EXISTS (SELECT 1 FROM skus b WHERE b.barcode = :c3)) "
                       "ORDER BY s.id"));
    q.bind({ { QStringLiteral(":c"), code.trimmed() }, { QStringLiteral(":c2"), code.trimmed() },
        { QStringLiteral(":c3"), code.trimmed() } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<Label> out;
    while (q.next())
        out.append(readLabel(q));
    if (out.isEmpty())
        return Error { tr("There is no SKU with the barcode %1 and no item with that code.").arg(code) };
    return out;
}

Result<QList<std::pair<Label, int>>> LabelRepository::received(const QString &noteNo) const
{
    SqlQuery n(mDb, QStringLiteral("SELECT COUNT(*) FROM receiving_notes WHERE note_no = :n"));
    n.bind(QStringLiteral(":n"), noteNo.trimmed());
    if (Status s = n.run(); !s)
        return s.error();
    if (!n.next() || n.value(0).toInt() == 0)
        return Error { tr("There is no receiving note %1.").arg(noteNo) };
    SqlQuery q(mDb,
        QStringLiteral("SELECT i.code, i.title, s.color, s.size, s.barcode, COALESCE(s.price_fen, i.price_fen), "
                       "SUM(l.quantity) FROM receiving_lines l JOIN receiving_notes r ON r.id = l.note_id "
                       "JOIN skus s ON s.id = l.sku_id JOIN items i ON i.id = s.item_id WHERE r.note_no = :n "
                       "GROUP BY s.id, i.id ORDER BY MIN(l.id)"));
    q.bind(QStringLiteral(":n"), noteNo.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    QList<std::pair<Label, int>> out;
    while (q.next())
        out.append({ readLabel(q), q.value(6).toInt() });
    return out;
}

} // namespace shopdesk::listings
