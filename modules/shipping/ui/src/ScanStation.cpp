#include "ScanStation.h"

#include "shopdesk/shipping/Couriers.h"

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
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("scanStatus"));
    mStatus->setWordWrap(true);
    mStatus->setMargin(8);
    mStatus->setFont(big);
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
    mPacker = new QLineEdit(this);
    mPacker->setObjectName(QStringLiteral("packerField"));
    mPacker->setFocusPolicy(Qt::ClickFocus);
    mPacker->setText(context.actor);
    for (QLineEdit *e : { mWeight, mPacker }) {
        e->installEventFilter(this);
        connect(e, &QLineEdit::returnPressed, this, [this] { mScan->setFocus(); });
    }
    mConfirm = new QPushButton(this);
    mConfirm->setObjectName(QStringLiteral("confirmButton"));
    mConfirm->setFocusPolicy(Qt::NoFocus);
    connect(mConfirm, &QPushButton::clicked, this, &ScanStation::confirm);

    auto *form = new QHBoxLayout;
    mWeightLabel = new QLabel(this);
    mPackerLabel = new QLabel(this);
    form->addWidget(mWeightLabel);
    form->addWidget(mWeight);
    form->addWidget(mPackerLabel);
    form->addWidget(mPacker);
    form->addWidget(mConfirm);
    layout->addWidget(mHint);
    layout->addWidget(mScan);
    layout->addWidget(mStatus);
    layout->addWidget(mOrderLabel);
    layout->addWidget(mRecipient);
    layout->addWidget(mLines, 1);
    layout->addLayout(form);
    connect(mScan, &QLineEdit::returnPressed, this, &ScanStation::onScan);
    setFocusProxy(mScan);
    retranslateUi();
    refresh();
}

void ScanStation::retranslateUi()
{
    mHint->setText(tr("Scan the waybill's barcode, then every item. When all items are ticked, press Enter "
                      "(or Confirm) to ship. After a wrong item, take it away and press Esc."));
    mScan->setPlaceholderText(tr("Scan here"));
    mWeightLabel->setText(tr("Weight (kg):"));
    mPackerLabel->setText(tr("Packer:"));
    mConfirm->setText(tr("Confirm and ship"));
    mLines->setHorizontalHeaderLabels({ tr("Item"), tr("Colour / size"), tr("Checked"), tr("Barcode") });
    refresh();
}

bool ScanStation::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mScan && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (mCheck.blocked()) {
            mCheck.acknowledge();
            setStatus(tr("Go on scanning the items."), false);
        }
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

void ScanStation::setStatus(const QString &text, bool loud, bool good)
{
    mStatus->setText(text);
    if (loud) {
        mStatus->setStyleSheet(QStringLiteral("background:#d32f2f;color:white;font-weight:bold;"));
        QApplication::beep();
    } else if (good) {
        mStatus->setStyleSheet(QStringLiteral("background:#2e7d32;color:white;"));
    } else {
        mStatus->setStyleSheet(QString());
    }
    mStatus->setProperty("loud", loud);
}

void ScanStation::onScan()
{
    const QString code = mScan->text().trimmed();
    mScan->clear();
    mScan->setFocus();
    if (code.isEmpty()) {
        if (mCheck.complete())
            confirm();
        return;
    }
    using O = ScanCheck::Outcome;
    if (mCheck.hasOrder() && code == mCheck.order().order.trackingNo) {
        if (mCheck.complete())
            confirm();
        return;
    }
    if (mCheck.hasOrder() && !mCheck.order().order.trackingNo.isEmpty()) {
        const O o = mCheck.scanItem(code);
        if (o == O::WrongItem || o == O::Excess || o == O::Blocked) {
            // A waybill of another order while nothing is scanned yet: switch orders.
            bool anyScanned = false;
            for (const auto &l : mCheck.lines())
                anyScanned = anyScanned || l.scanned > 0;
            if (o == O::WrongItem && !anyScanned) {
                if (loadParcelOf(code))
                    return;
                auto other = mContext.desk.byTrackingOrOrderNo(code);
                if (!other) {
                    setStatus(other.errorMessage(), true);
                    return;
                }
                if (other->has_value()) {
                    mCheck.acknowledge();
                    const O loaded = mCheck.load(*other);
                    setStatus(mCheck.message(), loaded != O::OrderLoaded);
                    refresh();
                    return;
                }
            }
            setStatus(mCheck.message(), true);
        } else {
            setStatus(mCheck.message(), false, o == O::Complete);
        }
        refresh();
        return;
    }
    if (loadParcelOf(code))
        return;
    auto found = mContext.desk.byTrackingOrOrderNo(code);
    if (!found) {
        setStatus(found.errorMessage(), true);
        return;
    }
    const O o = mCheck.load(*found);
    setStatus(mCheck.message(), o != O::OrderLoaded);
    refresh();
}

bool ScanStation::loadParcelOf(const QString &code)
{
    // A parcel's waybill (merged orders, a part of a split order), or the number of an order that
    // leaves in a parcel: the parcel's lines are checked, line by line.
    ParcelService parcels(mContext.desk.db());
    auto parcel = parcels.openByTracking(code);
    if (parcel && !parcel->has_value()) {
        auto order = mContext.desk.byTrackingOrOrderNo(code);
        if (order && order->has_value()) {
            auto of = parcels.parcelsOf((*order)->order.orderNo);
            if (of)
                for (const Parcel &p : std::as_const(*of))
                    if (p.status == QLatin1String("open")) {
                        parcel = std::optional<Parcel>(p);
                        break;
                    }
        }
    }
    if (!parcel || !parcel->has_value())
        return false;
    mCheck.acknowledge();
    const ScanCheck::Outcome o = mCheck.loadParcel(**parcel);
    setStatus(mCheck.message(), o != ScanCheck::Outcome::OrderLoaded);
    refresh();
    return true;
}

void ScanStation::confirm()
{
    mScan->setFocus();
    if (!mCheck.complete() || mCheck.blocked()) {
        setStatus(tr("Not every item is checked yet."), true);
        return;
    }
    std::optional<int> grams;
    const QString w = mWeight->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    if (!w.isEmpty()) {
        bool ok = false;
        const double kg = w.toDouble(&ok);
        if (!ok || kg <= 0) {
            setStatus(tr("“%1” is not a weight in kg.").arg(mWeight->text()), true);
            return;
        }
        grams = int(kg * 1000 + 0.5);
    }
    const core::Order &o = mCheck.order().order;
    const QString orderNo = o.orderNo;
    const qint64 parcel = mCheck.order().extraParcelId;
    const core::Status s = parcel != 0
        ? mContext.desk.service().shipExtraParcel(parcel, grams, mPacker->text().trimmed(), mContext.actor)
        : mContext.desk.service().shipOrder(
            orderNo, o.trackingNo, o.courier, grams, mPacker->text().trimmed(), mContext.actor);
    if (!s) {
        setStatus(s.errorMessage(), true);
        return;
    }
    mCheck.clear();
    mWeight->clear();
    setStatus(parcel != 0 ? tr("Replacement parcel of order %1 shipped. Scan the next waybill.").arg(orderNo)
                          : tr("Order %1 shipped. Scan the next waybill.").arg(orderNo),
        false, true);
    refresh();
    mContext.events.notifyChanged(core::Topic::Orders);
    mContext.events.notifyChanged(core::Topic::Stock);
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
    mConfirm->setEnabled(mCheck.complete() && !mCheck.blocked());
    if (!mCheck.hasOrder()) {
        mOrderLabel->setText(tr("No order yet: scan a waybill."));
        mRecipient->clear();
        mLines->setRowCount(0);
        return;
    }
    const core::Order &o = mCheck.order().order;
    if (mCheck.parcelOrders().size() > 1)
        mOrderLabel->setText(
            tr("Parcel of orders %1 · %2 %3")
                .arg(mCheck.parcelOrders().join(QStringLiteral(", ")), Couriers::displayName(o.courier), o.trackingNo));
    else
        mOrderLabel->setText(tr("Order %1 · %2 %3").arg(o.orderNo, Couriers::displayName(o.courier), o.trackingNo));
    mRecipient->setText(
        tr("%1  %2\n%3 %4 %5 %6 (%7)")
            .arg(o.receiverName, o.receiverPhone, o.province, o.city, o.district, o.address, o.postcode));
    const auto &lines = mCheck.lines();
    mLines->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const auto &l = lines[r];
        auto set = [&](int c, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (l.done())
                item->setBackground(QColor(0xc8, 0xe6, 0xc9));
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
