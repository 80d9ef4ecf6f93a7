#pragma once

#include "ListingsService.h"
#include "ReportView.h"

#include <shopdesk/core/PanelContract.h>

#include <functional>

class QAction;
class QLabel;
class QPrinter;
class QLineEdit;
class QSplitter;
class QTableView;

namespace shopdesk::listings {

class ItemsFilterBar;
class ItemsModel;
class ItemsFilterModel;
class SkuGrid;

/// 宝贝管理's main view: the items table with instant search (item code, title words, category,
/// or a scanned barcode) and filters, the selected item's SKU grid, and the item commands the
/// workbench offers in its menu and toolbar (actions()). Title, price and shelf state are edited
/// in place; every edit is an undo command on the workbench's stack.
class ItemsView : public core::View {
    Q_OBJECT
public:
    explicit ItemsView(const ViewContext &context, QWidget *parent = nullptr);

    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;
    /// New, edit, copy, on / off shelf, delete, import, export, labels, print, thermal labels:
    /// owned by the view.
    QList<QAction *> itemActions() const;

    QTableView *table() const { return mTable; }
    QLineEdit *searchField() const;
    SkuGrid *skuGrid() const { return mSkus; }
    int visibleRowCount() const;
    /// Puts the focus in the search field with its text selected (Ctrl+F).
    void focusSearch();

    /// The item shown in the SKU grid (the current row), or 0.
    qint64 currentItemId() const;
    QList<qint64> selectedItemIds() const;
    void selectItem(qint64 itemId);

    // What the actions do once any dialog has answered (tests and scripts call these directly).
    /// Adds an item; SKUs without a barcode get an in-store EAN-13. Gives the new item's id, or 0.
    qint64 addItem(ItemWithSkus item);
    /// Changes the item; colours and sizes not yet in its grid add SKUs (with in-store barcodes).
    void editItem(const core::Item &after, const QStringList &colors = {}, const QStringList &sizes = {});
    void setShelf(const QList<qint64> &itemIds, bool onShelf);
    /// Deletes the item, or archives it when it has stock movements or orders. An item with stock,
    /// open orders or movements is deleted only after the user confirms a question naming them.
    void deleteItem(qint64 itemId);
    /// Answers the view's questions instead of a message box (tests); it gets the question's text.
    void setConfirm(std::function<bool(const QString &question)> confirm);
    Q_INVOKABLE bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    bool printLabelsTo(const QString &pdfPath, const QList<qint64> &itemIds);
    /// The items' thermal labels (one a page of `stock`, at the printer's `dpi`) to a PDF.
    bool printThermalTo(const QString &pdfPath, const QList<qint64> &itemIds, const QString &stock, int dpi);
    /// The items' thermal labels on `printer`, one a page of the printer's page as it is set
    /// (ThermalPrinter::setUp sets it to a roll's label; the print dialog may change it).
    bool printThermalOn(QPrinter &printer, const QList<qint64> &itemIds);

protected:
    void retranslateUi() override;

private:
    void buildActions();
    void openItemDialog(int mode);
    /// editItem() from the version `seen` the caller read the item at: the save's result.
    core::Status saveEdit(
        const core::Item &after, const QStringList &colors, const QStringList &sizes, std::optional<qint64> seen);
    bool editInPlace(const core::Item &item, int column, const QVariant &value);
    void applyFilter();
    void updateActions();
    void showSkus();
    void scanned();
    void askImport();
    void askExport();
    void askLabels();
    void printLabels();
    void printThermalLabels();
    bool report(const core::Status &s) { return reportFailure(mContext.events, s); }
    bool confirm(const QString &title, const QString &question);

    ViewContext mContext;
    ItemsModel *mModel;
    ItemsFilterModel *mProxy;
    ItemsFilterBar *mFilters;
    QLabel *mStatus;
    QTableView *mTable;
    SkuGrid *mSkus;
    QSplitter *mSplitter;
    std::function<bool(const QString &)> mConfirm;
    QAction *mAdd = nullptr, *mEdit = nullptr, *mCopy = nullptr, *mOnShelf = nullptr, *mOffShelf = nullptr,
            *mDelete = nullptr, *mImport = nullptr, *mExport = nullptr, *mLabels = nullptr, *mPrint = nullptr,
            *mThermal = nullptr;
};

} // namespace shopdesk::listings
