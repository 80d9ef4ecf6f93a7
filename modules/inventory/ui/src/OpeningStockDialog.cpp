#include "OpeningStockDialog.h"

#include "shopdesk/inventory/StocktakeRepository.h"

#include <shopdesk/core/FileDialog.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace shopdesk::inventory {

OpeningStockDialog::OpeningStockDialog(const core::PanelContext &context, PurchaseService &service, QWidget *parent)
    : QDialog(parent)
    , mContext(context)
    , mService(service)
{
    setObjectName(QStringLiteral("openingStockDialog"));
    setWindowTitle(tr("Opening stock"));
    mIntro = new QLabel(tr("Book what the shelves hold now as the opening stock (期初库存) of the ledger: each "
                           "SKU's count becomes its first entry. Do this once, when the shop starts with ShopDesk."),
        this);
    mIntro->setWordWrap(true);
    mFromFile = new QRadioButton(tr("From a &count file (CSV or Excel .xlsx with the columns 条码 and 数量)"), this);
    mFromFile->setObjectName(QStringLiteral("openingFromFile"));
    mFile = new QLineEdit(this);
    mFile->setObjectName(QStringLiteral("openingFile"));
    mBrowse = new QPushButton(tr("Bro&wse…"), this);
    mFromCount = new QRadioButton(this);
    mFromCount->setObjectName(QStringLiteral("openingFromStocktake"));
    mAlongside
        = new QCheckBox(tr("Also for SKUs that have movements already (book the opening stock beside them)"), this);
    mAlongside->setObjectName(QStringLiteral("openingAlongsideMoves"));
    mOutcome = new QLabel(this);
    mOutcome->setObjectName(QStringLiteral("openingOutcome"));
    mOutcome->setWordWrap(true);
    mOutcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mButtons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mBook = mButtons->addButton(tr("&Book opening stock"), QDialogButtonBox::ActionRole);
    mBook->setObjectName(QStringLiteral("bookOpeningStock"));

    auto open = StocktakeRepository(mContext.db).openCount();
    if (open && *open) {
        mOpenCount = (*open)->id;
        mFromCount->setText(tr("From the open &stock-take %1 (%n SKU(s) counted so far)", nullptr, (*open)->skuCount)
                                .arg((*open)->number()));
    } else {
        mFromCount->setText(tr("From the open &stock-take (none is open: start one in Stock-take)"));
        mFromCount->setEnabled(false);
    }
    mFromFile->setChecked(true);

    auto *v = new QVBoxLayout(this);
    v->addWidget(mIntro);
    auto *grid = new QGridLayout;
    grid->addWidget(mFromFile, 0, 0, 1, 2);
    grid->addWidget(mFile, 1, 0);
    grid->addWidget(mBrowse, 1, 1);
    grid->addWidget(mFromCount, 2, 0, 1, 2);
    v->addLayout(grid);
    v->addWidget(mAlongside);
    v->addWidget(mOutcome);
    v->addStretch();
    v->addWidget(mButtons);

    connect(mBrowse, &QPushButton::clicked, this, &OpeningStockDialog::chooseFile);
    connect(mBook, &QPushButton::clicked, this, &OpeningStockDialog::book);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mFromFile, &QRadioButton::toggled, this, &OpeningStockDialog::updateButtons);
    connect(mFile, &QLineEdit::textChanged, this, &OpeningStockDialog::updateButtons);
    updateButtons();
    resize(560, sizeHint().height());
}

void OpeningStockDialog::updateButtons()
{
    mFile->setEnabled(mFromFile->isChecked());
    mBrowse->setEnabled(mFromFile->isChecked());
    mBook->setEnabled(mFromFile->isChecked() ? !mFile->text().trimmed().isEmpty() : mOpenCount != 0);
}

void OpeningStockDialog::chooseFile()
{
    const QString path = core::FileDialog::getOpenFileName(
        this, tr("Opening stock: the count file"), QString(), tr("Count files (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        mFile->setText(QDir::toNativeSeparators(path));
}

bool OpeningStockDialog::book()
{
    const bool alongside = mAlongside->isChecked();
    const QString path = QDir::fromNativeSeparators(mFile->text().trimmed());
    const core::Result<OpeningResult> booked = mFromFile->isChecked()
        ? mService.openingFromFile(path, mContext.actor, alongside)
        : mService.openingFromStocktake(mOpenCount, mContext.actor, alongside);
    if (!booked) {
        mOutcome->setText(booked.errorMessage());
        return false;
    }
    const QString done = tr("Opening stock booked (%1): %n piece(s) over %2 SKU(s).", nullptr,
        static_cast<int>(std::min<qint64>(booked->pieces, std::numeric_limits<int>::max())))
                             .arg(booked->reference)
                             .arg(booked->skus);
    mOutcome->setText(done);
    mBook->setEnabled(false); // once
    mContext.events.reportDone(done);
    mContext.events.notifyChanged(core::Topic::Stock);
    Q_EMIT stockChanged();
    return true;
}

} // namespace shopdesk::inventory
