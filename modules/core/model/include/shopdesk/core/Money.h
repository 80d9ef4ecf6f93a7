#pragma once

#include "shopdesk/core/Result.h"

#include <QString>
#include <QtGlobal>

#include <compare>

namespace shopdesk::core {

/// An amount of renminbi held as integer fen (1 ¥ = 100 fen). Never a floating-point number.
class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    /// Parses "129", "129.5", "129.50", "¥1,299.00", "-3.20" exactly (no floating point).
    /// Rejects more than two decimals, letters and empty text.
    static Result<Money> parse(const QString &text);

    constexpr qint64 fen() const { return mFen; }

    /// "129.50" — plain, for CSV files and editors.
    QString toPlainString() const;
    /// "¥129.50", with thousands separators: for display.
    QString toDisplayString() const;

    constexpr Money operator+(Money o) const { return Money(mFen + o.mFen); }
    constexpr Money operator-(Money o) const { return Money(mFen - o.mFen); }
    constexpr Money operator*(qint64 n) const { return Money(mFen * n); }
    constexpr Money &operator+=(Money o)
    {
        mFen += o.mFen;
        return *this;
    }
    constexpr Money &operator-=(Money o)
    {
        mFen -= o.mFen;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 fen)
        : mFen(fen)
    {
    }
    qint64 mFen = 0;
};

} // namespace shopdesk::core
