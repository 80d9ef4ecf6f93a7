#pragma once

namespace shopdesk::core {

/// Reads the system's time zone once for the whole run. With TZ unset, the C library looks at
/// /etc/localtime again (a stat()) for every local-time conversion, and ShopDesk turns shop-file
/// times into local QDateTimes by the row: the programs call this first thing in main(), before
/// any thread starts. TZ is then ":/etc/localtime", which both the C library and Qt read as "the
/// system's zone", so every time shown stays the same. A TZ already set is left alone; a change of
/// the system zone while ShopDesk runs is seen at its next start.
void readTimeZoneOnce();

} // namespace shopdesk::core
