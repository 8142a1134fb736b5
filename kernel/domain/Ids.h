#pragma once

#include <QString>

namespace k12 {

// Row ids are UUIDs made by whoever creates the row, so offline creation needs
// no server round trip. They are time-ordered (version 7, RFC 9562: 48 bits of
// Unix milliseconds, then 74 random bits): rows and mutations made one after
// another sort together, so the indexes keyed on them, here and on the server,
// grow at their end instead of touching a random page for every insert.
QString newId();

// Rows that exist at most once per pair (a student's score on an assignment, an
// assignment's link to a standard) get an id computed from the pair, so two
// devices creating "the same" row offline produce the same id and the server sees
// field edits of one row instead of two competing rows. Its first 48 bits are
// those of `first` (for time-ordered ids: when the assignment was made), the rest
// a SHA-1 of the pair (a version 8 UUID, RFC 9562): the scores of one assignment
// sit together in every index keyed on the id, and a new assignment's scores go
// at the end of it.
QString pairId(const QString &kind, const QString &first, const QString &second);

bool isId(const QString &text);

} // namespace k12
