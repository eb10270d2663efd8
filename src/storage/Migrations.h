#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

// One numbered schema change. Statements use the type placeholders that
// SqlDialect::expandDdl() fills in; Database runs each migration in its own
// write transaction together with the new version number in `meta`.
struct Migration
{
    int version;
    QStringList statements;
};

// Every migration, in order; element i has version i + 1.
const QList<Migration> &schemaMigrations();

} // namespace relais
