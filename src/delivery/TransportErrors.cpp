#include "TransportErrors.h"

namespace relais {

QString TransportErrors::network(QNetworkReply::NetworkError code, const QString &qtText)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection before answering");
    case QNetworkReply::HostNotFoundError:
        return tr("Host not found");
    case QNetworkReply::TimeoutError:
        return tr("The connection timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("TLS: the handshake failed (%1)").arg(qtText);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network is unavailable");
    case QNetworkReply::TooManyRedirectsError:
        return tooManyRedirects();
    case QNetworkReply::InsecureRedirectError:
        return tr("Redirect from HTTPS to HTTP refused");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("Proxy error: %1").arg(qtText);
    case QNetworkReply::ProtocolUnknownError:
        return tr("Unsupported protocol (only http and https are sent)");
    case QNetworkReply::ProtocolFailure:
        return tr("The server's answer is not valid HTTP");
    default:
        return qtText.isEmpty() ? tr("Network error %1").arg(int(code)) : qtText;
    }
}

QString TransportErrors::timeout(int timeoutMs)
{
    if (timeoutMs % 1000 == 0)
        return tr("Timed out after %1 s").arg(timeoutMs / 1000);
    return tr("Timed out after %1 ms").arg(timeoutMs);
}

QString TransportErrors::tls(const QList<QSslError> &errors)
{
    QStringList words;
    for (const QSslError &e : errors) {
        QString w;
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            w = tr("certificate is self-signed");
            break;
        case QSslError::CertificateExpired:
            w = tr("certificate has expired");
            break;
        case QSslError::CertificateNotYetValid:
            w = tr("certificate is not yet valid");
            break;
        case QSslError::HostNameMismatch:
            w = tr("certificate is for another host name");
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
            w = tr("certificate is not signed by a trusted authority");
            break;
        case QSslError::CertificateRevoked:
            w = tr("certificate has been revoked");
            break;
        default:
            w = e.errorString();
        }
        if (!words.contains(w))
            words << w;
    }
    if (words.isEmpty())
        words << tr("the certificate was refused");
    return tr("TLS: %1").arg(words.join(QLatin1String("; ")));
}

QString TransportErrors::pinMismatch()
{
    return tr("TLS: the certificate does not match the pinned SHA-256 fingerprint");
}

QString TransportErrors::tooManyRedirects()
{
    return tr("Too many redirects");
}

} // namespace relais
