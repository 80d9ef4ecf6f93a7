#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QTextBrowser;

namespace shopdesk::app {

/// Help → User guide (F1): short pages, one per role (店长, 客服, 仓管, 盘点) and one on moving a
/// shop in, in Chinese and English, as HTML in the program's resources. The pages follow the
/// interface language, also when it changes while the guide is open.
class UserGuide : public QDialog {
    Q_OBJECT
public:
    explicit UserGuide(QWidget *parent = nullptr);

    /// The pages' ids, in the order the guide lists them.
    static QStringList pages();
    /// The resource holding a page in a language ("zh_CN" or "en").
    static QString pageResource(const QString &language, const QString &page);
    /// The guide's language for the interface language (Chinese unless English was chosen).
    static QString guideLanguage();

    void showPage(const QString &page);
    QString currentPage() const;
    QTextBrowser *browser() const { return mBrowser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString pageTitle(const QString &page) const;

    QListWidget *mPages;
    QTextBrowser *mBrowser;
};

} // namespace shopdesk::app
