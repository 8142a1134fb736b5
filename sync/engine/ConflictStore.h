#pragma once

#include "kernel/domain/Result.h"
#include "kernel/protocol/MutationResult.h"
#include "models/store/Change.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

namespace k12 {

class Database;

struct Conflict
{
    QString id;
    QString entity;
    QString rowId;
    QString field;
    QJsonValue mine;   // what this device had changed the field to
    QJsonValue server; // what the server kept
    qint64 serverRev = 0;
    QString detectedAt;
    QString resolvedAt;
    QString resolution; // "mine" or "server"
};

// Field conflicts the server reported: the teacher's value is kept here (the
// local row shows the server's value until the teacher chooses), so nothing
// a teacher typed is ever dropped without them seeing it.
class ConflictStore
{
    Q_DECLARE_TR_FUNCTIONS(k12::ConflictStore)

public:
    enum class Keep
    {
        Mine,
        Server
    };

    explicit ConflictStore(Database &db);

    // Inside the caller's transaction: one row per conflicting field.
    Status record(const QString &entity, const QString &rowId, const protocol::FieldConflict &conflict,
                  qint64 serverRev, const QString &now);
    QList<Conflict> open();
    std::optional<Conflict> find(const QString &id);
    qint64 openCount();

    // The change that puts the teacher's value back (for Keep::Mine), to be
    // written through the one rule so it syncs as a new mutation on top of
    // the server's revision; empty for Keep::Server.
    static Result<ChangeList> changesFor(const Conflict &conflict, Keep keep);
    Status markResolved(const QString &id, Keep keep);

private:
    Database &m_db;
};

} // namespace k12
