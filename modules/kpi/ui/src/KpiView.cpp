#include "KpiView.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/UndoCommand.h>

#include <QChart>
#include <QChartView>
#include <QDataStream>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QIODevice>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

#include <cmath>
#include <memory>

namespace shopdesk::kpi {

KpiView::KpiView(const KpiViewContext &context, QWidget *parent)
    : core::View(parent)
    , mService(context.service)
    , mEvents(context.events)
    , mUndoStack(context.undoStack)
{
    connect(&mEvents, &core::ShopEvents::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Everything || showsTopic(topic))
            reload();
    });
}

bool KpiView::showsTopic(core::Topic topic) const { return topic == core::Topic::Kpi || topic == core::Topic::Orders; }

bool KpiView::check(const core::Status &status) const
{
    if (status)
        return true;
    qCWarning(lcKpi) << objectName() << status.errorMessage();
    mEvents.reportError(status.errorMessage());
    return false;
}

bool KpiView::push(core::UndoCommand *command) const
{
    // The command outlives this call (undo, redo): it shares the outcome of its last call.
    auto ok = std::make_shared<bool>(true);
    command->setDone([this, ok](const core::Status &s) { *ok = check(s); });
    mUndoStack->push(command);
    return *ok;
}

QDoubleSpinBox *KpiUi::moneyBox(QWidget *parent, double max)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setDecimals(2);
    b->setRange(0, max);
    b->setPrefix(QStringLiteral("¥"));
    b->setGroupSeparatorShown(true);
    return b;
}

QSpinBox *KpiUi::countBox(QWidget *parent)
{
    auto *b = new QSpinBox(parent);
    b->setRange(0, 100000000);
    b->setGroupSeparatorShown(true);
    return b;
}

QDoubleSpinBox *KpiUi::rateBox(QWidget *parent)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setDecimals(2);
    b->setRange(0, 100);
    b->setSuffix(QStringLiteral("%"));
    b->setSpecialValueText(QStringLiteral("—")); // 0 = not recorded
    return b;
}

QChartView *KpiUi::chartView(QWidget *parent)
{
    auto *v = new QChartView(parent);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(220);
    return v;
}

void KpiUi::setChart(QChartView *view, std::unique_ptr<QChart> chart)
{
    if (!chart)
        return;
    QChart *old = view->chart();
    view->setChart(chart.release());
    delete old;
}

QTableView *KpiUi::readOnlyTable(QAbstractItemModel *model, QWidget *parent, const QString &name)
{
    auto *t = core::newRecordView(model, name, parent, QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fitted to the rows in sight and the 200 after them, not to a thousand rows (Qt's default):
    // the profit by item of a big shop lists 7,000 items, and measuring a thousand of them at each
    // layout was a fifth of opening it. The rows that matter are on top (the most profit first).
    t->horizontalHeader()->setResizeContentsPrecision(200);
    return t;
}

core::Money KpiUi::moneyOf(const QDoubleSpinBox *box)
{
    return core::Money::fromFen(qint64(std::llround(box->value() * 100.0)));
}

void KpiUi::setMoney(QDoubleSpinBox *box, core::Money money) { box->setValue(double(money.fen()) / 100.0); }

std::optional<double> KpiUi::fractionOf(const QDoubleSpinBox *box)
{
    return box->value() > 0 ? std::optional<double>(box->value() / 100.0) : std::nullopt;
}

void KpiUi::connectChartButtons(QWidget *view, QPushButton *png, QPushButton *pdf, std::function<QString()> baseName,
    std::function<bool(const QString &)> write)
{
    auto save = [view, baseName, write](const QString &filter, const QString &suffix) {
        const QString path = core::FileDialog::getSaveFileName(
            view, tr("Save the chart"), baseName() + QLatin1Char('.') + suffix, filter);
        if (!path.isEmpty())
            write(path);
    };
    QObject::connect(
        png, &QPushButton::clicked, view, [save] { save(tr("PNG image (*.png)"), QStringLiteral("png")); });
    QObject::connect(pdf, &QPushButton::clicked, view, [save] { save(tr("PDF (*.pdf)"), QStringLiteral("pdf")); });
}

void KpiUi::retranslateChartButtons(QPushButton *png, QPushButton *pdf)
{
    png->setText(tr("Save &PNG…"));
    pdf->setText(tr("Save P&DF…"));
}

QString KpiUi::bandName(DepthBand b)
{
    switch (b) {
    case DepthBand::Poor:
        return tr("poor");
    case DepthBand::Good:
        return tr("good");
    case DepthBand::Excellent:
        return tr("excellent");
    }
    return {};
}

QString KpiUi::channelName(const QString &code)
{
    if (code == QLatin1String("ztc"))
        return tr("Zhitongche (直通车)");
    if (code == QLatin1String("zuanzhan"))
        return tr("Diamond booth (钻展)");
    if (code == QLatin1String("taobaoke"))
        return tr("Taobaoke (淘宝客)");
    return code;
}

namespace {
constexpr quint32 kStateMagic = 0x4B504932; // "KPI2": one state per view
}

QByteArray KpiUi::packState(const QVariantMap &values)
{
    QByteArray out;
    QDataStream ds(&out, QIODevice::WriteOnly);
    ds.setVersion(QDataStream::Qt_6_4);
    ds << kStateMagic << values;
    return out;
}

QVariantMap KpiUi::unpackState(const QByteArray &state)
{
    QDataStream ds(state);
    ds.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QVariantMap values;
    ds >> magic >> values;
    if (ds.status() != QDataStream::Ok || magic != kStateMagic)
        return {}; // another version's state: the view keeps its defaults
    return values;
}

} // namespace shopdesk::kpi
