#pragma once

#include "kernel/domain/Result.h"
#include "server/store/Database.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace k12::server {

class Database;

// One pair a portal account may see: a student in a class, through a guardian
// of the class's teacher (the access rule of issue 18, contract 6).
struct FamilyAccess
{
    QString studentId;
    QString classId;
    QString className;
    QString term;
    QString teacherId;
    QString teacherName;
};

// Reads the server's entity rows as the maps Entity::fromRow takes (the
// EntitySchema fields plus id, rev, updated_at) and answers the access rule,
// on SQLite and PostgreSQL alike (quoted identifiers, bound values only).
class FamilyRows
{
public:
    explicit FamilyRows(Database &db)
        : m_db(db)
    {}

    // Live rows of `entity` matching `where` (SQL over quoted columns, `?` for binds), ordered by `orderBy`.
    Result<QList<QVariantMap>> select(const QString &entity, const QString &where, const QVariantList &binds,
                                      const QString &orderBy = QStringLiteral("\"rev\""));
    // The first such row; an empty map when there is none.
    Result<QVariantMap> one(const QString &entity, const QString &where, const QVariantList &binds);

    // The students the account reaches (id, given_name, family_name, owner_id of the guardian), by family name.
    Result<QList<QVariantMap>> students(const QString &accountId);
    // Every (student, class) pair the account may see; with studentId and classId, at most that one.
    Result<QList<FamilyAccess>> access(const QString &accountId, const QString &studentId = {},
                                       const QString &classId = {});
    // A teacher's display name (empty when unknown).
    Result<QString> teacherName(const QString &teacherId);

private:
    Result<QList<QVariantMap>> query(const QString &sql, const QVariantList &binds, const QStringList &columns);

    Database &m_db;
};

// Runs `body` in one consistent snapshot unless the caller already holds a transaction.
// (Callers already in a transaction, e.g. the mail planner's, read in theirs.)
template<typename F> auto inSnapshot(Database &db, F body) -> decltype(body())
{
    if (db.inTransaction())
        return body();
    Transaction tx(db, Database::TxKind::Snapshot);
    if (!tx.begun())
        return fail(tx.error());
    auto result = body();
    if (result) {
        if (const Status done = tx.commit(); !done)
            return Error{done.error()};
    }
    return result;
}

} // namespace k12::server
