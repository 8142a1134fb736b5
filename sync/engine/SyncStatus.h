#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace k12 {

// What the status bar and `k12-teacher status` show about sync.
struct SyncStatus
{
    enum class Connectivity
    {
        Connecting, // signed in, no answer from the server yet since the app started
        Online,
        Offline,           // the server cannot be reached
        ServerUnavailable, // it answers with errors; retrying is paused (circuit open)
        SignedOut,         // no account, or the server ended the session
        NotConfigured      // never signed in: working on this computer only
    };

    Connectivity connectivity = Connectivity::NotConfigured;
    bool syncing = false;
    qint64 queued = 0;
    qint64 rejected = 0;
    qint64 conflicts = 0;
    qint64 held = 0;       // rows from the server set aside: they could not be stored here
    qint64 heldStuck = 0;  // of those, the ones tried HeldRows::kStuckAfter times or more
    int failuresInRow = 0; // syncs in a row that failed with lastError (not counting offline)
    QDateTime lastSync;
    QString lastError;
    QString server;
    QString email;
    QString teacherName;
    QString keychainProblem;
    int nextRetryMs = 0;

    // Something the teacher must see: the same failure three syncs in a row,
    // or a row from the server that keeps failing.
    static constexpr int kStuckAfter = 3;
    bool stuck() const { return failuresInRow >= kStuckAfter || heldStuck > 0; }

    static QString connectivityKey(Connectivity c);
};

} // namespace k12

Q_DECLARE_METATYPE(k12::SyncStatus)
