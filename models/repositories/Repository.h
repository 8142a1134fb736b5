#pragma once

#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Ids.h"
#include "kernel/domain/Result.h"
#include "models/store/Store.h"

#include <QCoreApplication>

namespace k12 {

// Typed access to one synced entity. Reads return live (not deleted) rows;
// every write goes through Store::apply, so it lands with its outbox mutation
// and audit entry in one transaction. Entity-specific repositories derive from
// this and add their own queries and multi-row operations.
template<typename Record> class Repository
{
    Q_DECLARE_TR_FUNCTIONS(k12::Repository)

public:
    explicit Repository(Store &store)
        : m_store(store)
        , m_def(*EntitySchema::find(QString::fromLatin1(Record::entity)))
    {}

    const EntityDef &definition() const { return m_def; }

    // Creates the record (a new id is made when it has none); returns its id.
    Result<QString> create(Record record, const QString &action)
    {
        if (record.id.isEmpty())
            record.id = newId();
        if (const QString problem = record.problem(); !problem.isEmpty())
            return fail(problem);
        Result<QList<AppliedChange>> r =
            m_store.apply(action, {Change::upsert(m_def.name, record.id, record.toFields())});
        if (!r)
            return Error{r.error()};
        return record.id;
    }

    // Writes every field of the record (creates it when it does not exist yet).
    Status save(const Record &record, const QString &action)
    {
        if (const QString problem = record.problem(); !problem.isEmpty())
            return fail(problem);
        return toStatus(m_store.apply(action, {Change::upsert(m_def.name, record.id, record.toFields())}));
    }

    // Changes the named fields of an existing record, after checking the result is valid.
    Status update(const QString &id, const QVariantMap &fields, const QString &action)
    {
        std::optional<QVariantMap> row = m_store.row(m_def, id);
        if (!row)
            return fail(tr("That %1 no longer exists.").arg(m_def.name));
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            row->insert(it.key(), it.value());
        if (const QString problem = Record::fromRow(*row).problem(); !problem.isEmpty())
            return fail(problem);
        return toStatus(m_store.apply(action, {Change::upsert(m_def.name, id, fields)}));
    }

    Status remove(const QString &id, const QString &action)
    {
        return toStatus(m_store.apply(action, {Change::remove(m_def.name, id)}));
    }

    std::optional<Record> find(const QString &id) const
    {
        std::optional<QVariantMap> row = m_store.row(m_def, id);
        return row ? std::optional<Record>(Record::fromRow(*row)) : std::nullopt;
    }

    QList<Record> select(const QString &where = {}, const QVariantList &binds = {}, const QString &orderBy = {}) const
    {
        QList<Record> result;
        const QList<QVariantMap> rows = m_store.rows(m_def, where, binds, orderBy);
        result.reserve(rows.size());
        for (const QVariantMap &row : rows)
            result.append(Record::fromRow(row));
        return result;
    }

    QList<Record> forClass(const QString &classId, const QString &orderBy = QStringLiteral("rowid")) const
    {
        return select(QStringLiteral("class_id = ?"), {classId}, orderBy);
    }

protected:
    static Status toStatus(const Result<QList<AppliedChange>> &r) { return r ? Status{} : Status{fail(r.error())}; }

    Store &m_store;
    const EntityDef &m_def;
};

} // namespace k12
