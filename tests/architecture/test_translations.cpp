// Every visible string has a zh_CN and an en translation: no unfinished or empty entries.

#include <QDir>
#include <QFile>
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
