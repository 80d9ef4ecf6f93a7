#pragma once

#include <QLoggingCategory>

namespace shopdesk::listings {

/// The listings workbench's log ("shopdesk.listings"): errors that reach a user are logged here
/// too, with what the user was doing; nothing the shop file says goes unreported.
Q_DECLARE_LOGGING_CATEGORY(lcListings)

} // namespace shopdesk::listings
