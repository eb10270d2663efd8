#pragma once

#include "core/Webhook.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/WebhookRepository.h"

#include <QtGlobal>

namespace relais {

inline Webhook sampleWebhook(const QString &name, const QString &url, const QStringList &events)
{
    Webhook w;
    w.name = name;
    w.url = url;
    w.eventPatterns = events;
    return w;
}

// Webhooks of the four systems Relais stands in for, in every state the list
// distinguishes. Used by the tests and to seed the screenshots' database.
inline QList<Webhook> seedSampleWebhooks(const Database &db, SecretStore &secrets)
{
    QList<Webhook> all;
    Webhook dokos =
        sampleWebhook(QStringLiteral("Commandes Dokos"),
                      QStringLiteral("https://erp.dokos.example/api/method/relais.receive"),
                      {QStringLiteral("Sales Order.on_submit"),
                       QStringLiteral("Sales Order.on_update_after_submit")});
    dokos.description = QStringLiteral("Commandes validées, vers l'entrepôt de Lyon.");
    dokos.resourceFilter = QStringLiteral("Sales Order");
    dokos.condition = QStringLiteral("doc.grand_total > 1000");
    dokos.headers = {{QStringLiteral("Authorization"), QString(), true},
                     {QStringLiteral("X-Relais-Source"), QStringLiteral("dokos"), false}};
    dokos.bodyMode = BodyMode::JsonTemplate;
    dokos.bodyTemplate = QStringLiteral("{\"id\": \"{{ doc.name }}\"}");
    dokos.id = QUuid::createUuid();
    dokos.signing = SigningScheme::Frappe;
    dokos.secrets = {SecretRef{dokos.newSigningSecretKey(), {}}};
    dokos.autoDisableAfterFailures = 20;
    all << dokos;

    Webhook seatable =
        sampleWebhook(QStringLiteral("Lignes SeaTable"),
                      QStringLiteral("https://cloud.seatable.example/hooks/relais-lignes"),
                      {QStringLiteral("insert_row"), QStringLiteral("update_row")});
    seatable.enabled = false;
    all << seatable;

    Webhook survey =
        sampleWebhook(QStringLiteral("Réponses ngSurvey"),
                      QStringLiteral("https://sondages.example.org/api/webhooks/responses"),
                      {QStringLiteral("response.completed")});
    survey.method = HttpMethod::Put;
    all << survey;

    Webhook decsys = sampleWebhook(QStringLiteral("Navigation Decsys"),
                                   QStringLiteral("https://decsys.example.net/relais/navigation"),
                                   {QStringLiteral("*")});
    decsys.needsSecret = true;
    decsys.enabled = false;
    all << decsys;

    const WebhookRepository repo(db);
    QString error;
    for (Webhook &w : all) {
        if (!repo.insert(w, &error))
            qFatal("cannot seed %s: %s", qPrintable(w.name), qPrintable(error));
    }
    // As WebhookService would: the secret header's value lives in the keychain.
    secrets.write(all[0].secretKeyForHeader(QStringLiteral("Authorization")), "Bearer s3cr3t");
    secrets.write(all[0].secrets.first().key, "c2VjcmV0LWRlLWRva29z");
    // Relais stopped this one itself.
    if (!repo.setEnabled(all[2].id, false,
                         QStringLiteral("20 deliveries failed in a row; the last one got "
                                        "HTTP 503 Service Unavailable."),
                         &error))
        qFatal("%s", qPrintable(error));
    return all;
}

} // namespace relais
