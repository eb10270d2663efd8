#pragma once

#include "core/Delivery.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

struct StoredAttempt;

// How the Send test dialog and the deliveries log put a logged attempt
// into words: the status with its reason, headers one per line, bodies
// indented when they are JSON, and the whole attempt as one block of text.
class AttemptText final
{
    Q_DECLARE_TR_FUNCTIONS(AttemptText)

public:
    // "200 OK", "503 Service Unavailable"; 0: "No response".
    static QString status(int httpStatus);
    static QString headers(const HeaderList &headers);
    static QString body(const QByteArray &body, bool truncated = false);
    // Request, response (or error) and when, for the log's detail pane.
    static QString describe(const StoredAttempt &stored);
    // The parts of describe(): the title line, the request, the response.
    static QString title(const StoredAttempt &stored);
    static QString request(const StoredAttempt &stored);
    static QString response(const StoredAttempt &stored);
    static QString triggerName(AttemptTrigger trigger);
};

} // namespace relais
