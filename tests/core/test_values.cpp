// Money in fen and in-store EAN-13 barcodes.

#include "TestShop.h"

#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/Money.h>

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
