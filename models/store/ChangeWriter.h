#pragma once

#include "Change.h"
#include "domain/Result.h"

#include <QHash>

#include <functional>
#include <memory>
#include <unordered_map>

namespace k12 {

class Database;
class SqliteStatement;
struct EntityDef;

// The one rule for writes (DESIGN.md): the row(s), their outbox mutation(s) and
// their audit_log entries are written in ONE transaction, or nothing is.
class ChangeWriter
{
public:
    enum class Step
    {
        Row,
        Outbox,
        Audit
    };
    // Test seam: called after each step of each change; returning true makes
    // the write fail at that point, as a crash or a full disk would.
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
        QVariantList fields; // in EntityDef::fields order
    };
    using RowCache = QHash<const EntityDef *, QHash<QString, OldRow>>;

    Status validate(const Change &change, const EntityDef **def) const;
    Status prefetch(const QList<const EntityDef *> &defs, const ChangeList &changes, RowCache *cache);
    Result<OldRow> loadRow(const EntityDef &def, const QString &id, RowCache *cache);
    Status writeRow(const EntityDef &def, const Change &change, const OldRow &old, AppliedChange *applied,
                    QVariantList *after, const QString &now);
    Status appendOutbox(const AppliedChange &applied, qint64 baseRev, const QString &now);
    Status appendAudit(const QString &action, const AppliedChange &applied, const QString &now);
    SqliteStatement &prepared(const QString &sql);
    bool injectFault(Step step) const { return m_faultHook && m_faultHook(step); }

    Database &m_db;
    QString m_origin;
    FaultHook m_faultHook;
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_statements;
};

} // namespace k12
