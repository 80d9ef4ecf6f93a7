#pragma once

#include <QLoggingCategory>

namespace shopdesk::shipping {

/// The shipping workbench's log ("shopdesk.shipping"): failures that are not the user's to fix
/// (a housekeeping write that failed) are logged here; the user sees translated text only.
Q_DECLARE_LOGGING_CATEGORY(lcShipping)

} // namespace shopdesk::shipping
