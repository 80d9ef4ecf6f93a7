#include "shopdesk/core/LiveChanges.h"

#include <shopdesk/core/ChangeFeed.h>

#include <QHash>

namespace shopdesk::core {

Topic topicOfFeed(const QString &feedTopic)
{
    static const QHash<QString, Topic> topics {
        { QStringLiteral("items"), Topic::Items },
        { QStringLiteral("orders"), Topic::Orders },
        { QStringLiteral("buyers"), Topic::Orders },
        { QStringLiteral("stock"), Topic::Stock },
        { QStringLiteral("replies"), Topic::Replies },
        { QStringLiteral("kpi"), Topic::Kpi },
        { QStringLiteral("promotions"), Topic::Promotions },
    };
    return topics.value(feedTopic, Topic::Everything);
}

void relayChanges(const ChangeFeed &feed, ShopEvents &events)
{
    QObject::connect(&feed, &ChangeFeed::changed, &events,
        [&events](const QString &topic, const QString &) { events.notifyChanged(topicOfFeed(topic)); });
}

} // namespace shopdesk::core
