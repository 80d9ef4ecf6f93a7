#include "ScanStation.h"

#include "shopdesk/shipping/Couriers.h"
#include "shopdesk/shipping/OrderFlags.h"

#include <shopdesk/core/Colours.h>
#include <shopdesk/core/Vocabulary.h>

#include <QApplication>
#include <QDataStream>
#include <QDockWidget>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace shopdesk::shipping {

ScanStation::ScanStation(const ViewContext &context, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mStation(context.desk, context.actor)
{
    setObjectName(QStringLiteral("scanStation"));
    auto *layout = new QVBoxLayout(this);
    mHint = new QLabel(this);
    mHint->setWordWrap(true);
    mScan = new QLineEdit(this);
    mScan->setObjectName(QStringLiteral("scanField"));
    QFont big = mScan->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    mScan->setFont(big);
    mScan->installEventFilter(this);
    // The banner sits right under the scan field: every warning shows here, inline.
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("scanStatus"));
    mStatus->setWordWrap(true);
    mStatus->setMargin(8);
    mStatus->setFont(big);
    mNext = new QLabel(this);
    mNext->setObjectName(QStringLiteral("scanNext"));
    mNext->setWordWrap(true);
    mFlag = new QLabel(this);
    mFlag->setObjectName(QStringLiteral("scanFlag"));
    mFlag->setWordWrap(true);
    mFlag->setMargin(4);
    mOverride = new QPushButton(this);
    mOverride->setObjectName(QStringLiteral("overrideFlagButton"));
    mOverride->setFocusPolicy(Qt::NoFocus); // a click, never the scanner's Enter
    connect(mOverride, &QPushButton::clicked, this, &ScanStation::overrideFlag);
    mOrderLabel = new QLabel(this);
    mOrderLabel->setObjectName(QStringLiteral("scanOrder"));
    mRecipient = new QLabel(this);
    mRecipient->setWordWrap(true);
    mLines = new QTableWidget(0, 4, this);
    mLines->setObjectName(QStringLiteral("scanLines"));
    mLines->setFocusPolicy(Qt::NoFocus);
    mLines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mLines->setSelectionMode(QAbstractItemView::NoSelection);
    mLines->horizontalHeader()->setStretchLastSection(true);
    mLines->verticalHeader()->hide();
    // Weight and packer are typed by clicking into them; Enter gives the focus back to the scan field.
    mWeight = new QLineEdit(this);
    mWeight->setObjectName(QStringLiteral("weightField"));
    mWeight->setFocusPolicy(Qt::ClickFocus);
    mWeight->setMaximumWidth(mWeight->fontMetrics().horizontalAdvance(QStringLiteral("000.000")) + 16);
    mPacker = new QLineEdit(this);
    mPacker->setObjectName(QStringLiteral("packerField"));
    mPacker->setFocusPolicy(Qt::ClickFocus);
    mPacker->setMaximumWidth(mPacker->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMM")) + 16);
    mPacker->setText(context.actor);
    for (QLineEdit *e : { mWeight, mPacker }) {
        e->installEventFilter(this);
        connect(e, &QLineEdit::returnPressed, this, [this] { mScan->setFocus(); });
    }
    mConfirm = new QPushButton(this);
    mConfirm->setObjectName(QStringLiteral("confirmButton"));
    mConfirm->setFocusPolicy(Qt::NoFocus);
    connect(mConfirm, &QPushButton::clicked, this, &ScanStation::confirm);

    // The scan field at full width (a dock of a third of a laptop screen squeezed it to a few
    // characters beside the other two), the weight and the packer right under it.
    auto *scanRow = new QVBoxLayout;
    auto *packRow = new QHBoxLayout;
    mWeightLabel = new QLabel(this);
    mPackerLabel = new QLabel(this);
    mWeightLabel->setBuddy(mWeight);
    mPackerLabel->setBuddy(mPacker);
    scanRow->addWidget(mScan);
    packRow->addWidget(mWeightLabel);
    packRow->addWidget(mWeight);
    packRow->addWidget(mPackerLabel);
    packRow->addWidget(mPacker);
    packRow->addStretch();
    scanRow->addLayout(packRow);
    auto *flagRow = new QHBoxLayout;
    flagRow->addWidget(mFlag, 1);
    flagRow->addWidget(mOverride);
    auto *confirmRow = new QHBoxLayout;
    confirmRow->addStretch();
    confirmRow->addWidget(mConfirm);
    layout->addWidget(mHint);
    layout->addLayout(scanRow);
    layout->addWidget(mStatus);
    layout->addWidget(mNext);
    layout->addLayout(flagRow);
    layout->addWidget(mOrderLabel);
    layout->addWidget(mRecipient);
    layout->addWidget(mLines, 1);
    layout->addLayout(confirmRow);
    connect(mScan, &QLineEdit::returnPressed, this, &ScanStation::onScan);
    setFocusProxy(mScan);
    retranslateUi();
    refresh();
}

void ScanStation::retranslateUi()
{
    mHint->setText(tr("Scan the waybill's barcode, then every item. When all items are ticked, press Enter "
                      "(or Confirm) to ship. After a wrong item, take it away and press Esc; Esc again leaves "
                      "the order."));
    mScan->setPlaceholderText(tr("Scan here"));
    mScan->setAccessibleName(tr("Scan field"));
    mWeightLabel->setText(tr("&Weight (kg):"));
    mPackerLabel->setText(tr("Pac&ker:"));
    mWeight->setAccessibleName(tr("Weight in kg"));
    mPacker->setAccessibleName(tr("Packer"));
    mConfirm->setText(tr("&Confirm and ship"));
    mOverride->setText(tr("&Pack anyway"));
    mOverride->setToolTip(tr("Override the order's flag and pack it: recorded on the order with your name."));
    mLines->setHorizontalHeaderLabels({ tr("Item"), tr("Colour / size"), tr("Checked"), tr("Barcode") });
    mLines->setAccessibleName(tr("Lines of the order"));
    refresh();
}

bool ScanStation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mScan && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        present(mStation.escape());
        return true;
    }
    if ((watched == mScan || watched == mWeight || watched == mPacker) && event->type() == QEvent::FocusOut) {
        // Once the focus change is complete (setting it again from inside it would fight it), take
        // it back if it went to something of this workbench that is not typed into.
        QTimer::singleShot(0, this, [this] {
            if (QWidget *f = QApplication::focusWidget(); f && isVisible() && takesFocusBackFrom(f))
                mScan->setFocus(Qt::OtherFocusReason);
        });
    }
    return core::View::eventFilter(watched, event);
}

bool ScanStation::takesFocusBackFrom(const QWidget *focus) const
{
    // The station's own part of the window: its dock (the dock's title bar, say), not the other
    // docks or windows, where the clerk may be typing into anything.
    const QWidget *area = this;
    for (const QWidget *w = parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        if (qobject_cast<const QDockWidget *>(w)) {
            area = w;
            break;
        }
    }
    // An input is any widget that takes typed text (line and text edits, spin boxes, editable combos).
    return focus != mScan && (focus == area || area->isAncestorOf(focus))
        && !focus->testAttribute(Qt::WA_InputMethodEnabled);
}

void ScanStation::setStatus(const QString &text, PackingStation::Tone tone)
{
    using Tone = PackingStation::Tone;
    mStatus->setText(text);
    switch (tone) {
    case Tone::Loud:
        mStatus->setStyleSheet(QStringLiteral("background:#d32f2f;color:white;font-weight:bold;"));
        QApplication::beep();
        break;
    case Tone::Warning:
        mStatus->setStyleSheet(QStringLiteral("background:#f9a825;color:black;font-weight:bold;"));
        break;
    case Tone::Good:
        mStatus->setStyleSheet(QStringLiteral("background:#2e7d32;color:white;"));
        break;
    case Tone::Plain:
        mStatus->setStyleSheet(QString());
        break;
    }
    mStatus->setProperty("loud", tone == Tone::Loud);
}

void ScanStation::present(const PackingStation::Outcome &outcome)
{
    if (outcome.changed)
        setStatus(outcome.message, outcome.tone);
    refresh();
    if (outcome.shipped) {
        mWeight->clear();
        mContext.events.notifyChanged(core::Topic::Orders);
        mContext.events.notifyChanged(core::Topic::Stock);
    }
}

void ScanStation::onScan()
{
    const QString code = mScan->text();
    mScan->clear();
    mScan->setFocus();
    present(mStation.scan(code, mWeight->text(), mPacker->text()));
}

void ScanStation::confirm()
{
    mScan->setFocus();
    present(mStation.confirm(mWeight->text(), mPacker->text()));
}

void ScanStation::overrideFlag()
{
    mScan->setFocus();
    present(mStation.overrideFlag(mPacker->text().trimmed()));
}

QByteArray ScanStation::saveState() const
{
    return writeViewState([this](QDataStream &out) { out << mPacker->text(); });
}

void ScanStation::restoreState(const QByteArray &state)
{
    QString packer;
    if (readViewState(state, [&](QDataStream &in) { in >> packer; }) && !packer.isEmpty())
        mPacker->setText(packer);
}

void ScanStation::refresh()
{
    const ScanCheck &check = mStation.check();
    mConfirm->setEnabled(mStation.next() == PackingStation::Next::Ship);
    mNext->setText(mStation.nextText());
    const QString flag = mStation.flag();
    const QString holding = mStation.holdingFlag();
    mFlag->setVisible(!flag.isEmpty());
    mFlag->setText(holding.isEmpty()
            ? tr("Flag: %1").arg(core::Vocabulary::flag(flag))
            : tr("Flagged: %1. Not to be packed unless overridden.").arg(core::Vocabulary::flag(flag)));
    if (!flag.isEmpty()) {
        mFlag->setStyleSheet(core::colours::styleSheet(core::colours::flagRole(flag))
            + (holding.isEmpty() ? QString() : QStringLiteral("font-weight:bold;")));
    }
    mOverride->setVisible(!holding.isEmpty());
    if (!check.hasOrder()) {
        mOrderLabel->setText(tr("No order yet: scan a waybill."));
        mRecipient->clear();
        mLines->setRowCount(0);
        return;
    }
    const core::Order &o = check.order().order;
    if (check.parcelOrders().size() > 1)
        mOrderLabel->setText(
            tr("Parcel of orders %1 · %2 %3")
                .arg(check.parcelOrders().join(QStringLiteral(", ")), Couriers::displayName(o.courier), o.trackingNo));
    else
        mOrderLabel->setText(tr("Order %1 · %2 %3").arg(o.orderNo, Couriers::displayName(o.courier), o.trackingNo));
    mRecipient->setText(
        tr("%1  %2\n%3 %4 %5 %6 (%7)")
            .arg(o.receiverName, o.receiverPhone, o.province, o.city, o.district, o.address, o.postcode));
    const auto &lines = check.lines();
    mLines->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const auto &l = lines[r];
        auto set = [&](int c, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (l.done()) {
                const auto done = core::colours::pair(core::colours::Role::Surplus, mLines->palette());
                item->setBackground(done.background);
                item->setForeground(done.text);
            }
            mLines->setItem(r, c, item);
        };
        set(0, l.line.itemCode.isEmpty() ? l.line.title : l.line.itemCode + QLatin1Char(' ') + l.line.title);
        set(1, l.line.skuId ? l.line.color + QStringLiteral(" / ") + l.line.size : l.line.attributes);
        set(2,
            (l.done() ? QStringLiteral("✔ ") : QString())
                + QStringLiteral("%1 / %2").arg(l.scanned).arg(l.line.quantity));
        set(3, l.line.barcode.isEmpty() ? tr("not matched to a SKU") : l.line.barcode);
    }
    mLines->resizeColumnsToContents();
}

} // namespace shopdesk::shipping
