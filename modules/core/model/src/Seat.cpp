#include "shopdesk/core/Seat.h"

#include <QMutex>
#include <QSysInfo>

namespace shopdesk::core {

namespace {
QMutex gSeatMutex;
QString &seatStore()
{
    static QString seat;
    return seat;
}
} // namespace

QString Seat::defaultName()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (user.isEmpty())
        user = QStringLiteral("shopdesk");
    const QString host = QSysInfo::machineHostName();
    return host.isEmpty() ? user : user + QLatin1Char('@') + host;
}

QString Seat::current()
{
    QMutexLocker lock(&gSeatMutex);
    return seatStore().isEmpty() ? defaultName() : seatStore();
}

void Seat::setCurrent(const QString &name)
{
    QMutexLocker lock(&gSeatMutex);
    seatStore() = name.simplified();
}

} // namespace shopdesk::core
