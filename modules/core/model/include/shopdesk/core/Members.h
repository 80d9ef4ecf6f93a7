#pragma once

#include "shopdesk/core/Money.h"
#include "shopdesk/core/Result.h"
#include "shopdesk/core/ShopSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopdesk::core {

/// A member tier (会员等级), by a buyer's total spend against the store's own thresholds
/// (DOMAIN.md: ≥ ¥300 a gift with the next order; ≥ ¥100 member discounts; ≥ ¥58 care messages
/// and promotion notices). A higher tier has every entitlement of the lower ones.
enum class MemberTier { None, Care, Discount, Gift };

/// The store's thresholds, kept as shop settings (editable); each is the least total spend of its tier.
struct MemberThresholds {
    Money care = Money::fromYuan(58);
    Money discount = Money::fromYuan(100);
    Money gift = Money::fromYuan(300);

    /// The least spend of `tier` (0 for None).
    Money lowest(MemberTier tier) const;
    /// The spend that reaches the next tier (none above Gift).
    std::optional<Money> nextAbove(MemberTier tier) const;
    bool operator==(const MemberThresholds &) const = default;
};

/// Member tiers: the rule, the settings that hold the thresholds, and the words the UI shows.
class Members {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::Members)
public:
    static inline const Setting<QString> kCareSetting { QStringLiteral("members.care_yuan"), QStringLiteral("58") };
    static inline const Setting<QString> kDiscountSetting { QStringLiteral("members.discount_yuan"),
        QStringLiteral("100") };
    static inline const Setting<QString> kGiftSetting { QStringLiteral("members.gift_yuan"), QStringLiteral("300") };
    /// Phones shown with their middle digits hidden (138****5678) unless the user asks to see them.
    static inline const Setting<bool> kMaskPhoneSetting { QStringLiteral("buyers.mask_phone"), true };

    /// The shop's thresholds (a setting that does not read as an amount keeps its default).
    static MemberThresholds thresholds(const ShopSettings &settings);
    /// Checks and stores new thresholds in one transaction: each above 0 and care < discount < gift.
    static Status setThresholds(ShopSettings &settings, const MemberThresholds &t);
    /// Why `t` cannot be the shop's thresholds, or empty.
    static QString problem(const MemberThresholds &t);

    static MemberTier tierFor(Money spend, const MemberThresholds &t);

    /// Stored / CLI codes: gift, discount, care, none.
    static QString code(MemberTier tier);
    static std::optional<MemberTier> fromCode(const QString &code);
    /// Every tier, highest first.
    static QList<MemberTier> tiers();
    /// 赠品会员 / 折扣会员 / 关怀会员 / 普通买家, translated.
    static QString name(MemberTier tier);
    /// What the tier entitles, translated: "gift with the next order, member discounts, care …".
    static QString entitlement(MemberTier tier);
    /// "138****5678": the middle digits hidden (a phone of fewer than 7 characters is kept).
    static QString maskPhone(const QString &phone);
};

/// One buyer's standing: total spend and paid orders, the tier they give, what is missing to the next.
struct MemberStanding {
    QString nick;
    Money spend;
    int orders = 0;
    MemberTier tier = MemberTier::None;
    std::optional<Money> toNextTier; ///< spend still missing to the next tier (none at Gift)
    bool loyal = false; ///< 钢丝客户
};

/// Repeat buyers (回头客) of a period: buyers who paid in it and had paid at least two orders by its
/// end (an earlier one, or two in the period). 回头率 = repeat buyers / buyers.
struct RepeatFigures {
    QDate first, last; ///< whole days
    qint64 buyers = 0;
    qint64 repeatBuyers = 0;
    double rate() const { return buyers > 0 ? double(repeatBuyers) / double(buyers) : 0.0; }
};

/// Buyers' spend and repeat purchases, added up from the orders in SQL (never every order in
/// memory). An order counts once it is paid: status paid, shipped or finished (a closed order was
/// refunded or never paid). Shared by the buyers, customer-service and KPI workbenches.
class MemberRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::MemberRepository)
public:
    explicit MemberRepository(const Database &db)
        : mDb(db)
    {
    }

    /// The buyer's standing; none when the shop has no buyer of that member name.
    Result<std::optional<MemberStanding>> standingOf(const QString &nick) const;
    /// Buyers and repeat buyers of `first` … `last` (whole days).
    Result<RepeatFigures> repeatIn(QDate first, QDate last) const;
    /// One row per calendar month from `firstMonth`'s to `lastMonth`'s, oldest first. A month
    /// kept (shop format 28) and still right is read, any other worked out from the orders.
    Result<QList<RepeatFigures>> repeatByMonth(QDate firstMonth, QDate lastMonth) const;
    /// Keeps the figures of the months from `firstMonth`'s to `lastMonth`'s: drops the kept
    /// months an order added since makes out of date, works out the missing ones and moves the
    /// bookmark on (one transaction, nested in the caller's if there is one). Costs two look-ups
    /// when all are kept and no order is new. On a server it lets them be while another PC writes
    /// orders; nothing on a read-only shop. The figures read are right either way.
    Status keepRepeatMonths(QDate firstMonth, QDate lastMonth) const;
    /// The kept months from `orderId`'s month of payment on are out of date (its status changed in
    /// place; inside the caller's transaction). An order without a payment time drops them all.
    Status forgetRepeatMonthsFrom(qint64 orderId) const;

private:
    const Database &mDb;
};

} // namespace shopdesk::core
