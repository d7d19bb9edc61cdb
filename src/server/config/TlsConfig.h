#pragma once

#include "core/Result.h"

#include <QSslConfiguration>

namespace dpdesk::server {

// Reads a PEM certificate chain and private key (RSA or EC) into a server
// TLS configuration that accepts TLS 1.2 and newer only.
Result<QSslConfiguration> loadTlsConfiguration(const QString &certificateFile, const QString &keyFile);

} // namespace dpdesk::server
