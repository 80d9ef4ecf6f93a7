#pragma once

#include <shopdesk/core/Result.h>
#include <shopdesk/core/UndoCommand.h>

#include <QCoreApplication>

#include <functional>

namespace shopdesk::inventory {

class QualityService;

/// A buyer's return (intact → stock, damaged → the faulty-goods account); undo books the
/// compensating entry, redo books the return again.
class BookReturnCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::BookReturnCommand)
public:
    using Done = std::function<void(const core::Status &)>;
    BookReturnCommand(const core::PanelContext &context, QualityService &service, QString orderNo, qint64 skuId,
        int quantity, bool intact, QString actor, Done done);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    QualityService &mService;
    QString mOrderNo;
    qint64 mSkuId;
    int mQuantity;
    bool mIntact;
    QString mActor;
    qint64 mBooked = 0;
};

} // namespace shopdesk::inventory
