#pragma once

#include <shopdesk/core/Members.h>
#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>
#include <shopdesk/core/RowWindow.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>
#include <QVector>

#include <functional>
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
    /// The buyer's row version when it was read (core::RowVersions): an edit of the profile
    /// names it, and is refused when another PC changed the buyer since.
    qint64 version = 0;
};

/// How many buyers a tier has and what they spent.
struct TierCount {
    core::MemberTier tier = core::MemberTier::None;
    qint64 buyers = 0;
    qint64 spendFen = 0;
};

/// The buyers' records for the buyers workbench (买家 / 会员). Every figure of the list comes from
/// the buyer summary (core::BuyerSummaryRepository: each buyer's paid orders added up once), read a window
/// at a time in the order of its indexes, searched, narrowed and counted in SQL; returns are
/// counted for the rows read, from the orders' indexes. The caller brings the summary up to date
/// first (BuyersService does).
class BuyersRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::buyers::BuyersRepository)
public:
    /// The values of a window's row, in this order (the list's columns, then the buyer's id):
    /// member name, name, phone, spend (fen) under the tier and again under spend, paid orders,
    /// returns, first and last payment ("yyyy-MM-dd HH:mm:ss", empty for none), loyal (0 / 1).
    enum Value { Nick, Name, Phone, TierKey, Spend, Orders, Returns, FirstPaid, LastPaid, Loyal, Id, ValueCount };

    explicit BuyersRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Every buyer matching `filter`, highest spend first (then by id).
    core::Result<QVector<BuyerRow>> rows(const BuyerFilter &filter) const;
    /// rows() handed to `take` one by one as they are read, never all held (the CLI's list, a
    /// segment's file); a failure `take` gives stops the reading and is given back. Gives the rows.
    core::Result<qint64> eachRow(
        const BuyerFilter &filter, const std::function<core::Status(const BuyerRow &)> &take) const;
    /// A window of the buyers matching `filter` (keyset: after `w.last`), in the order of
    /// `w.sortColumn` (a Value; the others and -1: highest spend first).
    core::Result<QList<QVariantList>> window(const BuyerFilter &filter, const core::RowWindow &w) const;
    /// The buyers matching `filter` and their spend per tier (Members::tiers()' order), one aggregate.
    core::Result<QList<TierCount>> tierCounts(const BuyerFilter &filter, const core::MemberThresholds &t) const;
    /// Whether the window can be sorted by this Value.
    static bool sortable(int value);

    core::Result<std::optional<BuyerDetail>> detail(const QString &nick) const;
    /// Stores the profile; false when there is no such buyer. Inside the caller's transaction.
    core::Result<bool> setProfile(const QString &nick, const BuyerProfile &profile) const;
    /// The id of the buyer called `nick`, if there is one.
    core::Result<std::optional<qint64>> idOf(const QString &nick) const;
    /// The categories the shop's items have, for choosing a segment.
    core::Result<QStringList> categories() const;

    /// A window's row as a BuyerRow.
    static BuyerRow rowOf(const QVariantList &values);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::buyers
