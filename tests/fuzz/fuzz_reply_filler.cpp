// The reply placeholder filler: any text (half braces, nested braces, unknown names, huge inputs)
// with a fixed set of facts. A reply is never produced with a raw {…} placeholder left in it.

#include "FuzzTarget.h"

#include <shopdesk/service/ReplyFiller.h>

#include <cstdlib>

using namespace shopdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    static const service::Facts facts = [] {
        service::Facts f;
        f.insert(QStringLiteral("buyer"), QStringLiteral("小鱼儿"));
        f.insert(QStringLiteral("order"), QStringLiteral("3012345678901234567"));
        f.insert(QStringLiteral("tracking"), QStringLiteral("{运单号}"));
        f.insert(QStringLiteral("item"), QStringLiteral("纯棉T恤"));
        return f;
    }();
    const service::FillResult r = service::ReplyFiller::fill(text, facts);
    (void)service::ReplyFiller::keysIn(text);
    (void)service::ReplyFiller::unknownIn(text);
    if (!r.complete())
        (void)service::ReplyFiller::refusal(r);
    else if (r.text.isNull() && !text.isEmpty())
        std::abort(); // complete means a text
    (void)service::ReplyFiller::stack({ text, text }, facts);
    return 0;
}
