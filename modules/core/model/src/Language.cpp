#include "shopdesk/core/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace shopdesk::core::language {

namespace {
std::vector<std::unique_ptr<QTranslator>> gTranslators;
QString gCurrent;
} // namespace

QStringList available() { return { QStringLiteral("zh_CN"), QStringLiteral("en") }; }

QString normalise(const QString &name)
{
    const QString n = name.trimmed().replace(QLatin1Char('-'), QLatin1Char('_')).toLower();
    if (n.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    if (n.startsWith(QLatin1String("en")) || n == QLatin1String("c"))
        return QStringLiteral("en");
    return {};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("zh_CN"))
        return QString::fromUtf8("中文（简体）");
    return QStringLiteral("English");
}

bool install(const QString &requested)
{
    const QString code = normalise(requested).isEmpty() ? kDefault : normalise(requested);
    for (auto &t : gTranslators)
        QCoreApplication::removeTranslator(t.get());
    gTranslators.clear();

    bool ok = true;
    auto load = [&](const QString &file, const QString &dir) {
        auto t = std::make_unique<QTranslator>();
        if (!t->load(file, dir))
            return false;
        QCoreApplication::installTranslator(t.get());
        gTranslators.push_back(std::move(t));
        return true;
    };
    if (code != QLatin1String("en"))
        load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QStringList ours
        = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("*_") + code + QStringLiteral(".qm") });
    for (const QString &file : ours)
        ok = load(file, QStringLiteral(":/i18n")) && ok;
    QLocale::setDefault(QLocale(code == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
        code == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    gCurrent = code;
    return ok && !ours.isEmpty();
}

QString current() { return gCurrent.isEmpty() ? kDefault : gCurrent; }

} // namespace shopdesk::core::language
