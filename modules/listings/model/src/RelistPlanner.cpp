#include "RelistPlanner.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace shopdesk::listings {

QString RelistSlot::timeText() const
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QList<PeakWindow> RelistPlanner::defaultWindows() { return { { 9 * 60, 12 * 60 }, { 14 * 60, 18 * 60 } }; }

core::Result<QList<PeakWindow>> RelistPlanner::parseWindows(const QString &text)
{
    static const QRegularExpression part(
        QStringLiteral(R"(^\s*(\d{1,2})(?::(\d{2}))?\s*[-–~]\s*(\d{1,2})(?::(\d{2}))?\s*$)"));
    QList<PeakWindow> out;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;，；]")), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const auto m = part.match(p);
        if (!m.hasMatch())
            return core::Error { tr("“%1” is not a time range such as 9-12 or 14:30-18.").arg(p.trimmed()) };
        const int start = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        const int end = m.captured(3).toInt() * 60 + m.captured(4).toInt();
        if (m.captured(2).toInt() > 59 || m.captured(4).toInt() > 59 || end > 24 * 60 || start >= end)
            return core::Error { tr("“%1” is not a time range within one day.").arg(p.trimmed()) };
        out.append({ start, end });
    }
    if (out.isEmpty())
        return core::Error { tr("Give at least one peak-hours range, such as 9-12.") };
    std::sort(out.begin(), out.end(), [](const PeakWindow &a, const PeakWindow &b) { return a.start < b.start; });
    for (qsizetype i = 1; i < out.size(); ++i)
        if (out[i].start < out[i - 1].end)
            return core::Error { tr("The peak-hours ranges overlap.") };
    return out;
}

QString RelistPlanner::windowsText(const QList<PeakWindow> &windows)
{
    auto hm = [](int m) {
        return m % 60 == 0 ? QString::number(m / 60)
                           : QStringLiteral("%1:%2").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'));
    };
    QStringList parts;
    for (const PeakWindow &w : windows)
        parts << hm(w.start) + QLatin1Char('-') + hm(w.end);
    return parts.join(QStringLiteral(", "));
}

RelistPlanner::RelistPlanner(QList<PeakWindow> windows)
    : mWindows(std::move(windows))
{
}

bool RelistPlanner::holds(qsizetype items) const
{
    qint64 week = 0;
    for (const PeakWindow &w : mWindows)
        week += qint64(w.length()) * 7;
    return items <= week;
}

core::Result<QList<RelistSlot>> RelistPlanner::plan(const QList<RelistItem> &items, const QDateTime &now) const
{
    int perDay = 0;
    for (const PeakWindow &w : mWindows)
        perDay += w.length();
    const qint64 week = qint64(perDay) * 7;
    const qsizetype n = items.size();
    if (n == 0)
        return QList<RelistSlot> {};
    if (week < n)
        return core::Error {
            tr("The peak hours hold %1 minutes a week, fewer than the %2 items to relist.").arg(week).arg(n)
        };

    // n evenly spaced positions on the week's peak-time line; distinct because week >= n.
    struct Place {
        int day, minute;
        double quality; // 0 = the middle of a window (best) … 1 = its edge
    };
    QList<Place> places;
    places.reserve(n);
    for (qsizetype k = 0; k < n; ++k) {
        const qint64 pos = qint64(std::floor((double(k) + 0.5) * double(week) / double(n)));
        const int day = int(pos / perDay);
        int rest = int(pos % perDay);
        for (const PeakWindow &w : mWindows) {
            if (rest < w.length()) {
                const int minute = w.start + rest;
                const double mid = (w.start + w.end - 1) / 2.0;
                places.append({ day + 1, minute, std::abs(minute - mid) / (w.length() / 2.0) });
                break;
            }
            rest -= w.length();
        }
    }

    // Main-push items first (best sellers first), each to the best free place on the day with the
    // fewest main items so far; then everyone else in code order into the remaining places, in time order.
    QList<RelistItem> mains, others;
    for (const RelistItem &it : items)
        (it.mainPush ? mains : others).append(it);
    std::stable_sort(mains.begin(), mains.end(), [](const RelistItem &a, const RelistItem &b) {
        return a.sales != b.sales ? a.sales > b.sales : a.code < b.code;
    });
    std::stable_sort(
        others.begin(), others.end(), [](const RelistItem &a, const RelistItem &b) { return a.code < b.code; });

    QList<qsizetype> assigned(n, -1); // place → index into `order`
    QList<RelistItem> order;
    int mainsPerDay[8] = {};
    for (const RelistItem &it : mains) {
        qsizetype best = -1;
        for (qsizetype p = 0; p < n; ++p) {
            if (assigned[p] >= 0)
                continue;
            if (best < 0)
                best = p;
            const Place &a = places[p], &b = places[best];
            if (mainsPerDay[a.day] != mainsPerDay[b.day] ? mainsPerDay[a.day] < mainsPerDay[b.day]
                                                         : a.quality < b.quality)
                best = p;
        }
        assigned[best] = order.size();
        order.append(it);
        ++mainsPerDay[places[best].day];
    }
    qsizetype next = 0;
    for (qsizetype p = 0; p < n; ++p) {
        if (assigned[p] >= 0)
            continue;
        assigned[p] = order.size();
        order.append(others[next++]);
    }

    QList<RelistSlot> out;
    out.reserve(n);
    const QDate today = now.date();
    for (qsizetype p = 0; p < n; ++p) {
        RelistSlot s;
        s.item = order[assigned[p]];
        s.day = places[p].day;
        s.minute = places[p].minute;
        int ahead = (s.day - today.dayOfWeek() + 7) % 7;
        QDateTime at(today.addDays(ahead), QTime(s.minute / 60, s.minute % 60));
        if (at < now)
            at = at.addDays(7);
        s.next = at;
        out.append(s);
    }
    return out;
}

} // namespace shopdesk::listings
