#include "DatabaseUrl.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace relais {

namespace {

const QLatin1String kExamples("sqlite:///path/to/relais.db, postgresql://user@host:5432/dbname");

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Only %, ? and # need escaping for parse() to read the path back.
QString escapePath(QString path)
{
    return path.replace(u'%', QLatin1String("%25"))
        .replace(u'?', QLatin1String("%3F"))
        .replace(u'#', QLatin1String("%23"));
}

bool parseSqlite(const QString &text, const QString &rest, DatabaseUrl *out, QString *error)
{
    if (rest.contains(u'?') || rest.contains(u'#')) {
        setError(error, DatabaseUrl::tr("“%1”: a sqlite URL takes no options; write ? as %3F and "
                                        "# as %23 in a file name.")
                            .arg(text));
        return false;
    }
    QString path = rest;
    if (rest.startsWith(QLatin1String("//"))) {
        const qsizetype slash = rest.indexOf(u'/', 2);
        const QString host = rest.mid(2, slash < 0 ? -1 : slash - 2);
        if (!host.isEmpty() && host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0) {
            setError(error, DatabaseUrl::tr("“%1”: a sqlite URL has no host; write three slashes "
                                            "before an absolute path, as in "
                                            "sqlite:///home/me/relais.db.")
                                .arg(text));
            return false;
        }
        path = slash < 0 ? QString() : rest.mid(slash);
    }
    path = QUrl::fromPercentEncoding(path.toUtf8());
    if (path.isEmpty() || path.endsWith(u'/')) {
        setError(error,
                 DatabaseUrl::tr("“%1” names no database file; use %2.").arg(text, kExamples));
        return false;
    }
    // sqlite:relative.db is relative to the current folder, fixed now so
    // that the URL keeps meaning the same file.
    out->kind = DatabaseUrl::Kind::Sqlite;
    out->path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return true;
}

bool hasPassword(const QString &text)
{
    // Checked on the raw text, before any parser may echo it back.
    const qsizetype start = text.indexOf(QLatin1String("://"));
    if (start < 0)
        return false;
    QString authority = text.mid(start + 3);
    const qsizetype end = authority.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    if (end >= 0)
        authority.truncate(end);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at < 0)
        return false;
    const qsizetype colon = authority.left(at).indexOf(u':');
    return colon >= 0 && colon + 1 < at;
}

bool parsePostgres(const QString &text, DatabaseUrl *out, QString *error)
{
    if (hasPassword(text)) {
        setError(error, DatabaseUrl::tr("The database URL contains a password. Remove it from the "
                                        "URL and put the password in the keychain, ~/.pgpass or "
                                        "PGPASSWORD."));
        return false;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        setError(error, DatabaseUrl::tr("“%1” is not a valid PostgreSQL URL (%2); use %3.")
                            .arg(text, url.errorString(), kExamples));
        return false;
    }
    if (url.hasQuery() || url.hasFragment()) {
        setError(error, DatabaseUrl::tr("“%1”: options after ? are not supported; set them with "
                                        "libpq's environment variables (PGSSLMODE, …) instead.")
                            .arg(text));
        return false;
    }
    if (url.host().isEmpty()) {
        setError(error, DatabaseUrl::tr("“%1” names no host; use %2.").arg(text, kExamples));
        return false;
    }
    const int port = url.port(5432);
    if (port < 1 || port > 65535) {
        setError(error, DatabaseUrl::tr("“%1”: the port must be between 1 and 65535.").arg(text));
        return false;
    }
    const QString dbName = url.path(QUrl::FullyDecoded).mid(1);
    if (dbName.isEmpty() || dbName.contains(u'/')) {
        setError(error,
                 DatabaseUrl::tr("“%1” names no database; put its name after the host, as in %2.")
                     .arg(text, kExamples));
        return false;
    }
    out->kind = DatabaseUrl::Kind::Postgres;
    out->host = url.host(QUrl::FullyDecoded);
    out->port = port;
    out->user = url.userName(QUrl::FullyDecoded);
    out->databaseName = dbName;
    return true;
}

} // namespace

bool DatabaseUrl::parse(const QString &text, DatabaseUrl *out, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        setError(error, tr("The database URL is empty; use %1.").arg(kExamples));
        return false;
    }
    const qsizetype colon = t.indexOf(u':');
    if (colon <= 0) {
        setError(error, tr("“%1” is not a database URL: it does not start with sqlite: or "
                           "postgresql:; use %2.")
                            .arg(t, kExamples));
        return false;
    }
    const QString scheme = t.left(colon).toLower();
    DatabaseUrl parsed;
    bool ok = false;
    if (scheme == QLatin1String("sqlite")) {
        ok = parseSqlite(t, t.mid(colon + 1), &parsed, error);
    } else if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        ok = parsePostgres(t, &parsed, error);
    } else {
        setError(error, tr("“%1” is not a database URL: Relais knows sqlite: and postgresql:, "
                           "not %2:; use %3.")
                            .arg(t, scheme, kExamples));
    }
    if (ok && out)
        *out = parsed;
    return ok;
}

DatabaseUrl DatabaseUrl::defaultLocation()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    DatabaseUrl url;
    url.kind = Kind::Sqlite;
    url.path = QDir(folder).absoluteFilePath(QStringLiteral("relais.db"));
    return url;
}

bool DatabaseUrl::resolve(const QString &commandLineValue, DatabaseUrl *out, QString *error)
{
    QString problem;
    if (!commandLineValue.trimmed().isEmpty()) {
        if (parse(commandLineValue, out, &problem))
            return true;
        setError(error, tr("--db: %1").arg(problem));
        return false;
    }
    const QString fromEnvironment = qEnvironmentVariable("RELAIS_DB");
    if (!fromEnvironment.trimmed().isEmpty()) {
        if (parse(fromEnvironment, out, &problem))
            return true;
        setError(error, tr("RELAIS_DB: %1").arg(problem));
        return false;
    }
    if (out)
        *out = defaultLocation();
    return true;
}

QString DatabaseUrl::toString() const
{
    if (kind == Kind::Sqlite) {
        const QString escaped = escapePath(path);
        // sqlite:///absolute/path; a relative path (never produced by parse()) stays relative.
        return (escaped.startsWith(u'/') ? QLatin1String("sqlite://") : QLatin1String("sqlite:")) +
               escaped;
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    return url.toString();
}

} // namespace relais
