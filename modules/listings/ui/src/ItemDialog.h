#pragma once

#include "TitleChecker.h"

#include <shopdesk/core/Records.h>

#include <QDialog>

class QCheckBox;
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

    void accept() override;

private:
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
};

} // namespace shopdesk::listings
