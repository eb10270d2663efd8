#pragma once

#include "core/Webhook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace relais {

// A starting point for a webhook that sends what one of the seed systems
// sends (ngSurvey, Dokos / Frappe, Decsys, SeaTable): the same events,
// payload shape, content type, method and signature header.
struct WebhookPreset
{
    QString key;         // "ngsurvey", "frappe", "decsys", "seatable": stable, for relaisctl
    QString systemName;  // as the system calls itself, not translated
    QString description; // translated, one sentence
    // Everything but the receiver: the URL is left empty (the user types it,
    // so validate() reports it until then) and no secret is chosen.
    Webhook webhook;
};

// The built-in presets, one per seed system, used by `relaisctl webhook add
// --preset` and the window's "New from…" menu.
class WebhookPresets final
{
    Q_DECLARE_TR_FUNCTIONS(WebhookPresets)

public:
    // In the order of the seed systems; names and descriptions translated.
    static QList<WebhookPreset> all();
    static std::optional<WebhookPreset> find(const QString &key);
};

} // namespace relais
