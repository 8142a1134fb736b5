#pragma once

#include "Outbox.h"

#include "Change.h"
#include "kernel/domain/Result.h"

#include <QHash>

#include <functional>
#include <memory>
#include <unordered_map>

namespace k12 {

class ArchiveGuard;
class Database;
class JsonWriter;
class SqliteStatement;
class WriterTally;
struct EntityDef;

// The one rule for writes (DESIGN.md): the row(s), their outbox mutation(s) and
// their audit entry are written in ONE transaction, or nothing is. The audit
// entry is one audit_op row per apply() holding every row's before and after
// (migration 8); the audit_log view lists them per row as before.
class ChangeWriter
{
public:
    enum class Step
    {
        Row,
        Outbox,
        Audit
    };
    // Test seam: called after each step of each change (Audit: its entry was
    // added to the operation's), and with Audit once more after the
    // operation's audit row is written; returning true makes the write fail at
    // that point, as a crash or a full disk would.
    using FaultHook = std::function<bool(Step)>;

    explicit ChangeWriter(Database &db, QString origin = QStringLiteral("local"));
    ~ChangeWriter();

    Result<QList<AppliedChange>> apply(const QString &action, const ChangeList &changes);

    void setFaultHook(FaultHook hook) { m_faultHook = std::move(hook); }
    void setOrigin(const QString &origin) { m_origin = origin; }

private:
    struct OldRow
    {
        bool exists = false;
        bool deleted = false;
        qint64 rev = 0;
        qint64 rowid = 0;    // SQLite's own key: updates find the row without the id index
        QVariantList fields; // in EntityDef::fields order
    };
    // Row ids are UUIDs whose last 12 hex digits are random (version 4 and 7) or
    // hashed (pair ids), so their last 16 characters hash as well as all 36 at
    // a fraction of the cost; a 200,000-row import looks every row up several
    // times. (Not the first ones: those are a time stamp, shared by the ids made
    // in the same millisecond and by the scores of one assignment.)
    struct RowKey
    {
        QString id;
        friend bool operator==(const RowKey &a, const RowKey &b) { return a.id == b.id; }
        friend size_t qHash(const RowKey &key, size_t seed) noexcept
        {
            return qHash(QStringView(key.id).last(std::min<qsizetype>(key.id.size(), 16)), seed);
        }
    };
    using RowCache = QHash<const EntityDef *, QHash<RowKey, OldRow>>;

    Status validate(const Change &change, const EntityDef **def) const;
    static OldRow readRow(const EntityDef &def, const SqliteStatement &q);
    Status prefetch(const QList<const EntityDef *> &defs, const ChangeList &changes, RowCache *cache);
    Result<OldRow *> loadRow(const EntityDef &def, const QString &id, RowCache *cache);
    Status writeRow(const EntityDef &def, const Change &change, const OldRow &old, AppliedChange *applied,
                    QVariantList *after, qint64 *rowid, const QString &now);
    static void appendAuditEntry(JsonWriter &json, const AppliedChange &applied);
    Status writeAudit(const QString &action, const QByteArray &entries, const QString &now);
    // What a cached statement does; with its entity and the fields it names,
    // the cache key, so a row's write never builds or hashes SQL text.
    enum class StatementKind : quint8
    {
        SelectIn,
        SelectOne,
        Insert,
        Update,
        Delete,
        Audit
    };
    struct StatementKey
    {
        const EntityDef *def = nullptr;
        StatementKind kind = StatementKind::SelectOne;
        quint64 shape = 0; // a bit per field written, or the length of an IN list
        friend bool operator==(const StatementKey &, const StatementKey &) = default;
    };
    struct StatementKeyHash
    {
        size_t operator()(const StatementKey &key) const noexcept
        {
            return std::hash<const void *>()(key.def) ^ (size_t(key.kind) << 56) ^ std::hash<quint64>()(key.shape);
        }
    };
    template<typename MakeSql> SqliteStatement &statement(const StatementKey &key, MakeSql makeSql);
    bool injectFault(Step step) const { return m_faultHook && m_faultHook(step); }

    Database &m_db;
    Outbox m_outbox; // the queue's one owner, kept for its prepared append
    QString m_origin;
    FaultHook m_faultHook;
    std::unique_ptr<ArchiveGuard> m_archiveGuard; // archived classes are read-only; made on first write
    std::unique_ptr<WriterTally> m_tally;         // the score cell counts, kept here instead of by triggers
    std::unordered_map<StatementKey, std::unique_ptr<SqliteStatement>, StatementKeyHash> m_statements;
};

} // namespace k12
