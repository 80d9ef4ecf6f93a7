#pragma once

#include <QByteArray>
#include <QString>

// Per-user settings of the window (QSettings). Keys and defaults live here only.
namespace shopdesk::app::settings {

inline const QString kGeometry = QStringLiteral("window/geometry");
inline const QString kState = QStringLiteral("window/state");
inline const QString kRecentFiles = QStringLiteral("shop/recentFiles");
inline const QString kLastFile = QStringLiteral("shop/lastFile");
/// A shop server's password, kept only when the user ticked it in File → Connect to a shop
/// server…: servers/<the address without password, base64url>/password.
inline QString serverPassword(const QString &url)
{
    return QStringLiteral("servers/%1/password")
        .arg(
            QString::fromLatin1(url.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
}
inline const QString kLanguage = QStringLiteral("ui/language");
inline const QString kActor = QStringLiteral("ui/actor");
/// The workspace shown (View → Workspace) and each workspace's own dock layout.
inline const QString kWorkspace = QStringLiteral("window/workspace");
inline QString workspaceState(const QString &id) { return QStringLiteral("workspaces/%1/state").arg(id); }
/// Panel view state: panels/<id>/state.
inline QString panelState(const QString &id) { return QStringLiteral("panels/%1/state").arg(id); }

constexpr int kLayoutVersion = 2; // 2: docks per view ("dock.<module>[.<view>]"), toolbars per module
constexpr int kMaxRecentFiles = 8;

} // namespace shopdesk::app::settings
