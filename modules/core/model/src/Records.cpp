#include "shopdesk/core/Records.h"

namespace shopdesk::core {

namespace codes {
QStringList roles() { return { kRoleTraffic, kRoleProfit, kRoleImage }; }
QStringList orderStatuses() { return { kOrderUnpaid, kOrderPaid, kOrderShipped, kOrderFinished, kOrderClosed }; }
QStringList moveKinds()
{
    return { kMoveReceive, kMoveShip, kMoveReturn, kMoveExchangeOut, kMoveExchangeIn, kMoveStocktake, kMoveCorrection };
}
} // namespace codes

namespace {
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
} // namespace

QString toDbTime(const QDateTime &t) { return t.isValid() ? t.toString(kTimeFormat) : QString(); }
QDateTime fromDbTime(const QString &text) { return QDateTime::fromString(text, kTimeFormat); }
QString toDbDate(QDate d) { return d.isValid() ? d.toString(kDateFormat) : QString(); }
QDate fromDbDate(const QString &text) { return QDate::fromString(text, kDateFormat); }

} // namespace shopdesk::core
