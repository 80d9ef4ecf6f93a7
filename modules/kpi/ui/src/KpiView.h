#pragma once

#include "shopdesk/kpi/KpiService.h"

#include <shopdesk/core/PanelContract.h>

#include <QCoreApplication>
#include <QVariantMap>

#include <functional>

class QAbstractItemModel;
class QChart;
class QChartView;
class QDoubleSpinBox;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace shopdesk::core {
class UndoCommand;
}

namespace shopdesk::kpi {

/// What every KPI view is given by its workbench: the one service, the shop's events and the
/// workbench's undo stack.
struct KpiViewContext {
    KpiService &service;
    core::ShopEvents &events;
    QUndoStack *undoStack;
};

/// A view of the KPI workbench: re-reads itself when a change it shows is announced, and reports
/// failures (logged under shopdesk.kpi) through the shop's one error dialog.
class KpiView : public core::View {
    Q_OBJECT
public:
    explicit KpiView(const KpiViewContext &context, QWidget *parent = nullptr);

protected:
    /// Whether a change of `topic` is one this view shows (the daily figures and orders by default).
    virtual bool showsTopic(core::Topic topic) const;
    /// Logs and shows a failure; true when `status` is a success.
    bool check(const core::Status &status) const;
    /// Pushes `command`, which reports its own failure; true when it succeeded.
    bool push(core::UndoCommand *command) const;

    KpiService &mService;
    core::ShopEvents &mEvents;
    QUndoStack *mUndoStack;
};

/// The house widgets and texts of the KPI views.
class KpiUi {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::KpiUi)
public:
    static QDoubleSpinBox *moneyBox(QWidget *parent, double max = 1e9);
    static QSpinBox *countBox(QWidget *parent);
    /// A percentage; 0 shows "—" (not recorded).
    static QDoubleSpinBox *rateBox(QWidget *parent);
    static QChartView *chartView(QWidget *parent);
    /// Shows `chart` in `view`, dropping the one shown before.
    static void setChart(QChartView *view, std::unique_ptr<QChart> chart);
    static QTableView *readOnlyTable(QAbstractItemModel *model, QWidget *parent, const QString &name);
    static core::Money moneyOf(const QDoubleSpinBox *box);
    static void setMoney(QDoubleSpinBox *box, core::Money money);
    /// A rate box's value as a fraction, empty at 0 (not recorded).
    static std::optional<double> fractionOf(const QDoubleSpinBox *box);
    /// Makes `png` and `pdf` ask for a file (suggested: `baseName()` + ending) and `write` the chart to it.
    static void connectChartButtons(QWidget *view, QPushButton *png, QPushButton *pdf,
        std::function<QString()> baseName, std::function<bool(const QString &)> write);
    /// The buttons' texts, with their mnemonics.
    static void retranslateChartButtons(QPushButton *png, QPushButton *pdf);
    static QString bandName(DepthBand band);
    static QString channelName(const QString &code);

    /// A view's state as named values, with a mark so that another version's state is ignored.
    static QByteArray packState(const QVariantMap &values);
    static QVariantMap unpackState(const QByteArray &state);
};

} // namespace shopdesk::kpi
