#include "RosterImporter.h"

#include "kernel/csv/CsvReader.h"
#include "kernel/csv/RosterImport.h"
#include "kernel/domain/Ids.h"
#include "kernel/protocol/PushRequest.h"
#include "server/store/Database.h"
#include "server/store/RowStore.h"
#include "server/sync/PushProcessor.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

using protocol::Mutation;
using protocol::MutationOp;

Result<RosterImporter::Summary> RosterImporter::run(Database &db, const QString &csvPath, const QString &classId)
{
    if (!isId(classId) || classId != classId.toLower())
        return fail(u"--class-id must be a class id (a lowercase UUID), not \"%1\"."_s.arg(classId));
    Result<CsvTable> table = CsvReader::readFile(csvPath);
    if (!table)
        return Error{table.error()};
    const RosterImport::Outcome roster = RosterImport::fromTable(*table);
    if (!roster.ok())
        return fail(roster.problems.join(u'\n'));
    // The file line of each student (a Canvas export's Points Possible row is not one).
    auto lineOf = [&](qsizetype i) { return int(roster.lines.value(i)); };
    const QString fileName = QFileInfo(csvPath).fileName();

    Summary summary;
    QList<int> lines; // per mutation, the CSV line it came from
    PushProcessor processor(db);
    const PushProcessor::Actor admin{QString(), u"admin"_s, true};
    auto build = [&](Database &conn) -> Result<QList<Mutation>> {
        QSqlQuery *cls = conn.prepared(u"SELECT \"deleted\" FROM \"class\" WHERE \"id\" = ?"_s);
        cls->bindValue(0, classId);
        if (Status s = conn.run(cls, u"reading the class"_s); !s)
            return Error{s.error()};
        const bool found = cls->next();
        const bool deleted = found && cls->value(0).toLongLong() != 0;
        cls->finish();
        if (!found)
            return fail(
                u"There is no class with the id %1 (a teacher creates classes; import rosters into them)."_s.arg(
                    classId));
        if (deleted)
            return fail(u"The class %1 was deleted."_s.arg(classId));

        // Existing students: by number anywhere in the school, or by name in this class.
        QHash<QString, QString> byNumber;
        QHash<QString, QVariantList> current; // id -> given, family, email, number
        QStringList numbers;
        for (const Student &s : roster.students) {
            if (!s.studentNumber.isEmpty())
                numbers.append(s.studentNumber);
        }
        RowStore store(conn);
        const QString columns = u"s.\"id\", s.\"given_name\", s.\"family_name\", s.\"email\", s.\"student_number\""_s;
        auto remember = [&](QSqlQuery &q) {
            const QString id = q.value(0).toString();
            current.insert(id, {q.value(1), q.value(2), q.value(3), q.value(4)});
            const QString number = q.value(4).toString();
            if (!number.isEmpty() && !byNumber.contains(number))
                byNumber.insert(number, id);
        };
        if (Status s = store.selectIn(u"SELECT "_s + columns +
                                          u" FROM \"student\" s WHERE s.\"deleted\" = 0 AND "
                                          "s.\"student_number\" %1 ORDER BY s.\"rev\""_s,
                                      {}, numbers, remember, u"reading students"_s);
            !s)
            return Error{s.error()};
        QHash<QString, QString> byName;
        QSqlQuery *inClass = conn.prepared(u"SELECT "_s + columns +
                                           u" FROM \"student\" s JOIN \"enrollment\" e ON e.\"student_id\" = s.\"id\" "
                                           "WHERE e.\"class_id\" = ? AND s.\"deleted\" = 0 ORDER BY s.\"rev\""_s);
        inClass->bindValue(0, classId);
        if (Status s = conn.run(inClass, u"reading the class roster"_s); !s)
            return Error{s.error()};
        while (inClass->next()) {
            remember(*inClass);
            const QString key = inClass->value(1).toString() + QChar(0x1f) + inClass->value(2).toString();
            if (!byName.contains(key))
                byName.insert(key, inClass->value(0).toString());
        }
        inClass->finish();

        QList<Mutation> mutations;
        QSet<QString> seen;
        for (qsizetype i = 0; i < roster.students.size(); ++i) {
            const Student &s = roster.students.at(i);
            QString id = s.studentNumber.isEmpty() ? byName.value(s.givenName + QChar(0x1f) + s.familyName)
                                                   : byNumber.value(s.studentNumber);
            const bool exists = !id.isEmpty();
            if (!exists)
                id = newId();
            if (seen.contains(id))
                return fail(u"%1, line %2: this student appears twice in the file."_s.arg(fileName).arg(lineOf(i)));
            seen.insert(id);
            QJsonObject fields{{u"given_name"_s, s.givenName},
                               {u"family_name"_s, s.familyName},
                               {u"student_number"_s, s.studentNumber},
                               {u"email"_s, s.email}};
            if (exists) {
                const QVariantList now = current.value(id);
                const bool same = now.value(0).toString() == s.givenName && now.value(1).toString() == s.familyName &&
                                  now.value(2).toString() == s.email && now.value(3).toString() == s.studentNumber;
                summary.updated += same ? 0 : 1;
                summary.unchanged += same ? 1 : 0;
            } else {
                ++summary.created;
            }
            mutations.append(Mutation{newId(), u"student"_s, id, MutationOp::Upsert, 0, fields});
            lines.append(lineOf(i));
            const QJsonObject enrollment{{u"class_id"_s, classId}, {u"student_id"_s, id}, {u"status"_s, u"active"_s}};
            mutations.append(Mutation{newId(), u"enrollment"_s, pairId(u"enrollment"_s, classId, id),
                                      MutationOp::Upsert, 0, enrollment});
            lines.append(lineOf(i));
        }
        return mutations;
    };
    Result<QList<PushProcessor::Outcome>> outcomes = processor.run(admin, build, true);
    if (!outcomes)
        return Error{outcomes.error()};
    QStringList problems;
    for (qsizetype i = 0; i < outcomes->size(); ++i) {
        const PushProcessor::Outcome &o = outcomes->at(i);
        if (o.status != protocol::MutationResult::Status::Applied)
            problems.append(u"%1, line %2: %3"_s.arg(fileName).arg(lines.value(i)).arg(o.reason));
    }
    if (!problems.isEmpty())
        return fail(problems.join(u'\n'));
    summary.enrolled = int(roster.students.size());
    return summary;
}

} // namespace k12::server
