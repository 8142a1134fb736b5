#include "Convergence.h"

#include "kernel/domain/EntitySchema.h"
#include "models/store/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace k12::test {

QString keyOf(const QString &entity, const QString &id)
{
    return entity + u'/' + id;
}

// A field value in one comparable form: the wire JSON of its SQL form.
QJsonValue normalized(const FieldDef &field, const QVariant &value)
{
    return EntitySchema::toJson(field, EntitySchema::toSql(field, value));
}

QJsonValue normalizedJson(const FieldDef &field, const QJsonValue &json)
{
    QVariant value;
    if (!EntitySchema::fromJson(field, json, &value))
        return QJsonValue(
            u"<not a %1: %2>"_s.arg(field.name, QString::fromUtf8(QJsonDocument(QJsonArray{json}).toJson())));
    return normalized(field, value);
}

QString show(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

ServerView serverView(const QString &baseUrl, Teacher teacher)
{
    ServerView view;
    HttpClient http(baseUrl);
    if (!login(http, teacher)) {
        view.problems.append(u"cannot sign in to %1"_s.arg(baseUrl));
        return view;
    }
    const QList<QJsonObject> rows = pullAll(http, teacher, 0, 5000, &view.cursor);
    QSet<qint64> revs;
    for (const QJsonObject &row : rows) {
        const QString key = keyOf(row.value(u"entity").toString(), row.value(u"id").toString());
        const qint64 rev = row.value(u"rev").toInteger();
        if (view.rows.contains(key))
            view.problems.append(u"row %1 pulled twice"_s.arg(key));
        if (revs.contains(rev))
            view.problems.append(u"revision %1 given to two rows (%2)"_s.arg(rev).arg(key));
        revs.insert(rev);
        view.rows.insert(key, row);
    }
    return view;
}

// Every row of a local replica against the server, field by field, and the
// other way round (no row missing on either side). Returns the differences.
QStringList compareReplica(Database &db, const ServerView &server)
{
    QStringList problems;
    QSet<QString> seen;
    for (const EntityDef &def : EntitySchema::all()) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, rev, deleted, "_s + def.fieldNames().join(u", "_s) + u" FROM "_s + def.table())) {
            problems.append(u"cannot read %1: %2"_s.arg(def.name, q.lastError().text()));
            continue;
        }
        while (q.next()) {
            const QString key = keyOf(def.name, q.value(0).toString());
            seen.insert(key);
            const auto it = server.rows.constFind(key);
            if (it == server.rows.cend()) {
                problems.append(
                    u"%1 is in the replica (rev %2) but not on the server"_s.arg(key).arg(q.value(1).toLongLong()));
                continue;
            }
            const QJsonObject &row = *it;
            if (row.value(u"rev").toInteger() != q.value(1).toLongLong())
                problems.append(u"%1: rev %2 here, %3 on the server"_s.arg(key)
                                    .arg(q.value(1).toLongLong())
                                    .arg(row.value(u"rev").toInteger()));
            if (row.value(u"deleted").toBool() != (q.value(2).toInt() != 0))
                problems.append(u"%1: deleted %2 here, %3 on the server"_s.arg(key)
                                    .arg(q.value(2).toInt())
                                    .arg(row.value(u"deleted").toBool()));
            const QJsonObject fields = row.value(u"fields").toObject();
            for (int i = 0; i < def.fields.size(); ++i) {
                const FieldDef &field = def.fields.at(i);
                const QJsonValue mine = normalized(field, q.value(3 + i));
                const QJsonValue theirs = normalizedJson(field, fields.value(field.name));
                if (mine != theirs)
                    problems.append(
                        u"%1.%2: %3 here, %4 on the server"_s.arg(key, field.name, show(mine), show(theirs)));
            }
            if (problems.size() > 20)
                return problems;
        }
    }
    for (auto it = server.rows.cbegin(); it != server.rows.cend(); ++it) {
        if (!seen.contains(it.key())) {
            problems.append(u"%1 (rev %2) is on the server but not in the replica"_s.arg(it.key()).arg(
                it->value(u"rev").toInteger()));
            if (problems.size() > 20)
                break;
        }
    }
    return problems;
}

// How often the server's audit trail lists each mutation id.
QHash<QString, int> auditedMutations(const QString &databaseUrl, const QString &since, QString *error,
                                     bool everyMutation)
{
    QStringList args{u"admin"_s, u"audit"_s, u"--json"_s, u"--database"_s, databaseUrl};
    if (everyMutation)
        args << u"--all"_s;
    if (!since.isEmpty())
        args << u"--since"_s << since;
    const ProcessOutput out = runServerCommand(args, {}, 120000);
    QHash<QString, int> counts;
    if (out.exitCode != 0) {
        *error = u"admin audit failed (%1): %2"_s.arg(out.exitCode).arg(QString::fromUtf8(out.err));
        return counts;
    }
    const QJsonArray entries = QJsonDocument::fromJson(out.out).array();
    for (const QJsonValue &entry : entries) {
        const QJsonValue id = entry.toObject().value(u"mutation_id");
        if (id.isString())
            ++counts[id.toString()];
    }
    return counts;
}

// Checks each id appears exactly once in the audit; returns the problems.
QStringList exactlyOnce(const QHash<QString, int> &audited, const QStringList &ids)
{
    QStringList problems;
    for (const QString &id : ids) {
        const int n = audited.value(id);
        if (n != 1)
            problems.append(u"mutation %1 is in the audit %2 time(s)"_s.arg(id).arg(n));
        if (problems.size() > 10)
            break;
    }
    return problems;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void TeacherProcess::start(const QString &profileDir)
{
    process.setProgram(QStringLiteral(K12_TEACHER_BIN));
    process.setArguments({u"--profile"_s, profileDir, u"sync"_s});
    process.start();
    process.waitForStarted(30000);
}

QString TeacherProcess::output()
{
    return u"exit %1: %2%3"_s.arg(process.exitCode())
        .arg(QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()));
}

void TeacherProcess::kill()
{
    ::kill(pid_t(process.processId()), SIGKILL);
    process.waitForFinished(10000);
}

} // namespace k12::test
