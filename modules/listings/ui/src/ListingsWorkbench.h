#pragma once

#include <shopdesk/core/PanelContract.h>

#include <QDateTime>

namespace shopdesk::listings {

class AdviceView;
class ItemsView;
class ListingsService;
class ParetoView;
class RelistView;
class TitlesView;

/// The listings workbench (宝贝管理) for an open shop: the items with their SKU grid, and the
/// title check (标题检查), the relist plan (上下架计划), the advice (建议) and the 80/20 ranking,
/// each a view in its own dock over the one ListingsService, with one undo stack and the item
/// commands in the window's menu and toolbar.
class ListingsWorkbench : public core::Workbench {
    Q_OBJECT
public:
    ListingsWorkbench(const core::PanelContext &context, QWidget *window);
    ~ListingsWorkbench() override;

    ItemsView *items() const { return mItems; }
    TitlesView *titles() const { return mTitles; }
    RelistView *relist() const { return mRelist; }
    AdviceView *advice() const { return mAdvice; }
    ParetoView *pareto() const { return mPareto; }
    ListingsService &service() const { return *mService; }
    /// The time the reports are made for (the clock unless set, for reproducible tests and screenshots).
    void setNow(const QDateTime &now);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void focusSearch();

    ListingsService *mService; ///< deleted after the docks (see the constructor)
    ItemsView *mItems;
    TitlesView *mTitles;
    RelistView *mRelist;
    AdviceView *mAdvice;
    ParetoView *mPareto;
    QAction *mReload, *mFind;
};

} // namespace shopdesk::listings
