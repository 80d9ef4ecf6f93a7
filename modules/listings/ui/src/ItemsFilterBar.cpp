#include "ItemsFilterBar.h"

#include <shopdesk/core/Vocabulary.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace shopdesk::listings {

using core::Vocabulary;

ItemsFilterBar::ItemsFilterBar(QWidget *parent)
    : QWidget(parent)
    , mSearch(new QLineEdit(this))
    , mCategory(new QComboBox(this))
    , mRole(new QComboBox(this))
    , mShelf(new QComboBox(this))
    , mMainOnly(new QCheckBox(this))
    , mCount(new QLabel(this))
{
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setClearButtonEnabled(true);
    mCategory->setObjectName(QStringLiteral("categoryFilter"));
    mRole->setObjectName(QStringLiteral("roleFilter"));
    mRole->addItem(QString(), QString());
    for (const QString &r : core::codes::roles())
        mRole->addItem(QString(), r);
    mShelf->setObjectName(QStringLiteral("shelfFilter"));
    mShelf->addItems({ QString(), QString(), QString() });
    mMainOnly->setObjectName(QStringLiteral("mainPushFilter"));
    mCount->setObjectName(QStringLiteral("count"));
    // The search on a line of its own: the dock is often narrow (a laptop holds several side by side).
    mSearch->setMinimumWidth(200);
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(mCategory);
    filters->addWidget(mRole);
    filters->addWidget(mShelf);
    filters->addWidget(mMainOnly);
    filters->addStretch();
    filters->addWidget(mCount);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mSearch);
    layout->addLayout(filters);
    connect(mSearch, &QLineEdit::textChanged, this, &ItemsFilterBar::filterChanged);
    connect(mSearch, &QLineEdit::returnPressed, this, &ItemsFilterBar::returnPressed);
    for (QComboBox *c : { mCategory, mRole, mShelf })
        connect(c, &QComboBox::currentIndexChanged, this, &ItemsFilterBar::filterChanged);
    connect(mMainOnly, &QCheckBox::toggled, this, &ItemsFilterBar::filterChanged);
    retranslateUi();
}

void ItemsFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ItemsFilterBar::retranslateUi()
{
    mSearch->setPlaceholderText(tr("Search item code, title words, category…"));
    mRole->setItemText(0, tr("All roles"));
    for (int i = 1; i < mRole->count(); ++i)
        mRole->setItemText(i, Vocabulary::role(mRole->itemData(i).toString()));
    mShelf->setItemText(0, tr("On and off shelf"));
    mShelf->setItemText(1, tr("On shelf"));
    mShelf->setItemText(2, tr("Off shelf"));
    mMainOnly->setText(tr("Main push only"));
    const QString chosen = mCategory->currentData().toString();
    const QSignalBlocker block(mCategory);
    mCategory->clear();
    mCategory->addItem(tr("All categories"), QString());
    for (const QString &c : std::as_const(mCategories))
        mCategory->addItem(Vocabulary::category(c), c);
    mCategory->setCurrentIndex(std::max(0, mCategory->findData(chosen)));
    showCount(mShown, mTotal);
}

ItemFilter ItemsFilterBar::filter() const
{
    ItemFilter f;
    f.words = ItemFilter::splitWords(mSearch->text());
    f.category = mCategory->currentData().toString();
    f.role = mRole->currentData().toString();
    f.shelf = ItemFilter::Shelf(std::max(0, mShelf->currentIndex()));
    f.mainPushOnly = mMainOnly->isChecked();
    return f;
}

void ItemsFilterBar::setCategories(const ItemsModel &model)
{
    QStringList categories;
    for (int r = 0; r < model.rowCount(); ++r)
        if (!categories.contains(model.at(r).item.category))
            categories << model.at(r).item.category;
    categories.sort();
    if (categories == mCategories)
        return;
    mCategories = categories;
    retranslateUi();
}

void ItemsFilterBar::showCount(int shown, int total)
{
    mShown = shown;
    mTotal = total;
    mCount->setText(shown == total ? tr("%n item(s)", nullptr, total) : tr("%1 of %2 items").arg(shown).arg(total));
}

void ItemsFilterBar::saveTo(QDataStream &out) const
{
    out << mCategory->currentData().toString() << mRole->currentData().toString() << qint32(mShelf->currentIndex())
        << mMainOnly->isChecked();
}

void ItemsFilterBar::restoreFrom(QDataStream &in)
{
    QString category, role;
    qint32 shelf = 0;
    bool mainOnly = false;
    in >> category >> role >> shelf >> mainOnly;
    if (in.status() != QDataStream::Ok)
        return;
    mCategory->setCurrentIndex(std::max(0, mCategory->findData(category)));
    mRole->setCurrentIndex(std::max(0, mRole->findData(role)));
    mShelf->setCurrentIndex(std::clamp(int(shelf), 0, int(mShelf->count()) - 1));
    mMainOnly->setChecked(mainOnly);
}

} // namespace shopdesk::listings
