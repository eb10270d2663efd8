#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace relais {

// The words an attempt's log shows when no response arrived: "Connection
// refused", "Timed out after 10 s", "TLS: certificate is self-signed".
class TransportErrors final
{
    Q_DECLARE_TR_FUNCTIONS(TransportErrors)

public:
    static QString network(QNetworkReply::NetworkError code, const QString &qtText);
    static QString timeout(int timeoutMs);
    static QString tls(const QList<QSslError> &errors);
    static QString pinMismatch();
    static QString tooManyRedirects();
};

} // namespace relais
