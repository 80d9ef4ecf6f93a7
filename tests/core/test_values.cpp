// Money in fen, in-store EAN-13 barcodes and the shop file's times.

#include "TestShop.h"

#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/LocalTime.h>
#include <shopdesk/core/Money.h>
#include <shopdesk/core/Records.h>

#include <QDateTime>

#include <ctime>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk::core;

TEST_CASE("money is parsed exactly into fen")
{
    CHECK(Money::parse(QStringLiteral("129")).value().fen() == 12900);
    CHECK(Money::parse(QStringLiteral("129.5")).value().fen() == 12950);
    CHECK(Money::parse(QStringLiteral("0.07")).value().fen() == 7);
    CHECK(Money::parse(QString::fromUtf8("¥1,299.00")).value().fen() == 129900);
    CHECK(Money::parse(QStringLiteral("-3.20")).value().fen() == -320);
    CHECK_FALSE(Money::parse(QStringLiteral("12.345")).ok());
    CHECK_FALSE(Money::parse(QStringLiteral("abc")).ok());
    CHECK_FALSE(Money::parse(QString()).ok());
    CHECK(Money::parse(QStringLiteral("1.2.3")).errorMessage().contains(QStringLiteral("1.2.3")));
}

TEST_CASE("an export's plain amounts and the near misses around them")
{
    // The plain form is read in place; everything else the same as before.
    CHECK(Money::parse(QStringLiteral(" 129.00 ")).value().fen() == 12900);
    CHECK(Money::parse(QStringLiteral("007.5")).value().fen() == 750);
    CHECK(Money::parse(QStringLiteral("-0")).value().fen() == 0);
    CHECK(Money::parse(QStringLiteral("999999999999999.99")).value().fen() == 99999999999999999);
    CHECK(Money::parse(QStringLiteral("1 299.00")).errorMessage()
        == QString::fromUtf8("“1 299.00” is not an amount of money (use a form like 129.50)."));
    for (const char *bad : { "1.", ".5", "-", "+5", "-.5", "5-", "1000000000000000", "12.3x", "1..2", "--1" }) {
        CAPTURE(bad);
        CHECK(Money::parse(QString::fromLatin1(bad)).errorMessage()
            == QString::fromUtf8("“%1” is not an amount of money (use a form like 129.50).").arg(QLatin1String(bad)));
    }
}

TEST_CASE("money is shown with the yuan sign and two decimals")
{
    CHECK(Money::fromFen(12950).toPlainString() == QStringLiteral("129.50"));
    CHECK(Money::fromFen(-5).toPlainString() == QStringLiteral("-0.05"));
    CHECK(Money::fromFen(39874900).toDisplayString() == QString::fromUtf8("¥398,749.00"));
    CHECK((Money::fromYuan(3) * 3 + Money::fromFen(1)).fen() == 901);
}

TEST_CASE("in-store EAN-13 barcodes use prefix 20-29 and a correct check digit")
{
    CHECK(ean13::checkDigit(u"400638133393") == 1); // 4006381333931, a well-known example
    CHECK(ean13::isValid(u"4006381333931"));
    CHECK_FALSE(ean13::isValid(u"4006381333932"));
    const QString code = ean13::inStore(20, 1);
    CHECK(code == QStringLiteral("2000000000015"));
    CHECK(ean13::isValid(code));
    CHECK(ean13::inStore(29, 1234567890).startsWith(QStringLiteral("29")));
    CHECK(ean13::isValid(ean13::inStore(29, 1234567890)));
}

namespace {
/// Runs a test in another time zone (TZ), then puts the process's zone back as it was.
class InZone {
public:
    explicit InZone(const char *tz)
        : mWasSet(qEnvironmentVariableIsSet("TZ"))
        , mOld(qgetenv("TZ"))
    {
        if (tz)
            qputenv("TZ", tz);
        else
            qunsetenv("TZ");
        tzset();
    }
    ~InZone()
    {
        if (mWasSet)
            qputenv("TZ", mOld);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    bool mWasSet;
    QByteArray mOld;
};

const QString kOldFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
} // namespace

TEST_CASE("shop-file times are local wall-clock text, read and written back unchanged")
{
    InZone shanghai("Asia/Shanghai");
    for (const char *text :
        { "2026-11-11 00:00:00", "2026-11-20 10:01:00", "2024-02-29 23:59:59", "1999-12-31 12:34:56" }) {
        INFO(text);
        const QString stored = QString::fromLatin1(text);
        const QDateTime t = fromDbTime(stored);
        REQUIRE(t.isValid());
        CHECK(t.timeSpec() == Qt::LocalTime);
        CHECK(t == QDateTime::fromString(stored, kOldFormat)); // the value the old parser gave
        CHECK(t.toString(kOldFormat) == stored);
        CHECK(toDbTime(t) == stored);
        CHECK(t.offsetFromUtc() == 8 * 3600);
    }
    CHECK(fromDbTime(QStringLiteral("2026-11-11 00:00:00")).toMSecsSinceEpoch() == 1794326400000LL);
    for (const char *text : { "", "2026-13-01 00:00:00", "2026-02-30 10:00:00", "2026-11-20 25:00:00",
             "2026-11-20T10:01:00", "2026-11-2 10:01:00", "abcd-ef-gh ij:kl:mn" }) {
        INFO(text);
        CHECK_FALSE(fromDbTime(QString::fromLatin1(text)).isValid());
    }
    CHECK(toDbTime(QDateTime()).isEmpty());
    CHECK(toDbTime(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678))) == QStringLiteral("2026-01-02 03:04:05"));
    const QDateTime utc(QDate(2026, 6, 1), QTime(23, 30), Qt::UTC);
    CHECK(toDbTime(utc) == utc.toString(kOldFormat));
}

TEST_CASE("times in a zone with summer time keep their wall clock and their offset")
{
    InZone berlin("Europe/Berlin");
    const QDateTime summer = fromDbTime(QStringLiteral("2026-07-01 12:00:00"));
    const QDateTime winter = fromDbTime(QStringLiteral("2026-12-01 12:00:00"));
    CHECK(summer.offsetFromUtc() == 7200);
    CHECK(winter.offsetFromUtc() == 3600);
    CHECK(toDbTime(summer) == QStringLiteral("2026-07-01 12:00:00"));
    CHECK(toDbTime(winter) == QStringLiteral("2026-12-01 12:00:00"));
    // 02:00 becomes 03:00 on 29 March 2026: one second between these two wall-clock times.
    CHECK(fromDbTime(QStringLiteral("2026-03-29 01:59:59")).secsTo(fromDbTime(QStringLiteral("2026-03-29 03:00:00")))
        == 1);
}

TEST_CASE("reading the time zone once keeps every local time as it was")
{
    InZone systemZone(nullptr); // TZ unset: the system's zone
    const QString stored = QStringLiteral("2026-11-20 10:01:00");
    const qint64 before = fromDbTime(stored).toMSecsSinceEpoch();
    readTimeZoneOnce();
    CHECK(qgetenv("TZ") == QByteArray(":/etc/localtime"));
    CHECK(fromDbTime(stored).toMSecsSinceEpoch() == before);
    CHECK(toDbTime(fromDbTime(stored)) == stored);
    {
        InZone shanghai("Asia/Shanghai");
        readTimeZoneOnce(); // a TZ already set is left alone
        CHECK(qgetenv("TZ") == QByteArray("Asia/Shanghai"));
    }
}
