#pragma once

#include <QString>

namespace relais {

// Identifiers that sort by creation time: the layout of a version 7 UUID
// (RFC 9562) — 48 bits of Unix milliseconds, then 74 random bits — written
// as 32 hex digits after a prefix ("msg_", "evt_"). Ids made later by one
// process sort after earlier ones, so that the database indexes on them
// grow at one end instead of at random pages: a batch of deliveries then
// dirties a few index pages rather than most of them.
namespace TimeOrderedId {

QString make(QStringView prefix);
// The creation time encoded in `hex32` (the 32 digits after the prefix),
// in Unix milliseconds; -1 when it is not such an id.
qint64 millisecondsOf(QStringView hex32);

} // namespace TimeOrderedId

} // namespace relais
