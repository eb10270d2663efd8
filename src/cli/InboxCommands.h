#pragma once

#include <QStringList>

namespace relais {

class CliContext;

// `relaisctl inbox serve|add|list|remove …` (the built-in inbox).
int runInboxCommand(CliContext &ctx, const QStringList &args);

} // namespace relais
