#include "RepliesView.h"

#include "FactPrompt.h"
#include "ReplyEditor.h"
#include "ReplyTableModel.h"
#include "commands/ReplyCommands.h"
#include "shopdesk/service/ServiceLog.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/RecordTable.h>

#include <QClipboard>
#include <QDataStream>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::service {

RepliesView::RepliesView(const core::PanelContext &context, ReplyService &replies, QUndoStack *undo, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mReplies(replies)
    , mUndo(undo)
{
    setObjectName(QStringLiteral("RepliesView"));
    mBindLabel = new QLabel;
    mBind = new QLineEdit;
    mBind->setObjectName(QStringLiteral("bindField"));
    mBind->setClearButtonEnabled(true);
    mBindLabel->setBuddy(mBind);
    mBound = new QLabel;
    mBound->setObjectName(QStringLiteral("bound"));
    mBound->setWordWrap(true);
    mSearchLabel = new QLabel;
    mSearch = new QLineEdit;
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setClearButtonEnabled(true);
    mSearchLabel->setBuddy(mSearch);
    mCount = new QLabel;
    mCount->setObjectName(QStringLiteral("count"));
    // A fixed width: the count changing on every keystroke must not re-lay out the view.
    mCount->setMinimumWidth(mCount->fontMetrics().horizontalAdvance(QStringLiteral("00000 / 00000 ...")));
    mCount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    mModel = new ReplyTableModel(this);
    mView = core::newRecordView(mModel, QStringLiteral("table"), nullptr, QAbstractItemView::SingleSelection);

    mPreview = new QPlainTextEdit;
    mPreview->setObjectName(QStringLiteral("preview"));
    mPreview->setReadOnly(true);
    mPreview->setMaximumHeight(90);
    mPreview->setFocusPolicy(Qt::ClickFocus);
    mStackLabel = new QLabel;
    mStackLabel->setObjectName(QStringLiteral("stack"));
    mStackLabel->setWordWrap(true);
    mHint = new QLabel;
    mHint->setObjectName(QStringLiteral("hint"));
    mHint->setWordWrap(true);
    mPrompt = new FactPrompt;
    mAutoReply = new QLabel;
    mAutoReply->setObjectName(QStringLiteral("autoReply"));
    mAutoReply->setWordWrap(true);
    mAutoReply->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mStatusLine = new QLabel;
    mStatusLine->setObjectName(QStringLiteral("statusLine"));
    mStatusLine->setWordWrap(true);
    mStatusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mEditor = new ReplyEditor;

    auto *bindRow = new QHBoxLayout;
    bindRow->addWidget(mBindLabel);
    bindRow->addWidget(mBind, 1);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(mSearchLabel);
    searchRow->addWidget(mSearch, 1);
    searchRow->addWidget(mCount);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bindRow);
    layout->addWidget(mBound);
    layout->addLayout(searchRow);
    layout->addWidget(mView, 3);
    layout->addWidget(mPreview);
    layout->addWidget(mPrompt);
    layout->addWidget(mStackLabel);
    layout->addWidget(mHint);
    layout->addWidget(mAutoReply);
    layout->addWidget(mStatusLine);
    layout->addWidget(mEditor);

    mSearch->installEventFilter(this);
    mView->installEventFilter(this);
    mBind->installEventFilter(this);
    connect(mSearch, &QLineEdit::textChanged, this, &RepliesView::onSearch);
    connect(mBind, &QLineEdit::returnPressed, this, [this] {
        if (bind(mBind->text()))
            mSearch->setFocus();
    });
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RepliesView::onCurrentChanged);
    connect(mView, &QTableView::doubleClicked, this, [this] { copyCurrent(); });
    connect(mEditor, &ReplyEditor::newRequested, this, &RepliesView::newReply);
    connect(mEditor, &ReplyEditor::saveRequested, this, &RepliesView::saveEditor);
    connect(mEditor, &ReplyEditor::deleteRequested, this, &RepliesView::deleteCurrent);
    connect(mEditor, &ReplyEditor::importRequested, this, &RepliesView::importLibrary);
    connect(mEditor, &ReplyEditor::exportRequested, this, &RepliesView::exportLibrary);
    connect(mPrompt, &FactPrompt::typedChanged, this, &RepliesView::updatePreview);
    connect(mPrompt, &FactPrompt::completed, this, [this] { copyCurrent(); });
    connect(mPrompt, &FactPrompt::dismissed, this, [this] { mSearch->setFocus(); });
    connect(&mContext.events, &core::ShopEvents::changed, this, &RepliesView::onShopChanged);
    setFocusProxy(mSearch); // focusing the dock puts the cursor in the search field
    retranslateUi();
    reload();
}

void RepliesView::retranslateUi()
{
    mBindLabel->setText(tr("&Buyer or order:"));
    mBind->setPlaceholderText(tr("Paste an order number or a buyer's member name, then Enter"));
    mSearchLabel->setText(tr("&Search:"));
    mSearch->setPlaceholderText(tr("Code, title or text; ↑↓ choose, Enter copies, Ctrl+Enter stacks, Esc clears"));
    mPrompt->retranslateUi();
    mEditor->retranslateUi();
    mModel->retranslate();
    updateCount();
    updatePreview();
    updateStatusTexts(mModel->replies());
}

void RepliesView::onShopChanged(core::Topic topic)
{
    if (topic == core::Topic::Replies || topic == core::Topic::Everything)
        reloadReplies();
    if (topic == core::Topic::Orders || topic == core::Topic::Everything) {
        // The bound order may have shipped meanwhile: re-read its facts, keeping what was typed.
        mShopFacts = mReplies.shopFacts();
        if (!mBind->text().trimmed().isEmpty())
            if (auto facts = mReplies.factsFor(mBind->text()))
                mBoundFacts = *facts;
        updatePreview();
    }
}

void RepliesView::reload() { reloadReplies(); }

void RepliesView::reloadReplies()
{
    // The versions first: a change landing between the two reads refuses a save, never lets one
    // through unseen.
    auto versions = mReplies.versions();
    auto replies = mReplies.all();
    if (!replies) {
        report(replies.errorMessage());
        return;
    }
    mEditor->setStyle(mReplies.houseStyle());
    const qint64 current = currentReply() ? currentReply()->id : 0;
    mShopFacts = mReplies.shopFacts();
    mVersions = versions ? *versions : QHash<qint64, qint64> {};
    mModel->setReplies(*replies);
    const int row = mModel->rowOfId(current);
    selectRow(row >= 0 ? row : 0);
    // The editor shows what the shop holds now unless an edit is open: that edit keeps the
    // version it was begun from.
    if (!mEditor->isModified())
        mEditorSeen = currentReply() ? versionOf(currentReply()->id) : std::nullopt;
    updateCount();
    updateStatusTexts(*replies);
}

std::optional<qint64> RepliesView::versionOf(qint64 id) const
{
    const auto it = mVersions.constFind(id);
    return it == mVersions.cend() ? std::nullopt : std::optional<qint64>(*it);
}

void RepliesView::report(const QString &message)
{
    qCWarning(lcService) << message;
    mContext.events.reportError(message);
}

QByteArray RepliesView::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << qint32(2) << mView->horizontalHeader()->saveState();
    return out;
}

void RepliesView::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    qint32 version = 0;
    QByteArray header;
    s >> version >> header;
    if (version != 2 || s.status() != QDataStream::Ok)
        return;
    mView->horizontalHeader()->restoreState(header);
}

const Reply *RepliesView::currentReply() const { return mModel->replyAt(mView->currentIndex().row()); }

void RepliesView::selectRow(int row)
{
    if (row >= 0 && row < mModel->rowCount()) {
        mView->setCurrentIndex(mModel->index(row, 0));
        mView->scrollTo(mModel->index(row, 0));
    }
    onCurrentChanged();
}

void RepliesView::updateCount() { mCount->setText(tr("%1 of %2").arg(mModel->rowCount()).arg(mModel->totalCount())); }

void RepliesView::onSearch(const QString &text)
{
    mModel->setQuery(text);
    updateCount();
    selectRow(0);
}

void RepliesView::onCurrentChanged()
{
    const Reply *r = currentReply();
    // An unsaved edit stays in the editor (which says so): it is never replaced silently.
    if (mEditor->showReply(r ? std::optional<Reply>(*r) : std::nullopt))
        mEditorSeen = r ? versionOf(r->id) : std::nullopt;
    updatePreview();
}

Facts RepliesView::currentFacts() const
{
    Facts f = mBoundFacts.isEmpty() ? mShopFacts : mBoundFacts;
    const Facts &typed = mPrompt->typed();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        if (!it.value().trimmed().isEmpty() && f.value(it.key()).trimmed().isEmpty())
            f.insert(it.key(), it.value());
    return f;
}

QStringList RepliesView::textsToCopy() const
{
    QStringList texts;
    for (const Reply &r : std::as_const(mStack))
        texts.append(r.body);
    const Reply *r = currentReply();
    if (r && (mStack.isEmpty() || mStack.last().id != r->id))
        texts.append(r->body);
    return texts;
}

void RepliesView::updatePreview()
{
    const QStringList texts = textsToCopy();
    const FillResult result = ReplyFiller::stack(texts, currentFacts());
    mPreview->setPlainText(texts.isEmpty() ? QString()
            : result.complete()            ? result.text
                                           : ReplyFiller::refusal(result));
    QStringList codes;
    for (const Reply &s : std::as_const(mStack))
        codes.append(s.code);
    mStackLabel->setText(mStack.isEmpty()
            ? QString()
            : tr("Stacked: %1 (Enter copies them with the current reply)").arg(codes.join(QStringLiteral(" + "))));
    mStackLabel->setVisible(!mStack.isEmpty());
}

bool RepliesView::copyCurrent()
{
    const QStringList texts = textsToCopy();
    if (texts.isEmpty())
        return false;
    const FillResult result = ReplyFiller::stack(texts, currentFacts());
    if (!result.complete()) {
        mHint->setText(ReplyFiller::refusal(result));
        mPrompt->ask(result.missing);
        return false;
    }
    QGuiApplication::clipboard()->setText(result.text);
    mStack.clear();
    mPrompt->ask({});
    mHint->setText(tr("Copied to the clipboard: paste it into the chat window."));
    updatePreview();
    focusSearch();
    return true;
}

void RepliesView::stackCurrent()
{
    const Reply *r = currentReply();
    if (!r)
        return;
    mStack.append(*r);
    updatePreview();
    mSearch->clear();
}

void RepliesView::focusSearch()
{
    mSearch->setFocus();
    mSearch->selectAll();
}

void RepliesView::focusBind()
{
    mBind->setFocus();
    mBind->selectAll();
}

bool RepliesView::bind(const QString &orderOrBuyer)
{
    mPrompt->clearTyped();
    mPrompt->ask({});
    mBoundFacts.clear();
    mBound->setText(QString());
    if (!orderOrBuyer.trimmed().isEmpty()) {
        auto facts = mReplies.factsFor(orderOrBuyer);
        if (!facts) {
            mBound->setText(facts.errorMessage());
            updatePreview();
            return false;
        }
        mBoundFacts = *facts;
        mBound->setText(tr("Buyer %1 · order %2 · %3 · %4 %5")
                            .arg(facts->value(QStringLiteral("buyer")), facts->value(QStringLiteral("order")),
                                facts->value(QStringLiteral("item")), facts->value(QStringLiteral("courier")),
                                facts->value(QStringLiteral("tracking"))));
        // The bound buyer's member tier and what it entitles (会员).
        if (auto member = mReplies.memberOf(facts->value(QStringLiteral("buyer"))); member && *member) {
            const core::MemberStanding &m = **member;
            mBound->setText(mBound->text() + QLatin1Char('\n')
                + tr("%1: %2 in %n paid order(s); entitled to %3.%4", nullptr, m.orders)
                      .arg(core::Members::name(m.tier), m.spend.toDisplayString(), core::Members::entitlement(m.tier),
                          m.loyal ? tr(" Loyal buyer (钢丝客户): new items first.") : QString()));
        }
    }
    updatePreview();
    return true;
}

void RepliesView::updateStatusTexts(const QList<Reply> &library)
{
    const ReplyService::Standing standing = ReplyService::standing(library);
    auto shown = [this](const std::optional<Reply> &r) {
        if (!r)
            return tr("none in the library");
        const FillResult f = ReplyFiller::fill(r->body, mShopFacts);
        return f.complete() ? f.text : ReplyFiller::refusal(f);
    };
    mAutoReply->setText(tr("Auto-reply: %1").arg(shown(standing.autoReply)));
    mStatusLine->setText(tr("Status line: %1").arg(shown(standing.status)));
}

void RepliesView::newReply()
{
    if (!mEditor->showReply(std::nullopt))
        return; // the unsaved edit stays; the editor says so
    mView->clearSelection();
    mView->setCurrentIndex(QModelIndex());
    mEditor->focusCode();
}

void RepliesView::saveEditor()
{
    Reply r = mEditor->edited();
    auto outcome = std::make_shared<ReplyOutcome>();
    std::optional<Reply> old;
    if (r.id != 0) {
        auto before = mReplies.byId(r.id);
        if (!before || !*before) {
            report(before ? tr("The reply was removed meanwhile.") : before.errorMessage());
            return;
        }
        old = **before;
        r.sortOrder = old->sortOrder;
    } else {
        r.sortOrder = mModel->totalCount() + 1;
    }
    // The editor holds what is being saved, so the reload after the save keeps nothing back; a
    // save that fails (its reason shown) leaves the edit in the editor, still unsaved.
    const std::optional<Reply> shown = old;
    mEditor->setBaseline(r);
    mUndo->push(old ? newEditReplyCommand(mReplies, mContext.events, *old, r, outcome, mEditorSeen,
                    [view = QPointer<RepliesView>(this), id = r.id]() -> std::optional<qint64> {
                        return view ? view->versionOf(id) : std::nullopt;
                    })
                    : newAddReplyCommand(mReplies, mContext.events, r, outcome));
    if (!outcome->ok) {
        mEditor->setBaseline(shown);
        qCWarning(lcService) << "saving reply" << r.code << "was refused";
        return;
    }
    if (const int row = mModel->rowOfId(outcome->id); row >= 0)
        selectRow(row); // the new reply
}

void RepliesView::deleteCurrent()
{
    if (const Reply *r = currentReply())
        mUndo->push(newDeleteReplyCommand(mReplies, mContext.events, *r));
}

void RepliesView::importLibrary()
{
    const QString path
        = core::FileDialog::getOpenFileName(this, tr("Import replies"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importLibraryFrom(path);
}

bool RepliesView::importLibraryFrom(const QString &path)
{
    auto before = mReplies.all();
    if (!before) {
        report(before.errorMessage());
        return false;
    }
    auto outcome = std::make_shared<ReplyOutcome>();
    mUndo->push(newImportLibraryCommand(mReplies, mContext.events, path, *before, outcome));
    if (!outcome->ok) {
        qCWarning(lcService) << "importing replies from" << path << "was refused";
        return false;
    }
    mHint->setText(outcome->summary);
    mContext.events.reportDone(outcome->summary);
    return true;
}

void RepliesView::exportLibrary()
{
    const QString path = core::FileDialog::getSaveFileName(
        this, tr("Export replies"), tr("replies.csv"), tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    auto n = mReplies.exportFile(path);
    if (!n) {
        report(n.errorMessage());
        return;
    }
    mHint->setText(tr("%n replies exported.", nullptr, *n));
    mContext.events.reportDone(tr("%n replies exported to %1.", nullptr, *n).arg(QDir::toNativeSeparators(path)));
}

bool RepliesView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return core::View::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == mSearch || watched == mView) {
        const int row = mView->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
            selectRow(qMin(row + 1, mModel->rowCount() - 1));
            return true;
        case Qt::Key_Up:
            selectRow(qMax(row - 1, 0));
            return true;
        case Qt::Key_PageDown:
            selectRow(qMin(row + 10, mModel->rowCount() - 1));
            return true;
        case Qt::Key_PageUp:
            selectRow(qMax(row - 10, 0));
            return true;
        case Qt::Key_Escape:
            mSearch->clear();
            mStack.clear();
            mPrompt->ask({});
            updatePreview();
            mSearch->setFocus();
            return true;
        case Qt::Key_Insert:
            stackCurrent();
            return true;
        default:
            break;
        }
        if (enter) {
            if (key->modifiers() & Qt::ControlModifier)
                stackCurrent();
            else
                copyCurrent();
            return true;
        }
    }
    if (watched == mBind && key->key() == Qt::Key_Down) {
        mSearch->setFocus();
        return true;
    }
    return core::View::eventFilter(watched, event);
}

} // namespace shopdesk::service
