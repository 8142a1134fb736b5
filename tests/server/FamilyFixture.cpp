#include "FamilyFixture.h"

#include "kernel/domain/Entities.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace k12::test {

namespace {

QJsonObject scoreFields(const QString &classId, const QString &assignmentId, const QString &studentId)
{
    return {{u"class_id"_s, classId}, {u"assignment_id"_s, assignmentId}, {u"student_id"_s, studentId}};
}

} // namespace

QString FamilyFixture::pushAs(HttpClient &http, const QJsonArray &mutations) const
{
    const HttpReply r = push(http, teacher, clientId, mutations);
    if (r.status != 200)
        return u"push answered %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body.left(300)));
    const QJsonArray results = r.json().value(u"results"_s).toArray();
    if (results.size() != mutations.size())
        return u"push answered %1 results for %2 mutations"_s.arg(results.size()).arg(mutations.size());
    for (const QJsonValue &result : results) {
        if (statusOf(result) != u"applied"_s)
            return u"a mutation was not applied: "_s +
                   QString::fromUtf8(QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString FamilyFixture::addPeriods(HttpClient &http)
{
    q1Id = uuid();
    q2Id = uuid();
    s1Id = uuid();
    const auto period = [&](const QString &id, const QString &name, const QString &start, const QString &end,
                            const QJsonArray &formula) {
        return mutation(u"grading_period"_s, id,
                        {{u"class_id"_s, classId},
                         {u"name"_s, name},
                         {u"start_date"_s, start},
                         {u"end_date"_s, end},
                         {u"formula"_s, formula}});
    };
    const QJsonArray halves{QJsonObject{{u"period_id"_s, q1Id}, {u"weight"_s, 50}},
                            QJsonObject{{u"period_id"_s, q2Id}, {u"weight"_s, 50}}};
    return pushAs(http, {period(q1Id, u"Quarter 1"_s, u"2026-09-01"_s, u"2026-09-15"_s, {}),
                         period(q2Id, u"Quarter 2"_s, u"2026-09-16"_s, u"2026-10-31"_s, {}),
                         period(s1Id, u"Semester 1"_s, u"2026-09-01"_s, u"2026-12-31"_s, halves)});
}

qint64 FamilyFixture::revisionOf(HttpClient &http, const QString &id) const
{
    for (const QJsonObject &row : pullAll(http, teacher)) {
        if (row.value(u"id"_s).toString() == id)
            return row.value(u"rev"_s).toInteger();
    }
    return 0;
}

FamilyFixture FamilyFixture::seed(const QString &databaseUrl, HttpClient &http, const QString &email,
                                  const QString &name)
{
    FamilyFixture f;
    f.teacher = createTeacher(databaseUrl, email, name);
    if (f.teacher.id.isEmpty()) {
        f.error = u"admin create-teacher failed"_s;
        return f;
    }
    if (!login(http, f.teacher)) {
        f.error = u"the teacher cannot sign in"_s;
        return f;
    }
    f.clientId = uuid();
    f.classId = uuid();
    f.homeworkId = uuid();
    f.testsId = uuid();
    f.anaId = uuid();
    f.benId = uuid();
    f.scriptId = uuid();
    f.mariaId = uuid();
    f.luisId = uuid();
    f.graceId = uuid();
    f.danaId = uuid();
    f.hw1Id = uuid();
    f.hw2Id = uuid();
    f.hw3Id = uuid();
    f.test1Id = uuid();
    f.mariaInvitationId = uuid();
    f.luisInvitationId = uuid();
    f.graceInvitationId = uuid();
    f.danaInvitationId = uuid();
    f.anaNoticeId = uuid();

    QJsonArray m;
    m.append(mutation(u"class"_s, f.classId,
                      {{u"name"_s, u"Algebra I"_s},
                       {u"subject"_s, u"Mathematics"_s},
                       {u"term"_s, u"Fall 2026"_s},
                       {u"missing_policy"_s, u"zero"_s},
                       {u"family_show_final"_s, true}}));
    m.append(
        mutation(u"category"_s, f.homeworkId,
                 {{u"class_id"_s, f.classId}, {u"name"_s, u"Homework"_s}, {u"weight"_s, 40.0}, {u"position"_s, 0}}));
    m.append(mutation(u"category"_s, f.testsId,
                      {{u"class_id"_s, f.classId}, {u"name"_s, u"Tests"_s}, {u"weight"_s, 60.0}, {u"position"_s, 1}}));
    const auto student = [&](const QString &id, const QString &given, const QString &family, const QString &number) {
        m.append(mutation(u"student"_s, id,
                          {{u"given_name"_s, given}, {u"family_name"_s, family}, {u"student_number"_s, number}}));
        m.append(mutation(u"enrollment"_s, uuid(),
                          {{u"class_id"_s, f.classId}, {u"student_id"_s, id}, {u"status"_s, u"active"_s}}));
    };
    student(f.anaId, u"Ana"_s, u"Lopez"_s, u"1001"_s);
    student(f.benId, u"Ben"_s, u"Okafor"_s, u"1002"_s);
    student(f.scriptId, QString::fromLatin1(kScriptName), u"Doe"_s, u"1003"_s);
    const auto guardian = [&](const QString &id, const QString &given, const QString &family, const QString &mail,
                              const QString &language, const QString &studentId) {
        m.append(mutation(u"guardian"_s, id,
                          {{u"given_name"_s, given},
                           {u"family_name"_s, family},
                           {u"email"_s, mail},
                           {u"relationship"_s, u"parent"_s},
                           {u"language"_s, language},
                           {u"receives_reports"_s, true}}));
        m.append(mutation(u"student_guardian"_s, StudentGuardian::idFor(studentId, id),
                          {{u"student_id"_s, studentId}, {u"guardian_id"_s, id}}));
    };
    guardian(f.mariaId, u"Maria"_s, u"Lopez"_s, u"maria@example.org"_s, u"es"_s, f.anaId);
    guardian(f.luisId, u"Luis"_s, u"Lopez"_s, QString(), u"es"_s, f.anaId);
    guardian(f.graceId, u"Grace"_s, u"Okafor"_s, u"grace@example.org"_s, u"en"_s, f.benId);
    guardian(f.danaId, u"Dana"_s, u"Doe"_s, u"dana@example.org"_s, u"en"_s, f.scriptId);

    const auto assignment = [&](const QString &id, const QString &category, const QString &title, double points,
                                const QString &due, bool published, int position) {
        m.append(mutation(u"assignment"_s, id,
                          {{u"class_id"_s, f.classId},
                           {u"category_id"_s, category},
                           {u"title"_s, title},
                           {u"points_possible"_s, points},
                           {u"due_date"_s, due},
                           {u"published"_s, published},
                           {u"position"_s, position}}));
    };
    assignment(f.hw1Id, f.homeworkId, u"Homework 1"_s, 10, u"2026-09-07"_s, true, 0);
    assignment(f.hw2Id, f.homeworkId, QString::fromLatin1(kImgTitle), 10, u"2026-09-14"_s, true, 1);
    assignment(f.hw3Id, f.homeworkId, u"Homework 3"_s, 10, u"2026-09-21"_s, false, 2);
    assignment(f.test1Id, f.testsId, u"Unit 1 Test"_s, 50, u"2026-09-18"_s, true, 3);

    const auto points = [&](const QString &a, const QString &s, double p) {
        QJsonObject fields = scoreFields(f.classId, a, s);
        fields.insert(u"points"_s, p);
        m.append(mutation(u"score"_s, Score::idFor(a, s), fields));
    };
    points(f.hw1Id, f.anaId, 8);
    {
        QJsonObject fields = scoreFields(f.classId, f.hw2Id, f.anaId);
        fields.insert(u"missing"_s, true);
        m.append(mutation(u"score"_s, Score::idFor(f.hw2Id, f.anaId), fields));
    }
    points(f.hw3Id, f.anaId, 10);
    points(f.test1Id, f.anaId, 45);
    points(f.hw1Id, f.benId, 10);
    points(f.hw2Id, f.benId, 9);
    points(f.test1Id, f.benId, 40);
    points(f.hw1Id, f.scriptId, 7);

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const auto invite = [&](const QString &id, const QString &guardianId) {
        m.append(mutation(u"guardian_invitation"_s, id, {{u"guardian_id"_s, guardianId}, {u"requested_at"_s, now}}));
    };
    invite(f.mariaInvitationId, f.mariaId);
    invite(f.luisInvitationId, f.luisId);
    invite(f.graceInvitationId, f.graceId);
    invite(f.danaInvitationId, f.danaId);
    m.append(mutation(u"family_notice"_s, f.anaNoticeId,
                      {{u"class_id"_s, f.classId},
                       {u"student_id"_s, f.anaId},
                       {u"kind"_s, u"missing"_s},
                       {u"assignment_ids"_s, QJsonArray{f.hw2Id}},
                       {u"requested_at"_s, now}}));
    f.error = f.pushAs(http, m);
    return f;
}

QString addPortalAccount(const TestDatabase &db, const QString &email, const QStringList &guardianIds,
                         const QString &language, bool digest, QString *error)
{
    const QString id = uuid();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const auto literal = [](QString s) {
        s.replace(u"'"_s, u"''"_s);
        return u"'%1'"_s.arg(s);
    };
    // A hash no password matches: the suites that sign in set their own.
    QStringList sql{u"INSERT INTO \"portal_account\" (\"id\", \"email\", \"password_hash\", \"language\", \"digest\", "
                    "\"created_at\") VALUES (%1, %2, 'x', %3, %4, %5)"_s
                        .arg(literal(id), literal(email.toLower()), literal(language))
                        .arg(digest ? 1 : 0)
                        .arg(literal(now))};
    for (const QString &g : guardianIds) {
        sql.append(
            u"INSERT INTO \"portal_link\" (\"account_id\", \"guardian_id\", \"linked_at\") VALUES (%1, %2, %3)"_s.arg(
                literal(id), literal(g), literal(now)));
    }
    const QString failure = db.execute(sql);
    if (error)
        *error = failure;
    return failure.isEmpty() ? id : QString();
}

} // namespace k12::test
