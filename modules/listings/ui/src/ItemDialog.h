#pragma once

#include "TitleChecker.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/Result.h>

#include <QDialog>

#include <functional>

class QCheckBox;
class QPushButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shopdesk::listings {

/// Adds, edits or copies an item. The title is checked while the user types (bytes, absolute
/// words, spaces, duplicates of other items' titles); for a new item, colours × sizes give its SKUs.
class ItemDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit, Copy };
    ItemDialog(Mode mode, const core::Item &item, TitleChecker checker, QList<ItemTitle> otherTitles,
        QStringList categories, QWidget *parent = nullptr);

    core::Item item() const;
    QStringList colors() const;
    QStringList sizes() const;
    void setColorsAndSizes(const QStringList &colors, const QStringList &sizes);
    /// The short name (简称) messages to buyers call the item by; empty: its category's name.
    QString shortName() const;
    void setShortName(const QString &name);

    QLineEdit *titleField() const { return mTitle; }
    QLabel *titleReport() const { return mReport; }
    QLabel *errorLabel() const { return mError; }

    /// The item as it is in the shop now, with its short name and its SKUs' colours and sizes.
    struct Stored {
        core::Item item;
        QString shortName;
        QStringList colors, sizes;
    };
    /// How an edit form saves itself. With it, OK saves while the form is open and closes it only
    /// when the save went through; a refused save stays in the form, its message shown, nothing
    /// the user typed lost. When another seat saved the item since the form was filled (`stale`,
    /// asked after a refusal), Revert is offered: the form then shows the item as that seat left
    /// it (`reload`, which also takes its version as the one the next save claims), and the user
    /// makes the change again over it.
    struct Saving {
        std::function<core::Status(const ItemDialog &)> save;
        std::function<bool()> stale;
        std::function<core::Result<Stored>()> reload;
    };
    void setSaving(Saving saving);
    /// Shows the item as it is stored now (see Saving), the user's changes given up.
    void revert();
    QPushButton *revertButton() const { return mRevert; }

    void accept() override;

private:
    void fill(const core::Item &item);
    void showProblem(const QString &text);
    void checkTitle();
    static QStringList splitList(const QString &text);

    Mode mMode;
    core::Item mItem;
    TitleChecker mChecker;
    QList<ItemTitle> mOthers;
    QLineEdit *mCode, *mTitle, *mPrice, *mCost, *mColors = nullptr, *mSizes = nullptr;
    QLabel *mBytes, *mReport, *mError, *mPriceNote;
    QComboBox *mCategory, *mRole;
    QCheckBox *mMain, *mOnShelf, *mOutOfSeason;
    QSpinBox *mMinStock;
    QLineEdit *mShortName = nullptr;
    QPushButton *mRevert = nullptr;
    Saving mSaving;
};

} // namespace shopdesk::listings
