#include "RequestText.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace relais {

QString RequestText::format(const RequestSnapshot &request)
{
    QString text = request.method + u' ' + request.url + u'\n';
    QString contentType;
    for (const auto &[name, value] : request.headers) {
        text += QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = QString::fromUtf8(value);
    }
    text += u'\n';
    if (contentType.contains(QLatin1String("json"), Qt::CaseInsensitive))
        text += prettyJson(request.body);
    else
        text += QString::fromUtf8(request.body);
    return text;
}

QString RequestText::prettyJson(const QByteArray &json)
{
    // Only reformat what parses: a broken body is shown exactly as sent.
    QJsonParseError error;
    QJsonDocument::fromJson(QByteArray("[") + json + QByteArray("]"), &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(json);

    const QString in = QString::fromUtf8(json);
    QString out;
    out.reserve(in.size() * 2);
    int depth = 0;
    bool inString = false;
    auto newline = [&out, &depth] {
        out += u'\n' + QString(depth * 2, u' ');
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in.at(i);
        if (inString) {
            out += c;
            if (c == u'\\' && i + 1 < in.size())
                out += in.at(++i);
            else if (c == u'"')
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            // Empty containers stay on one line: {} and [].
            qsizetype j = i + 1;
            while (j < in.size() && in.at(j).isSpace())
                ++j;
            const QChar close = c == u'{' ? u'}' : u']';
            if (j < in.size() && in.at(j) == close) {
                out += c;
                out += close;
                i = j;
                break;
            }
            out += c;
            ++depth;
            newline();
            break;
        }
        case u'}':
        case u']':
            --depth;
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += QStringLiteral(": ");
            break;
        case u' ':
        case u'\t':
        case u'\n':
        case u'\r':
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace relais
