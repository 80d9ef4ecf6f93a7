#include "shopdesk/service/ReplyRepository.h"

#include <shopdesk/core/SqlQuery.h>

namespace shopdesk::service {

using core::Error;
using core::SqlQuery;
using core::Status;

core::Result<qint64> ReplyRepository::add(const Reply &r)
{
    if (r.code.trimmed().isEmpty())
        return Error{tr("Every reply needs a short code.")};
    if (r.body.trimmed().isEmpty())
        return Error{tr("The reply %1 has no text.").arg(r.code)};
    SqlQuery dup(mDb, QStringLiteral("SELECT count(*) FROM replies WHERE code = :code"));
    dup.bind(QStringLiteral(":code"), r.code.trimmed());
    if (Status s = dup.run(); !s)
        return s.error();
    if (dup.next() && dup.value(0).toInt() > 0)
        return Error{tr("The short code %1 is already used by another reply.").arg(r.code)};
    SqlQuery q(mDb, QStringLiteral("INSERT INTO replies (group_code, code, title, body, sort_order) "
                                   "VALUES (:group, :code, :title, :body, :sort) RETURNING id"));
    q.bind({{QStringLiteral(":group"), r.group},
            {QStringLiteral(":code"), r.code.trimmed()},
            {QStringLiteral(":title"), r.title},
            {QStringLiteral(":body"), r.body},
            {QStringLiteral(":sort"), r.sortOrder}});
    return q.insert();
}

core::Result<QList<Reply>> ReplyRepository::all() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT id, group_code, code, title, body, sort_order FROM replies "
                                   "ORDER BY sort_order, code"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<Reply> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toInt()});
    return out;
}

QStringList ReplyRepository::builtInGroups()
{
    return {QStringLiteral("presale"), QStringLiteral("insale"), QStringLiteral("aftersale"), QStringLiteral("payment"),
            QStringLiteral("logistics"), QStringLiteral("returns"), QStringLiteral("review"), QStringLiteral("restock")};
}

QString ReplyRepository::groupName(const QString &code)
{
    if (code == QLatin1String("presale")) return tr("Pre-sale");
    if (code == QLatin1String("insale")) return tr("In-sale");
    if (code == QLatin1String("aftersale")) return tr("After-sale");
    if (code == QLatin1String("payment")) return tr("Payment reminder");
    if (code == QLatin1String("logistics")) return tr("Logistics");
    if (code == QLatin1String("returns")) return tr("Returns and exchanges");
    if (code == QLatin1String("review")) return tr("Review request");
    if (code == QLatin1String("restock")) return tr("Back in stock");
    return code;
}

} // namespace shopdesk::service
