#include "ListingsLog.h"

namespace shopdesk::listings {

Q_LOGGING_CATEGORY(lcListings, "shopdesk.listings")

} // namespace shopdesk::listings
