#pragma once

#include "shopdesk/service/ReplyFiller.h"

#include <shopdesk/core/Members.h>
#include <shopdesk/core/Result.h>
#include <shopdesk/core/ShopSettings.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::service {

/// A shipped order whose buyer is due a revisit (回访) N days after delivery.
struct RevisitDue {
    QString orderNo, buyerNick;
    QDate shippedOn; ///< the shop file knows the dispatch day; delivery is counted from it
    QDate dueOn; ///< shippedOn + N days
    core::MemberTier tier = core::MemberTier::None;
    FillResult message; ///< the revisit reply (售后回访) filled for the order
    qint64 orderId = 0, buyerId = 0; ///< the records (buyerId 0: no buyer)
    QString shippedAt; ///< as stored: the list's order with orderId, a window's key
};

/// The revisit list (回访) for agents: orders shipped N days ago (and in the week before, so a day
/// off loses none), oldest due first, each with its reply filled in.
class Revisits {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::Revisits)
public:
    /// Days after dispatch a buyer is revisited (setting, default 7).
    static inline const core::Setting<int> kDaysSetting { QStringLiteral("service.revisit_days"), 7 };
    /// The reply used (setting, default the starter library's 售后回访 “sh”).
    static inline const core::Setting<QString> kReplySetting { QStringLiteral("service.reply.revisit"),
        QStringLiteral("sh") };
    /// How many days a revisit stays on the list after it fell due.
    static constexpr int kWindowDays = 7;

    /// Revisits due from `today` − kWindowDays + 1 to `today`, `days` after dispatch (0: the setting).
    static core::Result<QList<RevisitDue>> due(const core::Database &db, QDate today, int days = 0);

    /// How many revisits due() gives: one aggregate over the orders' dispatch index.
    static core::Result<qint64> count(const core::Database &db, QDate today, int days = 0);
    /// Rows of due() from `offset` (or after the row `after`, when given: a keyset step), at most
    /// `limit`: the same rows, each filled alike, with the facts and tiers of these orders alone
    /// (the dock reads the list a window at a time).
    static core::Result<QList<RevisitDue>> window(
        const core::Database &db, QDate today, int days, qint64 offset, int limit, const RevisitDue *after = nullptr);

private:
    /// The days after dispatch in force (`days`, else the setting, else its fallback).
    static int daysOf(const core::Database &db, int days);
};

/// The orders behind the revisit list.
class RevisitRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::RevisitRepository)
public:
    explicit RevisitRepository(const core::Database &db)
        : mDb(db)
    {
    }
    /// Shipped or finished orders dispatched from `first` to `last` (whole days), oldest first.
    core::Result<QList<RevisitDue>> shipped(QDate first, QDate last) const;
    /// How many orders shipped() gives.
    core::Result<qint64> countShipped(QDate first, QDate last) const;
    /// At most `limit` orders of shipped() from `offset`, or after `after` (dispatch time and id).
    core::Result<QList<RevisitDue>> shippedWindow(
        QDate first, QDate last, qint64 offset, int limit, const RevisitDue *after) const;
    /// What each of these buyers (by id) has spent (paid, shipped and finished orders).
    core::Result<QHash<qint64, core::Money>> spendOf(const QList<qint64> &buyerIds) const;
    /// What each buyer of those orders has spent (paid, shipped and finished orders), by member
    /// name: their member tier (core::MemberRepository::standingOf) for the whole span at once.
    core::Result<QHash<QString, core::Money>> spendOfShippedBuyers(QDate first, QDate last) const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::service
