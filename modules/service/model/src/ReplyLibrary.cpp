#include "shopdesk/service/ReplyLibrary.h"

#include "shopdesk/service/ReplyFiller.h"

#include <shopdesk/core/Csv.h>

#include <QFileInfo>
#include <QSet>

namespace shopdesk::service {

using core::Error;

void ReplySearch::setReplies(const QList<Reply> &replies)
{
    mReplies = replies;
    mEntries.clear();
    mEntries.reserve(replies.size());
    for (const Reply &r : replies)
        mEntries.append({ r.code.toCaseFolded(), r.title.toCaseFolded(), r.body.toCaseFolded() });
    mHaveLast = false;
}

QList<int> ReplySearch::match(const QString &query) const
{
    const QString folded = query.toCaseFolded();
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> exact, prefix, title, body;
    const int n = int(mEntries.size());
    if (words.isEmpty()) {
        QList<int> all(n);
        for (int i = 0; i < n; ++i)
            all[i] = i;
        mHaveLast = false;
        return all;
    }
    // Typing one more character only narrows: every word of the longer query contains a word of
    // the shorter one, or is new.
    const bool narrowing = mHaveLast && folded.startsWith(mLastQuery);
    QList<int> hits;
    hits.reserve(narrowing ? mLastHits.size() : n);
    const QString &first = words.front();
    auto consider = [&](int i) {
        const Entry &e = mEntries.at(i);
        for (const QString &w : words)
            if (!e.code.contains(w) && !e.title.contains(w) && !e.body.contains(w))
                return;
        hits.append(i);
        if (words.size() == 1 && e.code == first)
            exact.append(i);
        else if (e.code.startsWith(first))
            prefix.append(i);
        else if (e.title.contains(first))
            title.append(i);
        else
            body.append(i);
    };
    if (narrowing) {
        for (int i : std::as_const(mLastHits))
            consider(i);
    } else {
        for (int i = 0; i < n; ++i)
            consider(i);
    }
    mLastQuery = folded;
    mLastHits = hits;
    mHaveLast = true;
    exact += prefix;
    exact += title;
    exact += body;
    return exact;
}

core::Result<ReplyTransfer::ImportSummary> ReplyTransfer::importCsv(const core::Database &db, const QString &path)
{
    auto csv = core::CsvFile::read(path);
    if (!csv)
        return csv.error();
    const int cGroup = csv->column({ QStringLiteral("分组"), QStringLiteral("group") });
    const int cCode = csv->column({ QString::fromUtf8("代码"), QString::fromUtf8("快捷编码"), QStringLiteral("code") });
    const int cTitle = csv->column({ QString::fromUtf8("标题"), QStringLiteral("title") });
    const int cBody = csv->column(
        { QString::fromUtf8("内容"), QString::fromUtf8("回复"), QStringLiteral("text"), QStringLiteral("body") });
    if (cCode < 0)
        return csv->missingColumn(QString::fromUtf8("代码 (code)"));
    if (cBody < 0)
        return csv->missingColumn(QString::fromUtf8("内容 (text)"));
    QList<Reply> replies;
    // A set, not a list: a 100,000-row library is checked in one pass, not in 5·10⁹ comparisons.
    QSet<QString> seen;
    seen.reserve(csv->records.size());
    int order = 0;
    for (const core::CsvRecord &rec : csv->records) {
        Reply r;
        r.code = core::CsvFile::field(rec, cCode);
        r.body = rec.fields.value(cBody).trimmed();
        r.title = cTitle >= 0 ? core::CsvFile::field(rec, cTitle) : QString();
        r.group = cGroup >= 0 ? ReplyRepository::groupCode(core::CsvFile::field(rec, cGroup)) : QString();
        if (r.group.isEmpty())
            r.group = QStringLiteral("presale");
        r.sortOrder = ++order;
        if (r.code.isEmpty() && r.body.isEmpty() && r.title.isEmpty())
            continue;
        if (r.code.isEmpty())
            return csv->error(rec.line, csv->header.value(cCode), tr("every reply needs a short code"));
        if (seen.contains(r.code))
            return csv->error(
                rec.line, csv->header.value(cCode), tr("the code %1 appears twice in the file").arg(r.code));
        if (r.body.isEmpty())
            return csv->error(rec.line, csv->header.value(cBody), tr("the reply %1 has no text").arg(r.code));
        if (const QStringList unknown = ReplyFiller::unknownIn(r.body); !unknown.isEmpty())
            return csv->error(
                rec.line, csv->header.value(cBody), tr("{%1} is not a known placeholder").arg(unknown.first()));
        seen.insert(r.code);
        replies.append(r);
    }
    auto done = ReplyRepository(db).upsertAll(replies);
    if (!done)
        return done.error();
    return ImportSummary { done->first, done->second };
}

core::Result<int> ReplyTransfer::exportFile(const core::Database &db, const QString &path)
{
    auto all = ReplyRepository(db).all();
    if (!all)
        return all.error();
    const QStringList header = { QString::fromUtf8("分组"), QString::fromUtf8("代码"), QString::fromUtf8("标题"),
        QString::fromUtf8("内容") };
    const bool xlsx = QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    core::Status s;
    if (xlsx) {
        QList<QVariantList> rows;
        for (const Reply &r : *all)
            rows.append({ r.group, r.code, r.title, r.body });
        s = core::writeXlsx(path, tr("Replies"), header, rows);
    } else {
        QList<QStringList> rows;
        for (const Reply &r : *all)
            rows.append({ r.group, r.code, r.title, r.body });
        s = core::writeCsv(path, header, rows);
    }
    if (!s)
        return s.error();
    return int(all->size());
}

} // namespace shopdesk::service
