#include "StocktakeScanRow.h"

#include "ScanInput.h"

#include <shopdesk/core/Colours.h>

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace shopdesk::inventory {

namespace {
/// A typed count has at most this many digits (a million pieces); a barcode has more.
constexpr int kMaxCountDigits = 7;
} // namespace

StocktakeScanRow::StocktakeScanRow(QWidget *parent)
    : QWidget(parent)
    , mScanLabel(new QLabel(this))
    , mScan(new QLineEdit(this))
    , mTimesLabel(new QLabel(this))
    , mTimes(new QSpinBox(this))
    , mLastScan(new QLabel(this))
    , mCountLabel(new QLabel(this))
    , mCount(new QLineEdit(this))
{
    mScan->setObjectName(QStringLiteral("scanField"));
    mScan->setClearButtonEnabled(false);
    QFont big = mScan->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    mScan->setFont(big);
    mScanLabel->setBuddy(mScan);
    mTimes->setObjectName(QStringLiteral("times"));
    mTimes->setRange(1, 9999);
    mTimes->setPrefix(QStringLiteral("× "));
    mTimes->setFocusPolicy(Qt::ClickFocus);
    mLastScan->setObjectName(QStringLiteral("lastScan"));
    mLastScan->setFont(big);
    mLastScan->setTextFormat(Qt::PlainText);
    mLastScan->setMinimumWidth(200);
    mLastScan->setSizePolicy(
        QSizePolicy::Ignored, QSizePolicy::Preferred); // a long message never squeezes the scan row

    mCount->setObjectName(QStringLiteral("typedCount"));
    mCount->setMaximumWidth(mCount->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    mCount->installEventFilter(this);
    mCountLabel->setBuddy(mCount);
    mCountLabel->hide();
    mCount->hide();

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(mScanLabel);
    row->addWidget(mScan, 2);
    row->addWidget(mTimesLabel);
    row->addWidget(mTimes);
    row->addWidget(mCountLabel);
    row->addWidget(mCount);
    row->addWidget(mLastScan, 3);

    connect(mScan, &QLineEdit::returnPressed, this, &StocktakeScanRow::onEntered);
    connect(mCount, &QLineEdit::returnPressed, this, &StocktakeScanRow::onCountEntered);
    connect(mTimes, &QSpinBox::editingFinished, this, &StocktakeScanRow::refocus);
    setFocusProxy(mScan);
    retranslateUi();
}

void StocktakeScanRow::retranslateUi()
{
    mScanLabel->setText(tr("Scan:"));
    mScan->setPlaceholderText(tr("Scan or type a barcode, then Enter (CODE*3 or *3 for several)"));
    mTimesLabel->setText(tr("Quantity"));
}

void StocktakeScanRow::onEntered()
{
    const ScanInput input = ScanInput::parse(mScan->text());
    mScan->clear();
    refocus();
    if (input.kind == ScanInput::Kind::Empty)
        return;
    if (input.kind == ScanInput::Kind::Multiplier) {
        mTimes->setValue(input.quantity);
        return;
    }
    const int quantity = input.quantity != 1 ? input.quantity : mTimes->value();
    mTimes->setValue(1);
    Q_EMIT scanned(input.code, quantity);
}

void StocktakeScanRow::showCounted(const QString &text)
{
    mLastScan->setStyleSheet(core::colours::styleSheet(core::colours::Role::GoodText));
    mLastScan->setText(text);
}

void StocktakeScanRow::showRefused(const QString &text)
{
    mLastScan->setStyleSheet(core::colours::styleSheet(core::colours::Role::BadText));
    mLastScan->setText(text);
    QApplication::beep();
}

void StocktakeScanRow::clearMessage() { mLastScan->clear(); }

void StocktakeScanRow::refocus() { mScan->setFocus(Qt::OtherFocusReason); }

void StocktakeScanRow::askCount(qint64 skuId, const QString &question, qint64 current)
{
    mCountSku = skuId;
    mCountLabel->setText(question);
    mCount->setText(QString::number(current));
    mCountLabel->show();
    mCount->show();
    mCount->setFocus(Qt::OtherFocusReason);
    mCount->selectAll();
}

void StocktakeScanRow::closeCount()
{
    mCountLabel->hide();
    mCount->hide();
    mCount->clear();
    refocus();
}

void StocktakeScanRow::onCountEntered()
{
    const QString text = mCount->text().trimmed();
    const qint64 sku = mCountSku;
    bool number = false;
    const qint64 counted = text.toLongLong(&number);
    closeCount();
    if (text.size() > kMaxCountDigits || !number) { // a barcode scanned into the field: a scan
        mScan->setText(text);
        onEntered();
        return;
    }
    if (counted < 0) {
        showRefused(tr("A count cannot be negative (%1).").arg(text));
        return;
    }
    Q_EMIT countTyped(sku, counted);
}

bool StocktakeScanRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mCount && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        closeCount();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace shopdesk::inventory
