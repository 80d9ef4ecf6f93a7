#pragma once

#include <QLoggingCategory>

namespace shopdesk::service {

/// The customer-service module's log ("shopdesk.service"): every error a view reports is logged here too.
Q_DECLARE_LOGGING_CATEGORY(lcService)

} // namespace shopdesk::service
