#include "shopdesk/service/AgentKpi.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/Parse.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <QFileInfo>
#include <QMap>

#include <cmath>

namespace shopdesk::service {

using core::Error;
using core::Money;
using core::SqlQuery;
using core::Status;

namespace {
const core::Setting<double> kPersonalRate { QStringLiteral("service.pay.personal_rate"), 0.0 };
const core::Setting<double> kTeamRate { QStringLiteral("service.pay.team_rate"), 0.0 };
QString baseKey(const QString &level) { return QStringLiteral("service.pay.base.") + level; }
Money roundFen(double fen) { return Money::fromFen(qint64(std::llround(fen))); }
} // namespace

Status AgentKpiRepository::saveDay(const AgentDay &d)
{
    if (d.agent.trimmed().isEmpty())
        return Error { tr("Name the agent.") };
    if (!d.day.isValid())
        return Error { tr("The day is not a valid date.") };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb,
        QStringLiteral(
            "INSERT INTO service_agent_days (agent, day, received, answered, paid, good_ratings, first_response_sec, "
            "sales_fen) "
            "VALUES (:agent, :day, :received, :answered, :paid, :good, :first, :sales) "
            "ON CONFLICT (agent, day) DO UPDATE SET received = excluded.received, answered = excluded.answered, "
            "paid = excluded.paid, good_ratings = excluded.good_ratings, "
            "first_response_sec = excluded.first_response_sec, sales_fen = excluded.sales_fen"));
    q.bind({ { QStringLiteral(":agent"), d.agent.trimmed() }, { QStringLiteral(":day"), core::toDbDate(d.day) },
        { QStringLiteral(":received"), d.received }, { QStringLiteral(":answered"), d.answered },
        { QStringLiteral(":paid"), d.paid }, { QStringLiteral(":good"), d.goodRatings },
        { QStringLiteral(":first"), d.firstResponseSec }, { QStringLiteral(":sales"), d.sales.fen() } });
    if (Status s = q.run(); !s)
        return s;
    SqlQuery a(mDb, QStringLiteral("INSERT INTO service_agents (name) VALUES (:name) ON CONFLICT (name) DO NOTHING"));
    a.bind(QStringLiteral(":name"), d.agent.trimmed());
    if (Status s = a.run(); !s)
        return s;
    return tx.commit();
}

core::Result<int> AgentKpiRepository::importCsv(const QString &path)
{
    auto csv = core::CsvFile::read(path);
    if (!csv)
        return csv.error();
    struct Col {
        int index;
        QString name;
    };
    auto col = [&](const QStringList &names) { return Col { csv->column(names), names.first() }; };
    const Col agent = col({ QString::fromUtf8("客服"), QStringLiteral("agent") });
    const Col day = col({ QString::fromUtf8("日期"), QStringLiteral("day"), QStringLiteral("date") });
    const Col received = col({ QString::fromUtf8("接待人数"), QStringLiteral("received") });
    const Col answered = col({ QString::fromUtf8("回复人数"), QStringLiteral("answered") });
    const Col paid = col({ QString::fromUtf8("询单付款人数"), QStringLiteral("paid") });
    const Col good = col({ QString::fromUtf8("好评数"), QStringLiteral("good_ratings") });
    const Col first = col(
        { QString::fromUtf8("首次响应秒"), QString::fromUtf8("首次响应时间"), QStringLiteral("first_response_sec") });
    const Col sales = col({ QString::fromUtf8("销售额"), QStringLiteral("sales") });
    for (const Col &c : { agent, day, received, answered, paid, good, first })
        if (c.index < 0)
            return csv->missingColumn(c.name);
    QList<AgentDay> rows;
    for (const core::CsvRecord &rec : csv->records) {
        AgentDay d;
        d.agent = core::CsvFile::field(rec, agent.index);
        if (d.agent.isEmpty())
            return csv->error(rec.line, csv->header.value(agent.index), tr("the agent is missing"));
        const QString dayText = core::CsvFile::field(rec, day.index).replace(QLatin1Char('/'), QLatin1Char('-'));
        d.day = core::Parse::date(dayText).value_or(QDate());
        if (!d.day.isValid())
            return csv->error(
                rec.line, csv->header.value(day.index), tr("“%1” is not a date like 2026-11-24").arg(dayText));
        for (auto [c, target] :
            { std::pair { received, &d.received }, std::pair { answered, &d.answered }, std::pair { paid, &d.paid },
                std::pair { good, &d.goodRatings }, std::pair { first, &d.firstResponseSec } }) {
            const QString text = core::CsvFile::field(rec, c.index);
            bool ok = false;
            *target = text.toInt(&ok);
            if (!ok || *target < 0)
                return csv->error(
                    rec.line, csv->header.value(c.index), tr("“%1” is not a whole number of 0 or more").arg(text));
        }
        if (d.answered > d.received)
            return csv->error(rec.line, csv->header.value(answered.index), tr("more buyers answered than received"));
        if (sales.index >= 0) {
            const QString text = core::CsvFile::field(rec, sales.index);
            if (!text.isEmpty()) {
                auto m = Money::parse(text);
                if (!m)
                    return csv->error(rec.line, csv->header.value(sales.index), m.errorMessage());
                d.sales = *m;
            }
        }
        rows.append(d);
    }
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    for (const AgentDay &d : rows)
        if (Status s = saveDay(d); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return int(rows.size());
}

core::Result<QList<AgentDay>> AgentKpiRepository::days(QDate from, QDate to) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT agent, day, received, answered, paid, good_ratings, first_response_sec, sales_fen "
                       "FROM service_agent_days WHERE day >= :from AND day <= :to ORDER BY agent, day"));
    q.bind({ { QStringLiteral(":from"), core::toDbDate(from) }, { QStringLiteral(":to"), core::toDbDate(to) } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<AgentDay> out;
    while (q.next())
        out.append(
            { q.value(0).toString(), core::fromDbDate(q.value(1).toString()), q.value(2).toInt(), q.value(3).toInt(),
                q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(), Money::fromFen(q.value(7).toLongLong()) });
    return out;
}

core::Result<std::optional<AgentDay>> AgentKpiRepository::day(const QString &agent, QDate d) const
{
    auto all = days(d, d);
    if (!all)
        return all.error();
    for (const AgentDay &a : *all)
        if (a.agent == agent.trimmed())
            return std::optional<AgentDay>(a);
    return std::optional<AgentDay>();
}

Status AgentKpiRepository::removeDay(const QString &agent, QDate d)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, QStringLiteral("DELETE FROM service_agent_days WHERE agent = :agent AND day = :day"));
    q.bind({ { QStringLiteral(":agent"), agent.trimmed() }, { QStringLiteral(":day"), core::toDbDate(d) } });
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Status AgentKpiRepository::setLevel(const QString &agent, const QString &level)
{
    if (!levelCodes().contains(level))
        return Error { tr("“%1” is not an agent level.").arg(level) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO service_agents (name, level) VALUES (:name, :level) "
                       "ON CONFLICT (name) DO UPDATE SET level = excluded.level"));
    q.bind({ { QStringLiteral(":name"), agent.trimmed() }, { QStringLiteral(":level"), level } });
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

core::Result<QHash<QString, QString>> AgentKpiRepository::levels() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT name, level FROM service_agents"));
    if (Status s = q.run(); !s)
        return s.error();
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status AgentKpiRepository::setBonus(const QString &agent, const QString &month, Money bonus)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO service_bonuses (agent, month, bonus_fen) VALUES (:agent, :month, :fen) "
                       "ON CONFLICT (agent, month) DO UPDATE SET bonus_fen = excluded.bonus_fen"));
    q.bind({ { QStringLiteral(":agent"), agent.trimmed() }, { QStringLiteral(":month"), month },
        { QStringLiteral(":fen"), bonus.fen() } });
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Status AgentKpiRepository::setLevelAndBonus(
    const QString &agent, const QString &level, const QString &month, Money bonus)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = setLevel(agent, level); !s)
        return s;
    if (Status s = setBonus(agent, month, bonus); !s)
        return s;
    return tx.commit();
}

core::Result<QHash<QString, Money>> AgentKpiRepository::bonuses(const QString &month) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT agent, bonus_fen FROM service_bonuses WHERE month = :month"));
    q.bind(QStringLiteral(":month"), month);
    if (Status s = q.run(); !s)
        return s.error();
    QHash<QString, Money> out;
    while (q.next())
        out.insert(q.value(0).toString(), Money::fromFen(q.value(1).toLongLong()));
    return out;
}

PayRates AgentKpiRepository::rates() const
{
    core::ShopSettings s(mDb);
    PayRates r;
    for (const QString &level : levelCodes())
        r.levelBase.insert(level, Money::fromFen(s.value(baseKey(level)).toLongLong())); // none: 0
    r.personalRate = s.get(kPersonalRate);
    r.teamRate = s.get(kTeamRate);
    return r;
}

Status AgentKpiRepository::setRates(const PayRates &r)
{
    if (r.personalRate < 0 || r.teamRate < 0)
        return Error { tr("Commission rates cannot be negative.") };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    core::ShopSettings s(mDb);
    for (auto it = r.levelBase.cbegin(); it != r.levelBase.cend(); ++it)
        if (Status st = s.setValue(baseKey(it.key()), QString::number(it.value().fen())); !st)
            return st;
    if (Status st = s.setValue(kPersonalRate, QString::number(r.personalRate, 'g', 10)); !st)
        return st;
    if (Status st = s.setValue(kTeamRate, QString::number(r.teamRate, 'g', 10)); !st)
        return st;
    return tx.commit();
}

AgentMonth AgentKpiRepository::summarize(const QString &agent, const QList<AgentDay> &days)
{
    AgentMonth m;
    m.agent = agent;
    double weighted = 0;
    for (const AgentDay &d : days) {
        if (d.agent != agent)
            continue;
        ++m.days;
        m.received += d.received;
        m.answered += d.answered;
        m.paid += d.paid;
        m.goodRatings += d.goodRatings;
        m.sales += d.sales;
        weighted += double(d.firstResponseSec) * d.answered;
    }
    if (m.received > 0) {
        m.replyRate = double(m.answered) / m.received;
        m.conversion = double(m.paid) / m.received;
        m.satisfaction = double(m.goodRatings) / m.received;
    }
    if (m.answered > 0)
        m.avgFirstResponse = weighted / m.answered;
    return m;
}

QList<PayLine> AgentKpiRepository::pay(const QList<AgentMonth> &months, const QHash<QString, QString> &levels,
    const PayRates &rates, const QHash<QString, Money> &bonuses)
{
    Money teamSales;
    for (const AgentMonth &m : months)
        teamSales += m.sales;
    const double teamShare = months.isEmpty() ? 0.0 : double(teamSales.fen()) * rates.teamRate / double(months.size());
    QList<PayLine> out;
    for (const AgentMonth &m : months) {
        PayLine p;
        p.agent = m.agent;
        p.level = levels.value(m.agent, QStringLiteral("junior"));
        p.base = rates.levelBase.value(p.level);
        p.personal = roundFen(double(m.sales.fen()) * rates.personalRate);
        p.team = roundFen(teamShare);
        p.bonus = bonuses.value(m.agent);
        out.append(p);
    }
    return out;
}

core::Result<QList<AgentMonth>> AgentKpiRepository::month(QDate anyDay) const
{
    const QDate first(anyDay.year(), anyDay.month(), 1);
    auto all = days(first, first.addMonths(1).addDays(-1));
    if (!all)
        return all.error();
    QStringList agents;
    for (const AgentDay &d : *all)
        if (!agents.contains(d.agent))
            agents.append(d.agent);
    QList<AgentMonth> out;
    for (const QString &a : agents)
        out.append(summarize(a, *all));
    return out;
}

core::Result<QList<PayLine>> AgentKpiRepository::paySheet(QDate anyDay) const
{
    auto months = month(anyDay);
    if (!months)
        return months.error();
    auto lv = levels();
    if (!lv)
        return lv.error();
    auto b = bonuses(anyDay.toString(QStringLiteral("yyyy-MM")));
    if (!b)
        return b.error();
    return pay(*months, *lv, rates(), *b);
}

QStringList AgentKpiRepository::paySheetHeader()
{
    return { tr("Agent"), tr("Level"), tr("Base"), tr("Personal commission"), tr("Team commission"), tr("Bonus"),
        tr("Total") };
}

Status AgentKpiRepository::exportPaySheet(const QString &path, const QString &month, const QList<PayLine> &lines)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        auto yuan = [](Money m) { return double(m.fen()) / 100.0; };
        QList<QVariantList> rows;
        for (const PayLine &p : lines)
            rows.append({ p.agent, levelName(p.level), yuan(p.base), yuan(p.personal), yuan(p.team), yuan(p.bonus),
                yuan(p.total()) });
        using K = core::XlsxColumn;
        return core::writeXlsx(path, month, paySheetHeader(), rows,
            { K::Text, K::Text, K::Money, K::Money, K::Money, K::Money, K::Money });
    }
    QList<QStringList> rows;
    for (const PayLine &p : lines)
        rows.append({ p.agent, levelName(p.level), p.base.toPlainString(), p.personal.toPlainString(),
            p.team.toPlainString(), p.bonus.toPlainString(), p.total().toPlainString() });
    return core::writeCsv(path, paySheetHeader(), rows);
}

QStringList AgentKpiRepository::levelCodes()
{
    return { QStringLiteral("junior"), QStringLiteral("middle"), QStringLiteral("senior"), QStringLiteral("lead") };
}

QString AgentKpiRepository::levelName(const QString &code)
{
    if (code == QLatin1String("junior"))
        return tr("Junior");
    if (code == QLatin1String("middle"))
        return tr("Intermediate");
    if (code == QLatin1String("senior"))
        return tr("Senior");
    if (code == QLatin1String("lead"))
        return tr("Team lead");
    return code;
}

} // namespace shopdesk::service
