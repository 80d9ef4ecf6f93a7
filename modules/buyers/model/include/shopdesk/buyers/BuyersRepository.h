#pragma once

#include <shopdesk/core/Members.h>
#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVector>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::buyers {

/// One buyer of the list, compact (the list holds every buyer of the shop: 200,000 of them).
/// Days are Julian day numbers, 0 when the buyer has no paid order.
struct BuyerRow {
    qint64 id = 0;
    QString nick, name, phone;
    qint64 spendFen = 0; ///< total of the paid orders (paid, shipped, finished)
    qint32 orders = 0; ///< paid orders
    /// Returns and after-sale cases as the shop file knows them: orders closed after payment
    /// (refunded), flagged purple (return) or blue (exchange), or with goods booked back (a return
    /// into stock, a damaged return onto the faulty-goods account).
    qint32 returns = 0;
    qint64 firstDay = 0, lastDay = 0;
    bool loyal = false; ///< 钢丝客户

    QDate firstOrder() const { return firstDay ? QDate::fromJulianDay(firstDay) : QDate(); }
    QDate lastOrder() const { return lastDay ? QDate::fromJulianDay(lastDay) : QDate(); }
};

/// A group of buyers for a mass message (群发).
struct Segment {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::buyers::Segment)
public:
    enum class Kind { All, Category, Tier, Inactive, Waiting, Loyal };
    Kind kind = Kind::All;
    QString category; ///< Category: buyers of an item of this category (paid orders)
    core::MemberTier tier = core::MemberTier::None; ///< Tier
    int days = 0; ///< Inactive: no paid order in the last `days` days before `today`
    QDate today;

    /// "category:牛仔裤", "tier:gift", "inactive:90", "waiting", "loyal" (the CLI's --segment).
    static core::Result<Segment> parse(const QString &text, QDate today);
    /// "Buyers of 牛仔裤", "Not bought for 90 days" … translated.
    QString describe() const;
};

/// What the list shows: every buyer matching `search` (member name, name or phone) in `segment`.
struct BuyerFilter {
    QString search;
    std::optional<core::MemberTier> tier; ///< only buyers of this tier (besides the segment)
    Segment segment;
};

/// An order of one buyer, for the buyer's page.
struct BuyerOrder {
    QString orderNo, status, flag;
    QDateTime createdAt, paidAt, shippedAt;
    core::Money total;
    QString goods; ///< "货号/颜色/尺码×n; …"
    bool returned = false; ///< refunded after payment, flagged return / exchange, or goods came back
};

/// What an agent records about a buyer.
struct BuyerProfile {
    QString note;
    std::optional<int> heightCm;
    std::optional<double> weightKg;
    QString usualSize;
    bool loyal = false;
    bool operator==(const BuyerProfile &) const = default;
};

/// One buyer with everything the buyer's page shows.
struct BuyerDetail {
    BuyerRow row;
    BuyerProfile profile;
    QList<BuyerOrder> orders; ///< newest first
};

/// The buyers' records for the buyers workbench (买家 / 会员). Lists are added up in SQL from the
/// orders (never every order in memory); the list is read in two passes merged by buyer id.
class BuyersRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::buyers::BuyersRepository)
public:
    explicit BuyersRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Every buyer matching `filter`, by buyer id (the caller sorts; the tier filter is applied
    /// by the caller, who has the thresholds).
    core::Result<QVector<BuyerRow>> rows(const BuyerFilter &filter) const;
    core::Result<std::optional<BuyerDetail>> detail(const QString &nick) const;
    /// Stores the profile; false when there is no such buyer. Inside the caller's transaction.
    core::Result<bool> setProfile(const QString &nick, const BuyerProfile &profile) const;
    /// The categories the shop's items have, for choosing a segment.
    core::Result<QStringList> categories() const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::buyers
