#pragma once

#include <QString>

namespace shopdesk::core::language {

/// The language of the user's locale for messages, as POSIX reads it (LC_ALL, then LC_MESSAGES,
/// then LANG): zh_CN for zh_*, else en. shopdesk-cli speaks it unless --lang says otherwise.
QString fromEnvironment();

/// A ShopDesk word in Chinese whatever the UI language (messages to buyers, courier papers):
/// `shown` is the word as tr() gave it in `context`; the embedded *_zh_CN catalogues turn the
/// English source into Chinese, and a word already in Chinese stays.
QString chinese(const char *context, const QString &shown);

} // namespace shopdesk::core::language
