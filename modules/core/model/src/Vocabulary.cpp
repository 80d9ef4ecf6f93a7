#include "shopdesk/core/Vocabulary.h"

#include "shopdesk/core/Records.h"
#include "shopdesk/core/StockLedger.h"

namespace shopdesk::core {

QString Vocabulary::role(const QString &code)
{
    if (code == codes::kRoleTraffic)
        return tr("Traffic item");
    if (code == codes::kRoleProfit)
        return tr("Profit item");
    if (code == codes::kRoleImage)
        return tr("Image item");
    return code;
}

QString Vocabulary::moveKind(const QString &code)
{
    if (code == codes::kMoveReceive)
        return tr("Receiving");
    if (code == codes::kMoveShip)
        return tr("Shipment");
    if (code == codes::kMoveReturn)
        return tr("Buyer return");
    if (code == codes::kMoveExchangeOut)
        return tr("To supplier (exchange)");
    if (code == codes::kMoveExchangeIn)
        return tr("From supplier (exchange)");
    if (code == codes::kMoveStocktake)
        return tr("Stock-take adjustment");
    if (code == codes::kMoveCorrection)
        return tr("Manual correction");
    if (code == codes::kMoveOpening)
        return tr("Opening stock");
    return code;
}

QString Vocabulary::platform(const QString &code)
{
    if (code == QLatin1String("taobao"))
        return tr("Taobao");
    if (code == QLatin1String("tmall"))
        return tr("Tmall");
    if (code == QLatin1String("jd"))
        return tr("JD");
    return code;
}

QString Vocabulary::category(const QString &code)
{
    if (code == QLatin1String("jeans"))
        return tr("Jeans");
    if (code == QLatin1String("tshirt"))
        return tr("T-shirts");
    if (code == QLatin1String("hoodie"))
        return tr("Hoodies");
    if (code == QLatin1String("shoes"))
        return tr("Shoes");
    return code;
}

QString Vocabulary::flag(const QString &code)
{
    if (code == QLatin1String("red"))
        return tr("Red: special request");
    if (code == QLatin1String("green"))
        return tr("Green: paid by bank transfer");
    if (code == QLatin1String("yellow"))
        return tr("Yellow: cannot ship yet");
    if (code == QLatin1String("blue"))
        return tr("Blue: exchange");
    if (code == QLatin1String("purple"))
        return tr("Purple: return");
    return code;
}

QString Vocabulary::courier(const QString &code)
{
    if (code == QLatin1String("STO"))
        return tr("STO Express");
    if (code == QLatin1String("YTO"))
        return tr("YTO Express");
    if (code == QLatin1String("ZTO"))
        return tr("ZTO Express");
    if (code == QLatin1String("YD"))
        return tr("Yunda Express");
    if (code == QLatin1String("SF"))
        return tr("SF Express");
    if (code == QLatin1String("EMS"))
        return tr("EMS");
    if (code == QLatin1String("JT"))
        return tr("J&T Express");
    if (code == QLatin1String("JD"))
        return tr("JD Express");
    if (code == QLatin1String("DBL"))
        return tr("Deppon Express");
    if (code == QLatin1String("YZPY"))
        return tr("China Post Parcel");
    return code;
}

QString Vocabulary::yesNo(bool value) { return value ? tr("Yes") : tr("No"); }

} // namespace shopdesk::core
