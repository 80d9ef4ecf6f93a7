#include "shopdesk/inventory/StockListRepository.h"

#include <shopdesk/core/SqlQuery.h>

namespace shopdesk::inventory {

using core::SqlQuery;

namespace {

const QString kOnHandColumns
    = QStringLiteral("coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE m.sku_id = s.id), 0)");

/// LIKE pattern for a part of the search text (\ escapes the wildcards).
QString pattern(const QString &word)
{
    QString w = word;
    w.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + w + QLatin1Char('%');
}

QStringList words(const QString &search) { return search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts); }

/// " AND (…)" for each word, binding :w<n>a … :w<n>e.
QString searchClause(const QStringList &ws)
{
    QString sql;
    for (int n = 0; n < ws.size(); ++n)
        sql += QStringLiteral(" AND (i.code LIKE :w%1a ESCAPE '\\' OR i.title LIKE :w%1b ESCAPE '\\' "
                              "OR s.color LIKE :w%1c ESCAPE '\\' OR s.size LIKE :w%1d ESCAPE '\\' "
                              "OR s.barcode LIKE :w%1e ESCAPE '\\')")
                   .arg(n);
    return sql;
}

void bindSearch(SqlQuery &q, const QStringList &ws)
{
    for (int n = 0; n < ws.size(); ++n)
        for (const char c : { 'a', 'b', 'c', 'd', 'e' })
            q.bind(QStringLiteral(":w%1%2").arg(n).arg(QLatin1Char(c)), pattern(ws.at(n)));
}

QString keyOf(int column)
{
    switch (column) {
    case StockListRepository::Title:
        return QStringLiteral("i.title");
    case StockListRepository::Barcode:
        return QStringLiteral("s.barcode");
    case StockListRepository::OnHand:
        return kOnHandColumns;
    default:
        return QStringLiteral("i.code");
    }
}

} // namespace

bool StockListRepository::sortable(int column)
{
    return column == Code || column == Title || column == Barcode || column == OnHand;
}

core::Result<qint64> StockListRepository::count(const QString &search) const
{
    const QStringList ws = words(search);
    const QString where = searchClause(ws); // literal fragments with binds
    SqlQuery q(mDb,
        QStringLiteral("SELECT count(*) FROM skus s JOIN items i ON i.id = s.item_id WHERE i.archived = 0%1")
            .arg(where));
    bindSearch(q, ws);
    if (core::Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

core::Result<QList<QVariantList>> StockListRepository::window(const QString &search, const core::RowWindow &w) const
{
    const QStringList ws = words(search);
    const int column = sortable(w.sortColumn) ? w.sortColumn : Code;
    const bool down = sortable(w.sortColumn) && w.sortOrder == Qt::DescendingOrder;
    const QString key = keyOf(column);
    QString sql = QStringLiteral("SELECT i.code, i.title, i.category, s.color, s.size, s.barcode, %1, s.id "
                                 "FROM skus s JOIN items i ON i.id = s.item_id WHERE i.archived = 0")
                      .arg(kOnHandColumns);
    sql += searchClause(ws);
    if (w.last)
        sql += QStringLiteral(" AND (%1, s.id) %2 (:key, :id)")
                   .arg(key, down ? QStringLiteral("<") : QStringLiteral(">"));
    sql += QStringLiteral(" ORDER BY %1 %2, s.id %2 LIMIT :limit")
               .arg(key, down ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    SqlQuery q(mDb, sql);
    bindSearch(q, ws);
    if (w.last) {
        q.bind(QStringLiteral(":key"), w.last->value(column));
        q.bind(QStringLiteral(":id"), w.last->value(SkuId));
    }
    q.bind(QStringLiteral(":limit"), w.limit);
    if (core::Status s = q.run(); !s)
        return s.error();
    QList<QVariantList> rows;
    rows.reserve(w.limit);
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toLongLong() });
    return rows;
}

} // namespace shopdesk::inventory
