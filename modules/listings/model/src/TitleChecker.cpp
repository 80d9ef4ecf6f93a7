#include "TitleChecker.h"

#include <shopdesk/core/OrderRepository.h>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace shopdesk::listings {

TitleChecker::TitleChecker(QList<WordRule> words)
    : mWords(std::move(words))
{
    // Longest first, so 最好 is reported as 最好, not as 最.
    std::stable_sort(mWords.begin(), mWords.end(),
        [](const WordRule &a, const WordRule &b) { return a.word.size() > b.word.size(); });
}

int TitleChecker::platformBytes(QStringView title)
{
    int bytes = 0;
    for (qsizetype i = 0; i < title.size(); ++i) {
        const QChar c = title[i];
        if (c.isHighSurrogate() && i + 1 < title.size() && title[i + 1].isLowSurrogate())
            ++i;
        bytes += c.unicode() < 0x80 ? 1 : 2;
    }
    return bytes;
}

QList<WordRule> TitleChecker::parseWords(const QString &text)
{
    QList<WordRule> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        qsizetype cut = line.indexOf(QLatin1Char('\t'));
        if (cut < 0)
            cut = line.indexOf(QLatin1Char(','));
        WordRule rule;
        rule.word = (cut < 0 ? line : line.left(cut)).trimmed();
        rule.reason = cut < 0 ? QStringLiteral("absolute") : line.mid(cut + 1).trimmed();
        if (rule.reason.isEmpty())
            rule.reason = QStringLiteral("absolute");
        if (!rule.word.isEmpty())
            out.append(rule);
    }
    return out;
}

QList<WordRule> TitleChecker::defaultWords()
{
    QFile f(QStringLiteral(":/listings/absolute_words.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseWords(QString::fromUtf8(f.readAll()));
}

TitleChecker TitleChecker::forShop(const core::Database &db)
{
    QList<WordRule> words = defaultWords();
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QFile user(QDir(dataDir).filePath(kUserWordsFile));
    if (user.open(QIODevice::ReadOnly))
        words += parseWords(QString::fromUtf8(user.readAll()));
    words += parseWords(core::ShopSettings(db).value(kShopWordsSetting));
    // One rule per word (the shop's own reason wins: it comes last).
    QHash<QString, qsizetype> seen;
    QList<WordRule> unique;
    for (const WordRule &w : words) {
        const QString key = w.word.toCaseFolded();
        if (auto it = seen.find(key); it != seen.end()) {
            unique[*it] = w;
        } else {
            seen.insert(key, unique.size());
            unique.append(w);
        }
    }
    return TitleChecker(unique);
}

QString TitleChecker::reasonText(const QString &reason)
{
    if (reason == QLatin1String("absolute"))
        return tr("absolute or superlative wording, forbidden by the advertising law");
    if (reason == QLatin1String("ranking"))
        return tr("a ranking claim the advertising law forbids");
    if (reason == QLatin1String("authority"))
        return tr("an official grade or endorsement, forbidden in titles");
    if (reason == QLatin1String("quality"))
        return tr("an exaggerated grade the platform rules forbid");
    if (reason == QLatin1String("guarantee"))
        return tr("a guarantee of results the advertising law forbids");
    return reason;
}

QString TitleChecker::normalised(const QString &title)
{
    QString t = title;
    t.replace(QChar(0x3000), QLatin1Char(' '));
    return t.simplified().toCaseFolded();
}

QList<TitleIssue> TitleChecker::check(const QString &title) const
{
    QList<TitleIssue> issues;
    const QString t = title.trimmed();
    if (t.isEmpty()) {
        issues.append({ TitleIssue::Kind::Empty, {}, tr("The title is empty.") });
        return issues;
    }
    const int bytes = platformBytes(t);
    if (bytes > kMaxBytes)
        issues.append({ TitleIssue::Kind::TooLong, {},
            tr("The title is %1 bytes; the platform allows at most %2 (a Chinese character counts 2).")
                .arg(bytes)
                .arg(kMaxBytes) });
    // Absolute words: longest first; a shorter word inside a longer match is not reported again.
    const QString folded = t.toCaseFolded();
    QList<bool> taken(folded.size(), false);
    for (const WordRule &w : mWords) {
        const QString needle = w.word.toCaseFolded();
        qsizetype from = 0;
        bool found = false;
        while ((from = folded.indexOf(needle, from)) >= 0) {
            bool free = true;
            for (qsizetype i = from; i < from + needle.size(); ++i)
                free = free && !taken[i];
            if (free) {
                for (qsizetype i = from; i < from + needle.size(); ++i)
                    taken[i] = true;
                found = true;
            }
            from += needle.size();
        }
        if (found)
            issues.append(
                { TitleIssue::Kind::AbsoluteWord, w.word, tr("“%1”: %2.").arg(w.word, reasonText(w.reason)) });
    }
    // Keywords separated by spaces: a title of several keywords run together.
    static const QRegularExpression space(QStringLiteral("[ \\x{3000}]"));
    if (!t.contains(space) && bytes > 12)
        issues.append({ TitleIssue::Kind::NoSpaces, {}, tr("The keywords are not separated by spaces.") });
    return issues;
}

QList<TitleReportRow> TitleChecker::report(const QList<ItemTitle> &items, bool all) const
{
    QHash<QString, QStringList> codesByTitle;
    for (const ItemTitle &it : items)
        if (!it.title.trimmed().isEmpty())
            codesByTitle[normalised(it.title)].append(it.code);
    QList<TitleReportRow> rows;
    for (const ItemTitle &it : items) {
        TitleReportRow row { it, platformBytes(it.title.trimmed()), check(it.title) };
        const QStringList same = codesByTitle.value(normalised(it.title));
        if (same.size() > 1) {
            QStringList others = same;
            others.removeOne(it.code);
            const QString list = others.join(QStringLiteral(", "));
            row.issues.append({ TitleIssue::Kind::Duplicate, list, tr("The same title as item %1.").arg(list) });
        }
        if (all || !row.issues.isEmpty())
            rows.append(row);
    }
    return rows;
}

} // namespace shopdesk::listings
