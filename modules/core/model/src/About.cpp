#include "shopdesk/core/About.h"

#include "shopdesk/core/Database.h"
#include "shopdesk/core/Version.h"

#include <zint.h>

namespace shopdesk::core {

VersionInfo versionInfo()
{
    VersionInfo v;
    v.shopdesk = QStringLiteral(SHOPDESK_VERSION);
    v.qt = QString::fromLatin1(qVersion());
    v.sqlite = Database::sqliteVersion();
    // ZBarcode_Version() gives e.g. 21101 for 2.11.1 (and 21100-21109 for 2.11.0.9 test builds).
    const int z = ZBarcode_Version();
    v.zint = QStringLiteral("%1.%2.%3").arg(z / 10000).arg((z / 100) % 100).arg((z / 10) % 10);
    v.schema = Database::latestSchemaVersion();
    return v;
}

} // namespace shopdesk::core
