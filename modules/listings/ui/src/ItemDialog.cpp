#include "ItemDialog.h"

#include "ListingsService.h"

#include <shopdesk/core/Colours.h>
#include <shopdesk/core/Vocabulary.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shopdesk::listings {

ItemDialog::ItemDialog(Mode mode, const core::Item &item, TitleChecker checker, QList<ItemTitle> otherTitles,
    QStringList categories, QWidget *parent)
    : QDialog(parent)
    , mMode(mode)
    , mItem(item)
    , mChecker(std::move(checker))
    , mOthers(std::move(otherTitles))
{
    setObjectName(QStringLiteral("itemDialog"));
    setWindowTitle(mode == Mode::Add ? tr("New item")
            : mode == Mode::Copy     ? tr("Copy item")
                                     : tr("Edit item %1").arg(item.code));
    auto *form = new QFormLayout;
    mCode = new QLineEdit(this);
    mCode->setObjectName(QStringLiteral("code"));
    form->addRow(tr("Item code"), mCode);
    mTitle = new QLineEdit(this);
    mTitle->setObjectName(QStringLiteral("title"));
    mTitle->setMinimumWidth(420);
    mBytes = new QLabel(this);
    mBytes->setObjectName(QStringLiteral("titleBytes"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(mTitle, 1);
    titleRow->addWidget(mBytes);
    form->addRow(tr("Title"), titleRow);
    mReport = new QLabel(this);
    mReport->setObjectName(QStringLiteral("titleReport"));
    mReport->setWordWrap(true);
    form->addRow(QString(), mReport);
    mCategory = new QComboBox(this);
    mCategory->setObjectName(QStringLiteral("category"));
    mCategory->setEditable(true);
    for (const QString &c : categories)
        mCategory->addItem(core::Vocabulary::category(c), c);
    form->addRow(tr("Category"), mCategory);
    mShortName = new QLineEdit(this);
    mShortName->setObjectName(QStringLiteral("shortName"));
    mShortName->setMaxLength(20);
    mShortName->setPlaceholderText(tr("Empty: the category's name; messages add the colour and size"));
    form->addRow(tr("Short name"), mShortName);
    mRole = new QComboBox(this);
    for (const QString &r : core::codes::roles())
        mRole->addItem(core::Vocabulary::role(r), r);
    form->addRow(tr("Role"), mRole);
    mMain = new QCheckBox(tr("Main-push item (主推款)"), this);
    form->addRow(QString(), mMain);
    mPrice = new QLineEdit(this);
    mPrice->setObjectName(QStringLiteral("price"));
    form->addRow(tr("Price (¥)"), mPrice);
    mPriceNote = new QLabel(this);
    mPriceNote->setObjectName(QStringLiteral("priceNote"));
    mPriceNote->setWordWrap(true);
    mPriceNote->setStyleSheet(core::colours::styleSheet(core::colours::Role::CautionText));
    mPriceNote->setVisible(false);
    form->addRow(QString(), mPriceNote);
    // Some categories refuse a price change within 24 h of upload (shared/DOMAIN.md): say so, do not block.
    connect(mPrice, &QLineEdit::textChanged, this, [this] {
        const bool recent = mMode == Mode::Edit && mItem.listedAt.isValid()
            && mItem.listedAt.secsTo(QDateTime::currentDateTime()) < 24 * 3600;
        const bool changed = mPrice->text().trimmed() != mItem.price.toPlainString();
        mPriceNote->setVisible(recent && changed);
        if (recent && changed)
            mPriceNote->setText(tr("Listed %1: some categories do not allow a price change within 24 hours of upload.")
                                    .arg(mItem.listedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    });
    mCost = new QLineEdit(this);
    form->addRow(tr("Cost (¥)"), mCost);
    mMinStock = new QSpinBox(this);
    mMinStock->setRange(0, 100000);
    mMinStock->setSpecialValueText(tr("default"));
    form->addRow(tr("Minimum stock"), mMinStock);
    mOnShelf = new QCheckBox(tr("On shelf"), this);
    mOnShelf->setObjectName(QStringLiteral("onShelf"));
    if (mode != Mode::Edit) { // a new item has no stock yet (ListingsService::addItem)
        mOnShelf->setChecked(false);
        mOnShelf->setEnabled(false);
        mOnShelf->setToolTip(tr("A new item stays off shelf until goods are received."));
    }
    mOutOfSeason = new QCheckBox(tr("Out of season"), this);
    auto *flags = new QHBoxLayout;
    flags->addWidget(mOnShelf);
    flags->addWidget(mOutOfSeason);
    flags->addStretch();
    form->addRow(QString(), flags);
    {
        mColors = new QLineEdit(this);
        mColors->setObjectName(QStringLiteral("colors"));
        mColors->setPlaceholderText(tr("e.g. 蓝色, 黑色"));
        form->addRow(tr("Colours"), mColors);
        mSizes = new QLineEdit(this);
        mSizes->setObjectName(QStringLiteral("sizes"));
        mSizes->setPlaceholderText(tr("e.g. 29, 30, 31, 32"));
        form->addRow(tr("Sizes"), mSizes);
        form->addRow(QString(),
            new QLabel(mode == Mode::Edit
                    ? tr("A new colour or size adds SKUs with in-store EAN-13 barcodes; existing SKUs stay.")
                    : tr("Each colour × size becomes a SKU with an in-store EAN-13 barcode."),
                this));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ItemDialog::reject);
    // Offered when a save is refused because another seat saved the item since the form was filled.
    mRevert = buttons->addButton(tr("&Revert to the saved item"), QDialogButtonBox::ResetRole);
    mRevert->setObjectName(QStringLiteral("revert"));
    mRevert->setToolTip(tr("Shows the item as it was saved last (on the other PC); your changes here are given up"));
    mRevert->setVisible(false);
    connect(mRevert, &QPushButton::clicked, this, &ItemDialog::revert);
    mError = new QLabel(this);
    mError->setObjectName(QStringLiteral("error"));
    mError->setStyleSheet(
        core::colours::styleSheet(core::colours::Role::BadText) + QStringLiteral(" font-weight: bold;"));
    mError->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mError);
    layout->addWidget(buttons);
    connect(mTitle, &QLineEdit::textChanged, this, &ItemDialog::checkTitle);
    fill(item);
}

void ItemDialog::fill(const core::Item &item)
{
    mItem = item;
    mCode->setText(item.code);
    mTitle->setText(item.title);
    const int ci = mCategory->findData(item.category);
    if (ci >= 0)
        mCategory->setCurrentIndex(ci);
    else
        mCategory->setEditText(item.category);
    mRole->setCurrentIndex(std::max(0, mRole->findData(item.role)));
    mMain->setChecked(item.mainPush);
    mPrice->setText(item.price.toPlainString());
    mCost->setText(item.cost.toPlainString());
    mMinStock->setValue(item.minStock);
    mOnShelf->setChecked(mMode == Mode::Edit && item.onShelf);
    mOutOfSeason->setChecked(item.outOfSeason);
    checkTitle();
}

void ItemDialog::showProblem(const QString &text)
{
    mError->setText(text);
    mError->setVisible(!text.isEmpty());
}

void ItemDialog::setSaving(Saving saving) { mSaving = std::move(saving); }

void ItemDialog::revert()
{
    if (!mSaving.reload)
        return;
    auto stored = mSaving.reload();
    if (!stored) {
        showProblem(stored.errorMessage());
        return;
    }
    fill(stored->item);
    setShortName(stored->shortName);
    setColorsAndSizes(stored->colors, stored->sizes);
    mRevert->setVisible(false);
    showProblem({});
    mTitle->setFocus();
}

void ItemDialog::checkTitle()
{
    const QString title = mTitle->text();
    const int bytes = TitleChecker::platformBytes(title.trimmed());
    mBytes->setText(tr("%1/%2 bytes").arg(bytes).arg(TitleChecker::kMaxBytes));
    QStringList problems;
    for (const TitleIssue &i : mChecker.check(title))
        problems << i.message;
    QStringList same;
    const QString mine = TitleChecker::normalised(title);
    for (const ItemTitle &o : mOthers)
        if (!mine.isEmpty() && TitleChecker::normalised(o.title) == mine)
            same << o.code;
    if (!same.isEmpty())
        problems << TitleChecker::tr("The same title as item %1.").arg(same.join(QStringLiteral(", ")));
    mReport->setText(
        problems.isEmpty() ? tr("The title keeps the platform's rules.") : problems.join(QLatin1Char('\n')));
    mReport->setStyleSheet(
        core::colours::styleSheet(problems.isEmpty() ? core::colours::Role::GoodText : core::colours::Role::BadText));
    mBytes->setStyleSheet(bytes > TitleChecker::kMaxBytes
            ? core::colours::styleSheet(core::colours::Role::BadText) + QStringLiteral(" font-weight: bold;")
            : QString());
}

QStringList ItemDialog::splitList(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[,，、;；\\s]+"));
    return text.split(sep, Qt::SkipEmptyParts);
}

QStringList ItemDialog::colors() const { return mColors ? splitList(mColors->text()) : QStringList(); }

QStringList ItemDialog::sizes() const { return mSizes ? splitList(mSizes->text()) : QStringList(); }

void ItemDialog::setColorsAndSizes(const QStringList &colors, const QStringList &sizes)
{
    if (mColors)
        mColors->setText(colors.join(QStringLiteral(", ")));
    if (mSizes)
        mSizes->setText(sizes.join(QStringLiteral(", ")));
}

core::Item ItemDialog::item() const
{
    core::Item i = mItem;
    i.code = mCode->text().trimmed();
    i.title = mTitle->text().trimmed();
    const int ci = mCategory->findText(mCategory->currentText());
    i.category = ci >= 0 ? mCategory->itemData(ci).toString() : mCategory->currentText().trimmed();
    i.role = mRole->currentData().toString();
    i.mainPush = mMain->isChecked();
    i.price = core::Money::parse(mPrice->text()).ok() ? *core::Money::parse(mPrice->text()) : core::Money();
    i.cost = core::Money::parse(mCost->text()).ok() ? *core::Money::parse(mCost->text()) : core::Money();
    i.minStock = mMinStock->value();
    i.outOfSeason = mOutOfSeason->isChecked();
    if (i.onShelf != mOnShelf->isChecked() || mMode != Mode::Edit)
        i.listedAt = mOnShelf->isChecked() ? QDateTime::currentDateTime() : QDateTime();
    i.onShelf = mOnShelf->isChecked();
    return i;
}

void ItemDialog::accept()
{
    QString problem;
    if (mCode->text().trimmed().isEmpty())
        problem = tr("Every item needs an item code (货号).");
    else if (mTitle->text().trimmed().isEmpty())
        problem = tr("Every item needs a title.");
    else if (auto p = core::Money::parse(mPrice->text()); !p || p->fen() < 0)
        problem = tr("The price “%1” is not an amount in yuan.").arg(mPrice->text());
    else if (auto c = core::Money::parse(mCost->text()); !c || c->fen() < 0)
        problem = tr("The cost “%1” is not an amount in yuan.").arg(mCost->text());
    if (problem.isEmpty())
        if (core::Status s = ListingsService::checkItem(item()); !s)
            problem = s.errorMessage();
    for (const ItemTitle &o : mOthers)
        if (problem.isEmpty() && o.code == mCode->text().trimmed())
            problem = tr("The item code %1 is already used by another item.").arg(o.code);
    showProblem(problem);
    if (!problem.isEmpty())
        return;
    if (mSaving.save) {
        if (core::Status s = mSaving.save(*this); !s) {
            // The form stays as the user filled it; a stale one may be set back to the stored item.
            showProblem(s.errorMessage());
            mRevert->setVisible(mSaving.stale && mSaving.stale());
            return;
        }
    }
    QDialog::accept();
}

QString ItemDialog::shortName() const { return mShortName->text().simplified(); }

void ItemDialog::setShortName(const QString &name) { mShortName->setText(name); }

} // namespace shopdesk::listings
