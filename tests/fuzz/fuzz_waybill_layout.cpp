// The waybill layout loader: any bytes as a layout file. A layout it accepts must lay out a page.

#include "FuzzTarget.h"

#include <shopdesk/shipping/Waybill.h>

#include <cstdlib>

using namespace shopdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    auto layout = shipping::WaybillLayout::fromJson(json, QStringLiteral("fuzz.json"));
    if (layout) {
        const QPageLayout page = layout->pageLayout();
        if (!page.isValid())
            std::abort(); // an accepted layout has a page
    } else if (layout.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
