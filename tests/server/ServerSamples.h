#pragma once

#include "kernel/domain/EntitySchema.h"
#include "kernel/protocol/Problem.h"
#include "tests/server/ServerHarness.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Rows for the server suites: one valid row of every entity, and the checks
// their answers share.
namespace k12::test {

// Text with a shape (an enumeration from the declaration, an email address):
// any other value is refused, so samples use valid ones.
bool isEnumerated(const EntityDef &def, const FieldDef &field);

// A value for every field of an entity: references point at idOf[entity].
QJsonObject sampleFields(const EntityDef &def, const QHash<QString, QString> &idOf, int variant, const QString &text);

// One row of every entity, in an order where references exist first.
struct Sample
{
    QHash<QString, QString> idOf;
    QJsonArray mutations;
};

// The text a sample row holds in a text field: `text #variant`, cut to the field's cap.
QString sampleText(const FieldDef &field, const QString &text, int variant);
Sample sampleRows(const QString &text, int variant = 0);

QHash<QString, QJsonObject> byId(const QList<QJsonObject> &rows);

// A push answer's "status".
QString statusOf(const QJsonValue &result);

// A problem+json answer of that status and kind, with its request id and a detail.
bool isProblem(const HttpReply &r, int status, protocol::Problem::Kind kind);

} // namespace k12::test
