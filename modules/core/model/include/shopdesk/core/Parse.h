#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace shopdesk::core {

/// The one strict reading of the dates, times and numbers that imported files carry. Full-width
/// digits and signs (１２, ￥, ：) are normalised (NFKC) first, so a file typed with a Chinese input
/// method reads like any other; anything impossible (2026-13-04, 2026-02-30, 25:61, NaN, 1e20) is
/// refused, never stored as given or silently replaced.
class Parse {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::Parse)
public:
    /// At most this many pieces on one line of an order, receiving note or count.
    static constexpr qint64 kMaxLineQuantity = 9999;
    /// At most this much money (¥10,000,000, in fen) on one line or one day, unless the shop
    /// raises it (ShopSettings::maxLineMoneyFen).
    static constexpr qint64 kMaxLineMoneyFen = 10'000'000LL * 100;

    /// NFKC-normalised and trimmed: １２ → 12, ￥ → ¥, full-width colon and slash → ASCII.
    static QString normalized(const QString &text);

    /// A calendar date: 2026-11-20, 2026-1-5, 2026/11/20, 2026.11.20 or 20261120.
    static std::optional<QDate> date(const QString &text);
    /// A date and a time of day: the date as above, a space, then H:mm or H:mm:ss
    /// (2026-11-20 14:05:00, 2026/11/20 9:05). A date alone is not a time.
    static std::optional<QDateTime> dateTime(const QString &text);

    /// A whole number of 0 to `max` (digits only; thousands separators allowed).
    static std::optional<qint64> whole(const QString &text, qint64 max);
    /// A finite decimal number of 0 to `max`: digits with at most one point, no exponent, no NaN
    /// or infinity, at most 12 digits before the point.
    static std::optional<double> decimal(const QString &text, double max);

    /// "“%1” is not a date like 2026-11-20."
    static QString notADate(const QString &text);
    /// "“%1” is not a time (use a form like 2026-11-20 14:05:00)."
    static QString notATime(const QString &text);
    /// "“%1” is not a number of pieces from 1 to 9,999."
    static QString notAQuantity(const QString &text);
    /// "“%1” is more than ¥10,000,000.00, the most one line may hold …" (`limitFen`: the shop's
    /// limit, ShopSettings::maxLineMoneyFen).
    static QString tooMuchMoney(const QString &text, qint64 limitFen = kMaxLineMoneyFen);
};

} // namespace shopdesk::core
