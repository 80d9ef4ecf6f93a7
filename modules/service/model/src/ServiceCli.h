#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QCoreApplication>

namespace shopdesk::service {

/// shopdesk-cli replies … and waitlist …
class ServiceCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::ServiceCli)
public:
    static core::CliOutcome replies(const core::CliInvocation &in);
    static core::CliOutcome waitlist(const core::CliInvocation &in);
};

} // namespace shopdesk::service
