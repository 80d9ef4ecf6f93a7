// Every visible string has a zh_CN and an en translation: no unfinished or empty entries.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <catch2/catch_test_macros.hpp>

TEST_CASE("translations are complete for zh_CN and en")
{
    const QDir dir(QStringLiteral(SHOPDESK_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({ QStringLiteral("*.ts") }, QDir::Files, QDir::Name);
    REQUIRE(files.size() >= 2);
    int zh = 0, en = 0;
    for (const QString &name : files) {
        if (name.endsWith(QLatin1String("_zh_CN.ts")))
            ++zh;
        else if (name.endsWith(QLatin1String("_en.ts")))
            ++en;
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString source;
        QStringList missing;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                const bool plural = false;
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || (text.trimmed().isEmpty() && !plural))
                    missing << source;
            }
        }
        CAPTURE(name.toStdString());
        REQUIRE_FALSE(xml.hasError());
        INFO(missing.join(QStringLiteral(" | ")).toStdString());
        CHECK(missing.isEmpty());
        CHECK(messages > 0);
    }
    CHECK(zh == en);
}

namespace {
/// The top-level arguments of the call whose '(' is at `open` in `text`, as written (string
/// literals and nested calls kept whole); empty when the call is not closed.
QStringList callArguments(const QString &text, qsizetype open)
{
    QStringList args;
    QString current;
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\'') {
            // a literal, escapes included (raw strings are not used in tr() calls)
            const qsizetype from = i;
            for (++i; i < text.size() && text.at(i) != c; ++i)
                if (text.at(i) == u'\\')
                    ++i;
            if (depth >= 1)
                current += text.mid(from, i - from + 1);
            continue;
        }
        if (c == u'(' || c == u'{' || c == u'[') {
            if (depth++ >= 1)
                current += c;
            continue;
        }
        if (c == u')' || c == u'}' || c == u']') {
            if (--depth == 0) {
                args << current.trimmed();
                return args;
            }
            current += c;
            continue;
        }
        if (c == u',' && depth == 1) {
            args << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    return {};
}
} // namespace

TEST_CASE("every tr() whose text has %n is given its count")
{
    // "Receiving note RK-BAD-1 posted: %n piece booked in." went out with %n unreplaced: a plural
    // message needs tr(text, disambiguation, n) (QCoreApplication::translate: a fourth argument).
    const QDir root(QStringLiteral(SHOPDESK_SOURCE_DIR));
    QStringList files;
    for (const QString &top : { QStringLiteral("modules"), QStringLiteral("app") }) {
        QDirIterator it(root.filePath(top), { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    REQUIRE(files.size() > 50);
    static const QRegularExpression call(QStringLiteral(R"(\b(tr|translate)\s*\()"));
    QStringList uncounted;
    int plurals = 0;
    for (const QString &path : files) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = call.globalMatch(text); m.hasNext();) {
            const auto match = m.next();
            const QStringList args = callArguments(text, match.capturedEnd() - 1);
            const bool translate = match.captured(1) == QLatin1String("translate");
            const QString source = args.value(translate ? 1 : 0);
            if (!source.startsWith(u'"') || !source.contains(QLatin1String("%n")))
                continue;
            ++plurals;
            if (args.size() < (translate ? 4 : 3)) {
                const qsizetype line = text.left(match.capturedStart()).count(u'\n') + 1;
                uncounted << QStringLiteral("%1:%2 %3").arg(root.relativeFilePath(path)).arg(line).arg(source);
            }
        }
    }
    INFO(uncounted.join(QStringLiteral("\n")).toStdString());
    CHECK(uncounted.isEmpty());
    CHECK(plurals > 20);
}

TEST_CASE("every plural message of the .ts files is numerus, and every numerus form shows its %n")
{
    const QDir dir(QStringLiteral(SHOPDESK_SOURCE_DIR "/translations"));
    QStringList wrong;
    for (const QString &name : dir.entryList({ QStringLiteral("*.ts") }, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        bool numerus = false;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                if (source.contains(QLatin1String("%n")) != numerus)
                    wrong << QStringLiteral("%1: %2 (numerus %3)").arg(name, source).arg(numerus);
            } else if (xml.name() == QLatin1String("numerusform")) {
                const QString form = xml.readElementText();
                if (!form.contains(QLatin1String("%n")) && !form.contains(QLatin1String("%Ln")))
                    wrong << QStringLiteral("%1: %2 → %3").arg(name, source, form);
            }
        }
        REQUIRE_FALSE(xml.hasError());
    }
    INFO(wrong.join(QStringLiteral("\n")).toStdString());
    CHECK(wrong.isEmpty());
}
