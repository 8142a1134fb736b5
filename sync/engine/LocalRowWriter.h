#pragma once

#include "kernel/domain/Result.h"
#include "kernel/protocol/SyncRow.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <unordered_map>

namespace k12 {

class Database;
struct EntityDef;
class SqliteStatement;
class WriterTally;

// Writes rows as the server has them into the local replica (pulled rows,
// the server side of a conflict), outside the one rule: these are not local
// changes, so they make no outbox entries. Fields that have a local change
// still waiting in the outbox keep the local value, so a pull never undoes an
// edit the teacher made while it ran.
class LocalRowWriter
{
public:
    explicit LocalRowWriter(Database &db);
    ~LocalRowWriter();

    // Reads which fields of which rows wait in the outbox (call at the start of
    // each transaction that writes server rows).
    Status loadPendingFields();
    // One queued mutation was answered and left the outbox: its fields stop
    // holding the local value (unless another queued mutation has them too).
    void forgetPending(const QString &entity, const QString &id, const QStringList &fields);
    // Inside the caller's transaction. Rows of unknown entities are skipped;
    // a row older than ours is not written. A whole row is inserted or
    // replaces ours; a row with fields left out (kept for a queued local edit,
    // or not sent) is merged into ours, and fails when we do not have it. On
    // failure nothing of the row is written and the transaction goes on.
    Status write(const protocol::SyncRow &row);
    // Raises a row's rev to what the server answered for our own change.
    Status raiseRev(const QString &entity, const QString &id, qint64 rev);

    // Pages of new scores (an initial sync, a class new to this computer):
    // the score tally triggers (ScoreTally) stand aside and this writer adds up
    // the counts of the scores it writes (WriterTally, as ChangeWriter does),
    // applying them before it writes a row of another entity and at
    // endCountingScores(), so the counts equal the triggers' in the same
    // transaction: a few upserts per page instead of two per score. Both
    // inside the caller's transaction; end before its commit.
    Status beginCountingScores();
    Status endCountingScores();
    // Whether the first score of `rows` is one this computer does not have:
    // such a page is counted per page, any other left to the triggers (a
    // score already here costs two more look-ups when counted here).
    bool startsWithNewScore(const QList<protocol::SyncRow> &rows);

private:
    // A score row as the tally reads it (fields in EntityDef order).
    struct ScoreState
    {
        bool exists = false;
        bool deleted = false;
        QVariantList fields;
    };
    Status writeRow(const EntityDef &def, const protocol::SyncRow &row, bool *written);
    // The whole new row inserted with ON CONFLICT DO NOTHING: true when it was
    // (this computer did not have it), false to take the general path.
    bool insertNewScore(const EntityDef &def, const protocol::SyncRow &row);
    Status writeCountedScore(const EntityDef &def, const protocol::SyncRow &row);
    ScoreState readScore(const EntityDef &def, const QString &id);
    SqliteStatement &prepared(const QString &sql);
    SqliteStatement &upsertStatement(const EntityDef &def, quint64 columns);
    SqliteStatement &updateStatement(const EntityDef &def, quint64 columns);
    static QStringList columnNames(const EntityDef &def, quint64 columns);
    // The rev of the local row, or nothing when this computer does not have it.
    std::optional<qint64> localRev(const EntityDef &def, const QString &id);

    Database &m_db;
    // "entity/id" -> field -> how many queued mutations change it
    QHash<QString, QHash<QString, int>> m_pending;
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_statements;
    const EntityDef *m_scoreDef = nullptr;
    std::unique_ptr<WriterTally> m_tally;
    bool m_counting = false;
};

} // namespace k12
