#include "DropImport.h"

#include "AppSettings.h"
#include "MainWindow.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/inventory/ReceivingRepository.h>

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QUrl>

namespace shopdesk::app {

namespace {
QStringList localFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            out << url.toLocalFile();
    return out;
}
} // namespace

DropImport::DropImport(MainWindow *window)
    : QObject(window)
    , mWindow(window)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool DropImport::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != mWindow)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        return false;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (files.isEmpty())
            return false;
        drop->acceptProposedAction();
        handle(files);
        return true;
    }
    return false;
}

namespace {
bool isWorkbookFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArrayLiteral("PK\x03\x04");
}

/// The sheet every .xlsx import reads while a dropped workbook is imported, as `--sheet` sets it
/// for shopdesk-cli; the choice before it comes back afterwards.
class SheetScope {
public:
    explicit SheetScope(const QString &sheet)
        : mBefore(core::CsvFile::sheetChoice())
        , mSet(!sheet.isEmpty())
    {
        if (mSet)
            core::CsvFile::setSheetChoice(sheet);
    }
    ~SheetScope()
    {
        if (mSet)
            core::CsvFile::setSheetChoice(mBefore);
    }
    SheetScope(const SheetScope &) = delete;
    SheetScope &operator=(const SheetScope &) = delete;

private:
    QString mBefore;
    bool mSet;
};
} // namespace

bool DropImport::inspect(const QString &path, Dropped &out)
{
    out.path = path;
    const QList<ImportClassifier::Sheet> sheets = ImportClassifier::classifySheets(path);
    if (sheets.size() <= 1) {
        out.kinds = sheets.isEmpty() ? ImportClassifier::classifyFile(path) : sheets.first().kinds;
        return true;
    }
    // Several sheets: the one whose header names an importer, else the user says which.
    QList<ImportClassifier::Sheet> named;
    for (const ImportClassifier::Sheet &s : sheets)
        if (!s.kinds.isEmpty())
            named << s;
    QString chosen;
    if (named.size() == 1) {
        chosen = named.first().name;
    } else {
        QStringList names;
        for (const ImportClassifier::Sheet &s : named.isEmpty() ? sheets : named)
            names << s.name;
        const std::optional<QString> answer = askSheet(path, names);
        if (!answer)
            return false;
        chosen = *answer;
    }
    for (const ImportClassifier::Sheet &s : sheets)
        if (s.name == chosen)
            out.kinds = s.kinds;
    out.sheet = chosen;
    out.firstSheet = chosen == sheets.first().name;
    return true;
}

std::optional<QString> DropImport::askSheet(const QString &path, const QStringList &sheets)
{
    if (mSheetChooser)
        return mSheetChooser(path, sheets);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(mWindow, tr("Choose a sheet"),
        tr("“%1” has several sheets. Import the sheet:").arg(QFileInfo(path).fileName()), sheets, 0, false, &ok);
    if (!ok || !sheets.contains(chosen))
        return std::nullopt;
    return chosen;
}

bool DropImport::handle(const QStringList &paths)
{
    // A shop among the files is opened (one at a time); the rest wait for it.
    QList<Dropped> files;
    for (const QString &path : paths) {
        if (!isWorkbookFile(path) && ImportClassifier::classifyFile(path) == QList<Kind> { Kind::Shop })
            return mWindow->openShop(path);
    }
    if (!mWindow->shop()) {
        mWindow->showError(tr("Open a shop first; then files dropped on the window are imported into it."));
        return false;
    }
    for (const QString &path : paths) {
        Dropped d;
        if (inspect(path, d))
            files.append(d);
    }
    // Decide every file first, then pair the order export with its items export.
    QList<std::pair<Dropped, Kind>> decided;
    for (const Dropped &d : std::as_const(files)) {
        const std::optional<Kind> kind
            = d.kinds.size() == 1 ? std::optional<Kind>(d.kinds.first()) : ask(d.path, d.kinds);
        if (!kind)
            continue;
        decided.append({ d, *kind });
    }
    QString orders, lines;
    for (const auto &[d, kind] : std::as_const(decided)) {
        if (kind == Kind::Orders && orders.isEmpty())
            orders = d.path;
        else if (kind == Kind::OrderLines && lines.isEmpty())
            lines = d.path;
    }
    if (!lines.isEmpty() && orders.isEmpty()) {
        mWindow->showError(tr("“%1” is the order items export: drop it together with the order export it belongs to.")
                               .arg(QDir::toNativeSeparators(lines)));
        return false;
    }
    bool any = false;
    for (const auto &[d, kind] : std::as_const(decided)) {
        if (kind == Kind::OrderLines)
            continue; // imported with its orders
        if (kind == Kind::Orders && !d.firstSheet) {
            // The order export is read in the background, together with its items export: from
            // the first sheet of each.
            mWindow->showError(tr("The order export is read from the first sheet of “%1”: move the sheet “%2” to "
                                  "the front in Excel, or save it as CSV, and drop it again.")
                                   .arg(QDir::toNativeSeparators(d.path), d.sheet));
            continue;
        }
        const SheetScope sheet(d.firstSheet ? QString() : d.sheet);
        any = importAs(kind, d.path, kind == Kind::Orders && d.path == orders ? lines : QString()) || any;
    }
    return any;
}

std::optional<DropImport::Kind> DropImport::ask(const QString &path, const QList<Kind> &candidates)
{
    const QList<Kind> offered = candidates.isEmpty() ? ImportClassifier::importable() : candidates;
    if (mChooser)
        return mChooser(path, offered);
    QStringList titles;
    for (Kind k : offered)
        titles << ImportClassifier::title(k);
    bool ok = false;
    const QString label = candidates.isEmpty()
        ? tr("ShopDesk cannot tell from its columns what “%1” holds. Import it as:").arg(QFileInfo(path).fileName())
        : tr("“%1” could be one of these. Import it as:").arg(QFileInfo(path).fileName());
    const QString chosen = QInputDialog::getItem(mWindow, tr("Import a dropped file"), label, titles, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    const qsizetype i = titles.indexOf(chosen);
    return i < 0 ? std::nullopt : std::optional<Kind>(offered.at(i));
}

bool DropImport::invoke(
    const QString &workbench, const QString &view, const char *method, const QString &path, const QString *second)
{
    core::Workbench *wb = mWindow->workbench(workbench);
    QObject *target = wb ? wb->view(view) : nullptr;
    const bool ok = target
        && (second ? QMetaObject::invokeMethod(
                target, method, Qt::DirectConnection, Q_ARG(QString, path), Q_ARG(QString, *second))
                   : QMetaObject::invokeMethod(target, method, Qt::DirectConnection, Q_ARG(QString, path)));
    if (!ok) {
        mWindow->showError(tr("“%1” cannot be imported in this window.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    wb->raiseView(view);
    return true;
}

bool DropImport::importAs(Kind kind, const QString &path, const QString &partner)
{
    switch (kind) {
    case Kind::Shop:
        return mWindow->openShop(path);
    case Kind::Items:
        return invoke(QStringLiteral("listings"), QStringLiteral("items"), "importFrom", path);
    case Kind::Orders:
        return invoke(QStringLiteral("shipping"), QStringLiteral("queue"), "startImport", path, &partner);
    case Kind::OrderLines:
        return false;
    case Kind::TrackingList:
        return invoke(QStringLiteral("shipping"), QStringLiteral("queue"), "importTrackingList", path);
    case Kind::StockCount:
        return invoke(QStringLiteral("inventory"), QStringLiteral("stocktake"), "importCountsFrom", path);
    case Kind::Kpi:
        return invoke(QStringLiteral("kpi"), QStringLiteral("daily"), "importFile", path);
    case Kind::Replies:
        return invoke(QStringLiteral("service"), QStringLiteral("replies"), "importLibraryFrom", path);
    case Kind::ReceivingNote: {
        // The receiving view has no import of its own: the note is posted as `shopdesk-cli receive` does.
        QString actor = QSettings().value(settings::kActor).toString();
        if (actor.isEmpty())
            actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        auto note = inventory::ReceivingRepository(*mWindow->shop()).importAndPost(path, actor);
        if (!note) {
            mWindow->showError(note.errorMessage());
            return false;
        }
        mWindow->events()->notifyChanged(core::Topic::Stock);
        if (core::Workbench *wb = mWindow->workbench(QStringLiteral("inventory")))
            wb->raiseView(QStringLiteral("receiving"));
        mWindow->statusBar()->showMessage(
            tr("Receiving note %1 posted from %2.").arg(note->noteNo, QDir::toNativeSeparators(path)), 8000);
        return true;
    }
    }
    return false;
}

} // namespace shopdesk::app
