#include "shopdesk/core/Language.h"

#include "shopdesk/core/Locale.h"

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
/// Qt's own Chinese says 撤消 in some places (a line edit's menu, "Undo %1") and 撤销 in others;
/// ShopDesk says 撤销 everywhere, as its own strings and the national standard do. Installed last,
/// so it is asked first; every other string falls through to Qt's translation.
class QtTerms : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QLatin1String c(context), s(source);
        if (c != QLatin1String("QLineEdit") && c != QLatin1String("QWidgetTextControl")
            && c != QLatin1String("QUndoGroup") && c != QLatin1String("QUndoStack") && c != QLatin1String("QUndoModel"))
            return {};
        if (s == QLatin1String("&Undo"))
            return QString::fromUtf8("撤销(&U)");
        if (s == QLatin1String("Undo %1"))
            return QString::fromUtf8("撤销 %1");
        if (s == QLatin1String("Undo"))
            return QString::fromUtf8("撤销");
        return {};
    }
};
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
    if (code == QLatin1String("zh_CN")) {
        auto terms = std::make_unique<QtTerms>();
        QCoreApplication::installTranslator(terms.get());
        gTranslators.push_back(std::move(terms));
    }
    QLocale::setDefault(QLocale(code == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
        code == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
    gCurrent = code;
    return ok && !ours.isEmpty();
}

QString current() { return gCurrent.isEmpty() ? kDefault : gCurrent; }

QString chinese(const char *context, const QString &shown)
{
    // Every embedded Chinese catalogue, loaded once, apart from the installed ones.
    static const std::vector<std::unique_ptr<QTranslator>> zh = [] {
        std::vector<std::unique_ptr<QTranslator>> out;
        const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({ QStringLiteral("*_zh_CN.qm") });
        for (const QString &file : files) {
            auto t = std::make_unique<QTranslator>();
            if (t->load(file, QStringLiteral(":/i18n")))
                out.push_back(std::move(t));
        }
        return out;
    }();
    const QByteArray source = shown.toUtf8();
    for (const auto &t : zh)
        if (const QString c = t->translate(context, source.constData()); !c.isEmpty())
            return c;
    return shown;
}

QString fromEnvironment()
{
    for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return normalise(value) == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QStringLiteral("en");
    }
    return QStringLiteral("en");
}

} // namespace shopdesk::core::language
