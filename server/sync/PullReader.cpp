#include "PullReader.h"

#include "domain/EntitySchema.h"
#include "protocol/JsonWriter.h"
#include "protocol/SyncRow.h"
#include "store/RowStore.h"
#include "store/ServerDatabase.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QString PullReader::visibleCondition(const QString &entity, int *parameters)
{
    if (entity == u"class"_s) {
        *parameters = 1;
        return u"\"owner_id\" = ?"_s;
    }
    if (entity == u"student"_s) {
        // A student is visible while enrolled (any status, even a deleted
        // enrollment: the gradebook's history still names them) in one of the
        // teacher's classes, or when the teacher created them.
        *parameters = 2;
        return u"(\"created_by\" = ? OR \"id\" IN (SELECT e.\"student_id\" FROM \"enrollment\" e JOIN \"class\" c "
               "ON c.\"id\" = e.\"class_id\" WHERE c.\"owner_id\" = ?))"_s;
    }
    const EntityDef *def = EntitySchema::find(entity);
    if (def && !def->scopeField.isEmpty()) {
        *parameters = 1;
        return u"\"%1\" IN (SELECT \"id\" FROM \"class\" WHERE \"owner_id\" = ?)"_s.arg(def->scopeField);
    }
    *parameters = 0;
    return u"1 = 0"_s;
}

Result<PullReader::Page> PullReader::read(const QString &teacherId, qint64 since, int limit)
{
    struct Candidate
    {
        qint64 rev;
        QByteArray json;
    };
    QList<Candidate> candidates;
    // Every table is asked for its first `limit` rows after the cursor; once
    // `limit` rows are known, later tables are only asked below the highest of
    // them, so little is read that the page will not use.
    qint64 bound = std::numeric_limits<qint64>::max();

    ServerTransaction tx(m_db, ServerDatabase::TxKind::Snapshot);
    if (!tx.begun())
        return fail(u"Cannot start the read transaction: %1"_s.arg(tx.error()));
    for (const EntityDef &def : EntitySchema::all()) {
        int parameters = 0;
        const QString condition = visibleCondition(def.name, &parameters);
        QSqlQuery *q =
            m_db.prepared(u"SELECT "_s + RowStore::columnList(def) + u" FROM "_s + def.table() +
                          u" WHERE \"rev\" > ? AND \"rev\" <= ? AND "_s + condition + u" ORDER BY \"rev\" LIMIT ?"_s);
        int p = 0;
        q->bindValue(p++, since);
        q->bindValue(p++, bound);
        for (int i = 0; i < parameters; ++i)
            q->bindValue(p++, teacherId);
        q->bindValue(p++, limit);
        if (Status s = m_db.run(q, u"reading %1 changes"_s.arg(def.name)); !s)
            return Error{s.error()};
        const int n = int(def.fields.size());
        QVariantList values(n);
        while (q->next()) {
            const qint64 rev = q->value(1).toLongLong();
            for (int i = 0; i < n; ++i) {
                const FieldDef &field = def.fields.at(i);
                values[i] = q->isNull(4 + i) ? QVariant() : EntitySchema::toSql(field, q->value(4 + i));
            }
            QByteArray json;
            json.reserve(64 + n * 24);
            protocol::JsonWriter w(&json);
            protocol::SyncRow::write(w, def, q->value(0).toString(), rev, q->value(2).toLongLong() != 0,
                                     q->value(3).toString(), values.constData());
            candidates.append(Candidate{rev, std::move(json)});
        }
        q->finish();
        if (candidates.size() >= limit) {
            std::sort(candidates.begin(), candidates.end(),
                      [](const Candidate &a, const Candidate &b) { return a.rev < b.rev; });
            candidates.resize(limit);
            bound = candidates.last().rev;
        }
    }
    if (Status s = tx.commit(); !s)
        return Error{s.error()};

    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.rev < b.rev; });
    Page page;
    page.rows.reserve(candidates.size());
    for (Candidate &c : candidates)
        page.rows.append(std::move(c.json));
    page.nextCursor = candidates.isEmpty() ? since : candidates.last().rev;
    // A page short of the limit means every table was read to its end. A full
    // page says "ask again" (the next one may be empty): exact without a count.
    page.hasMore = candidates.size() >= limit;
    return page;
}

} // namespace k12
