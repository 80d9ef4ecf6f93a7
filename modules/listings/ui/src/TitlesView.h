#pragma once

#include "ReportView.h"

class QPushButton;

namespace shopdesk::listings {

/// 标题检查: the titles that break a platform rule (over 60 bytes, absolute words, no spaces
/// between keywords, a duplicate), and the shop's own words its titles must not carry.
class TitlesView : public ReportView {
    Q_OBJECT
public:
    explicit TitlesView(const ViewContext &context, QWidget *parent = nullptr);

    /// The shop's own absolute words ("word<TAB>reason" lines), as an undo command.
    void setShopWords(const QString &text);

protected:
    void refresh() override;
    void retranslateUi() override;

private:
    static core::RecordTableModel *newModel();
    void editShopWords();

    QPushButton *mWords;
};

} // namespace shopdesk::listings
