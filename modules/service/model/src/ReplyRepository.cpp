#include "shopdesk/service/ReplyRepository.h"

#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::service {

using core::Error;
using core::SqlQuery;
using core::Status;

core::Result<qint64> ReplyRepository::add(const Reply &r)
{
    if (r.code.trimmed().isEmpty())
        return Error { tr("Every reply needs a short code.") };
    if (r.body.trimmed().isEmpty())
        return Error { tr("The reply %1 has no text.").arg(r.code) };
    SqlQuery dup(mDb, QStringLiteral("SELECT count(*) FROM replies WHERE code = :code"));
    dup.bind(QStringLiteral(":code"), r.code.trimmed());
    if (Status s = dup.run(); !s)
        return s.error();
    if (dup.next() && dup.value(0).toInt() > 0)
        return Error { tr("The short code %1 is already used by another reply.").arg(r.code) };
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO replies (group_code, code, title, body, sort_order) "
                       "VALUES (:group, :code, :title, :body, :sort) RETURNING id"));
    q.bind({ { QStringLiteral(":group"), r.group }, { QStringLiteral(":code"), r.code.trimmed() },
        { QStringLiteral(":title"), r.title }, { QStringLiteral(":body"), r.body },
        { QStringLiteral(":sort"), r.sortOrder } });
    return q.insert();
}

core::Result<QList<Reply>> ReplyRepository::all() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, group_code, code, title, body, sort_order FROM replies "
                       "ORDER BY sort_order, code"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<Reply> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toInt() });
    return out;
}

core::Result<std::optional<Reply>> ReplyRepository::byCode(const QString &code) const
{
    SqlQuery q(
        mDb, QStringLiteral("SELECT id, group_code, code, title, body, sort_order FROM replies WHERE code = :code"));
    q.bind(QStringLiteral(":code"), code.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Reply>();
    return std::optional<Reply>(Reply { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), q.value(5).toInt() });
}

Status ReplyRepository::update(const Reply &r)
{
    if (r.code.trimmed().isEmpty())
        return Error { tr("Every reply needs a short code.") };
    if (r.body.trimmed().isEmpty())
        return Error { tr("The reply %1 has no text.").arg(r.code) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery dup(mDb, QStringLiteral("SELECT count(*) FROM replies WHERE code = :code AND id <> :id"));
    dup.bind({ { QStringLiteral(":code"), r.code.trimmed() }, { QStringLiteral(":id"), r.id } });
    if (Status s = dup.run(); !s)
        return s;
    if (dup.next() && dup.value(0).toInt() > 0)
        return Error { tr("The short code %1 is already used by another reply.").arg(r.code) };
    SqlQuery q(mDb,
        QStringLiteral("UPDATE replies SET group_code = :group, code = :code, title = :title, body = :body, "
                       "sort_order = :sort WHERE id = :id"));
    q.bind({ { QStringLiteral(":group"), r.group }, { QStringLiteral(":code"), r.code.trimmed() },
        { QStringLiteral(":title"), r.title }, { QStringLiteral(":body"), r.body },
        { QStringLiteral(":sort"), r.sortOrder }, { QStringLiteral(":id"), r.id } });
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Status ReplyRepository::remove(qint64 id)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, QStringLiteral("DELETE FROM replies WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Status ReplyRepository::restore(const Reply &r)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO replies (id, group_code, code, title, body, sort_order) "
                       "VALUES (:id, :group, :code, :title, :body, :sort)"));
    q.bind({ { QStringLiteral(":id"), r.id }, { QStringLiteral(":group"), r.group },
        { QStringLiteral(":code"), r.code }, { QStringLiteral(":title"), r.title }, { QStringLiteral(":body"), r.body },
        { QStringLiteral(":sort"), r.sortOrder } });
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Status ReplyRepository::replaceAll(const QList<Reply> &replies)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery clear(mDb, QStringLiteral("DELETE FROM replies"));
    if (Status s = clear.run(); !s)
        return s;
    for (const Reply &r : replies)
        if (Status s = restore(r); !s)
            return s;
    return tx.commit();
}

core::Result<QPair<int, int>> ReplyRepository::upsertAll(const QList<Reply> &replies)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    int added = 0, updated = 0;
    for (const Reply &r : replies) {
        auto existing = byCode(r.code);
        if (!existing)
            return existing.error();
        if (*existing) {
            Reply u = r;
            u.id = (*existing)->id;
            if (Status s = update(u); !s)
                return s.error();
            ++updated;
        } else {
            auto id = add(r);
            if (!id)
                return id.error();
            ++added;
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return qMakePair(added, updated);
}

QString ReplyRepository::groupCode(const QString &nameOrCode)
{
    const QString n = nameOrCode.trimmed();
    static const QList<QPair<QString, QString>> chinese = {
        { QStringLiteral("presale"), QString::fromUtf8("售前") },
        { QStringLiteral("insale"), QString::fromUtf8("售中") },
        { QStringLiteral("aftersale"), QString::fromUtf8("售后") },
        { QStringLiteral("payment"), QString::fromUtf8("催付") },
        { QStringLiteral("logistics"), QString::fromUtf8("物流") },
        { QStringLiteral("returns"), QString::fromUtf8("退换货") },
        { QStringLiteral("review"), QString::fromUtf8("好评") },
        { QStringLiteral("restock"), QString::fromUtf8("到货通知") },
        { QStringLiteral("autoreply"), QString::fromUtf8("自动回复") },
        { QStringLiteral("status"), QString::fromUtf8("状态栏") },
    };
    for (const auto &[code, zh] : chinese) {
        if (n.compare(code, Qt::CaseInsensitive) == 0 || n == zh
            || n.compare(groupName(code), Qt::CaseInsensitive) == 0)
            return code;
    }
    return n;
}

QStringList ReplyRepository::builtInGroups()
{
    return { QStringLiteral("presale"), QStringLiteral("insale"), QStringLiteral("aftersale"),
        QStringLiteral("payment"), QStringLiteral("logistics"), QStringLiteral("returns"), QStringLiteral("review"),
        QStringLiteral("restock"), QStringLiteral("autoreply"), QStringLiteral("status") };
}

QString ReplyRepository::groupName(const QString &code)
{
    if (code == QLatin1String("presale"))
        return tr("Pre-sale");
    if (code == QLatin1String("insale"))
        return tr("In-sale");
    if (code == QLatin1String("aftersale"))
        return tr("After-sale");
    if (code == QLatin1String("payment"))
        return tr("Payment reminder");
    if (code == QLatin1String("logistics"))
        return tr("Logistics");
    if (code == QLatin1String("returns"))
        return tr("Returns and exchanges");
    if (code == QLatin1String("review"))
        return tr("Review request");
    if (code == QLatin1String("restock"))
        return tr("Back in stock");
    if (code == QLatin1String("autoreply"))
        return tr("Auto-reply");
    if (code == QLatin1String("status"))
        return tr("Status line");
    return code;
}

} // namespace shopdesk::service
