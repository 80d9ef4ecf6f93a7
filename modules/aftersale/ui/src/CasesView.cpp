#include "CasesView.h"

#include "OpenCaseDialog.h"
#include "commands/CaseCommand.h"
#include "shopdesk/aftersale/AftersaleTerms.h"

#include <shopdesk/core/Format.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::aftersale {

using core::ColumnKind;

CasesView::CasesView(const core::PanelContext &context, AftersaleService &service, QUndoStack *undo, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mService(service)
    , mUndo(undo)
{
    setObjectName(QStringLiteral("aftersaleCases"));
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    mNew = new QPushButton(this);
    mNew->setObjectName(QStringLiteral("newCase"));
    mReceive = new QPushButton(this);
    mReceive->setObjectName(QStringLiteral("receiveCase"));
    mRefund = new QPushButton(this);
    mRefund->setObjectName(QStringLiteral("refundCase"));
    mResend = new QPushButton(this);
    mResend->setObjectName(QStringLiteral("resendCase"));
    mClose = new QPushButton(this);
    mClose->setObjectName(QStringLiteral("closeCase"));
    mReasons = new QPushButton(this);
    mReasons->setObjectName(QStringLiteral("editReasons"));
    mOpenOnly = new QCheckBox(this);
    mOpenOnly->setObjectName(QStringLiteral("openOnly"));
    mOpenOnly->setChecked(true);
    for (QPushButton *b : { mNew, mReceive, mRefund, mResend, mClose })
        bar->addWidget(b);
    bar->addStretch(1);
    bar->addWidget(mReasons);
    bar->addWidget(mOpenOnly);
    v->addLayout(bar);
    mSummary = new QLabel(this);
    v->addWidget(mSummary);
    mModel = new core::RecordTableModel(
        { { [] { return tr("Case no."); }, ColumnKind::Text }, { [] { return tr("Order no."); }, ColumnKind::Text },
            { [] { return tr("Buyer"); }, ColumnKind::Text }, { [] { return tr("Kind"); }, ColumnKind::Text },
            { [] { return tr("Reason"); }, ColumnKind::Text }, { [] { return tr("State"); }, ColumnKind::Text },
            { [] { return tr("Goods"); }, ColumnKind::Text }, { [] { return tr("Refund"); }, ColumnKind::Money },
            { [] { return tr("Replacement parcel"); }, ColumnKind::Text },
            { [] { return tr("Opened by"); }, ColumnKind::Text }, { [] { return tr("Opened at"); }, ColumnKind::Text },
            { [] { return tr("Note"); }, ColumnKind::Text } },
        this);
    mTable = core::newRecordView(mModel, QStringLiteral("cases"), this, QAbstractItemView::SingleSelection);
    v->addWidget(mTable, 1);
    mDetail = new QLabel(this);
    mDetail->setObjectName(QStringLiteral("caseHistory"));
    mDetail->setWordWrap(true);
    v->addWidget(mDetail);
    connect(mNew, &QPushButton::clicked, this, &CasesView::openDialog);
    connect(mReceive, &QPushButton::clicked, this, &CasesView::receiveDialog);
    connect(mRefund, &QPushButton::clicked, this, &CasesView::refundDialog);
    connect(mResend, &QPushButton::clicked, this, &CasesView::resendDialog);
    connect(mClose, &QPushButton::clicked, this, [this] { close(true); });
    connect(mReasons, &QPushButton::clicked, this, &CasesView::reasonsDialog);
    connect(mOpenOnly, &QCheckBox::toggled, this, &CasesView::reload);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasesView::updateButtons);
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic t) {
        if (t == core::Topic::Orders || t == core::Topic::Stock || t == core::Topic::Everything)
            reload();
    });
    retranslateUi();
}

void CasesView::retranslateUi()
{
    mNew->setText(tr("&New case…"));
    mReceive->setText(tr("Goods &received…"));
    mRefund->setText(tr("Re&fund…"));
    mResend->setText(tr("Send re&placement…"));
    mClose->setText(tr("&Close case"));
    mReasons->setText(tr("Rea&sons…"));
    mOpenOnly->setText(tr("Open cases only"));
    mModel->retranslate();
    reload();
}

void CasesView::reload()
{
    const QString keep = current() ? current()->caseNo : QString();
    auto cases = mService.cases(mOpenOnly->isChecked());
    if (!cases) {
        mContext.events.reportError(cases.errorMessage());
        return;
    }
    mCases = *cases;
    QList<QVariantList> rows;
    for (const Case &c : std::as_const(mCases))
        rows.append(
            { c.caseNo, c.orderNo, c.buyerNick, AftersaleTerms::kind(c.kind), c.reason, AftersaleTerms::state(c.state),
                c.goods(), c.refund.fen(), c.parcelTracking, c.openedBy, core::toDbTime(c.openedAt).left(16), c.note });
    mModel->setRows(rows);
    mTable->resizeColumnsToContents();
    int open = 0;
    for (const Case &c : std::as_const(mCases))
        open += c.state != states::kClosed ? 1 : 0;
    mSummary->setText(tr("%1 case(s) shown, %2 not closed.").arg(mCases.size()).arg(open));
    if (!keep.isEmpty())
        select(keep);
    updateButtons();
}

std::optional<Case> CasesView::current() const
{
    const QModelIndex i = mTable->selectionModel() ? mTable->selectionModel()->currentIndex() : QModelIndex();
    if (!i.isValid() || i.row() >= mCases.size())
        return std::nullopt;
    return mCases.at(i.row());
}

void CasesView::select(const QString &caseNo)
{
    for (qsizetype r = 0; r < mCases.size(); ++r)
        if (mCases[r].caseNo == caseNo) {
            mTable->selectionModel()->setCurrentIndex(
                mModel->index(int(r), 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
}

void CasesView::updateButtons()
{
    const auto c = current();
    auto can = [&](const QString &action) { return c && AftersaleService::allowed(c->kind, c->state, action).ok(); };
    mReceive->setEnabled(can(actions::kReceive));
    mRefund->setEnabled(can(actions::kRefund));
    mResend->setEnabled(can(actions::kResend));
    mClose->setEnabled(can(actions::kClose));
    if (!c) {
        mDetail->clear();
        return;
    }
    auto events = mService.history(c->caseNo);
    QStringList steps;
    if (events)
        for (const CaseEvent &e : std::as_const(*events))
            steps << tr("%1 %2 (%3)").arg(core::toDbTime(e.at).left(16), AftersaleTerms::action(e.action), e.actor);
    mDetail->setText(
        tr("Case %1, order %2 paid %3: %4")
            .arg(c->caseNo, c->orderNo, c->orderTotal.toDisplayString(), steps.join(QStringLiteral("; "))));
}

void CasesView::push(CaseCommand *command)
{
    mUndo->push(command); // a step that failed is dropped (deleted) here: `command` is not used again
    Q_EMIT casesChanged();
}

namespace {
/// Shows a failed step where the user is, refreshes after any.
CaseCommand::Done reporter(CasesView *view, core::ShopEvents &events)
{
    return [view, &events](const core::Status &s) {
        if (!s)
            events.reportError(s.errorMessage());
        view->reload();
    };
}
} // namespace

void CasesView::openCase(const AftersaleService::OpenRequest &request)
{
    auto *service = &mService;
    const QString actor = mContext.actor;
    auto opened = std::make_shared<QString>();
    push(
        new CaseCommand([orderNo = request.orderNo] { return tr("Open an after-sale case for order %1").arg(orderNo); },
            mContext, mService, actions::kOpen,
            [service, request, actor, opened] {
                auto no = service->open(request, actor);
                if (no)
                    *opened = *no;
                return no;
            },
            reporter(this, mContext.events)));
    if (!opened->isEmpty())
        select(*opened);
}

void CasesView::receive(const QList<AftersaleService::Inspected> &pieces)
{
    const auto c = current();
    if (!c)
        return;
    auto *service = &mService;
    const QString actor = mContext.actor, no = c->caseNo;
    push(new CaseCommand([no] { return tr("Receive the goods of case %1").arg(no); }, mContext, mService,
        actions::kReceive,
        [service, no, pieces, actor]() -> core::Result<QString> {
            if (auto s = service->receive(no, pieces, actor); !s)
                return s.error();
            return no;
        },
        reporter(this, mContext.events), core::Topic::Stock));
}

void CasesView::refund(core::Money amount)
{
    const auto c = current();
    if (!c)
        return;
    auto *service = &mService;
    const QString actor = mContext.actor, no = c->caseNo;
    push(new CaseCommand([amount, no] { return tr("Refund %1 on case %2").arg(core::format::money(amount), no); },
        mContext, mService, actions::kRefund,
        [service, no, amount, actor]() -> core::Result<QString> {
            if (auto s = service->refund(no, amount, actor); !s)
                return s.error();
            return no;
        },
        reporter(this, mContext.events)));
}

void CasesView::resend(const AftersaleService::ResendRequest &request)
{
    const auto c = current();
    if (!c)
        return;
    auto *service = &mService;
    const QString actor = mContext.actor, no = c->caseNo;
    push(new CaseCommand([no] { return tr("Send the replacement of case %1").arg(no); }, mContext, mService,
        actions::kResend,
        [service, no, request, actor]() -> core::Result<QString> {
            if (auto s = service->resend(no, request, actor); !s)
                return s.error();
            return no;
        },
        reporter(this, mContext.events)));
}

void CasesView::close(bool ask)
{
    const auto c = current();
    if (!c)
        return;
    if (ask
        && QMessageBox::question(this, tr("Close the case"),
               tr("Close after-sale case %1 of order %2? It leaves the list of open cases.").arg(c->caseNo, c->orderNo))
            != QMessageBox::Yes)
        return;
    auto *service = &mService;
    const QString actor = mContext.actor, no = c->caseNo;
    push(new CaseCommand([no] { return tr("Close case %1").arg(no); }, mContext, mService, actions::kClose,
        [service, no, actor]() -> core::Result<QString> {
            if (auto s = service->close(no, actor); !s)
                return s.error();
            return no;
        },
        reporter(this, mContext.events)));
}

void CasesView::editReasons(const QStringList &reasons)
{
    auto *service = &mService;
    constexpr int kReasonsField = 1; // the one field this view edits
    mUndo->push(new core::ChangeValue<QStringList>([] { return tr("Change the after-sale reasons"); }, mContext.events,
        std::nullopt, kReasonsField, 0, mService.reasons(), reasons,
        [service](const QStringList &r) { return service->setReasons(r); }));
}

void CasesView::reasonsDialog()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("After-sale reasons"),
        tr("The store's reasons for returns and exchanges, one per line:"), mService.reasons().join(QLatin1Char('\n')),
        &ok);
    if (!ok)
        return;
    QStringList reasons;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            reasons << line.trimmed();
    editReasons(reasons);
}

void CasesView::openDialog()
{
    // The case's lines are chosen from the order's (all of them, whole, at first).
    OpenCaseDialog d(mService, this);
    if (d.exec() != QDialog::Accepted)
        return;
    auto r = d.request();
    if (!r) {
        mContext.events.reportError(r.errorMessage());
        return;
    }
    openCase(*r);
}

void CasesView::receiveDialog()
{
    const auto c = current();
    if (!c)
        return;
    QDialog d(this);
    d.setWindowTitle(tr("Goods received for case %1").arg(c->caseNo));
    auto *v = new QVBoxLayout(&d);
    v->addWidget(
        new QLabel(tr("Inspect each piece: intact ones go back into stock, damaged ones to the faulty goods."), &d));
    auto *table = new QTableWidget(int(c->lines.size()), 3, &d);
    table->setHorizontalHeaderLabels({ tr("Goods"), tr("Intact"), tr("Damaged") });
    QList<std::pair<QSpinBox *, QSpinBox *>> boxes;
    for (int r = 0; r < c->lines.size(); ++r) {
        const CaseLine &l = c->lines[r];
        table->setItem(
            r, 0, new QTableWidgetItem(QStringLiteral("%1 %2/%3 (%4)").arg(l.itemCode, l.color, l.size, l.barcode)));
        auto *intact = new QSpinBox(table);
        intact->setRange(0, l.quantity);
        intact->setValue(l.quantity);
        auto *damaged = new QSpinBox(table);
        damaged->setRange(0, l.quantity);
        table->setCellWidget(r, 1, intact);
        table->setCellWidget(r, 2, damaged);
        boxes.append(std::pair { intact, damaged });
    }
    table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return;
    QList<AftersaleService::Inspected> pieces;
    for (int r = 0; r < c->lines.size(); ++r) {
        if (boxes[r].first->value() > 0)
            pieces.append({ c->lines[r].barcode, boxes[r].first->value(), true });
        if (boxes[r].second->value() > 0)
            pieces.append({ c->lines[r].barcode, boxes[r].second->value(), false });
    }
    if (pieces.isEmpty()) {
        mContext.events.reportError(tr("No piece was counted as received."));
        return;
    }
    receive(pieces);
}

void CasesView::refundDialog()
{
    const auto c = current();
    if (!c)
        return;
    core::Money value;
    for (const CaseLine &l : c->lines)
        value += l.price * l.quantity;
    if (value > c->orderTotal)
        value = c->orderTotal;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Refund"),
        tr("Refund for case %1 (order %2 paid %3), ¥:").arg(c->caseNo, c->orderNo, c->orderTotal.toDisplayString()),
        QLineEdit::Normal, value.toPlainString(), &ok);
    if (!ok)
        return;
    auto amount = core::Money::parse(text);
    if (!amount) {
        mContext.events.reportError(amount.errorMessage());
        return;
    }
    refund(*amount);
}

void CasesView::resendDialog()
{
    const auto c = current();
    if (!c)
        return;
    QDialog d(this);
    d.setWindowTitle(tr("Replacement for case %1").arg(c->caseNo));
    auto *form = new QFormLayout(&d);
    QStringList same;
    for (const CaseLine &l : c->lines)
        same << QStringLiteral("%1:%2").arg(l.barcode).arg(l.quantity);
    auto *skus = new QLineEdit(same.join(QLatin1Char(' ')), &d);
    auto *courier = new QLineEdit(c->courier, &d);
    auto *tracking = new QLineEdit(&d);
    tracking->setObjectName(QStringLiteral("resendTracking"));
    tracking->setPlaceholderText(tr("empty: the next number of the courier's range"));
    form->addRow(tr("Barcodes to send (barcode:pieces, separated by spaces):"), skus);
    form->addRow(tr("Courier:"), courier);
    form->addRow(tr("Tracking no. of the new parcel:"), tracking);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    if (d.exec() != QDialog::Accepted)
        return;
    AftersaleService::ResendRequest r;
    r.courier = courier->text().trimmed();
    r.trackingNo = tracking->text().trimmed();
    for (const QString &part : skus->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int n = part.section(QLatin1Char(':'), 1).toInt();
        r.lines.append({ part.section(QLatin1Char(':'), 0, 0), n > 0 ? n : 1 });
    }
    resend(r);
}

} // namespace shopdesk::aftersale
