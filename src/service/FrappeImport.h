#pragma once

#include "service/ServiceError.h"

#include "core/Webhook.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace relais {

class WebhookService;

// Turns an export of Frappe / Dokos "Webhook" documents into Relais
// webhooks, each with notes on what could not be carried over as is (Jinja
// blocks, Python expressions, fields Relais has no equivalent for), so that
// nothing is dropped without the user being told.
class FrappeImport final
{
    Q_DECLARE_TR_FUNCTIONS(FrappeImport)

public:
    struct Entry
    {
        Webhook webhook;
        QStringList notes; // translated, one sentence or two each
    };

    // Accepts a list of documents, an object holding them under "data" or
    // "docs", or a single document. False, with every problem in `error`,
    // when any document cannot become a valid webhook: nothing is returned
    // then, as the import is all or nothing.
    static bool convert(const QByteArray &json, QList<Entry> *entries, ServiceError *error);

    // convert(), then writes every webhook or none. Webhooks that Frappe
    // signs are imported disabled and flagged `needsSecret`, as an export
    // carries no secret. `imported` holds the stored webhooks, in file order.
    static bool importInto(WebhookService &service, const QByteArray &json, QList<Entry> *imported,
                           ServiceError *error);
};

} // namespace relais
