#pragma once

#include <QString>

namespace shopdesk::shipping::papers {

/// Courier papers (waybills, pick lists, packing slips) print in Chinese whatever the UI language:
/// a Chinese courier and packer read them. The text of `source` in `context` from the Chinese
/// translation built in (:/i18n/shipping_zh_CN.qm), %n filled from `n`; mark the sources with
/// QT_TRANSLATE_NOOP / QT_TRANSLATE_N_NOOP so they are translated with the rest.
QString text(const char *context, const char *source, int n = -1);
/// A courier's name as the UI shows it (core::Vocabulary::courier, in either language), in Chinese.
QString courier(const QString &shownName);

} // namespace shopdesk::shipping::papers
