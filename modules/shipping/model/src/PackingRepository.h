#pragma once

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDateTime>

namespace shopdesk::shipping {

/// The packing station's own records: the flags packers overrode (shipping_flag_overrides).
class PackingRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::PackingRepository)
public:
    struct Override {
        QString orderNo, flag, packer, actor;
        QDateTime at;
    };

    explicit PackingRepository(const core::Database &db)
        : mDb(db)
    {
    }

    core::Status addOverride(qint64 orderId, const QString &flag, const QString &packer, const QString &actor);
    core::Result<QList<Override>> overridesOf(qint64 orderId) const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::shipping
