#include "Migrations.h"

namespace relais {

namespace {

// Times are {int64} milliseconds since the epoch, UTC. Booleans are 0/1.
// Text columns carry no length limit: headers, URLs and templates of any
// size survive byte for byte.
QList<Migration> buildMigrations()
{
    Migration v1{1, {}};
    v1.statements = {
        QStringLiteral("CREATE TABLE meta ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        // name_key is the trimmed, case-folded name: names are unique
        // regardless of case, in every script (NOCASE only folds ASCII).
        // Nested fields are the JSON pieces of Webhook::toJson().
        QStringLiteral("CREATE TABLE webhooks ("
                       " id TEXT PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " name_key TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " url TEXT NOT NULL,"
                       " method TEXT NOT NULL,"
                       " enabled {bool} NOT NULL DEFAULT 1,"
                       " event_patterns TEXT NOT NULL DEFAULT '[]',"
                       " resource_filter TEXT NOT NULL DEFAULT '',"
                       " trigger_condition TEXT NOT NULL DEFAULT '',"
                       " headers TEXT NOT NULL DEFAULT '[]',"
                       " body_mode TEXT NOT NULL,"
                       " body_template TEXT NOT NULL DEFAULT '',"
                       " form_fields TEXT NOT NULL DEFAULT '[]',"
                       " content_type TEXT NOT NULL DEFAULT '',"
                       " signing TEXT NOT NULL,"
                       " secrets TEXT NOT NULL DEFAULT '[]',"
                       " hmac TEXT NOT NULL DEFAULT '{}',"
                       " timeout_ms INTEGER NOT NULL,"
                       " retry_schedule TEXT NOT NULL DEFAULT '[]',"
                       " max_concurrency INTEGER NOT NULL,"
                       " rate_limit_per_second INTEGER NOT NULL DEFAULT 0,"
                       " verify_tls {bool} NOT NULL DEFAULT 1,"
                       " pinned_cert_sha256 TEXT NOT NULL DEFAULT '',"
                       " follow_redirects {bool} NOT NULL DEFAULT 0,"
                       " auto_disable_after_failures INTEGER NOT NULL DEFAULT 0,"
                       " disabled_reason TEXT NOT NULL DEFAULT '',"
                       " needs_secret {bool} NOT NULL DEFAULT 0,"
                       " created_at {int64} NOT NULL,"
                       " updated_at {int64} NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX webhooks_by_name ON webhooks (name_key)"),
        QStringLiteral("CREATE TABLE events ("
                       " id TEXT PRIMARY KEY,"
                       " type TEXT NOT NULL,"
                       " resource TEXT NOT NULL DEFAULT '',"
                       " occurred_at {int64} NOT NULL,"
                       " data TEXT NOT NULL DEFAULT '{}',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " created_at {int64} NOT NULL)"),
        QStringLiteral("CREATE INDEX events_newest ON events (created_at DESC)"),
        QStringLiteral("CREATE TABLE deliveries ("
                       " id TEXT PRIMARY KEY,"
                       " event_id TEXT NOT NULL REFERENCES events (id),"
                       " webhook_id TEXT NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,"
                       " state TEXT NOT NULL,"
                       " attempt_count INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt_at {int64},"
                       " request_method TEXT NOT NULL,"
                       " request_url TEXT NOT NULL,"
                       " request_headers TEXT NOT NULL DEFAULT '[]',"
                       " request_body {blob},"
                       " test {bool} NOT NULL DEFAULT 0,"
                       " last_error TEXT NOT NULL DEFAULT '',"
                       " lease_owner TEXT,"
                       " lease_expires_at {int64},"
                       " created_at {int64} NOT NULL,"
                       " updated_at {int64} NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX deliveries_by_webhook ON deliveries (webhook_id, created_at DESC)"),
        // The dispatcher's "what is due" query.
        QStringLiteral("CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at)"),
        // Keeps the foreign key check cheap when events are pruned.
        QStringLiteral("CREATE INDEX deliveries_by_event ON deliveries (event_id)"),
        QStringLiteral("CREATE TABLE attempts ("
                       " id {autoid},"
                       " delivery_id TEXT NOT NULL REFERENCES deliveries (id) ON DELETE CASCADE,"
                       " number INTEGER NOT NULL,"
                       " started_at {int64} NOT NULL,"
                       " duration_ms {int64} NOT NULL DEFAULT 0,"
                       " request TEXT NOT NULL DEFAULT '{}',"
                       " request_body {blob},"
                       " response_status INTEGER NOT NULL DEFAULT 0,"
                       " response_headers TEXT NOT NULL DEFAULT '[]',"
                       " response_body {blob},"
                       " response_truncated {bool} NOT NULL DEFAULT 0,"
                       " error TEXT NOT NULL DEFAULT '',"
                       " triggered_by TEXT NOT NULL)"),
        // The log view pages through every attempt, newest first.
        QStringLiteral("CREATE INDEX attempts_newest ON attempts (started_at DESC, id DESC)"),
        QStringLiteral("CREATE INDEX attempts_by_delivery ON attempts (delivery_id, number)"),
    };

    Migration v2{2, {}};
    v2.statements = {
        // User-defined event types, with a sample payload for previews.
        QStringLiteral("CREATE TABLE custom_event_types ("
                       " type TEXT PRIMARY KEY,"
                       " system_group TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " sample TEXT NOT NULL DEFAULT '{}',"
                       " created_at {int64} NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX custom_event_types_by_group ON custom_event_types (system_group, type)"),
    };

    Migration v3{3, {}};
    v3.statements = {
        // The trigger of a delivery's next attempt: "manual" after a redelivery.
        QStringLiteral(
            "ALTER TABLE deliveries ADD COLUMN next_trigger TEXT NOT NULL DEFAULT 'scheduled'"),
        // 0 when the condition or template failed: there is nothing to send.
        QStringLiteral("ALTER TABLE deliveries ADD COLUMN rendered {bool} NOT NULL DEFAULT 1"),
        // The last attempt's outcome, kept on the delivery so that lists need
        // no join and survive the purge of old attempts.
        QStringLiteral("ALTER TABLE deliveries ADD COLUMN last_status INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "ALTER TABLE deliveries ADD COLUMN last_duration_ms {int64} NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE deliveries ADD COLUMN last_attempt_at {int64}"),
        QStringLiteral("CREATE INDEX deliveries_newest ON deliveries (created_at DESC)"),
        // Which dispatcher (process) sent an attempt.
        QStringLiteral("ALTER TABLE attempts ADD COLUMN dispatcher_id TEXT NOT NULL DEFAULT ''"),
        // Consecutive exhausted deliveries, for auto-disabling a webhook.
        QStringLiteral("CREATE TABLE webhook_health ("
                       " webhook_id TEXT PRIMARY KEY REFERENCES webhooks (id) ON DELETE CASCADE,"
                       " consecutive_exhausted INTEGER NOT NULL DEFAULT 0,"
                       " updated_at {int64} NOT NULL)"),
    };

    // The delivery log filtered by state (alone or with a webhook) stays an
    // index walk even when the state is rare: measured by bench/logview, a
    // state that matched nothing scanned every delivery without these.
    Migration v4{4, {}};
    v4.statements = {
        QStringLiteral("CREATE INDEX deliveries_by_state ON deliveries (state, created_at DESC)"),
        QStringLiteral("CREATE INDEX deliveries_by_webhook_state "
                       "ON deliveries (webhook_id, state, created_at DESC)"),
    };

    // Field encryption (OpenPGP): the JSON paths to encrypt and the
    // recipient's armored public key. A public key is not a secret.
    Migration v5{5, {}};
    v5.statements = {
        QStringLiteral("ALTER TABLE webhooks ADD COLUMN encrypt_fields TEXT NOT NULL DEFAULT '[]'"),
        QStringLiteral(
            "ALTER TABLE webhooks ADD COLUMN encryption_public_key TEXT NOT NULL DEFAULT ''"),
    };

    // The built-in inbox: a receiver inside Relais to try webhooks end to
    // end. An inbox's "script" says how it answers; every request it gets is
    // kept with the verdict on its signature.
    Migration v6{6, {}};
    v6.statements = {
        QStringLiteral("CREATE TABLE inboxes ("
                       " name TEXT PRIMARY KEY,"
                       " status INTEGER NOT NULL DEFAULT 200,"
                       " delay_ms INTEGER NOT NULL DEFAULT 0,"
                       " body TEXT NOT NULL DEFAULT '',"
                       " fail_first INTEGER NOT NULL DEFAULT 0,"
                       " fail_status INTEGER NOT NULL DEFAULT 500,"
                       " retry_after_seconds INTEGER NOT NULL DEFAULT 0,"
                       " received_count INTEGER NOT NULL DEFAULT 0,"
                       " created_at {int64} NOT NULL)"),
        QStringLiteral("CREATE TABLE inbox_requests ("
                       " id {autoid},"
                       " inbox TEXT NOT NULL REFERENCES inboxes (name) ON DELETE CASCADE,"
                       " received_at {int64} NOT NULL,"
                       " method TEXT NOT NULL,"
                       " path TEXT NOT NULL,"
                       " headers TEXT NOT NULL DEFAULT '[]',"
                       " body {blob},"
                       " source TEXT NOT NULL DEFAULT '',"
                       " answered_status INTEGER NOT NULL DEFAULT 0,"
                       " verdict TEXT NOT NULL DEFAULT '',"
                       " verdict_detail TEXT NOT NULL DEFAULT '',"
                       " webhook_id TEXT NOT NULL DEFAULT '')"),
        QStringLiteral(
            "CREATE INDEX inbox_requests_newest ON inbox_requests (inbox, received_at DESC)"),
    };

    // The Overview charts (ActivityRepository), measured by bench/logview at
    // 1,000,000 attempts. Deliveries per period are counted state by state
    // from covering indexes (no sort); durations are read in duration order,
    // skipping through started_at; one webhook's attempts are reached from
    // its deliveries with an attempt since the window's start.
    Migration v7{7, {}};
    v7.statements = {
        QStringLiteral("CREATE INDEX deliveries_activity "
                       "ON deliveries (state, created_at, attempt_count, test)"),
        QStringLiteral("CREATE INDEX deliveries_activity_by_webhook "
                       "ON deliveries (webhook_id, state, created_at, attempt_count, test)"),
        QStringLiteral("CREATE INDEX deliveries_by_webhook_last_attempt "
                       "ON deliveries (webhook_id, last_attempt_at, id)"),
        QStringLiteral("CREATE INDEX attempts_by_duration ON attempts (duration_ms, started_at)"),
        QStringLiteral("CREATE INDEX attempts_by_delivery_time "
                       "ON attempts (delivery_id, started_at, duration_ms)"),
        // Superseded by the two activity indexes, which begin with the same
        // columns: every write would otherwise update both.
        QStringLiteral("DROP INDEX deliveries_by_state"),
        QStringLiteral("DROP INDEX deliveries_by_webhook_state"),
    };

    // Attempts name their webhook, so that one webhook's response times are
    // one index range instead of a lookup per delivery (bench/logview: the
    // 30-day percentiles of one webhook took over 100 ms at 1M attempts).
    // The two indexes that served the lookup go.
    Migration v8{8, {}};
    v8.statements = {
        QStringLiteral("ALTER TABLE attempts ADD COLUMN webhook_id TEXT"),
        QStringLiteral("UPDATE attempts SET webhook_id = (SELECT d.webhook_id FROM deliveries d "
                       "WHERE d.id = attempts.delivery_id)"),
        QStringLiteral("CREATE INDEX attempts_by_webhook_time "
                       "ON attempts (webhook_id, started_at, duration_ms)"),
        QStringLiteral("DROP INDEX attempts_by_delivery_time"),
        QStringLiteral("DROP INDEX deliveries_by_webhook_last_attempt"),
    };

    // Dispatchers sharing the database (the window, relaisctl serve on this
    // or other machines) say they are alive every few seconds, so that
    // everyone can see which are running.
    Migration v9{9, {}};
    v9.statements = {
        QStringLiteral("CREATE TABLE dispatchers ("
                       " id TEXT PRIMARY KEY,"
                       " host TEXT NOT NULL DEFAULT '',"
                       " pid {int64} NOT NULL DEFAULT 0,"
                       " version TEXT NOT NULL DEFAULT '',"
                       " started_at {int64} NOT NULL,"
                       " heartbeat_at {int64} NOT NULL,"
                       " stopped_at {int64})"),
    };

    return {v1, v2, v3, v4, v5, v6, v7, v8, v9};
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> all = buildMigrations();
    return all;
}

} // namespace relais
