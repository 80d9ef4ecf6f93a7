#pragma once

#include "ShopForms.h"

#include <QDialog>
#include <QWizard>

class QDialogButtonBox;
class QLabel;
class QTabWidget;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace shopdesk::app {

/// New shop…: where the file goes, then the shop's own data form by form. The file is made, and
/// everything entered written in one transaction, only when the user finishes (MainWindow).
class NewShopWizard final : public QWizard {
    Q_OBJECT
public:
    explicit NewShopWizard(const QString &suggestedFile, QWidget *parent = nullptr);

    QString filePath() const;
    /// Everything entered, as one batch of shop settings.
    core::ShopSettings::Batch settings() const;
    /// The staff entered (the first is who is working now).
    QStringList staff() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QList<ShopForm *> mForms;
    QLineEdit *mFile;
    QPushButton *mBrowse;
    QLabel *mFileLabel, *mFileHint;
};

/// File → Shop settings…: every form on a tab; OK writes them in one transaction.
class ShopSettingsDialog final : public QDialog {
    Q_OBJECT
public:
    ShopSettingsDialog(const core::ShopSettings &current, QWidget *parent = nullptr);

    core::ShopSettings::Batch settings() const;
    /// The first form's problem, if any (OK stays disabled while there is one).
    QString problem() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void check();
    QList<ShopForm *> mForms;
    QTabWidget *mTabs;
    QLabel *mProblem;
    QDialogButtonBox *mButtons;
};

/// What the window shows while no shop is open (as glabels-qt and office suites do): new shop,
/// open, the demo shop, and the recent shops.
class StartPage final : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);

Q_SIGNALS:
    void newShopRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *mTitle, *mHint, *mRecentLabel;
    QPushButton *mNew, *mOpen, *mDemo;
    QListWidget *mRecent;
};

} // namespace shopdesk::app
