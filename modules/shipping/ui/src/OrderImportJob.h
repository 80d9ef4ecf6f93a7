#pragma once

#include "shopdesk/shipping/ShippingService.h"

#include <QObject>

#include <atomic>
#include <optional>

class QThread;

namespace shopdesk::shipping {

/// An order import (ShippingService::importFiles) on a worker thread of its own, with progress
/// and cancelling, so the window stays usable while a large export is read.
class OrderImportJob : public QObject {
    Q_OBJECT
public:
    OrderImportJob(ShippingService &service, QObject *parent = nullptr);
    /// Cancels a running import and waits for its thread (the import then writes nothing).
    ~OrderImportJob() override;

    bool running() const { return mThread != nullptr; }
    /// Starts importing the two export files (another shop's orders too, when `otherShopAgreed`);
    /// false while one is running.
    bool start(const QString &ordersPath, const QString &itemsPath, bool otherShopAgreed = false);
    void cancel() { mCancel = true; }
    /// What the last import did, once finished() was emitted.
    const core::Result<ImportSummary> &result() const { return *mResult; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    ShippingService &mService;
    QThread *mThread = nullptr;
    std::atomic<bool> mCancel { false };
    std::optional<core::Result<ImportSummary>> mResult;
};

} // namespace shopdesk::shipping
