#pragma once

#include <shopdesk/core/PanelContract.h>

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace shopdesk::shipping {

/// Matches an unmatched order line to the SKU the clerk scanned; undo unmatches it again.
class MatchLineCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::MatchLineCommand)
public:
    MatchLineCommand(
        const core::PanelContext &context, qint64 lineId, qint64 skuId, const QString &orderNo, const QString &barcode);
    void redo() override;
    void undo() override;

private:
    void set(std::optional<qint64> sku);
    const core::PanelContext &mContext;
    qint64 mLineId, mSkuId;
};

} // namespace shopdesk::shipping
