#pragma once

#include "core/Webhook.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace relais {

// The options shared by `webhook add` and `webhook edit`, and how they
// change a webhook. Only options given on the command line change anything.
class WebhookOptions final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookOptions)

public:
    WebhookOptions();
    void addTo(QCommandLineParser &parser) const;

    // Applies the given options to `webhook`. Returns false with a usage
    // message when an option's value cannot be understood.
    bool apply(const QCommandLineParser &parser, Webhook &webhook, QString *error) const;

    // The signing secret the user asked for (--secret S, --secret - from
    // standard input, or --generate-secret), if any.
    bool signingSecret(const QCommandLineParser &parser, SigningScheme scheme,
                       std::optional<QByteArray> *secret, bool *generated, QString *error) const;

    // --keep-old-secret-for: how long the current secrets stay valid beside
    // the new one (a rotation); nullopt when not asked for.
    bool rotationOverlap(const QCommandLineParser &parser, std::optional<qint64> *seconds,
                         QString *error) const;

private:
    QCommandLineOption m_name, m_description, m_url, m_method, m_event, m_resource, m_condition,
        m_header, m_secretHeader, m_bodyMode, m_templateFile, m_contentType, m_signing, m_secret,
        m_generateSecret, m_keepOldSecret, m_timeout, m_disabled;
};

} // namespace relais
