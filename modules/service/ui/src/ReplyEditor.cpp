#include "ReplyEditor.h"

#include "shopdesk/service/ReplyService.h"

#include <shopdesk/core/Colours.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk::service {

ReplyEditor::ReplyEditor(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("editor"));
    mCode = new QLineEdit;
    mCode->setObjectName(QStringLiteral("editCode"));
    mTitle = new QLineEdit;
    mTitle->setObjectName(QStringLiteral("editTitle"));
    mGroup = new QComboBox;
    mGroup->setObjectName(QStringLiteral("editGroup"));
    mGroup->setEditable(true);
    mBody = new QPlainTextEdit;
    mBody->setObjectName(QStringLiteral("editBody"));
    mBody->setMaximumHeight(80);
    mBody->setTabChangesFocus(true);
    mLint = new QLabel;
    mLint->setObjectName(QStringLiteral("lint"));
    mLint->setWordWrap(true);
    mNote = new QLabel;
    mNote->setObjectName(QStringLiteral("unsavedNote"));
    mNote->setWordWrap(true);
    mNote->setStyleSheet(core::colours::styleSheet(core::colours::Role::CautionText));
    mNote->hide();
    mNewButton = new QPushButton;
    mNewButton->setObjectName(QStringLiteral("newReply"));
    mSaveButton = new QPushButton;
    mSaveButton->setObjectName(QStringLiteral("saveReply"));
    mRevertButton = new QPushButton;
    mRevertButton->setObjectName(QStringLiteral("revertReply"));
    mDeleteButton = new QPushButton;
    mDeleteButton->setObjectName(QStringLiteral("deleteReply"));
    mImportButton = new QPushButton;
    mExportButton = new QPushButton;
    mCodeLabel = new QLabel;
    mCodeLabel->setBuddy(mCode);
    mTitleLabel = new QLabel;
    mTitleLabel->setBuddy(mTitle);
    mGroupLabel = new QLabel;
    mGroupLabel->setBuddy(mGroup);

    auto *row = new QHBoxLayout;
    row->addWidget(mCodeLabel);
    row->addWidget(mCode, 1);
    row->addWidget(mTitleLabel);
    row->addWidget(mTitle, 2);
    row->addWidget(mGroupLabel);
    row->addWidget(mGroup, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { mNewButton, mSaveButton, mRevertButton, mDeleteButton })
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(mImportButton);
    buttons->addWidget(mExportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(mBody);
    layout->addWidget(mLint);
    layout->addWidget(mNote);
    layout->addLayout(buttons);

    connect(mBody, &QPlainTextEdit::textChanged, this, [this] {
        lint();
        updateNote();
    });
    connect(mCode, &QLineEdit::textEdited, this, &ReplyEditor::updateNote);
    connect(mTitle, &QLineEdit::textEdited, this, &ReplyEditor::updateNote);
    connect(mGroup, &QComboBox::currentTextChanged, this, &ReplyEditor::updateNote);
    connect(mNewButton, &QPushButton::clicked, this, &ReplyEditor::newRequested);
    connect(mSaveButton, &QPushButton::clicked, this, &ReplyEditor::saveRequested);
    connect(mRevertButton, &QPushButton::clicked, this, &ReplyEditor::revert);
    connect(mDeleteButton, &QPushButton::clicked, this, &ReplyEditor::deleteRequested);
    connect(mImportButton, &QPushButton::clicked, this, &ReplyEditor::importRequested);
    connect(mExportButton, &QPushButton::clicked, this, &ReplyEditor::exportRequested);
    retranslateUi();
    load(std::nullopt);
}

void ReplyEditor::retranslateUi()
{
    setTitle(tr("Edit reply (checked against the house style as you type)"));
    mCodeLabel->setText(tr("Code"));
    mTitleLabel->setText(tr("Title"));
    mGroupLabel->setText(tr("Group"));
    mNewButton->setText(tr("&New"));
    mSaveButton->setText(tr("Sa&ve"));
    mRevertButton->setText(tr("&Revert"));
    mDeleteButton->setText(tr("&Delete"));
    mImportButton->setText(tr("&Import CSV…"));
    mExportButton->setText(tr("E&xport…"));
    const bool modified = isModified();
    const QString group = edited().group;
    {
        const QSignalBlocker block(mGroup);
        mGroup->clear();
        for (const QString &code : ReplyService::builtInGroups())
            mGroup->addItem(ReplyService::groupName(code), code);
        const int i = mGroup->findData(group);
        if (i >= 0)
            mGroup->setCurrentIndex(i);
        else
            mGroup->setEditText(group);
    }
    if (!modified && mShown) // the group names changed language, not the reply
        load(mShown);
    lint();
    updateNote();
}

void ReplyEditor::setStyle(HouseStyle style)
{
    mStyle = std::move(style);
    lint();
}

bool ReplyEditor::showReply(const std::optional<Reply> &reply)
{
    if (isModified()) {
        updateNote();
        return false;
    }
    load(reply);
    return true;
}

void ReplyEditor::load(const std::optional<Reply> &r)
{
    mShown = r;
    const QSignalBlocker blockBody(mBody);
    const QSignalBlocker blockGroup(mGroup);
    mCode->setText(r ? r->code : QString());
    mTitle->setText(r ? r->title : QString());
    const int i = mGroup->findData(r ? r->group : ReplyService::builtInGroups().value(0));
    if (i >= 0)
        mGroup->setCurrentIndex(i);
    else
        mGroup->setEditText(r->group);
    mBody->setPlainText(r ? r->body : QString());
    mDeleteButton->setEnabled(r.has_value());
    lint();
    updateNote();
}

Reply ReplyEditor::edited() const
{
    Reply r;
    r.id = mShown ? mShown->id : 0;
    r.sortOrder = mShown ? mShown->sortOrder : 0;
    r.code = mCode->text().trimmed();
    r.title = mTitle->text().trimmed();
    const int i = mGroup->findText(mGroup->currentText());
    r.group = i >= 0 ? mGroup->itemData(i).toString() : ReplyService::groupCode(mGroup->currentText());
    r.body = mBody->toPlainText().trimmed();
    return r;
}

bool ReplyEditor::isModified() const
{
    const Reply now = edited();
    if (!mShown) // a new reply: modified once anything is typed
        return !now.code.isEmpty() || !now.title.isEmpty() || !now.body.isEmpty();
    return now.code != mShown->code || now.title != mShown->title || now.group != mShown->group
        || now.body != mShown->body.trimmed();
}

void ReplyEditor::setBaseline(const std::optional<Reply> &reply)
{
    mShown = reply;
    mDeleteButton->setEnabled(reply.has_value());
    updateNote();
}

void ReplyEditor::revert() { load(mShown); }

void ReplyEditor::focusCode() { mCode->setFocus(); }

void ReplyEditor::lint()
{
    const QString text = mBody->toPlainText();
    if (text.trimmed().isEmpty()) {
        mLint->setText(QString());
        return;
    }
    const auto violations = mStyle.check(text);
    if (violations.isEmpty()) {
        mLint->setStyleSheet(core::colours::styleSheet(core::colours::Role::GoodText));
        mLint->setText(tr("✓ Keeps the house style."));
        return;
    }
    mLint->setStyleSheet(core::colours::styleSheet(core::colours::Role::BadText));
    QStringList lines;
    for (const StyleViolation &v : violations)
        lines.append(tr("✗ %1").arg(v.reason));
    mLint->setText(lines.join(QLatin1Char('\n')));
}

void ReplyEditor::updateNote()
{
    const bool modified = isModified();
    mRevertButton->setEnabled(modified);
    if (!modified) {
        mNote->hide();
        return;
    }
    mNote->setText(mShown
            ? tr("Reply %1 has unsaved changes: Save (Ctrl+S) keeps them, Revert drops them.").arg(mShown->code)
            : tr("The new reply is not saved yet: Save (Ctrl+S) adds it, Revert drops it."));
    mNote->show();
}

} // namespace shopdesk::service
