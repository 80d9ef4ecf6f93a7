#pragma once

#include <QString>
#include <QStringList>

namespace shopdesk::core {

/// UI languages: zh_CN (the default) and en.
namespace language {

inline const QString kDefault = QStringLiteral("zh_CN");

QStringList available();
/// "zh_CN" / "en" from a user's choice or a locale name ("zh", "zh-CN", "en_US" …); empty if unknown.
QString normalise(const QString &name);
/// The language's own name, for menus: 中文（简体） / English.
QString nativeName(const QString &code);
/// Replaces the installed translators: Qt's own (qtbase_*) and every ShopDesk one embedded at
/// :/i18n/*_<code>.qm. Sends LanguageChange to every widget, so panels retranslate at once.
bool install(const QString &code);
QString current();

} // namespace language
} // namespace shopdesk::core
