#pragma once

#include <QString>

namespace dx {

// A new record uuid, as text without braces: RFC 9562 version 7 — the time in milliseconds,
// a counter that keeps uuids made in the same millisecond in order, then 62 random bits. Made
// in order, they go to the end of the uuid indexes instead of to a random page of them: the
// demonstration city's million enterprises and three million case rows spent much of their
// time in those indexes. Still unique across the bureau and every field laptop (the random
// bits), still a valid uuid for every reader.
QString newUuid();

} // namespace dx
