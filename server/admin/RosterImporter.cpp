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
#include <QSet>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

using protocol::Mutation;
using protocol::MutationOp;

namespace {

// The class's teacher: guardians are rows of one teacher (Schema::ownedByTeacher).
Result<QString> ownerOf(Database &db, const QString &classId)
{
    QSqlQuery *q = db.prepared(u"SELECT \"owner_id\" FROM \"class\" WHERE \"id\" = ?"_s);
    q->bindValue(0, classId);
    if (Status s = db.run(q, u"reading the class"_s); !s)
        return Error{s.error()};
    const QString owner = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return owner;
}

QString nameKey(const QString &given, const QString &family)
{
    return QString(given.simplified() + QChar(0x1f) + family.simplified()).toCaseFolded();
}

// The teacher's guardians and links as they are, and the mutations that add
// the file's guardians to them (the rules of the desktop's GuardianActions::importChanges).
class GuardianMerge
{
public:
    Status load(Database &conn, const QString &ownerId)
    {
        QSqlQuery *g = conn.prepared(u"SELECT \"id\", \"given_name\", \"family_name\", \"email\" FROM \"guardian\" "
                                     "WHERE \"owner_id\" = ? AND \"deleted\" = 0 ORDER BY \"rev\""_s);
        g->bindValue(0, ownerId);
        if (Status s = conn.run(g, u"reading the teacher's guardians"_s); !s)
            return s;
        while (g->next()) {
            const QString id = g->value(0).toString();
            m_names.insert(id, nameKey(g->value(1).toString(), g->value(2).toString()));
            const QString email = g->value(3).toString().trimmed().toCaseFolded();
            if (!email.isEmpty() && !m_byEmail.contains(email))
                m_byEmail.insert(email, id);
        }
        g->finish();
        QSqlQuery *l = conn.prepared(u"SELECT \"student_id\", \"guardian_id\" FROM \"student_guardian\" "
                                     "WHERE \"owner_id\" = ? AND \"deleted\" = 0"_s);
        l->bindValue(0, ownerId);
        if (Status s = conn.run(l, u"reading the teacher's guardian links"_s); !s)
            return s;
        while (l->next()) {
            const QString student = l->value(0).toString();
            const QString guardian = l->value(1).toString();
            m_links.insert(StudentGuardian::idFor(student, guardian));
            m_ofStudent[student].append(guardian);
        }
        l->finish();
        return {};
    }

    // The mutations for one student's guardians; an error names the problem only.
    Result<QList<Mutation>> add(const QString &studentId, const QList<Guardian> &guardians, int *created, int *linked)
    {
        QList<Mutation> out;
        for (const Guardian &g : guardians) {
            if (const QString problem = g.problem(); !problem.isEmpty())
                return fail(problem);
            const QString email = g.email.trimmed().toCaseFolded();
            const QString key = nameKey(g.givenName, g.familyName);
            const QString fileKey = key + QChar(0x1f) + g.phone.simplified().toCaseFolded();
            QString id = email.isEmpty() ? m_fileByName.value(fileKey) : m_byEmail.value(email);
            if (id.isEmpty() && email.isEmpty()) {
                // Imported again: the student's guardian of that name is this one.
                for (const QString &known : m_ofStudent.value(studentId)) {
                    if (m_names.value(known) == key)
                        id = known;
                }
            }
            if (id.isEmpty()) {
                id = newId();
                out.append(Mutation{newId(), u"guardian"_s, id, MutationOp::Upsert, 0,
                                    QJsonObject::fromVariantMap(g.toFields())});
                m_names.insert(id, key);
                ++*created;
            }
            if (email.isEmpty())
                m_fileByName.insert(fileKey, id);
            else
                m_byEmail.insert(email, id);
            const QString linkId = StudentGuardian::idFor(studentId, id);
            if (m_links.contains(linkId))
                continue;
            m_links.insert(linkId);
            m_ofStudent[studentId].append(id);
            out.append(Mutation{newId(), u"student_guardian"_s, linkId, MutationOp::Upsert, 0,
                                QJsonObject{{u"student_id"_s, studentId}, {u"guardian_id"_s, id}}});
            ++*linked;
        }
        return out;
    }

private:
    QHash<QString, QString> m_byEmail;       // case-folded email -> guardian id (the teacher's and this file's)
    QHash<QString, QString> m_fileByName;    // name + phone -> guardian id, this file's guardians without email
    QHash<QString, QString> m_names;         // guardian id -> name key
    QHash<QString, QStringList> m_ofStudent; // student id -> guardian ids linked
    QSet<QString> m_links;                   // student_guardian ids
};

} // namespace

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

    // Rows the import makes for the teacher (guardians, their links) are theirs, as if they had pushed them.
    Result<QString> owner = ownerOf(db, classId);
    if (!owner)
        return Error{owner.error()};

    Summary summary;
    QList<int> lines; // per mutation, the CSV line it came from
    PushProcessor processor(db);
    const PushProcessor::Actor admin{*owner, u"admin"_s, true};
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

        GuardianMerge guardians;
        if (!owner->isEmpty()) {
            if (Status s = guardians.load(conn, *owner); !s)
                return Error{s.error()};
        }

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
            const QList<Guardian> ofStudent = roster.guardians.value(i);
            if (ofStudent.isEmpty())
                continue;
            Result<QList<Mutation>> added =
                guardians.add(id, ofStudent, &summary.guardiansCreated, &summary.guardiansLinked);
            if (!added)
                return fail(u"%1, line %2: %3"_s.arg(fileName).arg(lineOf(i)).arg(added.error()));
            for (const Mutation &m : std::as_const(*added)) {
                mutations.append(m);
                lines.append(lineOf(i));
            }
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
