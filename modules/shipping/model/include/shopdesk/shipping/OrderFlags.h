#pragma once

#include <QColor>
#include <QStringList>

namespace shopdesk::shipping {

/// The platform's order flags (旗帜) as the shop file stores them, written once: the repository
/// checks a flag against them, the dispatch queue lists them in its Flag menu and colours its rows
/// with them. Their names in the store's words are core::Vocabulary::flag.
namespace OrderFlags {

/// red (special request), green (bank transfer), yellow (cannot ship yet), blue (exchange),
/// purple (return), in the platform's order.
const QStringList &codes();
/// Whether `code` is one of codes(), or empty (no flag).
bool isFlag(const QString &code);
/// The light colour a row with this flag is shown in; invalid for no flag.
QColor colour(const QString &code);

} // namespace OrderFlags

} // namespace shopdesk::shipping
