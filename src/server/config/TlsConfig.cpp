#include "server/config/TlsConfig.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace dpdesk::server {

Result<QSslConfiguration> loadTlsConfiguration(const QString &certificateFile, const QString &keyFile)
{
    QFile cert(certificateFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return Error{"config.tls", QStringLiteral("Cannot read the TLS certificate or key file."),
                     "tls-cert"};
    const auto chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
    const QByteArray keyPem = key.readAll();
    QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (chain.isEmpty() || privateKey.isNull())
        return Error{"config.tls", QStringLiteral("The TLS certificate or key is not valid PEM."),
                     "tls-cert"};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(privateKey);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

} // namespace dpdesk::server
