#pragma once

#include <shopdesk/core/CliCommand.h>

namespace shopdesk::listings {

/// `labels --size 40x30 --sku CODE … --count N [--receiving NOTE] --out F.pdf [--dpi 203|300]`.
core::CliCommand labelsCommand();

} // namespace shopdesk::listings
