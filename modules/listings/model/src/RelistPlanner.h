#pragma once

#include <shopdesk/core/Result.h>
#include <shopdesk/core/ShopSettings.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shopdesk::listings {

/// A stretch of buyers' peak hours in a day, [start, end) in minutes after midnight.
struct PeakWindow {
    int start = 0;
    int end = 0;
    int length() const { return end - start; }
    bool contains(int minute) const { return minute >= start && minute < end; }
    friend bool operator==(const PeakWindow &, const PeakWindow &) = default;
};

/// What the planner needs of an on-shelf item.
struct RelistItem {
    qint64 itemId = 0;
    QString code;
    QString title;
    bool mainPush = false;
    qint64 sales = 0; ///< recent sales (fen): among main-push items, the best seller gets the best slot
};

/// An item's place in the weekly cycle.
struct RelistSlot {
    RelistItem item;
    int day = 1; ///< 1 = Monday … 7 = Sunday
    int minute = 0; ///< minutes after midnight
    QDateTime next; ///< the next relist at or after "now"
    QString timeText() const; ///< "10:30"
};

/// Spreads every on-shelf item's 7-day relist cycle evenly over the week, inside the peak hours
/// (shared/DOMAIN.md: 9–12 h and 14–18 h by default), no two items at the same minute, main-push
/// items in the best slots (nearest the middle of a peak window, on as many different days as possible).
class RelistPlanner {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::RelistPlanner)
public:
    static inline const core::Setting<QString> kPeakHoursSetting { QStringLiteral("listings.peak_hours") };
    static QList<PeakWindow> defaultWindows();
    /// "9-12, 14-18" or "9:30-11:45,20-22" → windows; an error names what is wrong.
    static core::Result<QList<PeakWindow>> parseWindows(const QString &text);
    static QString windowsText(const QList<PeakWindow> &windows);

    explicit RelistPlanner(QList<PeakWindow> windows = defaultWindows());

    /// The plan, in relist order over the week (Monday first). Fails when the windows hold fewer
    /// minutes in a week than there are items.
    core::Result<QList<RelistSlot>> plan(const QList<RelistItem> &items, const QDateTime &now) const;

    const QList<PeakWindow> &windows() const { return mWindows; }
    /// Whether the windows hold a minute a week for each of `items` items (else plan() fails).
    bool holds(qsizetype items) const;

private:
    QList<PeakWindow> mWindows;
};

} // namespace shopdesk::listings
