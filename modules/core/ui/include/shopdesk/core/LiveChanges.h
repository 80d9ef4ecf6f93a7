#pragma once

#include "shopdesk/core/PanelContract.h"

#include <QString>

namespace shopdesk::core {

class ChangeFeed;

/// The panels' topic for a change feed's topic ("items" → Topic::Items; "buyers" → Orders, which
/// the buyers' panels follow; a topic it does not know → Everything).
Topic topicOfFeed(const QString &feedTopic);

/// Relays what `feed` hears from other connections to `events`, as notifyChanged(): every panel
/// showing that topic refreshes (keeping its selection and place), as after an edit of its own.
void relayChanges(const ChangeFeed &feed, ShopEvents &events);

} // namespace shopdesk::core
