#include "OrderImportJob.h"

#include <QThread>

namespace shopdesk::shipping {

OrderImportJob::OrderImportJob(ShippingService &service, QObject *parent)
    : QObject(parent)
    , mService(service)
{
}

OrderImportJob::~OrderImportJob()
{
    if (mThread) {
        mCancel = true;
        mThread->wait();
    }
}

bool OrderImportJob::start(const QString &ordersPath, const QString &itemsPath, bool otherShopAgreed)
{
    if (mThread)
        return false;
    mCancel = false;
    auto result = std::make_shared<std::optional<core::Result<ImportSummary>>>();
    mThread = QThread::create([this, ordersPath, itemsPath, otherShopAgreed, result] {
        *result = mService.importFiles(
            ordersPath, itemsPath,
            [this](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); });
                return !mCancel.load();
            },
            otherShopAgreed);
    });
    connect(mThread, &QThread::finished, this, [this, result] {
        mThread->deleteLater();
        mThread = nullptr;
        mResult = std::move(*result);
        Q_EMIT finished();
    });
    mThread->start();
    return true;
}

} // namespace shopdesk::shipping
