#pragma once

#include "ItemsModel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDataStream;
class QLabel;
class QLineEdit;

namespace shopdesk::listings {

/// The filters above the items table: instant search (item code, title words, category; a
/// scanner's barcode and Enter), category, role, shelf state and main push, and the count shown.
class ItemsFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit ItemsFilterBar(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return mSearch; }
    ItemFilter filter() const;
    /// The categories the items carry, keeping the one chosen.
    void setCategories(const ItemsModel &model);
    void showCount(int shown, int total);
    /// The filter choice (not the search text), as saved with the view.
    void saveTo(QDataStream &out) const;
    void restoreFrom(QDataStream &in);

Q_SIGNALS:
    void filterChanged();
    void returnPressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLineEdit *mSearch;
    QComboBox *mCategory, *mRole, *mShelf;
    QCheckBox *mMainOnly;
    QLabel *mCount;
    QStringList mCategories;
    int mShown = 0, mTotal = 0;
};

} // namespace shopdesk::listings
