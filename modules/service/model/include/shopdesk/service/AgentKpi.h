#pragma once

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::service {

/// One agent's day, as the platform's agent report gives it (客服考核).
struct AgentDay {
    QString agent;
    QDate day;
    int received = 0; ///< buyers received (询单人数)
    int answered = 0; ///< buyers answered
    int paid = 0; ///< buyers who asked, then paid
    int goodRatings = 0; ///< good service ratings
    int firstResponseSec = 0; ///< average first response that day, seconds
    core::Money sales; ///< paid by the buyers this agent served (询单成交额), for the commission
};

/// One agent's month, summed and derived.
struct AgentMonth {
    QString agent;
    int days = 0, received = 0, answered = 0, paid = 0, goodRatings = 0;
    core::Money sales;
    double replyRate = 0; ///< answered / received
    double conversion = 0; ///< 询单转化率: paid / received (buyers who asked)
    double satisfaction = 0; ///< good ratings / received
    double avgFirstResponse = 0; ///< seconds, the days' averages weighted by buyers answered
};

/// Pay rates the manager sets: base per level, personal commission on the agent's own sales,
/// team commission on the whole team's sales (shared equally by the agents on the sheet).
struct PayRates {
    QHash<QString, core::Money> levelBase; ///< junior | middle | senior | lead
    double personalRate = 0; ///< fraction of own sales, e.g. 0.01
    double teamRate = 0; ///< fraction of team sales, e.g. 0.002
};

struct PayLine {
    QString agent, level;
    core::Money base, personal, team, bonus;
    core::Money total() const { return base + personal + team + bonus; }
};

/// Agent KPIs and pay (客服考核 / 工资).
class AgentKpiRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::AgentKpiRepository)
public:
    explicit AgentKpiRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Adds or replaces the agent's day.
    core::Status saveDay(const AgentDay &day);
    /// CSV columns: 客服/agent, 日期/day, 接待人数/received, 回复人数/answered, 询单付款人数/paid,
    /// 好评数/good_ratings, 首次响应秒/first_response_sec, 销售额/sales (optional, ¥). One transaction.
    core::Result<int> importCsv(const QString &path);
    core::Result<QList<AgentDay>> days(QDate from, QDate to) const;
    core::Result<std::optional<AgentDay>> day(const QString &agent, QDate day) const;
    core::Status removeDay(const QString &agent, QDate day);

    core::Status setLevel(const QString &agent, const QString &level);
    core::Result<QHash<QString, QString>> levels() const;
    core::Status setBonus(const QString &agent, const QString &month, core::Money bonus);
    core::Result<QHash<QString, core::Money>> bonuses(const QString &month) const;
    /// Both at once, in one transaction.
    core::Status setLevelAndBonus(const QString &agent, const QString &level, const QString &month, core::Money bonus);

    PayRates rates() const;
    core::Status setRates(const PayRates &rates);

    /// Every agent's month (yyyy-MM), by agent name.
    core::Result<QList<AgentMonth>> month(QDate anyDayOfMonth) const;
    core::Result<QList<PayLine>> paySheet(QDate anyDayOfMonth) const;

    /// The pay sheet as .xlsx (amounts as numbers, ¥) or .csv (UTF-8 with BOM), by the file's ending.
    static core::Status exportPaySheet(const QString &path, const QString &month, const QList<PayLine> &lines);
    static QStringList paySheetHeader();

    static QStringList levelCodes();
    static QString levelName(const QString &code);

    /// The formulas, on rows already read.
    static AgentMonth summarize(const QString &agent, const QList<AgentDay> &days);
    static QList<PayLine> pay(const QList<AgentMonth> &months, const QHash<QString, QString> &levels,
        const PayRates &rates, const QHash<QString, core::Money> &bonuses);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::service
