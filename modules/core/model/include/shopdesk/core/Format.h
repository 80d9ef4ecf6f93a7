#pragma once

#include "shopdesk/core/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

/// One way to write money, numbers and dates everywhere ShopDesk shows them (tables, labels, the
/// status bar, messages and exports for people), over the QLocale of the installed language.
namespace shopdesk::core::format {

/// "¥1,299.00", "-¥3.20": yuan with thousands separators and two decimals.
QString money(Money amount);
/// A large KPI sum, whole yuan: "¥39.87万" in Chinese from ¥10,000 up ("¥9,800" below it),
/// "¥398,749" in English.
QString moneyKpi(Money amount);
/// "12,345".
QString number(qint64 value);
/// "2026-11-24" in both languages: the form the platforms' own exports use.
QString date(const QDate &day);
/// "2026-11-24 14:05".
QString dateTime(const QDateTime &at);

/// What a message to a buyer calls a line of an item: its short name when it has one, else its
/// category's Chinese name (else `lastResort`, the title, for an item with neither), then the
/// line's colour and size with 码: "牛仔裤 深蓝色 30码". Chinese whatever the UI language: the
/// buyer reads it.
QString messageItemName(const QString &shortName, const QString &categoryCode, const QString &color,
    const QString &size, const QString &lastResort = {});

} // namespace shopdesk::core::format
