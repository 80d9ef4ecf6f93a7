#pragma once

#include "shopdesk/inventory/StocktakeService.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace shopdesk::inventory {

/// The stock-take's count list and its commands: the month-end reminder, the counts (open,
/// posted, reversed) with the shown one's status, the scope of a new count, Start / Post /
/// Reverse / Import counts / Report. Post and Reverse ask inline, beside the list — not in a
/// modal box, which would take a scan typed meanwhile (and its Enter would answer it).
class StocktakeCountBar : public QWidget {
    Q_OBJECT
public:
    explicit StocktakeCountBar(QWidget *parent = nullptr);

    void retranslateUi();
    void setCounts(const QList<Stocktake> &counts, const std::optional<Stocktake> &shown);
    /// The categories a count may be limited to (codes).
    void setCategories(const QStringList &categories);
    /// The scope chosen for a new count ("" for the whole store).
    QString scope() const;
    /// Whether a new count is to be blind (盲盘: the counters do not see 应有数).
    bool blind() const;
    void setStatus(const QString &text);
    void setReminder(const QString &text, bool show);
    void setState(bool anyOpen, bool open, bool posted, bool shown);
    /// Shows `question` with a button `confirm` that calls `yes`; Cancel (or another question) drops it.
    void ask(const QString &question, const QString &confirm, std::function<void()> yes);

Q_SIGNALS:
    void countChosen(qint64 id);
    void startRequested();
    void postRequested();
    void reverseRequested();
    void importRequested();
    void reportRequested(const QString &format);
    /// The user answered (or dismissed) a question: the scan field may take the focus back.
    void answered();

private:
    QLabel *mReminder;
    QLabel *mStatus;
    QComboBox *mCounts;
    QComboBox *mScope;
    QCheckBox *mBlind;
    QPushButton *mStart, *mPost, *mReverse;
    QToolButton *mExport;
    QPushButton *mImport;
    QWidget *mQuestionRow;
    QLabel *mQuestion;
    QPushButton *mConfirm, *mCancel;
    std::function<void()> mYes;
    QStringList mCategories;
};

} // namespace shopdesk::inventory
