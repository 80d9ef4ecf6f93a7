#include "ServicePanel.h"

#include "AgentKpiWidget.h"
#include "BuyerListsWidget.h"
#include "ReplyTableModel.h"
#include "shopdesk/service/Facts.h"
#include "shopdesk/service/ReplyLibrary.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/UndoCommand.h>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::service {

ServicePanel::ServicePanel(const core::PanelContext &context, QWidget *parent)
    : core::ModulePanel(parent)
    , mContext(context)
    , mStyle(HouseStyle::forShop(context.db))
{
    setObjectName(QStringLiteral("ServicePanel"));
    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("tabs"));
    mTabs->addTab(buildLibraryTab(), QString());
    mLists = new BuyerListsWidget(mContext, undoStack(), this);
    mTabs->addTab(mLists, QString());
    mKpi = new AgentKpiWidget(mContext, undoStack(), this);
    mTabs->addTab(mKpi, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(mTabs);

    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Replies || topic == core::Topic::Everything) {
            mStyle = HouseStyle::forShop(mContext.db);
            reloadReplies();
        }
        if (topic == core::Topic::Orders || topic == core::Topic::Everything) {
            // The bound order may have shipped meanwhile: re-read its facts, keeping what was typed.
            mShopFacts = FactsRepository(mContext.db).shopFacts();
            if (!mBind->text().trimmed().isEmpty())
                if (auto facts = FactsRepository(mContext.db).forOrderOrBuyer(mBind->text()))
                    mBoundFacts = *facts;
            updatePreview();
        }
        if (topic == core::Topic::Orders || topic == core::Topic::Stock || topic == core::Topic::Everything
            || topic == core::Topic::Replies)
            mLists->reload();
        if (topic == core::Topic::Kpi || topic == core::Topic::Everything)
            mKpi->reload();
    });
    setFocusProxy(mSearch); // focusing the dock puts the cursor in the search field
    // Ctrl+1/2/3 switch tabs; Ctrl+L goes to the buyer/order field, Ctrl+F back to the search.
    for (int i = 0; i < 3; ++i) {
        auto *tab = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        tab->setContext(Qt::WidgetWithChildrenShortcut);
        connect(tab, &QShortcut::activated, this, [this, i] { mTabs->setCurrentIndex(i); });
    }
    auto *toBind = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    toBind->setContext(Qt::WidgetWithChildrenShortcut);
    connect(toBind, &QShortcut::activated, this, [this] {
        mTabs->setCurrentIndex(0);
        mBind->setFocus();
        mBind->selectAll();
    });
    auto *toSearch = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    toSearch->setContext(Qt::WidgetWithChildrenShortcut);
    connect(toSearch, &QShortcut::activated, this, [this] {
        mTabs->setCurrentIndex(0);
        mSearch->setFocus();
        mSearch->selectAll();
    });
    retranslateUi();
    reload();
}

QWidget *ServicePanel::buildLibraryTab()
{
    auto *tab = new QWidget;
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
    // A fixed width: the count changing on every keystroke must not re-lay out the panel.
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
    mMissingBox = new QGroupBox;
    mMissingBox->setObjectName(QStringLiteral("missingFacts"));
    mMissingForm = new QFormLayout(mMissingBox);
    mMissingBox->hide();

    mAutoReply = new QLabel;
    mAutoReply->setObjectName(QStringLiteral("autoReply"));
    mAutoReply->setWordWrap(true);
    mAutoReply->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mStatusLine = new QLabel;
    mStatusLine->setObjectName(QStringLiteral("statusLine"));
    mStatusLine->setWordWrap(true);
    mStatusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The editor, checked live against the house style.
    mEditorBox = new QGroupBox;
    mEditorBox->setObjectName(QStringLiteral("editor"));
    mEditCode = new QLineEdit;
    mEditCode->setObjectName(QStringLiteral("editCode"));
    mEditTitle = new QLineEdit;
    mEditTitle->setObjectName(QStringLiteral("editTitle"));
    mEditGroup = new QComboBox;
    mEditGroup->setObjectName(QStringLiteral("editGroup"));
    mEditGroup->setEditable(true);
    mEditBody = new QPlainTextEdit;
    mEditBody->setObjectName(QStringLiteral("editBody"));
    mEditBody->setMaximumHeight(80);
    mEditBody->setTabChangesFocus(true);
    mLint = new QLabel;
    mLint->setObjectName(QStringLiteral("lint"));
    mLint->setWordWrap(true);
    mNewButton = new QPushButton;
    mSaveButton = new QPushButton;
    mSaveButton->setObjectName(QStringLiteral("saveReply"));
    mDeleteButton = new QPushButton;
    mImportButton = new QPushButton;
    mExportButton = new QPushButton;
    mEditCodeLabel = new QLabel;
    mEditTitleLabel = new QLabel;
    mEditGroupLabel = new QLabel;
    auto *editorRow = new QHBoxLayout;
    editorRow->addWidget(mEditCodeLabel);
    editorRow->addWidget(mEditCode, 1);
    editorRow->addWidget(mEditTitleLabel);
    editorRow->addWidget(mEditTitle, 2);
    editorRow->addWidget(mEditGroupLabel);
    editorRow->addWidget(mEditGroup, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mNewButton);
    buttons->addWidget(mSaveButton);
    buttons->addWidget(mDeleteButton);
    buttons->addStretch();
    buttons->addWidget(mImportButton);
    buttons->addWidget(mExportButton);
    auto *editorLayout = new QVBoxLayout(mEditorBox);
    editorLayout->addLayout(editorRow);
    editorLayout->addWidget(mEditBody);
    editorLayout->addWidget(mLint);
    editorLayout->addLayout(buttons);

    auto *bindRow = new QHBoxLayout;
    bindRow->addWidget(mBindLabel);
    bindRow->addWidget(mBind, 1);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(mSearchLabel);
    searchRow->addWidget(mSearch, 1);
    searchRow->addWidget(mCount);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bindRow);
    layout->addWidget(mBound);
    layout->addLayout(searchRow);
    layout->addWidget(mView, 3);
    layout->addWidget(mPreview);
    layout->addWidget(mMissingBox);
    layout->addWidget(mStackLabel);
    layout->addWidget(mHint);
    layout->addWidget(mAutoReply);
    layout->addWidget(mStatusLine);
    layout->addWidget(mEditorBox);

    mSearch->installEventFilter(this);
    mView->installEventFilter(this);
    mBind->installEventFilter(this);
    connect(mSearch, &QLineEdit::textChanged, this, &ServicePanel::onSearch);
    connect(mBind, &QLineEdit::returnPressed, this, [this] {
        if (bind(mBind->text()))
            mSearch->setFocus();
    });
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ServicePanel::onCurrentChanged);
    connect(mView, &QTableView::doubleClicked, this, [this] { copyCurrent(); });
    connect(mEditBody, &QPlainTextEdit::textChanged, this, &ServicePanel::lintEditor);
    connect(mNewButton, &QPushButton::clicked, this, &ServicePanel::newReply);
    connect(mSaveButton, &QPushButton::clicked, this, &ServicePanel::saveEditor);
    connect(mDeleteButton, &QPushButton::clicked, this, &ServicePanel::deleteCurrent);
    connect(mImportButton, &QPushButton::clicked, this, &ServicePanel::importLibrary);
    connect(mExportButton, &QPushButton::clicked, this, &ServicePanel::exportLibrary);
    return tab;
}

void ServicePanel::retranslateUi()
{
    mTabs->setTabText(0, tr("Quick replies"));
    mTabs->setTabText(1, tr("Buyer lists"));
    mTabs->setTabText(2, tr("Agent KPIs and pay"));
    mBindLabel->setText(tr("&Buyer or order:"));
    mBind->setPlaceholderText(tr("Paste an order number or a buyer's member name, then Enter"));
    mSearchLabel->setText(tr("&Search:"));
    mSearch->setPlaceholderText(tr("Code, title or text; ↑↓ choose, Enter copies, Ctrl+Enter stacks, Esc clears"));
    mMissingBox->setTitle(tr("Missing facts: type them, then Enter"));
    mEditorBox->setTitle(tr("Edit reply (checked against the house style as you type)"));
    mEditCodeLabel->setText(tr("Code"));
    mEditTitleLabel->setText(tr("Title"));
    mEditGroupLabel->setText(tr("Group"));
    mNewButton->setText(tr("New"));
    mSaveButton->setText(tr("Save"));
    mDeleteButton->setText(tr("Delete"));
    mImportButton->setText(tr("Import CSV…"));
    mExportButton->setText(tr("Export…"));
    const QString group = mEditGroup->currentData().toString().isEmpty() ? mEditGroup->currentText()
                                                                         : mEditGroup->currentData().toString();
    mEditGroup->clear();
    for (const QString &code : ReplyRepository::builtInGroups())
        mEditGroup->addItem(ReplyRepository::groupName(code), code);
    const int i = mEditGroup->findData(group);
    if (i >= 0)
        mEditGroup->setCurrentIndex(i);
    else
        mEditGroup->setEditText(group);
    mModel->retranslate();
    for (auto it = mMissingFields.cbegin(); it != mMissingFields.cend(); ++it)
        if (auto *label = qobject_cast<QLabel *>(mMissingForm->labelForField(it.value())))
            label->setText(tr("%1 %2").arg(ReplyFiller::braced(it.key()), ReplyFiller::label(it.key())));
    mCount->setText(tr("%1 of %2").arg(mModel->rowCount()).arg(mModel->totalCount()));
    updatePreview();
    updateStatusTexts();
    lintEditor();
}

void ServicePanel::reload()
{
    reloadReplies();
    mLists->reload();
    mKpi->reload();
}

void ServicePanel::reloadReplies()
{
    auto replies = ReplyRepository(mContext.db).all();
    if (!replies) {
        mContext.events.reportError(replies.errorMessage());
        return;
    }
    const qint64 current = currentReply() ? currentReply()->id : 0;
    mShopFacts = FactsRepository(mContext.db).shopFacts();
    mModel->setReplies(*replies);
    const int row = mModel->rowOfId(current);
    selectRow(row >= 0 ? row : 0);
    mCount->setText(tr("%1 of %2").arg(mModel->rowCount()).arg(mModel->totalCount()));
    updateStatusTexts();
}

QByteArray ServicePanel::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << qint32(1) << mView->horizontalHeader()->saveState() << qint32(mTabs->currentIndex());
    return out;
}

void ServicePanel::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    qint32 version = 0, tab = 0;
    QByteArray header;
    s >> version >> header >> tab;
    if (version != 1 || s.status() != QDataStream::Ok)
        return;
    mView->horizontalHeader()->restoreState(header);
    mTabs->setCurrentIndex(tab);
}

const Reply *ServicePanel::currentReply() const { return mModel->replyAt(mView->currentIndex().row()); }

void ServicePanel::selectRow(int row)
{
    if (row < 0 || row >= mModel->rowCount()) {
        onCurrentChanged();
        return;
    }
    mView->setCurrentIndex(mModel->index(row, 0));
    mView->scrollTo(mModel->index(row, 0));
    onCurrentChanged();
}

void ServicePanel::onSearch(const QString &text)
{
    mModel->setQuery(text);
    mCount->setText(tr("%1 of %2").arg(mModel->rowCount()).arg(mModel->totalCount()));
    selectRow(0);
}

void ServicePanel::onCurrentChanged()
{
    loadEditor(currentReply());
    updatePreview();
}

Facts ServicePanel::currentFacts() const
{
    Facts f = mBoundFacts.isEmpty() ? mShopFacts : mBoundFacts;
    for (auto it = mTypedFacts.cbegin(); it != mTypedFacts.cend(); ++it)
        if (!it.value().trimmed().isEmpty() && f.value(it.key()).trimmed().isEmpty())
            f.insert(it.key(), it.value());
    return f;
}

void ServicePanel::updatePreview()
{
    QStringList texts;
    for (const Reply &r : std::as_const(mStack))
        texts.append(r.body);
    const Reply *r = currentReply();
    if (r && (mStack.isEmpty() || mStack.last().id != r->id))
        texts.append(r->body);
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

void ServicePanel::showMissing(const QStringList &keys)
{
    while (mMissingForm->rowCount() > 0)
        mMissingForm->removeRow(0);
    mMissingFields.clear();
    mMissingOrder = keys;
    for (const QString &key : keys) {
        auto *field = new QLineEdit;
        field->setObjectName(QStringLiteral("fact.") + key);
        field->setText(mTypedFacts.value(key));
        field->installEventFilter(this);
        mMissingForm->addRow(tr("%1 %2").arg(ReplyFiller::braced(key), ReplyFiller::label(key)), field);
        mMissingFields.insert(key, field);
        connect(field, &QLineEdit::textChanged, this, [this, key](const QString &text) {
            mTypedFacts.insert(key, text);
            updatePreview();
        });
    }
    mMissingBox->setVisible(!keys.isEmpty());
    if (!keys.isEmpty())
        mMissingFields.value(keys.first())->setFocus();
}

bool ServicePanel::copyCurrent()
{
    QStringList texts;
    for (const Reply &r : std::as_const(mStack))
        texts.append(r.body);
    const Reply *current = currentReply();
    if (current && (mStack.isEmpty() || mStack.last().id != current->id))
        texts.append(current->body);
    if (texts.isEmpty())
        return false;
    const FillResult result = ReplyFiller::stack(texts, currentFacts());
    if (!result.complete()) {
        mHint->setText(ReplyFiller::refusal(result));
        showMissing(result.missing);
        return false;
    }
    QGuiApplication::clipboard()->setText(result.text);
    mStack.clear();
    showMissing({});
    mHint->setText(tr("Copied to the clipboard: paste it into the chat window."));
    updatePreview();
    mSearch->setFocus();
    mSearch->selectAll();
    return true;
}

void ServicePanel::stackCurrent()
{
    const Reply *r = currentReply();
    if (!r)
        return;
    mStack.append(*r);
    updatePreview();
    mSearch->clear();
}

bool ServicePanel::bind(const QString &orderOrBuyer)
{
    mTypedFacts.clear();
    showMissing({});
    if (orderOrBuyer.trimmed().isEmpty()) {
        mBoundFacts.clear();
        mBound->setText(QString());
        updatePreview();
        return true;
    }
    auto facts = FactsRepository(mContext.db).forOrderOrBuyer(orderOrBuyer);
    if (!facts) {
        mBoundFacts.clear();
        mBound->setText(facts.errorMessage());
        updatePreview();
        return false;
    }
    mBoundFacts = *facts;
    mBound->setText(tr("Buyer %1 · order %2 · %3 · %4 %5")
                        .arg(facts->value(QStringLiteral("buyer")), facts->value(QStringLiteral("order")),
                            facts->value(QStringLiteral("item")), facts->value(QStringLiteral("courier")),
                            facts->value(QStringLiteral("tracking"))));
    updatePreview();
    return true;
}

void ServicePanel::updateStatusTexts()
{
    // The auto-reply and the status line are kept with the library: the first reply of the
    // groups autoreply / status, else the demo's codes auto / promo.
    const Reply *autoReply = nullptr, *status = nullptr;
    QList<Reply> all;
    auto replies = ReplyRepository(mContext.db).all();
    if (replies) {
        all = *replies;
        for (const Reply &r : std::as_const(all)) {
            if (!autoReply && r.group == QLatin1String("autoreply"))
                autoReply = &r;
            if (!status && r.group == QLatin1String("status"))
                status = &r;
        }
        for (const Reply &r : std::as_const(all)) {
            if (!autoReply && r.code == QLatin1String("auto"))
                autoReply = &r;
            if (!status && r.code == QLatin1String("promo"))
                status = &r;
        }
    }
    const Facts &shop = mShopFacts;
    auto shown = [&](const Reply *r) {
        if (!r)
            return tr("none in the library");
        const FillResult f = ReplyFiller::fill(r->body, shop);
        return f.complete() ? f.text : ReplyFiller::refusal(f);
    };
    mAutoReply->setText(tr("Auto-reply: %1").arg(shown(autoReply)));
    mStatusLine->setText(tr("Status line: %1").arg(shown(status)));
}

void ServicePanel::loadEditor(const Reply *r)
{
    const QSignalBlocker block(mEditBody);
    mEditingId = r ? r->id : 0;
    mEditCode->setText(r ? r->code : QString());
    mEditTitle->setText(r ? r->title : QString());
    const int i = r ? mEditGroup->findData(r->group) : 0;
    if (i >= 0)
        mEditGroup->setCurrentIndex(i);
    else
        mEditGroup->setEditText(r->group);
    mEditBody->setPlainText(r ? r->body : QString());
    mDeleteButton->setEnabled(r != nullptr);
    lintEditor();
}

void ServicePanel::lintEditor()
{
    const QString text = mEditBody->toPlainText();
    if (text.trimmed().isEmpty()) {
        mLint->setText(QString());
        return;
    }
    const auto violations = mStyle.check(text);
    if (violations.isEmpty()) {
        mLint->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        mLint->setText(tr("✓ Keeps the house style."));
    } else {
        mLint->setStyleSheet(QStringLiteral("color: #c62828;"));
        QStringList lines;
        for (const StyleViolation &v : violations)
            lines.append(tr("✗ %1").arg(v.reason));
        mLint->setText(lines.join(QLatin1Char('\n')));
    }
}

void ServicePanel::newReply()
{
    mView->clearSelection();
    mView->setCurrentIndex(QModelIndex());
    loadEditor(nullptr);
    mEditCode->setFocus();
}

void ServicePanel::saveEditor()
{
    Reply r;
    r.id = mEditingId;
    r.code = mEditCode->text().trimmed();
    r.title = mEditTitle->text().trimmed();
    const int i = mEditGroup->findText(mEditGroup->currentText());
    r.group = i >= 0 ? mEditGroup->itemData(i).toString() : ReplyRepository::groupCode(mEditGroup->currentText());
    r.body = mEditBody->toPlainText().trimmed();
    const core::Database &db = mContext.db;
    if (r.id == 0) {
        auto shared = std::make_shared<qint64>(0);
        r.sortOrder = mModel->totalCount() + 1;
        auto *cmd = new core::CallCommand(
            tr("Add reply %1").arg(r.code), mContext.events, core::Topic::Replies,
            [&db, r, shared]() -> core::Status {
                Reply copy = r;
                if (*shared) {
                    copy.id = *shared;
                    return ReplyRepository(db).restore(copy);
                }
                auto id = ReplyRepository(db).add(copy);
                if (id)
                    *shared = *id;
                return id.status();
            },
            [&db, shared] { return ReplyRepository(db).remove(*shared); });
        undoStack()->push(cmd);
        return;
    }
    auto before = ReplyRepository(db).byCode(currentReply() ? currentReply()->code : QString());
    if (!before || !*before) {
        mContext.events.reportError(before ? tr("The reply was removed meanwhile.") : before.errorMessage());
        return;
    }
    const Reply old = **before;
    r.sortOrder = old.sortOrder;
    undoStack()->push(new core::CallCommand(
        tr("Edit reply %1").arg(r.code), mContext.events, core::Topic::Replies,
        [&db, r] { return ReplyRepository(db).update(r); }, [&db, old] { return ReplyRepository(db).update(old); }));
}

void ServicePanel::deleteCurrent()
{
    const Reply *r = currentReply();
    if (!r)
        return;
    const Reply old = *r;
    const core::Database &db = mContext.db;
    undoStack()->push(new core::CallCommand(
        tr("Delete reply %1").arg(old.code), mContext.events, core::Topic::Replies,
        [&db, old] { return ReplyRepository(db).remove(old.id); },
        [&db, old] { return ReplyRepository(db).restore(old); }));
}

void ServicePanel::importLibrary()
{
    const QString path
        = core::FileDialog::getOpenFileName(this, tr("Import replies"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importLibraryFrom(path);
}

bool ServicePanel::importLibraryFrom(const QString &path)
{
    const core::Database &db = mContext.db;
    auto before = ReplyRepository(db).all();
    if (!before) {
        mContext.events.reportError(before.errorMessage());
        return false;
    }
    // Undoable: the first redo imports; undo puts the old library back; a later redo the imported one.
    struct State {
        QList<Reply> before, after;
        bool done = false;
        QString summary;
    };
    auto state = std::make_shared<State>();
    state->before = *before;
    auto *cmd = new core::CallCommand(
        tr("Import replies from %1").arg(QFileInfo(path).fileName()), mContext.events, core::Topic::Replies,
        [&db, path, state]() -> core::Status {
            if (state->done)
                return ReplyRepository(db).replaceAll(state->after);
            auto r = ReplyTransfer::importCsv(db, path);
            if (!r)
                return r.status();
            state->summary = tr("Imported: %1 replies added, %2 updated.").arg(r->added).arg(r->updated);
            auto after = ReplyRepository(db).all();
            if (!after)
                return after.status();
            state->after = *after;
            state->done = true;
            return {};
        },
        [&db, state] { return ReplyRepository(db).replaceAll(state->before); });
    undoStack()->push(cmd);
    if (!state->done)
        return false;
    mHint->setText(state->summary);
    return true;
}

void ServicePanel::exportLibrary()
{
    const QString path = core::FileDialog::getSaveFileName(
        this, tr("Export replies"), tr("replies.csv"), tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    auto n = ReplyTransfer::exportFile(mContext.db, path);
    if (!n) {
        mContext.events.reportError(n.errorMessage());
        return;
    }
    mHint->setText(tr("%n replies exported.", nullptr, *n));
}

bool ServicePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return core::ModulePanel::eventFilter(watched, event);
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
            showMissing({});
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
    for (auto it = mMissingFields.cbegin(); it != mMissingFields.cend(); ++it) {
        if (watched != it.value())
            continue;
        if (enter) {
            // Next empty fact, else try again.
            for (const QString &k : std::as_const(mMissingOrder)) {
                QLineEdit *f = mMissingFields.value(k);
                if (f->text().trimmed().isEmpty()) {
                    f->setFocus();
                    return true;
                }
            }
            copyCurrent();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            showMissing({});
            mSearch->setFocus();
            return true;
        }
    }
    return core::ModulePanel::eventFilter(watched, event);
}

} // namespace shopdesk::service
