#pragma once

// Internal to core (the dialect layer's server side; see SqlDialect.h).

#include <QStringList>

namespace shopdesk::core::detail {

/// The few SQLite functions the repositories' SQL uses, defined on the server with SQLite's
/// meaning (instr, datetime(time, modifier), group_concat, the sum of a condition), so that the
/// same statement runs on both engines. Created (or replaced) in the shop's schema by each
/// migration step on the server.
QStringList serverFunctions();

} // namespace shopdesk::core::detail
