#pragma once

#include "ViewContext.h"

#include <shopdesk/core/PanelContract.h>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::shipping {

/// The shop's mappings (商品对应关系): every match the clerk made of a platform line (its outer
/// code, or its title, with colour and size) to a SKU, which every later import applies. The clerk
/// gives one another SKU (by barcode) or deletes it; each change is undoable.
class MappingsView : public core::View {
    Q_OBJECT
public:
    explicit MappingsView(const ViewContext &context, QWidget *parent = nullptr);

    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    QTableView *table() const { return mView; }
    const QList<SkuMapping> &mappings() const { return mMappings; }
    /// Gives the selected mapping the SKU with this barcode (one undoable edit).
    void changeSelected(const QString &barcode);
    /// Deletes the selected mappings (one undoable edit each).
    void deleteSelected();

protected:
    void retranslateUi() override;

private:
    ViewContext mContext;
    core::RecordTableModel *mModel;
    QTableView *mView;
    QLabel *mHint, *mBarcodeLabel;
    QLineEdit *mBarcode;
    QPushButton *mChange, *mDelete;
    QList<SkuMapping> mMappings;
};

} // namespace shopdesk::shipping
