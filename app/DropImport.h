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

    explicit DropImport(MainWindow *window);

    /// Handles dropped files as a drop would: true when something was opened or imported.
    bool handle(const QStringList &paths);
    /// Replaces the question (tests).
    void setChooser(Chooser chooser) { mChooser = std::move(chooser); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<Kind> ask(const QString &path, const QList<Kind> &candidates);
    bool importAs(Kind kind, const QString &path, const QString &partner = {});
    bool invoke(const QString &workbench, const QString &view, const char *method, const QString &path,
        const QString *second = nullptr);

    MainWindow *mWindow;
    Chooser mChooser;
};

} // namespace shopdesk::app
