#pragma once

#include "ImportClassifier.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace shopdesk::app {

class MainWindow;

/// Files dropped on the main window: a shop file is opened; an importable file (items, the
/// platform's order export with its items export, a receiving note, counted quantities, the KPI
/// export, the reply library, a tracking list) is imported through the very view method its menu
/// command runs after its file dialog. Which importer is decided from the file's header
/// (ImportClassifier); when that cannot tell, the user is asked.
class DropImport : public QObject {
    Q_OBJECT
public:
    using Kind = ImportClassifier::Kind;
    /// Asks which importer a file is for; nullopt when the user cancels.
    using Chooser = std::function<std::optional<Kind>(const QString &path, const QList<Kind> &candidates)>;
    /// Asks which sheet of a workbook to import; nullopt when the user cancels.
    using SheetChooser = std::function<std::optional<QString>(const QString &path, const QStringList &sheets)>;

    explicit DropImport(MainWindow *window);

    /// Handles dropped files as a drop would: true when something was opened or imported.
    bool handle(const QStringList &paths);
    /// Replaces the question (tests).
    void setChooser(Chooser chooser) { mChooser = std::move(chooser); }
    /// Replaces the sheet question (tests). An .xlsx file of several sheets is asked about only
    /// when not exactly one of its sheets names an importer in its header.
    void setSheetChooser(SheetChooser chooser) { mSheetChooser = std::move(chooser); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Dropped {
        QString path;
        QList<Kind> kinds;
        QString sheet; ///< the sheet of a workbook to import (empty: the first, or not a workbook)
        bool firstSheet = true;
    };
    /// What a file is: its kinds and, for a workbook of several sheets, the sheet chosen. False
    /// when the user cancelled the sheet question.
    bool inspect(const QString &path, Dropped &out);
    std::optional<QString> askSheet(const QString &path, const QStringList &sheets);
    std::optional<Kind> ask(const QString &path, const QList<Kind> &candidates);
    bool importAs(Kind kind, const QString &path, const QString &partner = {});
    bool invoke(const QString &workbench, const QString &view, const char *method, const QString &path,
        const QString *second = nullptr);

    MainWindow *mWindow;
    Chooser mChooser;
    SheetChooser mSheetChooser;
};

} // namespace shopdesk::app
