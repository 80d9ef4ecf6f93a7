#include "TitlesView.h"

#include "ListingsService.h"
#include "commands/ChangeSettingsCommand.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::listings {

using core::ColumnKind;

core::RecordTableModel *TitlesView::newModel()
{
    return new core::RecordTableModel({ { [] { return tr("Item code"); } }, { [] { return tr("Title"); } },
        { [] { return tr("Bytes"); }, ColumnKind::Integer }, { [] { return tr("Problems"); } } });
}

TitlesView::TitlesView(const ViewContext &context, QWidget *parent)
    : ReportView(context, newModel(), QStringLiteral("titlesTable"), parent)
    , mWords(new QPushButton(this))
{
    setObjectName(QStringLiteral("titlesView"));
    table()->setWordWrap(true);
    mWords->setObjectName(QStringLiteral("titleWords"));
    connect(mWords, &QPushButton::clicked, this, &TitlesView::editShopWords);
    auto *top = new QHBoxLayout;
    top->addWidget(summary(), 1);
    top->addWidget(mWords);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(table(), 1);
    retranslateUi();
}

void TitlesView::retranslateUi()
{
    mWords->setText(tr("Shop's own &words…"));
    mWords->setToolTip(tr("Words this shop's titles must not carry, beyond the built-in list of absolute words"));
    ReportView::retranslateUi();
}

void TitlesView::refresh()
{
    auto rows = mContext.service.titles();
    if (!report(rows.status()))
        return;
    QList<QVariantList> out;
    out.reserve(rows->size());
    for (const TitleReportRow &row : *rows) {
        QStringList problems;
        for (const TitleIssue &i : row.issues)
            problems << i.message;
        out.append({ row.item.code, row.item.title, row.bytes, problems.join(QLatin1Char(' ')) });
    }
    mModel->setRows(std::move(out));
    fitColumns();
    summary()->setText(rows->isEmpty() ? tr("Every title keeps the rules: at most 60 bytes, no absolute words, "
                                            "keywords separated by spaces, no duplicates.")
                                       : tr("%n title(s) break a rule.", nullptr, int(rows->size())));
}

void TitlesView::editShopWords()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Shop's own title words"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *help
        = new QLabel(tr("One word a line, optionally followed by a tab or a comma and the reason shown when a title "
                        "carries it. These words are added to the built-in list of absolute words (%1 words) and "
                        "to %2 in your data folder.")
                         .arg(TitleChecker::defaultWords().size())
                         .arg(TitleChecker::kUserWordsFile),
            &dialog);
    help->setWordWrap(true);
    auto *edit = new QPlainTextEdit(&dialog);
    edit->setPlainText(mContext.service.shopWords());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(help);
    layout->addWidget(edit, 1);
    layout->addWidget(buttons);
    dialog.resize(480, 360);
    if (dialog.exec() == QDialog::Accepted)
        setShopWords(edit->toPlainText());
}

void TitlesView::setShopWords(const QString &text)
{
    const QString before = mContext.service.shopWords();
    if (before == text)
        return;
    const QString key = TitleChecker::kShopWordsSetting;
    mContext.undoStack->push(new ChangeSettingsCommand(mContext.service, mContext.events,
        [] { return tr("Change the shop's title words"); }, { { key, before } }, { { key, text } }));
}

} // namespace shopdesk::listings
