#pragma once

#include <QString>
#include <QUrl>

namespace dpdesk::client {

// The local cache file of one user on one server:
// <baseDir>/caches/<hex>.sqlite, where hex is a hash of the server and the
// user (CredentialStore::keyFor), so the same user on two servers, or two
// users on one computer, never share a cache, and the file name holds no
// name. baseDir empty: QStandardPaths::AppDataLocation. The folder is made
// when missing.
QString cacheFilePath(const QUrl &serverUrl, const QString &username, const QString &baseDir = {});

} // namespace dpdesk::client
