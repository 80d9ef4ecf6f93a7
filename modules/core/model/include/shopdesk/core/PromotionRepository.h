#pragma once

#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace shopdesk::core {

class Database;

/// A date on the promotion calendar.
struct Promotion {
    QDate day;
    QString name; ///< translated for the platforms' dates, the store's own words otherwise
    bool own = false; ///< one of the store's own dates (店铺活动), which the store may remove
    QDate prepareBy; ///< the reorder decision falls at least a week before it (shared/DOMAIN.md)
};

/// The shop's one promotion calendar: the platforms' yearly dates (built in) and the store's own
/// dates (kept in the shop file, entered in the KPI panel). The KPI panel shows it; the stock
/// reorder warning reads it.
class PromotionRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::PromotionRepository)
public:
    static constexpr int kPrepareDays = 7;

    explicit PromotionRepository(const Database &db)
        : mDb(db)
    {
    }

    /// The platforms' dates in `year`: New Year's Day, Valentine's Day, 520, 618, Double 11, Double 12.
    static QList<Promotion> platformDates(int year);
    /// The year's calendar: the platforms' dates and those of the store's `own` that fall in the
    /// year (marked own, a week's notice unless they carry their own), by date.
    static QList<Promotion> merge(int year, const QList<Promotion> &own);

    /// Adds one of the store's own dates (nothing when the same date and name are there already).
    /// Adds one of the store's own dates; a date already there (same day and name) is refused.
    Status add(QDate day, const QString &name);
    Status remove(QDate day, const QString &name);
    /// The store's own dates in [from, to], by date and name.
    Result<QList<Promotion>> own(QDate from, QDate to) const;
    /// The year's calendar with the store's own dates (merge()).
    Result<QList<Promotion>> calendar(int year) const;
    /// Every date of the calendar in [from, to], soonest first; the span may cross a new year.
    Result<QList<Promotion>> between(QDate from, QDate to) const;

private:
    const Database &mDb;
};

} // namespace shopdesk::core
