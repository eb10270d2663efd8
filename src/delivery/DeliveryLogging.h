#pragma once

#include <QLoggingCategory>

namespace relais {

// "relais.delivery": router, dispatcher and writer. Never logs a secret, a
// signature or a request body.
Q_DECLARE_LOGGING_CATEGORY(lcDelivery)

} // namespace relais
