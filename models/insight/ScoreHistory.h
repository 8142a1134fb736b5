#pragma once

#include "models/grading/GradebookData.h"

#include <QDateTime>

#include <optional>
#include <vector>

struct sqlite3;

namespace k12 {

class Store;

// Each student's Final % as it stood at an earlier moment (the at-risk "drop
// over the last two weeks"), rebuilt from what the store really keeps: the
// audit log holds the old and new value of every field of every score written
// on this device, with its time, and every score row has updated_at.
//
// Walking the audit entries after the moment backwards from today's scores
// gives the scores of that moment (a score created since did not exist then).
// What cannot be known honestly is a score changed on another device after the
// moment: it arrives by sync with a new updated_at but no local audit entry, so
// its earlier value is lost. Such a student's earlier Final % is unknown (not
// guessed). Today's class structure (categories, weights, points possible) is
// used for both moments: the question is how the student's work changed.
class ScoreHistory
{
public:
    struct Finals
    {
        std::vector<std::optional<double>> finals; // per student in gradebook order; empty: no grade then
        std::vector<bool> unknown;                 // per student: a score changed elsewhere since the moment
        bool ok = true;                            // false when the store could not be read
    };

    static Finals finalsAsOf(Store &store, const GradebookData &data, const QDateTime &momentUtc);
    // The same through a connection of its own to the database file, opened
    // and closed here: for a worker thread (a new class of 200 x 1000 is
    // 200,000 audit entries, about 2 s), while the window's connection keeps
    // writing (WAL: readers do not block the writer).
    static Finals finalsAsOfFile(const QString &databasePath, const GradebookData &data, const QDateTime &momentUtc);

private:
    static Finals finalsAsOf(sqlite3 *db, const GradebookData &data, const QDateTime &momentUtc);
};

} // namespace k12
