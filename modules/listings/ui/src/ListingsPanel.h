#pragma once

#include "ListingsRepository.h"

#include <shopdesk/core/PanelContract.h>

#include <QDateTime>

class QAction;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QToolBar;

namespace shopdesk::listings {

class ItemsModel;
class ItemsFilterModel;

/// The store manager's listings workbench (宝贝管理): the items table with instant search and
/// filters, the selected item's SKU grid (colour × size: barcode, price, cost, on-hand from the
/// ledger), every edit an undo command; tabs for the title check, the relist plan, the advice and
/// the Pareto (80/20) ranking.
class ListingsPanel : public core::ModulePanel {
    Q_OBJECT
public:
    ListingsPanel(const core::PanelContext &context, QWidget *parent = nullptr);

    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    QTableView *view() const { return mView; }
    QLineEdit *searchField() const { return mSearch; }
    int visibleRowCount() const;
    QTabWidget *tabs() const { return mTabs; }

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
    /// Deletes the item, or archives it when it has stock movements or orders.
    void deleteItem(qint64 itemId);
    void editSku(const core::Sku &after);
    bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    bool exportRelistPlan(const QString &path);
    bool printLabelsTo(const QString &pdfPath, const QList<qint64> &itemIds);
    /// The shop's own absolute words ("word<TAB>reason" lines), as an undo command.
    void setShopWords(const QString &text);
    /// The time the reports are made for (the clock unless set, for reproducible tests and screenshots).
    void setNow(const QDateTime &now);

protected:
    void retranslateUi() override;

private:
    QWidget *buildItemsTab();
    QWidget *buildTitlesTab();
    QWidget *buildRelistTab();
    QWidget *buildAdviceTab();
    QWidget *buildParetoTab();
    void applyFilter();
    void updateCount();
    void updateActions();
    void showSkus();
    void fillCategoryFilter();
    void refreshReports();
    void refreshTitles();
    void refreshRelist();
    void refreshAdvice();
    void refreshPareto();
    void drawParetoChart(const QList<ParetoRow> &rows);
    void openItemDialog(int mode);
    void editSkuAt(int row, int column);
    void editShopWords();
    void scanned();
    QDateTime now() const;
    bool report(const core::Status &s);

    core::PanelContext mContext;
    ItemsModel *mModel;
    ItemsFilterModel *mProxy;
    QTabWidget *mTabs = nullptr;
    // Items tab
    QLineEdit *mSearch = nullptr;
    QComboBox *mCategory = nullptr, *mRole = nullptr, *mShelf = nullptr;
    QCheckBox *mMainOnly = nullptr;
    QLabel *mCount = nullptr, *mSkuTitle = nullptr, *mStatus = nullptr;
    QToolBar *mToolBar = nullptr;
    QAction *mAdd = nullptr, *mEdit = nullptr, *mCopy = nullptr, *mOnShelf = nullptr, *mOffShelf = nullptr,
            *mDelete = nullptr, *mImport = nullptr, *mExport = nullptr, *mLabels = nullptr, *mPrint = nullptr;
    QSplitter *mSplitter = nullptr;
    QTableView *mView = nullptr;
    QTableWidget *mSkuGrid = nullptr;
    QList<SkuStock> mSkus;
    // Report tabs
    QTableWidget *mTitles = nullptr, *mRelist = nullptr, *mAdvice = nullptr, *mPareto = nullptr;
    QLabel *mTitlesSummary = nullptr, *mRelistSummary = nullptr, *mAdviceSummary = nullptr, *mParetoSummary = nullptr;
    QLabel *mPeakLabel = nullptr, *mSlotsLabel = nullptr, *mMinimumLabel = nullptr, *mFromLabel = nullptr,
           *mToLabel = nullptr;
    QLineEdit *mPeak = nullptr;
    QPushButton *mPeakApply = nullptr, *mRelistExport = nullptr, *mWordsButton = nullptr;
    QSpinBox *mSlots = nullptr, *mMinimum = nullptr;
    QDateEdit *mFrom = nullptr, *mTo = nullptr;
    QChartView *mParetoChart = nullptr;
    QDateTime mNow;
    quint32 mFreshTabs = 0; ///< bit per report tab that shows the shop as it is
};

} // namespace shopdesk::listings
