#include "CurlCommand.h"

#include "core/Redaction.h"

#include <QStringList>

namespace relais {

namespace {

// Single quotes keep everything literal; a quote itself ends the string,
// is escaped, and starts a new one.
QString singleQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Double quotes, so that the shell expands `placeholder` where `marker`
// stood, and nothing else.
QString withPlaceholder(const QString &text, const QString &marker, const QString &placeholder)
{
    QString quoted;
    const QStringList parts = text.split(marker);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            quoted += placeholder;
        for (const QChar c : parts.at(i)) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c == QLatin1Char('$') ||
                c == QLatin1Char('`'))
                quoted += QLatin1Char('\\');
            quoted += c;
        }
    }
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

bool CurlCommand::isSignatureHeader(const QByteArray &name)
{
    return name.toLower().contains("signature");
}

QString CurlCommand::placeholderFor(const QByteArray &headerName)
{
    QString name;
    for (const char c : headerName) {
        const QChar ch = QLatin1Char(c);
        name += ch.isLetterOrNumber() ? ch.toUpper() : QLatin1Char('_');
    }
    if (name.isEmpty() || name.front().isDigit())
        name.prepend(QLatin1Char('H'));
    return QLatin1Char('$') + name;
}

QString CurlCommand::build(const RequestSnapshot &request)
{
    const QString marker = Redaction::marker();
    const QString encodedMarker = QString::fromLatin1(marker.toUtf8().toPercentEncoding());
    QStringList lines;

    QString url = request.url;
    url.replace(encodedMarker, marker);
    const QString method = request.method.isEmpty() ? QStringLiteral("POST") : request.method;
    lines << QStringLiteral("curl -X %1 %2")
                 .arg(method, url.contains(marker)
                                  ? withPlaceholder(url, marker, QStringLiteral("$SECRET"))
                                  : singleQuoted(url));

    for (const auto &[name, value] : request.headers) {
        const QString headerName = QString::fromLatin1(name);
        if (value == marker.toUtf8() || isSignatureHeader(name)) {
            const QString line = headerName + QStringLiteral(": ") + marker;
            lines << QStringLiteral("-H %1").arg(
                withPlaceholder(line, marker, placeholderFor(name)));
        } else {
            lines << QStringLiteral("-H %1").arg(
                singleQuoted(headerName + QStringLiteral(": ") + QString::fromUtf8(value)));
        }
    }
    if (!request.body.isEmpty())
        lines << QStringLiteral("--data-raw %1").arg(singleQuoted(QString::fromUtf8(request.body)));
    return lines.join(QStringLiteral(" \\\n  "));
}

} // namespace relais
