#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace dpdesk::server {

// The server key that keys the hashes of invitation codes and link tokens
// (see core/invitation/SecretHasher.h). It lives outside the database so a
// stolen database alone cannot be brute-forced. Read from the file; created
// with 32 random bytes and owner-only permissions when the file is absent.
// Instances sharing one PostgreSQL database must share this file.
Result<QByteArray> loadOrCreateSecretKey(const QString &path);

} // namespace dpdesk::server
