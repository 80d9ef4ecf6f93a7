#include "FreightView.h"

#include "shopdesk/shipping/CourierData.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/UndoCommand.h>

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace shopdesk::shipping {

FreightView::FreightView(const ViewContext &context, QWidget *parent)
    : core::View(parent)
    , mContext(context)
{
    setObjectName(QStringLiteral("freightView"));
    auto *v = new QVBoxLayout(this);
    mHint = new QLabel(this);
    mHint->setWordWrap(true);
    v->addWidget(mHint);
    auto *top = new QHBoxLayout;
    mCourierLabel = new QLabel(this);
    mCourier = new QComboBox(this);
    mCourier->setObjectName(QStringLiteral("freightCourier"));
    mCourierLabel->setBuddy(mCourier);
    mNewCourier = new QPushButton(this);
    mNewCourier->setObjectName(QStringLiteral("newCourier"));
    top->addWidget(mCourierLabel);
    top->addWidget(mCourier, 1);
    top->addWidget(mNewCourier);
    v->addLayout(top);
    mPrices = new QTableWidget(0, 3, this);
    mPrices->setObjectName(QStringLiteral("prices"));
    mPrices->verticalHeader()->setVisible(false);
    mPrices->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(mPrices, 1);
    auto *buttons = new QHBoxLayout;
    mAddRow = new QPushButton(this);
    mRemoveRow = new QPushButton(this);
    mSave = new QPushButton(this);
    mSave->setObjectName(QStringLiteral("savePrices"));
    mImport = new QPushButton(this);
    for (QPushButton *b : { mAddRow, mRemoveRow, mSave, mImport })
        buttons->addWidget(b);
    buttons->addStretch();
    v->addLayout(buttons);
    auto *rangesBar = new QHBoxLayout;
    mRangesLabel = new QLabel(this);
    mImportRanges = new QPushButton(this);
    rangesBar->addWidget(mRangesLabel, 1);
    rangesBar->addWidget(mImportRanges);
    mRemoveRange = new QPushButton(this);
    mRemoveRange->setObjectName(QStringLiteral("removeRange"));
    mRemoveRange->setEnabled(false);
    rangesBar->addWidget(mRemoveRange);
    v->addLayout(rangesBar);
    mRanges = new QListWidget(this);
    mRanges->setObjectName(QStringLiteral("ranges"));
    mRanges->setMaximumHeight(100);
    v->addWidget(mRanges);

    connect(mCourier, &QComboBox::currentIndexChanged, this, &FreightView::showTable);
    connect(mAddRow, &QPushButton::clicked, this, [this] {
        mPrices->insertRow(mPrices->rowCount());
        mPrices->setCurrentCell(mPrices->rowCount() - 1, 0);
    });
    connect(mRemoveRow, &QPushButton::clicked, this, [this] {
        if (mPrices->currentRow() >= 0)
            mPrices->removeRow(mPrices->currentRow());
    });
    connect(mSave, &QPushButton::clicked, this, &FreightView::saveTable);
    connect(mImport, &QPushButton::clicked, this, [this] {
        const QString path = core::FileDialog::getOpenFileName(
            this, tr("Price table (province, first kg, each additional kg)"), QString(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            importTables(path);
    });
    connect(mImportRanges, &QPushButton::clicked, this, [this] {
        const QString path = core::FileDialog::getOpenFileName(
            this, tr("Number ranges (CSV: courier, first, last)"), QString(), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            importRanges(path);
    });
    connect(mNewCourier, &QPushButton::clicked, this, &FreightView::askNewCourier);
    connect(mRemoveRange, &QPushButton::clicked, this, &FreightView::removeSelectedRange);
    connect(mRanges, &QListWidget::currentRowChanged, this, [this](int row) { mRemoveRange->setEnabled(row >= 0); });
    reloadOnOrderChanges(this, mContext.events);
    retranslateUi();
}

void FreightView::retranslateUi()
{
    mHint->setText(tr("The shop's own freight: each courier's prices by province (first kg and each additional "
                      "kg; * for every other province) estimate the freight of a parcel and check the courier's "
                      "monthly bill. The built-in tables are only the starting values."));
    mCourierLabel->setText(tr("&Courier:"));
    mNewCourier->setText(tr("&New courier…"));
    mPrices->setHorizontalHeaderLabels({ tr("Province"), tr("First kg (¥)"), tr("Each additional kg (¥)") });
    mAddRow->setText(tr("&Add row"));
    mRemoveRow->setText(tr("&Remove row"));
    mSave->setText(tr("&Save prices"));
    mImport->setText(tr("&Import prices…"));
    mRangesLabel->setText(tr("Number ranges the couriers issued:"));
    mImportRanges->setText(tr("Import number ran&ges…"));
    mRemoveRange->setText(tr("&Delete range…"));
    mRemoveRange->setToolTip(tr("Delete the number range selected in the list (asks first)"));
    reload();
}

void FreightView::reload()
{
    const QString current = mCourier->currentData().toString();
    {
        const QSignalBlocker block(mCourier);
        mCourier->clear();
        for (const QString &c : Couriers::codes())
            mCourier->addItem(Couriers::displayName(c), c);
        const int at = mCourier->findData(current);
        mCourier->setCurrentIndex(at >= 0 ? at : 0);
    }
    showTable();
    mRanges->clear();
    auto ranges = CourierRepository(mContext.desk.db()).ranges();
    if (!ranges) {
        mContext.events.reportError(ranges.errorMessage());
        return;
    }
    for (const CourierRepository::Range &r : std::as_const(*ranges)) {
        auto *item = new QListWidgetItem(tr("%1: %2 … %3 (%4 left)")
                                             .arg(Couriers::displayName(r.courier), r.first(), r.end())
                                             .arg(r.last - r.next + 1),
            mRanges);
        item->setData(Qt::UserRole, r.id);
    }
    mRemoveRange->setEnabled(mRanges->currentRow() >= 0);
}

void FreightView::showTable()
{
    const QString courier = mCourier->currentData().toString();
    mPrices->setRowCount(0);
    if (courier.isEmpty())
        return;
    auto table = CourierRepository(mContext.desk.db()).storedPriceTable(courier);
    if (!table) {
        mContext.events.reportError(table.errorMessage());
        return;
    }
    // A courier the shop has no table for yet shows the built-in one (saved as its own on first use).
    std::optional<PriceTable> shown = *table;
    if (!shown)
        if (auto builtIn = PriceTable::forCourier(courier))
            shown = *builtIn;
    if (!shown)
        return;
    QStringList provinces = shown->byProvince.keys();
    std::sort(provinces.begin(), provinces.end());
    for (const QString &p : std::as_const(provinces)) {
        const int row = mPrices->rowCount();
        mPrices->insertRow(row);
        const PriceTable::Row &r = shown->byProvince.value(p);
        mPrices->setItem(row, 0, new QTableWidgetItem(p));
        mPrices->setItem(row, 1, new QTableWidgetItem(r.first.toPlainString()));
        mPrices->setItem(row, 2, new QTableWidgetItem(r.additional.toPlainString()));
    }
}

std::optional<PriceTable> FreightView::editedTable()
{
    PriceTable t;
    t.courier = mCourier->currentData().toString();
    for (int row = 0; row < mPrices->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *i = mPrices->item(row, column);
            return i ? i->text().trimmed() : QString();
        };
        const QString province = text(0);
        if (province.isEmpty() && text(1).isEmpty() && text(2).isEmpty())
            continue;
        auto first = core::Money::parse(text(1));
        auto more = core::Money::parse(text(2));
        if (province.isEmpty() || !first || !more || first->fen() < 0 || more->fen() < 0) {
            mContext.events.reportError(
                tr("Row %1 of the price table needs a province and two amounts of money (like 12.50).").arg(row + 1));
            return std::nullopt;
        }
        if (t.byProvince.contains(province)) {
            mContext.events.reportError(tr("%1 is priced twice.").arg(province));
            return std::nullopt;
        }
        t.byProvince.insert(province, { *first, *more });
    }
    return t;
}

namespace {
/// Sets price tables (each replacing its courier's whole table); undo puts back the tables before.
core::UndoCommand *priceTablesCommand(const QString &text, ShippingDesk &desk, core::ShopEvents &events,
    const QList<PriceTable> &before, const QList<PriceTable> &after)
{
    auto put = [&desk](const QList<PriceTable> &tables) {
        return [&desk, tables]() -> core::Status {
            for (const PriceTable &t : tables)
                if (core::Status s = CourierData(desk.db()).setPriceTable(t); !s)
                    return s;
            return {};
        };
    };
    return new core::CallCommand(text, events, core::Topic::Orders, put(after), put(before));
}
} // namespace

void FreightView::saveTable()
{
    auto table = editedTable();
    if (!table)
        return;
    auto before = CourierRepository(mContext.desk.db()).priceTable(table->courier);
    if (!before) {
        mContext.events.reportError(before.errorMessage());
        return;
    }
    mContext.undoStack->push(
        priceTablesCommand(tr("Change the prices of %1").arg(Couriers::displayName(table->courier)), mContext.desk,
            mContext.events, { *before }, { *table }));
}

void FreightView::importTables(const QString &path)
{
    auto tables = CourierData::readPriceTables(path, mCourier->currentData().toString());
    if (!tables) {
        mContext.events.reportError(tables.errorMessage());
        return;
    }
    QList<PriceTable> before;
    for (const PriceTable &t : std::as_const(*tables)) {
        auto old = CourierRepository(mContext.desk.db()).priceTable(t.courier);
        if (!old) {
            mContext.events.reportError(old.errorMessage());
            return;
        }
        before << *old;
    }
    mContext.undoStack->push(
        priceTablesCommand(tr("Import price tables"), mContext.desk, mContext.events, before, *tables));
}

void FreightView::importRanges(const QString &path)
{
    auto added = CourierData(mContext.desk.db()).importRanges(path);
    if (!added) {
        mContext.events.reportError(added.errorMessage());
        return;
    }
    mContext.events.notifyChanged(core::Topic::Orders);
}

void FreightView::removeSelectedRange()
{
    const QListWidgetItem *item = mRanges->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    auto effect = CourierData(mContext.desk.db()).rangeRemovalEffect(id);
    if (!effect) {
        mContext.events.reportError(effect.errorMessage());
        return;
    }
    const QString title = tr("Delete a number range");
    const QString text = tr("Delete this number range?\n\n%1").arg(*effect);
    const bool yes = mAsk
        ? mAsk(title, text)
        : QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    if (!yes)
        return;
    // The range as it was, kept by the command for its undo.
    auto removed = std::make_shared<CourierRepository::Range>();
    removed->id = id;
    mContext.undoStack->push(new core::CallCommand(
        tr("Delete a number range"), mContext.events, core::Topic::Orders,
        [this, removed]() -> core::Status {
            auto r = CourierData(mContext.desk.db()).removeRange(removed->id);
            if (!r)
                return r.error();
            *removed = *r;
            return {};
        },
        [this, removed] { return CourierData(mContext.desk.db()).restoreRange(*removed); }));
}

void FreightView::addCourier(const ShopCourier &courier)
{
    const QString code = courier.code;
    mContext.undoStack->push(new core::CallCommand(
        tr("Add the courier %1").arg(courier.name), mContext.events, core::Topic::Orders,
        [this, courier] { return CourierData(mContext.desk.db()).putCourier(courier); },
        [this, code] { return CourierData(mContext.desk.db()).removeCourier(code); }));
}

void FreightView::askNewCourier()
{
    QDialog d(this);
    d.setWindowTitle(tr("New courier"));
    auto *form = new QFormLayout(&d);
    auto *code = new QLineEdit(&d);
    code->setPlaceholderText(tr("2 to 10 capital letters and digits, e.g. KYE"));
    auto *name = new QLineEdit(&d);
    auto *platform = new QLineEdit(&d);
    platform->setPlaceholderText(tr("as the platform's courier list names it, e.g. 跨越速运"));
    auto *pattern = new QLineEdit(&d);
    pattern->setPlaceholderText(tr("e.g. ^KY\\d{12}$"));
    form->addRow(tr("Short &code:"), code);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Platform's name:"), platform);
    form->addRow(tr("&Tracking numbers (regular expression):"), pattern);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    connect(box, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    form->addRow(box);
    if (d.exec() != QDialog::Accepted)
        return;
    addCourier({ code->text().trimmed().toUpper(), name->text().trimmed(), platform->text().trimmed(),
        pattern->text().trimmed() });
}

} // namespace shopdesk::shipping
