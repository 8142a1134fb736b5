#pragma once

#include "Change.h"
#include "kernel/domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantList>

#include <memory>

struct sqlite3;

namespace k12 {

class SqliteStatement;
struct EntityDef;

// Archived classes are read-only (issue 19). ChangeWriter asks this about every
// local change before writing it, so no action, import or undo step can change
// a row of an archived class; the one change allowed is the class row's own
// `archived` flag (archive, restore). State follows the batch: a batch that
// restores a class first may then change it (delete does that), and a batch
// that archives a class last (rollover) may change it before.
// Pulled changes from the server do not come through here: other devices decide.
class ArchiveGuard
{
    Q_DECLARE_TR_FUNCTIONS(k12::ArchiveGuard)

public:
    explicit ArchiveGuard(sqlite3 *db);
    ~ArchiveGuard();

    // `oldFields`: the row as it is now in EntityDef::fields order (empty for a new row).
    Status check(const EntityDef &def, const Change &change, const QVariantList &oldFields);
    // Forget what was read: called at the start of each batch.
    void reset() { m_classes.clear(); }

private:
    struct ClassState
    {
        bool archived = false;
        QString label; // "Algebra I (2025-26)"
    };
    ClassState &state(const QString &classId);
    Status refuse(const ClassState &s) const;

    sqlite3 *m_db;
    std::unique_ptr<SqliteStatement> m_select;
    QHash<QString, ClassState> m_classes;
};

} // namespace k12
