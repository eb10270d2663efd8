#pragma once

#include <QLoggingCategory>

namespace relais {

// "relais.intake": the intake endpoint. Never logs a token or a request body.
Q_DECLARE_LOGGING_CATEGORY(lcIntake)

} // namespace relais
