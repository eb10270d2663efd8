#pragma once

// A self-signed certificate for 127.0.0.1, made at test time with the
// openssl command-line tool.

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

namespace relais::test {

struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString error;

    bool isValid() const { return !certificate.isNull() && !key.isNull(); }

    // Hex of the SHA-256 of the DER certificate, as Webhook::pinnedCertSha256 holds it.
    QString sha256Hex() const
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex());
    }

    static TestCertificate make()
    {
        TestCertificate c;
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
        const QString certFile = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            c.error = QStringLiteral("openssl failed: ") +
                      QString::fromLocal8Bit(openssl.readAllStandardError());
            return c;
        }
        QFile certIn(certFile);
        QFile keyIn(keyFile);
        if (!certIn.open(QIODevice::ReadOnly) || !keyIn.open(QIODevice::ReadOnly)) {
            c.error = QStringLiteral("cannot read what openssl wrote");
            return c;
        }
        c.certificate = QSslCertificate(certIn.readAll(), QSsl::Pem);
        c.key = QSslKey(keyIn.readAll(), QSsl::Ec, QSsl::Pem);
        if (!c.isValid())
            c.error = QStringLiteral("cannot load the certificate or key");
        return c;
    }
};

} // namespace relais::test
