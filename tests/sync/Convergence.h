#pragma once

#include "tests/server/ServerHarness.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace k12 {
class Database;
struct FieldDef;
} // namespace k12

// What the sync fault tests check after they settle: a replica equals the
// server field by field, each mutation is in the server's audit once.
namespace k12::test {

QString keyOf(const QString &entity, const QString &id);
// A field value in one comparable form: the wire JSON of its SQL form.
QJsonValue normalized(const FieldDef &field, const QVariant &value);
QJsonValue normalizedJson(const FieldDef &field, const QJsonValue &json);
QString show(const QJsonValue &v);

// What a fresh client pulling from 0 gets: every row the teacher can see.
struct ServerView
{
    QHash<QString, QJsonObject> rows; // "entity/id" -> row as pulled
    qint64 cursor = 0;
    QStringList problems; // a row or a revision twice, or the pull failed
};
ServerView serverView(const QString &baseUrl, Teacher teacher);

// Every row of a local replica against the server, field by field, and the
// other way round (no row missing on either side). Returns the differences.
QStringList compareReplica(Database &db, const ServerView &server);

// How often the server's audit trail lists each mutation id (everyMutation:
// also those that changed nothing, `admin audit --all`).
QHash<QString, int> auditedMutations(const QString &databaseUrl, const QString &since, QString *error,
                                     bool everyMutation = false);
// Checks each id appears exactly once in the audit; returns the problems.
QStringList exactlyOnce(const QHash<QString, int> &audited, const QStringList &ids);

QString nowIso();

// `k12-teacher --profile DIR sync` as a process, to be killed.
struct TeacherProcess
{
    QProcess process;

    void start(const QString &profileDir);
    bool running() const { return process.state() == QProcess::Running; }
    QString output();
    void kill();
};

} // namespace k12::test
