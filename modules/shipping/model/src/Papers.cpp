#include "Papers.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

#include <memory>
#include <mutex>
#include <vector>

namespace shopdesk::shipping::papers {

namespace {
// Every Chinese translation built in (shipping's own, core's courier and flag names …), loaded once.
const std::vector<std::unique_ptr<QTranslator>> &chinese()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    static std::once_flag once;
    std::call_once(once, [] {
        const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("*_zh_CN.qm") });
        for (const QString &file : files) {
            auto t = std::make_unique<QTranslator>();
            if (t->load(file, QStringLiteral(":/i18n")))
                translators.push_back(std::move(t));
        }
    });
    return translators;
}
} // namespace

QString text(const char *context, const char *source, int n)
{
    QString out;
    for (const auto &t : chinese()) {
        out = t->translate(context, source, nullptr, n);
        if (!out.isEmpty())
            break;
    }
    if (out.isEmpty())
        out = QCoreApplication::translate(context, source, nullptr, n);
    if (n >= 0)
        out.replace(QStringLiteral("%n"), QString::number(n));
    return out;
}

QString courier(const QString &shownName)
{
    const QByteArray source = shownName.toUtf8();
    return text("shopdesk::core::Vocabulary", source.constData());
}

} // namespace shopdesk::shipping::papers
