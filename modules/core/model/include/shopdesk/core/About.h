#pragma once

#include <QString>

namespace shopdesk::core {

/// Versions shown in Help → About and `shopdesk-cli --version`.
struct VersionInfo {
    QString shopdesk, qt, sqlite, zint;
    int schema = 0; ///< the newest shop format this build knows
};

VersionInfo versionInfo();

} // namespace shopdesk::core
