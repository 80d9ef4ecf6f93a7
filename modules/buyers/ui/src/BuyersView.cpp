#include "BuyersView.h"

#include "BuyerTableModel.h"
#include "DockFront.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/UndoCommand.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::buyers {

using core::ColumnKind;
using core::Members;
using core::MemberTier;

namespace {
enum SegmentChoice { All, Category, Inactive, Waiting, Loyal };
}

BuyersView::BuyersView(
    const core::PanelContext &context, BuyersService &service, QUndoStack *undoStack, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mService(service)
    , mUndoStack(undoStack)
    , mToday(QDate::currentDate())
{
    setObjectName(QStringLiteral("buyersView"));
    auto *v = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    mSearchLabel = new QLabel(this);
    mSearch = new QLineEdit(this);
    mSearch->setObjectName(QStringLiteral("buyerSearch"));
    mSearch->setClearButtonEnabled(true);
    mSearchLabel->setBuddy(mSearch);
    mTier = new QComboBox(this);
    mTier->setObjectName(QStringLiteral("tierFilter"));
    mTier->addItem(QString(), QString());
    for (MemberTier t : Members::tiers())
        mTier->addItem(QString(), Members::code(t));
    mSegment = new QComboBox(this);
    mSegment->setObjectName(QStringLiteral("segment"));
    for (int i = All; i <= Loyal; ++i)
        mSegment->addItem(QString(), i);
    mCategory = new QComboBox(this);
    mCategory->setObjectName(QStringLiteral("segmentCategory"));
    mDays = new QSpinBox(this);
    mDays->setObjectName(QStringLiteral("segmentDays"));
    mDays->setRange(1, 3650);
    mDays->setValue(90);
    mShowPhones = new QCheckBox(this);
    mShowPhones->setObjectName(QStringLiteral("showPhones"));
    mExport = new QPushButton(this);
    mExport->setObjectName(QStringLiteral("exportSegment"));
    row->addWidget(mSearchLabel);
    row->addWidget(mSearch, 1);
    row->addWidget(mTier);
    row->addWidget(mSegment);
    row->addWidget(mCategory);
    row->addWidget(mDays);
    row->addWidget(mShowPhones);
    row->addWidget(mExport);
    v->addLayout(row);
    mCount = new QLabel(this);
    mCount->setObjectName(QStringLiteral("buyerCount"));
    v->addWidget(mCount);

    auto *split = new QSplitter(Qt::Horizontal, this);
    // Windows of 30 rows: each row counts its buyer's returns (the best buyers of a big shop hold
    // a thousand orders each: 200 rows took ≈ 200 ms, 60 rows ≈ 190 ms of start-up), and the dock
    // shows a handful of rows in the main window's layout; a taller one asks for the next window
    // as it shows (fetchMore), as scrolling does.
    mModel = new BuyerTableModel(this, 30);
    mTable = core::newRecordView(mModel, QStringLiteral("table"), split, QAbstractItemView::SingleSelection);
    // A window of buyers at a time, highest spend first; the header asks the service for another
    // order (SQL over the buyer summary's indexes).
    connect(mModel, &core::WindowedTableModel::failed, this, &BuyersView::report);
    mTable->horizontalHeader()->setSortIndicator(BuyerTableModel::Spend, Qt::DescendingOrder);
    mTable->setSortingEnabled(true);
    split->addWidget(mTable);

    auto *page = new QWidget(split);
    auto *pv = new QVBoxLayout(page);
    mSummary = new QLabel(page);
    mSummary->setObjectName(QStringLiteral("buyerSummary"));
    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pv->addWidget(mSummary);
    mOrders = new core::RecordTableModel(
        {
            { [] { return tr("Order"); }, ColumnKind::Text },
            { [] { return tr("Status"); }, ColumnKind::Text },
            { [] { return tr("Paid"); }, ColumnKind::Text },
            { [] { return tr("Total"); }, ColumnKind::Money },
            { [] { return tr("Goods"); }, ColumnKind::Text },
            { [] { return tr("Return / after-sale"); }, ColumnKind::Text },
        },
        this);
    mOrdersTable
        = core::newRecordView(mOrders, QStringLiteral("buyerOrders"), page, QAbstractItemView::SingleSelection);
    pv->addWidget(mOrdersTable, 1);
    auto *form = new QFormLayout;
    mHeight = new QSpinBox(page);
    mHeight->setObjectName(QStringLiteral("height"));
    mHeight->setRange(0, 250);
    mHeight->setSpecialValueText(QStringLiteral("—")); // 0 = not recorded
    mHeight->setSuffix(QStringLiteral(" cm"));
    mWeight = new QDoubleSpinBox(page);
    mWeight->setObjectName(QStringLiteral("weight"));
    mWeight->setRange(0, 300);
    mWeight->setDecimals(1);
    mWeight->setSpecialValueText(QStringLiteral("—"));
    mWeight->setSuffix(QStringLiteral(" kg"));
    mSize = new QLineEdit(page);
    mSize->setObjectName(QStringLiteral("usualSize"));
    mNote = new QPlainTextEdit(page);
    mNote->setObjectName(QStringLiteral("buyerNote"));
    mNote->setMaximumHeight(70);
    mLoyal = new QCheckBox(page);
    mLoyal->setObjectName(QStringLiteral("loyal"));
    mHeightLabel = new QLabel(page);
    mWeightLabel = new QLabel(page);
    mSizeLabel = new QLabel(page);
    mNoteLabel = new QLabel(page);
    mHeightLabel->setBuddy(mHeight);
    mWeightLabel->setBuddy(mWeight);
    mSizeLabel->setBuddy(mSize);
    mNoteLabel->setBuddy(mNote);
    form->addRow(mHeightLabel, mHeight);
    form->addRow(mWeightLabel, mWeight);
    form->addRow(mSizeLabel, mSize);
    form->addRow(mNoteLabel, mNote);
    form->addRow(QString(), mLoyal);
    pv->addLayout(form);
    mSave = new QPushButton(page);
    mSave->setObjectName(QStringLiteral("saveProfile"));
    pv->addWidget(mSave, 0, Qt::AlignRight);
    split->addWidget(page);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);

    mSearchTimer = new QTimer(this);
    mSearchTimer->setSingleShot(true);
    mSearchTimer->setInterval(250);
    connect(mSearchTimer, &QTimer::timeout, this, &BuyersView::loadRows);
    connect(mSearch, &QLineEdit::textChanged, mSearchTimer, qOverload<>(&QTimer::start));
    connect(mSearch, &QLineEdit::returnPressed, this, &BuyersView::loadRows);
    for (QComboBox *c : { mTier, mSegment, mCategory })
        connect(c, &QComboBox::activated, this, [this] {
            updateSegmentFields();
            loadRows();
        });
    connect(mDays, &QSpinBox::valueChanged, this, &BuyersView::loadRows);
    connect(mShowPhones, &QCheckBox::toggled, this, [this](bool show) {
        mModel->setMaskPhones(!show);
        showDetail();
    });
    connect(mExport, &QPushButton::clicked, this, &BuyersView::exportDialog);
    connect(mSave, &QPushButton::clicked, this, &BuyersView::saveProfile);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BuyersView::showDetail);

    retranslateUi();
    updateSegmentFields();
    mStale = true; // read when the dock is first in front: nothing is added up at start-up
}

void BuyersView::setToday(QDate day)
{
    mToday = day;
    reloadWhenShown();
}

void BuyersView::focusSearch()
{
    mSearch->setFocus();
    mSearch->selectAll();
}

BuyerFilter BuyersView::filter() const
{
    BuyerFilter f;
    f.search = mSearch->text();
    if (const QString tier = mTier->currentData().toString(); !tier.isEmpty())
        f.tier = Members::fromCode(tier);
    f.segment.today = mToday;
    switch (mSegment->currentData().toInt()) {
    case Category:
        f.segment.kind = Segment::Kind::Category;
        f.segment.category = mCategory->currentText();
        break;
    case Inactive:
        f.segment.kind = Segment::Kind::Inactive;
        f.segment.days = mDays->value();
        break;
    case Waiting:
        f.segment.kind = Segment::Kind::Waiting;
        break;
    case Loyal:
        f.segment.kind = Segment::Kind::Loyal;
        break;
    default:
        break;
    }
    return f;
}

void BuyersView::updateSegmentFields()
{
    const int s = mSegment->currentData().toInt();
    mCategory->setVisible(s == Category);
    mDays->setVisible(s == Inactive);
}

void BuyersView::reload()
{
    mModel->setMaskPhones(mService.maskPhones() && !mShowPhones->isChecked());
    if (auto categories = mService.categories()) {
        const QString current = mCategory->currentText();
        mCategory->clear();
        mCategory->addItems(*categories);
        if (const int i = mCategory->findText(current); i >= 0)
            mCategory->setCurrentIndex(i);
    }
    loadRows();
}

void BuyersView::reloadWhenShown()
{
    if (isVisible())
        reload();
    else
        mStale = true;
}

void BuyersView::showEvent(QShowEvent *event)
{
    core::View::showEvent(event);
    if (mStale)
        whenInFront(this, [this] {
            if (mStale)
                reload();
        });
}

void BuyersView::loadRows()
{
    mStale = false;
    mSearchTimer->stop();
    const BuyerFilter f = filter();
    // The count and the tiers from one aggregate, then the first window of rows.
    auto counts = mService.tierTotals(f);
    if (!counts) {
        report(counts.errorMessage());
        return;
    }
    const core::MemberThresholds t = mService.thresholds();
    QStringList parts;
    qint64 total = 0;
    for (const TierCount &c : std::as_const(*counts)) {
        total += c.buyers;
        if (c.tier != MemberTier::None)
            parts << tr("%1: %2").arg(Members::name(c.tier), QLocale().toString(c.buyers));
    }
    mCount->setText(
        tr("%1 — %n buyer(s) · %2", nullptr, int(total)).arg(f.segment.describe(), parts.join(QStringLiteral(" · "))));
    const QString keep = mShownNick;
    mModel->setFilter(mService, f, total, t);
    const int at = keep.isEmpty() ? -1 : mModel->rowOf(keep);
    if (at >= 0)
        mTable->setCurrentIndex(mModel->index(at, 0));
    else if (mModel->rowCount() > 0)
        mTable->setCurrentIndex(mModel->index(0, 0));
    showDetail();
}

bool BuyersView::showBuyer(const QString &nick)
{
    int at = mModel->rowOf(nick);
    if (at < 0) {
        mSearch->setText(nick);
        mTier->setCurrentIndex(0);
        mSegment->setCurrentIndex(0);
        updateSegmentFields();
        loadRows();
        at = mModel->rowOf(nick);
    }
    if (at < 0)
        return false;
    mTable->setCurrentIndex(mModel->index(at, 0));
    showDetail();
    return true;
}

void BuyersView::showDetail()
{
    const std::optional<BuyerRow> r = mModel->buyerAt(mTable->currentIndex().row());
    mShownNick = r ? r->nick : QString();
    for (QWidget *w : std::initializer_list<QWidget *> { mHeight, mWeight, mSize, mNote, mLoyal, mSave })
        w->setEnabled(r.has_value());
    if (!r) {
        mSummary->setText(tr("No buyer chosen."));
        mOrders->setRows({});
        return;
    }
    auto detail = mService.detail(r->nick);
    if (!detail || !*detail) {
        mSummary->setText(detail ? tr("There is no buyer %1 in this shop.").arg(r->nick) : detail.errorMessage());
        mOrders->setRows({});
        return;
    }
    const BuyerDetail &d = **detail;
    const core::MemberThresholds t = mService.thresholds();
    const MemberTier tier = Members::tierFor(core::Money::fromFen(d.row.spendFen), t);
    const bool full = mShowPhones->isChecked() || !mService.maskPhones();
    QString summary
        = tr("<b>%1</b> %2 %3 · %4 · %5 in %n paid order(s) · entitled to %6", nullptr, d.row.orders)
              .arg(d.row.nick.toHtmlEscaped(), d.row.name.toHtmlEscaped(),
                  (full ? d.row.phone : Members::maskPhone(d.row.phone)).toHtmlEscaped(), Members::name(tier),
                  core::Money::fromFen(d.row.spendFen).toDisplayString(), Members::entitlement(tier));
    if (auto next = t.nextAbove(tier))
        summary += QStringLiteral("<br>")
            + tr("%1 more to %2.")
                  .arg((*next - core::Money::fromFen(d.row.spendFen)).toDisplayString(),
                      Members::name(tier == MemberTier::None ? MemberTier::Care
                              : tier == MemberTier::Care     ? MemberTier::Discount
                                                             : MemberTier::Gift));
    if (d.row.firstDay)
        summary += QStringLiteral("<br>")
            + tr("First order %1, last order %2; %n return(s) or after-sale case(s).", nullptr, d.row.returns)
                  .arg(d.row.firstOrder().toString(Qt::ISODate), d.row.lastOrder().toString(Qt::ISODate));
    mSummary->setText(summary);
    QList<QVariantList> rows;
    for (const BuyerOrder &o : d.orders)
        rows.append({ o.orderNo, BuyersService::statusName(o.status),
            o.paidAt.isValid() ? o.paidAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(), o.total.fen(),
            o.goods, o.returned ? tr("yes") : QString() });
    mOrders->setRows(rows);
    mShownProfile = d.profile;
    mShownVersion = d.version;
    mHeight->setValue(d.profile.heightCm.value_or(0));
    mWeight->setValue(d.profile.weightKg.value_or(0.0));
    mSize->setText(d.profile.usualSize);
    mNote->setPlainText(d.profile.note);
    mLoyal->setChecked(d.profile.loyal);
}

bool BuyersView::saveProfile()
{
    if (mShownNick.isEmpty())
        return false;
    BuyerProfile after;
    after.heightCm = mHeight->value() > 0 ? std::optional<int>(mHeight->value()) : std::nullopt;
    after.weightKg = mWeight->value() > 0 ? std::optional<double>(mWeight->value()) : std::nullopt;
    after.usualSize = mSize->text().trimmed();
    after.note = mNote->toPlainText().trimmed();
    after.loyal = mLoyal->isChecked();
    if (after == mShownProfile)
        return true;
    if (const QString p = BuyersService::problem(after); !p.isEmpty()) {
        report(p);
        return false;
    }
    const QString nick = mShownNick;
    const BuyerProfile before = mShownProfile;
    BuyersService &service = mService;
    // The version the form was read at, then the one each step left: a step (or its undo) after
    // another PC saved the buyer is refused, naming who, and writes nothing.
    auto version = std::make_shared<qint64>(mShownVersion);
    auto write = [&service, nick, version](const BuyerProfile &profile) -> core::Status {
        auto next = service.saveProfile(nick, profile, *version);
        if (!next)
            return next.status();
        *version = *next;
        return {};
    };
    auto *command = new core::CallCommand([nick] { return tr("Save the profile of %1").arg(nick); }, mContext.events,
        std::nullopt, [write, after] { return write(after); }, [write, before] { return write(before); });
    auto ok = std::make_shared<bool>(true);
    command->setDone([this, ok](const core::Status &s) {
        *ok = s.ok();
        if (!s)
            report(s.errorMessage());
        loadRows();
    });
    mUndoStack->push(command);
    return *ok;
}

void BuyersView::exportDialog()
{
    const QString path = core::FileDialog::getSaveFileName(this, tr("Export the buyers shown"),
        tr("buyers") + QStringLiteral(".xlsx"), tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool BuyersView::exportTo(const QString &path)
{
    // Every buyer the list shows, not only the rows read so far.
    auto rows = mService.list(filter());
    if (!rows) {
        report(rows.errorMessage());
        return false;
    }
    auto written = mService.exportRows(*rows, path, mShowPhones->isChecked() || !mService.maskPhones());
    if (!written) {
        report(written.errorMessage());
        return false;
    }
    mCount->setText(tr("%n buyer(s) written to %1.", nullptr, *written).arg(path));
    return true;
}

void BuyersView::report(const QString &message) { mContext.events.reportError(message); }

QByteArray BuyersView::saveState() const { return mTable->horizontalHeader()->saveState(); }

void BuyersView::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        mTable->horizontalHeader()->restoreState(state);
}

void BuyersView::retranslateUi()
{
    mSearchLabel->setText(tr("&Search:"));
    mSearch->setPlaceholderText(tr("Member name, name or phone"));
    mTier->setItemText(0, tr("Every tier"));
    for (int i = 1; i < mTier->count(); ++i)
        mTier->setItemText(i, Members::name(*Members::fromCode(mTier->itemData(i).toString())));
    mSegment->setItemText(All, tr("Every buyer"));
    mSegment->setItemText(Category, tr("Buyers of a category"));
    mSegment->setItemText(Inactive, tr("Not bought for … days"));
    mSegment->setItemText(Waiting, tr("Waiting for a restock"));
    mSegment->setItemText(Loyal, tr("Loyal buyers (钢丝客户)"));
    mDays->setSuffix(tr(" days"));
    mShowPhones->setText(tr("Show &phones"));
    mExport->setText(tr("E&xport…"));
    mHeightLabel->setText(tr("&Height (身高):"));
    mWeightLabel->setText(tr("&Weight (体重):"));
    mSizeLabel->setText(tr("Usual si&ze:"));
    mNoteLabel->setText(tr("&Note:"));
    mLoyal->setText(tr("&Loyal buyer (钢丝客户): gets new items first"));
    mSave->setText(tr("Sa&ve profile"));
    mModel->retranslate();
    mOrders->retranslate();
    if (mModel->rowCount() > 0)
        loadRows(); // the counts and the chosen buyer's summary in the new language
}

} // namespace shopdesk::buyers
