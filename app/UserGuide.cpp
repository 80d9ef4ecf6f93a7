#include "UserGuide.h"

#include <shopdesk/core/Language.h>

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace shopdesk::app {

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
    , mPages(new QListWidget(this))
    , mBrowser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    mPages->setObjectName(QStringLiteral("guidePages"));
    mBrowser->setObjectName(QStringLiteral("guideBrowser"));
    mBrowser->setOpenExternalLinks(false);
    mPages->setMaximumWidth(220);
    auto *row = new QHBoxLayout;
    row->addWidget(mPages);
    row->addWidget(mBrowser, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    for (const QString &page : pages()) {
        auto *item = new QListWidgetItem(mPages);
        item->setData(Qt::UserRole, page);
    }
    connect(mPages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            mBrowser->setSource(QUrl(QStringLiteral("qrc") + pageResource(guideLanguage(), pages().at(row))));
    });
    // A link between pages ("manager.html") stays in the guide's language: the browser resolves
    // it next to the page shown; the list follows.
    connect(mBrowser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        const QString page = url.fileName().section(QLatin1Char('.'), 0, 0);
        const int row = int(pages().indexOf(page));
        if (row >= 0 && row != mPages->currentRow()) {
            const QSignalBlocker block(mPages);
            mPages->setCurrentRow(row);
        }
    });
    resize(820, 600);
    retranslateUi();
    mPages->setCurrentRow(0);
}

QStringList UserGuide::pages()
{
    return { QStringLiteral("index"), QStringLiteral("manager"), QStringLiteral("service"), QStringLiteral("warehouse"),
        QStringLiteral("stocktake"), QStringLiteral("moving-in") };
}

QString UserGuide::pageResource(const QString &language, const QString &page)
{
    return QStringLiteral(":/shopdesk/guide/%1/%2.html").arg(language, page);
}

QString UserGuide::guideLanguage()
{
    return core::language::current() == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

void UserGuide::showPage(const QString &page)
{
    const int row = int(pages().indexOf(page));
    if (row >= 0)
        mPages->setCurrentRow(row);
}

QString UserGuide::currentPage() const
{
    const QListWidgetItem *item = mPages->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString UserGuide::pageTitle(const QString &page) const
{
    if (page == QLatin1String("index"))
        return tr("Start here");
    if (page == QLatin1String("manager"))
        return tr("Store manager (店长)");
    if (page == QLatin1String("service"))
        return tr("Customer service (客服)");
    if (page == QLatin1String("warehouse"))
        return tr("Warehouse (仓管)");
    if (page == QLatin1String("stocktake"))
        return tr("Stock-take (盘点)");
    if (page == QLatin1String("moving-in"))
        return tr("Moving your shop in");
    return page;
}

void UserGuide::retranslateUi()
{
    setWindowTitle(tr("ShopDesk user guide"));
    for (int i = 0; i < mPages->count(); ++i)
        mPages->item(i)->setText(pageTitle(mPages->item(i)->data(Qt::UserRole).toString()));
    const int row = mPages->currentRow();
    if (row >= 0)
        mBrowser->setSource(QUrl(QStringLiteral("qrc") + pageResource(guideLanguage(), pages().at(row))));
}

void UserGuide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace shopdesk::app
