#include "QueueKeyRepository.h"

#include "shopdesk/shipping/DispatchDeadline.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <QDateTime>

namespace shopdesk::shipping::detail {

using core::Result;
using core::SqlQuery;
using core::Status;

namespace {
// The rules and promotion dates the stored keys were computed with (fingerprint()).
const core::Setting<QString> kKeysSetting { QStringLiteral("shipping.queue_keys") };
} // namespace

QueueKeyRepository::QueueKeyRepository(const core::Database &db, CourierRules rules)
    : mDb(db)
    , mRules(std::move(rules))
{
}

QueueKeyRepository::QueueKeyRepository(const core::Database &db)
    : QueueKeyRepository(db, CourierRules::load(db))
{
}

namespace {

// The stored time `text` ('yyyy-MM-dd HH:mm:ss', nothing else) moved `hours` on; NULL for another form.
QVariant plusHours(const QString &text, int hours)
{
    if (text.size() != 19)
        return {};
    const auto number = [&](int at, int length) {
        int n = 0;
        for (int i = at; i < at + length; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const QDate day(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    const QString form = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    if (!day.isValid() || !time.isValid())
        return {};
    const QDateTime at(day, time, Qt::UTC); // calendar arithmetic, as datetime() does: no time zone
    if (at.toString(form) != text)
        return {};
    return at.addSecs(qint64(hours) * 3600).toString(form);
}

} // namespace

QueueKeyRepository::Keys QueueKeyRepository::keysOf(
    const core::Order &o, const QString &paidAt, const QSet<QString> &ownPromotionDays) const
{
    // courierSql and deadlineSql, read for one order in C++ (test_queue_keys holds them equal).
    Keys k;
    if (!o.courier.isEmpty())
        k.courier = o.courier;
    else if (const QString asked = CourierRules::requested(o.buyerMessage + QLatin1Char(' ') + o.sellerNote);
             !asked.isEmpty())
        k.courier = asked;
    else {
        const QList<uint> province = o.province.toUcs4(); // substr() and length() count characters
        const QList<uint> two = province.first(std::min<qsizetype>(2, province.size()));
        for (const QString &p : mRules.emsProvinces) {
            if (p.isEmpty() || province.isEmpty())
                continue;
            const QList<uint> rule = p.toUcs4();
            if (province == rule || province.first(std::min(rule.size(), province.size())) == rule
                || rule.first(std::min(two.size(), rule.size())) == two) {
                k.courier = QStringLiteral("EMS");
                break;
            }
        }
        if (k.courier.isEmpty())
            k.courier = mRules.defaultCourier;
    }
    if (paidAt.isEmpty()) {
        k.shipBy = QString();
        return k;
    }
    static const QSet<QString> platform = [] {
        QSet<QString> days;
        for (const core::Promotion &p : core::PromotionRepository::platformDates(2000))
            days.insert(p.day.toString(QStringLiteral("MM-dd")));
        return days;
    }();
    static const QString sameDayBefore
        = QStringLiteral("%1:00:00").arg(DispatchDeadline::kSameDayBeforeHour, 2, 10, QLatin1Char('0'));
    if (platform.contains(paidAt.mid(5, 5)) || ownPromotionDays.contains(paidAt.left(10)))
        k.shipBy = plusHours(paidAt, DispatchDeadline::kPromotionHours);
    else if (QStringView(paidAt).mid(11, 8) < QStringView(sameDayBefore))
        k.shipBy = QString(paidAt.left(10) + QStringLiteral(" 23:59:59"));
    else
        k.shipBy = plusHours(paidAt, DispatchDeadline::kHours);
    return k;
}

Result<QSet<QString>> QueueKeyRepository::ownPromotionDays() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT day FROM kpi_promotions"));
    if (Status s = q.run(); !s)
        return s.error();
    QSet<QString> days;
    while (q.next())
        days.insert(q.value(0).toString());
    return days;
}

QString QueueKeyRepository::courierSql(Binds &binds) const
{
    // CourierRules::choose in SQL: a request in the buyer's message or the seller's note (顺丰/SF,
    // 圆通/YTO as a word: the words and a request turned down are update()'s), EMS for a province the default courier
    // does not reach, else the default.
    const QString asked = QStringLiteral("(o.buyer_message || ' ' || o.seller_note)");
    QString ems;
    for (qsizetype i = 0; i < mRules.emsProvinces.size(); ++i) {
        const QString p = mRules.emsProvinces[i];
        if (p.isEmpty())
            continue;
        const QString name = QStringLiteral(":ems%1").arg(i);
        binds.append({ name, p });
        ems += QStringLiteral(" OR o.province = %1 OR substr(o.province, 1, length(%1)) = %1 "
                              "OR substr(%1, 1, length(substr(o.province, 1, 2))) = substr(o.province, 1, 2)")
                   .arg(name);
    }
    binds.append({ QStringLiteral(":default_courier"), mRules.defaultCourier });
    return QStringLiteral("CASE WHEN o.courier <> '' THEN o.courier "
                          "WHEN instr(%1, '顺丰') > 0 THEN 'SF' "
                          "WHEN instr(%1, '圆通') > 0 THEN 'YTO' "
                          "WHEN o.province <> '' AND (1 = 0%2) THEN 'EMS' ELSE :default_courier END")
        .arg(asked, ems);
}

QString QueueKeyRepository::deadlineSql(Binds &binds)
{
    // DispatchDeadline::mustLeave in SQL, on the stored local times: 48 h when paid on a promotion
    // day (the platforms' yearly dates, the store's own in kpi_promotions), the same day's end
    // when paid before 16:00, else 24 h; '' without a payment time.
    QStringList platform;
    for (const core::Promotion &p : core::PromotionRepository::platformDates(2000)) {
        platform << QStringLiteral(":pday%1").arg(platform.size());
        binds.append({ platform.last(), p.day.toString(QStringLiteral("MM-dd")) });
    }
    return QStringLiteral(
        "CASE WHEN o.paid_at IS NULL OR o.paid_at = '' THEN '' "
        "WHEN substr(o.paid_at, 6, 5) IN (%1) OR EXISTS (SELECT 1 FROM kpi_promotions k WHERE k.day = "
        "substr(o.paid_at, 1, 10)) THEN datetime(o.paid_at, '+%2 hours') "
        "WHEN substr(o.paid_at, 12, 8) < '%3:00:00' THEN substr(o.paid_at, 1, 10) || ' 23:59:59' "
        "ELSE datetime(o.paid_at, '+%4 hours') END")
        .arg(platform.join(QStringLiteral(", ")))
        .arg(DispatchDeadline::kPromotionHours)
        .arg(DispatchDeadline::kSameDayBeforeHour, 2, 10, QLatin1Char('0'))
        .arg(DispatchDeadline::kHours);
}

Status QueueKeyRepository::update(const QString &where, const Binds &whereBinds) const
{
    // The orders whose text may name SF or YTO in English (a superset: upper() of the server
    // changes more than ASCII), read before the update changes what `where` selects.
    SqlQuery words(mDb,
        QStringLiteral("SELECT o.id, o.buyer_message || ' ' || o.seller_note, o.province FROM orders o "
                       "WHERE o.status = 'paid' "
                       "AND NOT (o.courier <> '') AND (instr(upper(o.buyer_message || ' ' || o.seller_note), 'SF') > 0 "
                       "OR instr(upper(o.buyer_message || ' ' || o.seller_note), 'YTO') > 0 "
                       "OR instr(o.buyer_message || ' ' || o.seller_note, '顺丰') > 0 "
                       "OR instr(o.buyer_message || ' ' || o.seller_note, '圆通') > 0) AND %1")
            .arg(where));
    for (const auto &[name, value] : whereBinds)
        words.bind(name, value);
    if (Status s = words.run(); !s)
        return s;
    QList<std::pair<qint64, QString>> asked; // (order, the courier its words ask for)
    while (words.next()) {
        const QString text = words.value(1).toString();
        core::Order o; // the rules' whole choice: a request turned down (不要顺丰) leaves EMS or the default
        o.buyerMessage = text;
        o.province = words.value(2).toString();
        const QString chosen = mRules.choose(o);
        const QString chinese = text.contains(QString::fromUtf8("顺丰")) ? QStringLiteral("SF")
            : text.contains(QString::fromUtf8("圆通"))                   ? QStringLiteral("YTO")
                                                                         : QString();
        core::Order plain; // what the SQL below chooses: the Chinese name, else EMS or the default
        plain.province = o.province;
        const QString bySql = chinese.isEmpty() ? mRules.choose(plain) : chinese;
        if (chosen != bySql) // a word or a refusal the SQL below does not read
            asked.append({ words.value(0).toLongLong(), chosen });
    }

    Binds binds = whereBinds;
    const QString courier = courierSql(binds);
    const QString deadline = deadlineSql(binds);
    // `o` is the updated row itself (the expressions read its columns).
    SqlQuery q(mDb,
        QStringLiteral("UPDATE orders AS o SET ship_courier = %1, ship_by = %2, "
                       "print_count = (SELECT count(*) FROM shipping_prints p WHERE p.order_id = o.id) "
                       "WHERE o.status = 'paid' AND %3")
            .arg(courier, deadline, where));
    for (const auto &[name, value] : std::as_const(binds))
        q.bind(name, value);
    if (Status s = q.run(); !s)
        return s;
    for (const auto &[id, chosen] : std::as_const(asked)) {
        SqlQuery one(mDb, QStringLiteral("UPDATE orders SET ship_courier = :courier WHERE id = :id"));
        one.bind(QStringLiteral(":courier"), chosen);
        one.bind(QStringLiteral(":id"), id);
        if (Status s = one.run(); !s)
            return s;
    }
    return {};
}

Status QueueKeyRepository::refresh(const QList<qint64> &orderIds) const
{
    if (orderIds.isEmpty())
        return {};
    // In slices: well under the bound values a statement may carry.
    constexpr qsizetype kSlice = 500;
    for (qsizetype at = 0; at < orderIds.size(); at += kSlice) {
        Binds binds;
        QStringList names;
        for (qint64 id : orderIds.mid(at, kSlice)) {
            names << QStringLiteral(":id%1").arg(names.size());
            binds.append({ names.last(), id });
        }
        if (Status s = update(QStringLiteral("o.id IN (%1)").arg(names.join(QStringLiteral(", "))), binds); !s)
            return s;
    }
    return {};
}

Status QueueKeyRepository::refreshNew() const { return update(QStringLiteral("o.ship_courier IS NULL"), {}); }

Result<QString> QueueKeyRepository::fingerprint() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT day FROM kpi_promotions ORDER BY day"));
    if (Status s = q.run(); !s)
        return s.error();
    QStringList days;
    while (q.next())
        days << q.value(0).toString();
    // "words 2": a Chinese character beside SF or YTO no longer hides the request (请发SF asks
    // for SF, as its waybill always read it) and a request turned down is none (不要SF); keys
    // stored under the earlier reading are worked out again when the queue is next read.
    return QStringLiteral("words 2;%1;%2;%3")
        .arg(mRules.defaultCourier, mRules.emsProvinces.join(QLatin1Char(',')), days.join(QLatin1Char(',')));
}

Status QueueKeyRepository::refreshAll() const
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto now = fingerprint();
    if (!now)
        return now.status();
    if (Status s = update(QStringLiteral("1 = 1"), {}); !s)
        return s;
    if (Status s = core::ShopSettings(mDb).set(kKeysSetting, *now); !s)
        return s;
    return tx.commit();
}

Status QueueKeyRepository::ensure() const
{
    auto now = fingerprint();
    if (!now)
        return now.status();
    const QString stored = core::ShopSettings(mDb).value(kKeysSetting.key); // empty: none yet
    if (!stored.isEmpty() && stored != *now)
        return refreshAll();
    // The new orders only: an index seek (orders_queue_courier) finds none in the common case.
    SqlQuery any(mDb, QStringLiteral("SELECT 1 FROM orders WHERE status = 'paid' AND ship_courier IS NULL LIMIT 1"));
    if (Status s = any.run(); !s)
        return s;
    if (!any.next() && !stored.isEmpty())
        return {};
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = refreshNew(); !s)
        return s;
    if (stored.isEmpty())
        if (Status s = core::ShopSettings(mDb).set(kKeysSetting, *now); !s)
            return s;
    return tx.commit();
}

} // namespace shopdesk::shipping::detail
