#include "shopdesk/core/FileDialog.h"

#include "shopdesk/core/Database.h"

#include <QDir>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeDatabase>

namespace shopdesk::core {

namespace {

/// Types and icons from the file's name, never from its bytes (QFileIconProvider's own type() and
/// icon() ask QMimeDatabase with MatchDefault, which opens the file when its name is not enough).
class NameOnlyIconProvider : public QFileIconProvider {
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isRoot())
            return QFileIconProvider::icon(Drive);
        if (info.isDir())
            return QFileIconProvider::icon(Folder);
        const QMimeType mime = mimeOf(info);
        QIcon icon = QIcon::fromTheme(mime.iconName());
        if (icon.isNull())
            icon = QIcon::fromTheme(mime.genericIconName());
        return icon.isNull() ? QFileIconProvider::icon(File) : icon;
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isRoot() || info.isDir())
            return QFileIconProvider::type(info); // "Drive" / "Folder": no file is read
        const QMimeType mime = mimeOf(info);
        return mime.comment().isEmpty() ? mime.name() : mime.comment();
    }

private:
    QMimeType mimeOf(const QFileInfo &info) const
    {
        return mMimes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }

    QMimeDatabase mMimes;
};

NameOnlyIconProvider &iconProvider()
{
    static NameOnlyIconProvider provider;
    return provider;
}

QString chosen(QFileDialog &dialog, FileDialog::OpenShop openShop)
{
    for (;;) {
        if (dialog.exec() != QDialog::Accepted)
            return {};
        const QString path = dialog.selectedFiles().value(0);
        if (path.isEmpty() || openShop == FileDialog::OpenShop::Allow || !Database::isOpenInThisProcess(path))
            return path;
        QMessageBox::warning(&dialog, dialog.windowTitle(),
            FileDialog::tr("“%1” is the shop file ShopDesk has open. Choose another file.")
                .arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace

std::unique_ptr<QFileDialog> FileDialog::create(
    QWidget *parent, const QString &caption, const QString &dir, const QString &filter, Purpose purpose)
{
    auto dialog = std::make_unique<QFileDialog>(parent, caption);
#ifndef Q_OS_WIN
    // A desktop's native chooser runs in this process (GTK) and sniffs file contents; Qt's own
    // dialog, with the icon provider below, reads names only. Windows locks are per handle, so
    // its native dialog is safe.
    dialog->setOption(QFileDialog::DontUseNativeDialog);
#endif
    dialog->setIconProvider(&iconProvider());
    if (!filter.isEmpty())
        dialog->setNameFilters(filter.split(QStringLiteral(";;")));
    if (purpose == Purpose::Save) {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    const QFileInfo start(dir);
    if (dir.isEmpty()) {
        dialog->setDirectory(QDir::currentPath());
    } else if (start.isDir()) {
        dialog->setDirectory(start.absoluteFilePath());
    } else {
        dialog->setDirectory(start.absolutePath());
        dialog->selectFile(start.fileName());
    }
    return dialog;
}

QString FileDialog::getOpenFileName(
    QWidget *parent, const QString &caption, const QString &dir, const QString &filter, OpenShop openShop)
{
    auto dialog = create(parent, caption, dir, filter, Purpose::Open);
    return chosen(*dialog, openShop);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    auto dialog = create(parent, caption, dir, filter, Purpose::Save);
    return chosen(*dialog, OpenShop::Refuse);
}

} // namespace shopdesk::core
