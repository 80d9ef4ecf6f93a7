#pragma once

#include <QString>

namespace shopdesk::core {

/// Who is working at this PC: the seat name (“前台-小王”, “仓库”), set in the user's settings,
/// by default the OS user and host name (“wang@front-pc”). Writes record it: the change feed
/// names it and a refused stale edit says who changed the row first.
class Seat {
public:
    /// The OS user and host name, “user@host”.
    static QString defaultName();
    /// The seat in force in this process (defaultName() until one is set).
    static QString current();
    /// Empty goes back to defaultName().
    static void setCurrent(const QString &name);
};

} // namespace shopdesk::core
