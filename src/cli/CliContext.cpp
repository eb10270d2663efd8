#include "CliContext.h"

#include "secrets/KeychainSecretStore.h"
#include "service/DatabaseLogin.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

namespace relais {

CliContext::CliContext(QTextStream &out, QTextStream &err, QString dbUrl)
    : m_out(out)
    , m_err(err)
    , m_dbUrl(std::move(dbUrl))
{}

CliContext::~CliContext() = default;

Database *CliContext::database()
{
    if (m_db)
        return m_db.get();
    DatabaseUrl url;
    QString error;
    if (!DatabaseUrl::resolve(m_dbUrl, &url, &error)) {
        fail(ExitUsage, error);
        return nullptr;
    }
    m_db = DatabaseLogin::open(url, secrets(), &error);
    if (!m_db)
        fail(ExitFailure, error);
    return m_db.get();
}

SecretStore &CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    return *m_secrets;
}

void CliContext::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_secrets = std::move(store);
}

int CliContext::fail(int code, const QString &message)
{
    m_err << tr("relaisctl: %1").arg(message) << Qt::endl;
    m_lastFailure = code;
    return code;
}

} // namespace relais
