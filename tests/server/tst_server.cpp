// The k12-server integration suite: real server processes, real HTTP, real
// databases. Built twice (tst_server_sqlite, tst_server_postgresql) from this
// source; K12_SERVER_BACKEND picks the database.
#include "ServerHarness.h"
#include "ServerSamples.h"
#include "kernel/domain/EntitySchema.h"
#include "kernel/protocol/MutationResult.h"
#include "kernel/protocol/Problem.h"
#include "kernel/protocol/PullResponse.h"
#include "kernel/protocol/PushResponse.h"
#include "tests/common/TestSupport.h"

#include <QDate>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

class TestServer : public QObject
{
    Q_OBJECT

private:
    bool startServer(const QStringList &extra = {})
    {
        m_server = std::make_unique<ServerProcess>();
        if (!m_server->start(m_db->url(), extra))
            return false;
        m_http = std::make_unique<HttpClient>(m_server->baseUrl());
        return true;
    }
    QJsonObject pushOk(const Teacher &teacher, const QString &client, const QJsonArray &mutations)
    {
        const HttpReply r = push(*m_http, teacher, client, mutations);
        if (r.status != 200)
            qWarning("push: %d %s", r.status, r.body.left(500).constData());
        return r.json();
    }

    QString m_backend = QStringLiteral(K12_SERVER_BACKEND);
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    Teacher m_alice;
    Teacher m_bob;
    const QString m_clientA = uuid();
    const QString m_clientB = uuid();

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        K12_REQUIRE("postgresql", TestDatabase::available(m_backend, &why), why);
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>(m_backend);
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_alice = createTeacher(m_db->url(), u"alice@school.example"_s, u"Alice"_s);
        m_bob = createTeacher(m_db->url(), u"bob@school.example"_s, u"Bob"_s);
        QVERIFY(!m_alice.id.isEmpty());
        QVERIFY(!m_bob.id.isEmpty());
        QVERIFY2(startServer(), m_server ? m_server->stderrText().constData() : "");
        QVERIFY(login(*m_http, m_alice));
        QVERIFY(login(*m_http, m_bob));
    }

    void cleanup()
    {
        m_http.reset();
        if (m_server) {
            const int code = m_server->stop();
            if (!QTest::currentTestFailed())
                QCOMPARE(code, 0);
        }
        m_server.reset();
        m_db.reset();
    }

    void health()
    {
        const HttpReply r = m_http->get(u"/api/v1/health"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(QUuid::fromString(r.json().value(u"epoch").toString()).isNull() == false);
        QCOMPARE(r.json().value(u"status").toString(), u"ok"_s);
        QVERIFY(!r.json().value(u"version").toString().isEmpty());
        QVERIFY(!r.header("X-Request-Id").isEmpty());
        const HttpReply again = m_http->get(u"/api/v1/health"_s);
        QVERIFY(again.header("X-Request-Id") != r.header("X-Request-Id"));
        // A request id from the client is echoed, on success and on error.
        const HttpReply echoed = m_http->request("GET", u"/api/v1/health"_s, {}, {{"X-Request-Id", "trace-42.a"}});
        QCOMPARE(echoed.header("X-Request-Id"), QByteArray("trace-42.a"));
        const HttpReply missing = m_http->request("GET", u"/api/v1/nowhere"_s, {}, {{"X-Request-Id", "trace-43"}});
        QCOMPARE(missing.header("X-Request-Id"), QByteArray("trace-43"));
        QCOMPARE(missing.json().value(u"request_id").toString(), u"trace-43"_s);
        // The epoch is the same in health, push and pull.
        const QJsonObject pushed = pushOk(m_alice, m_clientA, {});
        QCOMPARE(pushed.value(u"epoch"), r.json().value(u"epoch"));
        QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, m_alice.accessToken).json().value(u"epoch"),
                 r.json().value(u"epoch"));
    }

    void loginGoodAndBad()
    {
        const HttpReply good = m_http->postJson(
            u"/api/v1/auth/login"_s, {{u"email"_s, u"ALICE@school.example "_s}, {u"password"_s, m_alice.password}});
        QCOMPARE(good.status, 200);
        const QJsonObject body = good.json();
        QCOMPARE(body.value(u"access_token").toString().size(), 43);
        QCOMPARE(body.value(u"refresh_token").toString().size(), 43);
        QCOMPARE(body.value(u"expires_in").toInt(), 900);
        QCOMPARE(body.value(u"teacher").toObject().value(u"id").toString(), m_alice.id);
        QCOMPARE(body.value(u"teacher").toObject().value(u"name").toString(), u"Alice"_s);
        QCOMPARE(body.value(u"teacher").toObject().value(u"email").toString(), u"alice@school.example"_s);

        const HttpReply wrong =
            m_http->postJson(u"/api/v1/auth/login"_s, {{u"email"_s, m_alice.email}, {u"password"_s, u"nope nope"_s}});
        QVERIFY(isProblem(wrong, 401, protocol::Problem::Kind::InvalidCredentials));
        const HttpReply unknown = m_http->postJson(u"/api/v1/auth/login"_s,
                                                   {{u"email"_s, u"carol@school.example"_s}, {u"password"_s, u"x"_s}});
        QVERIFY(isProblem(unknown, 401, protocol::Problem::Kind::InvalidCredentials));
        // Unknown account and wrong password read the same.
        QCOMPARE(unknown.json().value(u"detail"), wrong.json().value(u"detail"));
        const HttpReply malformed = m_http->post(u"/api/v1/auth/login"_s, "{\"email\": 5}");
        QVERIFY(isProblem(malformed, 400, protocol::Problem::Kind::BadRequest));
        QVERIFY(malformed.json().value(u"detail").toString().contains(u"email"_s));
        // The logs never carry the password or the email.
        const QByteArray log = m_server->stderrText();
        QVERIFY(!log.contains("correct horse"));
        QVERIFY(!log.contains("nope nope"));
        QVERIFY(!log.contains("alice@school.example"));
        QVERIFY(!log.contains(body.value(u"access_token").toString().toLatin1()));
    }

    void tokenExpiryRefreshAndLogout()
    {
        m_server->stop();
        // Expiry is in whole seconds: a 2 s token lives at least one full second.
        QVERIFY(startServer({u"--access-ttl"_s, u"2"_s}));
        QVERIFY(login(*m_http, m_alice));
        QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, m_alice.accessToken).status, 200);
        QTest::qWait(3100);
        const HttpReply expired = m_http->get(u"/api/v1/sync/pull"_s, m_alice.accessToken);
        QVERIFY(isProblem(expired, 401, protocol::Problem::Kind::Unauthorized));

        const HttpReply refreshed =
            m_http->postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, m_alice.refreshToken}});
        QCOMPARE(refreshed.status, 200);
        const QString access = refreshed.json().value(u"access_token").toString();
        const QString refresh = refreshed.json().value(u"refresh_token").toString();
        QVERIFY(refresh != m_alice.refreshToken); // rotated
        QCOMPARE(refreshed.json().value(u"expires_in").toInt(), 2);
        QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, access).status, 200);

        // The answer to a rotation was lost: the same token again, at once, while
        // its successor is unused, gets a fresh pair (the session lives on).
        const HttpReply retried =
            m_http->postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, m_alice.refreshToken}});
        QCOMPARE(retried.status, 200);
        const QString refresh2 = retried.json().value(u"refresh_token").toString();
        QVERIFY(refresh2 != refresh);
        const HttpReply rotated = m_http->postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh2}});
        QCOMPARE(rotated.status, 200);
        const QString access3 = rotated.json().value(u"access_token").toString();
        const QString refresh3 = rotated.json().value(u"refresh_token").toString();

        // An older used refresh token is a copy: presenting it ends the whole session.
        const HttpReply reused =
            m_http->postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, m_alice.refreshToken}});
        QVERIFY(isProblem(reused, 401, protocol::Problem::Kind::InvalidRefreshToken));
        const HttpReply successor = m_http->postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh3}});
        QVERIFY(isProblem(successor, 401, protocol::Problem::Kind::InvalidRefreshToken));
        QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, access3).status, 401);
        QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, access).status, 401);

        // Logout revokes the access token and its refresh token.
        QVERIFY(login(*m_http, m_alice));
        const HttpReply out = m_http->postJson(u"/api/v1/auth/logout"_s, {}, m_alice.accessToken);
        QCOMPARE(out.status, 204);
        QVERIFY(!out.header("X-Request-Id").isEmpty());
        QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, m_alice.accessToken).status, 401);
        QCOMPARE(m_http->postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, m_alice.refreshToken}}).status, 401);
        QVERIFY(isProblem(m_http->postJson(u"/api/v1/auth/logout"_s, {}), 401, protocol::Problem::Kind::Unauthorized));
    }

    void roundTripEveryEntity()
    {
        const Sample sample = sampleRows(u"Round trip"_s);
        const QJsonObject first = pushOk(m_alice, m_clientA, sample.mutations);
        const QJsonArray results = first.value(u"results").toArray();
        QCOMPARE(results.size(), sample.mutations.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            QVERIFY2(statusOf(results.at(i)) == u"applied"_s,
                     QJsonDocument(results.at(i).toObject()).toJson().constData());
            QCOMPARE(results.at(i).toObject().value(u"mutation_id"),
                     sample.mutations.at(i).toObject().value(u"mutation_id"));
            QVERIFY(results.at(i).toObject().value(u"rev").toInteger() > 0);
        }
        qint64 cursor = 0;
        const QList<QJsonObject> pulled = pullAll(*m_http, m_alice, 0, 1000, &cursor);
        // The codec accepts what the server sends.
        QVERIFY(
            protocol::PullResponse::fromJson(m_http->get(u"/api/v1/sync/pull?since=0"_s, m_alice.accessToken).body));
        const QHash<QString, QJsonObject> rows = byId(pulled);
        QCOMPARE(rows.size(), EntitySchema::all().size());
        for (const QJsonValue &m : sample.mutations) {
            const QJsonObject sent = m.toObject();
            const QJsonObject row = rows.value(sent.value(u"id").toString());
            QCOMPARE(row.value(u"entity"), sent.value(u"entity"));
            QCOMPARE(row.value(u"deleted").toBool(), false);
            QVERIFY(!row.value(u"updated_at").toString().isEmpty());
            const QJsonObject fields = row.value(u"fields").toObject();
            const EntityDef *def = EntitySchema::find(sent.value(u"entity").toString());
            QCOMPARE(fields.keys().size(), def->fields.size()); // ALL fields
            const QJsonObject sentFields = sent.value(u"fields").toObject();
            for (auto it = sentFields.constBegin(); it != sentFields.constEnd(); ++it)
                QVERIFY2(fields.value(it.key()) == it.value(), qPrintable(def->name + u'.' + it.key()));
        }
        // Revisions in pull order are strictly increasing.
        qint64 previous = 0;
        for (const QJsonObject &row : pulled) {
            QVERIFY(row.value(u"rev").toInteger() > previous);
            previous = row.value(u"rev").toInteger();
        }

        // Change every field of every row (class_id stays: rows never move).
        QJsonArray updates;
        for (const EntityDef &def : EntitySchema::all()) {
            QJsonObject fields = sampleFields(def, sample.idOf, 1, u"Changed"_s);
            const qint64 rev = rows.value(sample.idOf.value(def.name)).value(u"rev").toInteger();
            updates.append(mutation(def.name, sample.idOf.value(def.name), fields, rev));
        }
        const QJsonArray second = pushOk(m_alice, m_clientA, updates).value(u"results").toArray();
        for (const QJsonValue &r : second)
            QVERIFY2(statusOf(r) == u"applied"_s, QJsonDocument(r.toObject()).toJson().constData());
        const QHash<QString, QJsonObject> after = byId(pullAll(*m_http, m_alice, cursor));
        // assignment_standard and student_guardian have references only, which
        // stay: nothing changed, no new revision.
        QCOMPARE(after.size(), EntitySchema::all().size() - 2);
        QVERIFY(!after.contains(sample.idOf.value(u"assignment_standard"_s)));
        QVERIFY(!after.contains(sample.idOf.value(u"student_guardian"_s)));
        for (const QJsonValue &m : updates) {
            const QJsonObject sent = m.toObject();
            if (!after.contains(sent.value(u"id").toString()))
                continue;
            const QJsonObject fields = after.value(sent.value(u"id").toString()).value(u"fields").toObject();
            const QJsonObject sentFields = sent.value(u"fields").toObject();
            for (auto it = sentFields.constBegin(); it != sentFields.constEnd(); ++it)
                QVERIFY2(fields.value(it.key()) == it.value(), qPrintable(sent.value(u"entity").toString() + it.key()));
        }
    }

    void replayedPushIsAnsweredIdenticallyAndAppliedOnce()
    {
        const Sample sample = sampleRows(u"Replay"_s);
        QJsonArray batch = sample.mutations;
        // A bad one too: its rejection is replayed as well.
        batch.append(mutation(u"score"_s, uuid(), {{u"points"_s, u"ten"_s}}));
        const HttpReply first = push(*m_http, m_alice, m_clientA, batch);
        QCOMPARE(first.status, 200);
        const QList<QJsonObject> before = pullAll(*m_http, m_alice);
        const ProcessOutput auditBefore =
            runServerCommand({u"admin"_s, u"audit"_s, u"--json"_s, u"--database"_s, m_db->url()});
        const HttpReply second = push(*m_http, m_alice, m_clientA, batch);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body); // byte for byte
        // A repeat from another device of the same teacher (e.g. a restored outbox) too.
        QCOMPARE(push(*m_http, m_alice, m_clientB, batch).body, first.body);
        // The same mutation twice in one batch: the second gets the first answer.
        QJsonArray twice{
            mutation(u"standard"_s, uuid(), {{u"class_id"_s, sample.idOf.value(u"class"_s)}, {u"code"_s, u"S.1"_s}})};
        twice.append(twice.at(0));
        const QJsonArray twiceResults = pushOk(m_alice, m_clientA, twice).value(u"results").toArray();
        QCOMPARE(twiceResults.at(0), twiceResults.at(1));
        const QList<QJsonObject> after = pullAll(*m_http, m_alice);
        QCOMPARE(after.size(), before.size() + 1); // the replays changed nothing
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(after.at(i), before.at(i));
        const ProcessOutput auditAfter =
            runServerCommand({u"admin"_s, u"audit"_s, u"--json"_s, u"--database"_s, m_db->url()});
        QCOMPARE(QJsonDocument::fromJson(auditAfter.out).array().size(),
                 QJsonDocument::fromJson(auditBefore.out).array().size() + 1);
        // Mutation ids belong to their teacher: Bob's identical id is a new mutation.
        const QJsonArray bobs = pushOk(m_bob, m_clientB, {batch.at(0)}).value(u"results").toArray();
        QCOMPARE(statusOf(bobs.at(0)), u"rejected"_s); // Alice's class id: not found for Bob
    }

    void fieldLevelConflicts()
    {
        const Sample sample = sampleRows(u"Conflict"_s);
        pushOk(m_alice, m_clientA, sample.mutations);
        const QString scoreId = sample.idOf.value(u"score"_s);
        const qint64 base = byId(pullAll(*m_http, m_alice)).value(scoreId).value(u"rev").toInteger();

        // Device A changes the points.
        const QJsonArray a1 = pushOk(m_alice, m_clientA, {mutation(u"score"_s, scoreId, {{u"points"_s, 6.0}}, base)})
                                  .value(u"results")
                                  .toArray();
        QCOMPARE(statusOf(a1.at(0)), u"applied"_s);
        const qint64 afterA = a1.at(0).toObject().value(u"rev").toInteger();
        QVERIFY(afterA > base);

        // Device B, which last saw `base`, changes points and comment: the points
        // conflict (server keeps 6), the comment merges.
        const QJsonObject b1 =
            pushOk(m_alice, m_clientB,
                   {mutation(u"score"_s, scoreId, {{u"points"_s, 7.5}, {u"comment"_s, u"from B"_s}}, base)})
                .value(u"results")
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(b1.value(u"status").toString(), u"conflict"_s);
        QVERIFY(b1.value(u"rev").toInteger() > afterA);
        const QJsonArray conflicts = b1.value(u"conflicts").toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).toObject().value(u"field").toString(), u"points"_s);
        QCOMPARE(conflicts.at(0).toObject().value(u"mine").toDouble(), 7.5);
        QCOMPARE(conflicts.at(0).toObject().value(u"server").toDouble(), 6.0);
        const QJsonObject row = b1.value(u"row").toObject();
        QCOMPARE(row.value(u"id").toString(), scoreId);
        QCOMPARE(row.value(u"rev").toInteger(), b1.value(u"rev").toInteger());
        QCOMPARE(row.value(u"fields").toObject().value(u"points").toDouble(), 6.0);
        QCOMPARE(row.value(u"fields").toObject().value(u"comment").toString(), u"from B"_s);
        QVERIFY(protocol::PushResponse::fromJson(
            push(*m_http, m_alice, m_clientB, {mutation(u"score"_s, scoreId, {{u"points"_s, 1.0}}, base)}).body));

        // Device A's own later edit with its old base never conflicts with itself.
        const QJsonObject a2 = pushOk(m_alice, m_clientA, {mutation(u"score"_s, scoreId, {{u"points"_s, 8.0}}, base)})
                                   .value(u"results")
                                   .toArray()
                                   .at(0)
                                   .toObject();
        QCOMPARE(a2.value(u"status").toString(), u"applied"_s);
        // Sending what the server already has is no conflict and no new revision.
        const QJsonObject same = pushOk(m_alice, m_clientB, {mutation(u"score"_s, scoreId, {{u"points"_s, 8.0}}, base)})
                                     .value(u"results")
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QCOMPARE(same.value(u"status").toString(), u"applied"_s);
        QCOMPARE(same.value(u"rev").toInteger(), a2.value(u"rev").toInteger());
        // B, now up to date, edits without conflict.
        const QJsonObject b2 =
            pushOk(m_alice, m_clientB,
                   {mutation(u"score"_s, scoreId, {{u"points"_s, 9.0}}, a2.value(u"rev").toInteger())})
                .value(u"results")
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(b2.value(u"status").toString(), u"applied"_s);
        QCOMPARE(byId(pullAll(*m_http, m_alice)).value(scoreId).value(u"fields").toObject().value(u"points").toDouble(),
                 9.0);
    }

    void tombstones()
    {
        const Sample sample = sampleRows(u"Tombstone"_s);
        pushOk(m_alice, m_clientA, sample.mutations);
        qint64 cursor = 0;
        const QHash<QString, QJsonObject> rows = byId(pullAll(*m_http, m_alice, 0, 1000, &cursor));
        const QString lessonId = sample.idOf.value(u"lesson"_s);
        const qint64 base = rows.value(lessonId).value(u"rev").toInteger();

        const QJsonObject deleted = pushOk(m_alice, m_clientA, {mutation(u"lesson"_s, lessonId, {}, base, u"delete"_s)})
                                        .value(u"results")
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(deleted.value(u"status").toString(), u"applied"_s);
        const qint64 deletedRev = deleted.value(u"rev").toInteger();
        const QList<QJsonObject> changes = pullAll(*m_http, m_alice, cursor);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).value(u"deleted").toBool(), true);
        QCOMPARE(changes.at(0).value(u"rev").toInteger(), deletedRev);
        QCOMPARE(changes.at(0).value(u"fields").toObject().value(u"title"),
                 rows.value(lessonId).value(u"fields").toObject().value(u"title")); // tombstones keep their fields
        // Deleting again changes nothing.
        const QJsonObject again = pushOk(m_alice, m_clientA, {mutation(u"lesson"_s, lessonId, {}, base, u"delete"_s)})
                                      .value(u"results")
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(again.value(u"status").toString(), u"applied"_s);
        QCOMPARE(again.value(u"rev").toInteger(), deletedRev);

        // Another device that did not see the delete edits the lesson: a conflict, not a silent resurrection.
        const QJsonObject edit =
            pushOk(m_alice, m_clientB, {mutation(u"lesson"_s, lessonId, {{u"title"_s, u"B"_s}}, base)})
                .value(u"results")
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(edit.value(u"status").toString(), u"conflict"_s);
        QCOMPARE(edit.value(u"conflicts").toArray().at(0).toObject(),
                 (QJsonObject{{u"field"_s, u"deleted"_s}, {u"mine"_s, false}, {u"server"_s, true}}));
        QCOMPARE(edit.value(u"row").toObject().value(u"deleted").toBool(), true);
        QCOMPARE(edit.value(u"rev").toInteger(), deletedRev);
        // Once it has seen the delete, restoring is a deliberate choice and applies.
        const QJsonObject restore =
            pushOk(m_alice, m_clientB, {mutation(u"lesson"_s, lessonId, {{u"title"_s, u"Restored"_s}}, deletedRev)})
                .value(u"results")
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(restore.value(u"status").toString(), u"applied"_s);
        const QJsonObject restored = byId(pullAll(*m_http, m_alice, deletedRev)).value(lessonId);
        QCOMPARE(restored.value(u"deleted").toBool(), false);
        QCOMPARE(restored.value(u"fields").toObject().value(u"title").toString(), u"Restored"_s);

        // A delete wins over edits another device made after its base_rev.
        const QString standardId = sample.idOf.value(u"standard"_s);
        const qint64 standardBase = rows.value(standardId).value(u"rev").toInteger();
        pushOk(m_alice, m_clientB, {mutation(u"standard"_s, standardId, {{u"code"_s, u"B.2"_s}}, standardBase)});
        const QJsonObject del =
            pushOk(m_alice, m_clientA, {mutation(u"standard"_s, standardId, {}, standardBase, u"delete"_s)})
                .value(u"results")
                .toArray()
                .at(0)
                .toObject();
        QCOMPARE(del.value(u"status").toString(), u"applied"_s);
        // Deleting a row that never existed: not found.
        const QJsonObject nothing = pushOk(m_alice, m_clientA, {mutation(u"lesson"_s, uuid(), {}, 0, u"delete"_s)})
                                        .value(u"results")
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(nothing.value(u"code").toString(), u"not_found"_s);
    }

    void schemaTwoDatabaseGainsFinalsAndFamilies()
    {
        // A database as k12-server schema 2 left it (before final grades and
        // families): made here by taking the new tables and fields away again.
        const QString classId = uuid();
        QCOMPARE(
            statusOf(pushOk(m_alice, m_clientA,
                            {mutation(u"class"_s, classId, {{u"name"_s, u"Algebra"_s}, {u"risk_below_percent"_s, 55}})})
                         .value(u"results")
                         .toArray()
                         .at(0)),
            u"applied"_s);
        m_http.reset();
        QCOMPARE(m_server->stop(), 0);
        m_server.reset();
        // (Schema 3 and 4 are undone too: the family portal's and the mailer's
        // tables, the invitations and notices, the audit date index.)
        const QString dropped = m_db->execute({u"DROP TABLE \"guardian_invitation\""_s,
                                               u"DROP TABLE \"family_notice\""_s,
                                               u"DROP TABLE \"portal_session\""_s,
                                               u"DROP TABLE \"portal_link\""_s,
                                               u"DROP TABLE \"portal_invite\""_s,
                                               u"DROP TABLE \"portal_account\""_s,
                                               u"DROP TABLE \"mail_queue\""_s,
                                               u"DROP TABLE \"mail_recipient\""_s,
                                               u"DROP TABLE \"mail_plan\""_s,
                                               u"DROP INDEX \"mutation_log_at_idx\""_s,
                                               u"DROP TABLE \"final_override\""_s,
                                               u"DROP TABLE \"report_comment\""_s,
                                               u"DROP TABLE \"student_guardian\""_s,
                                               u"DROP TABLE \"guardian\""_s,
                                               u"DROP TABLE \"comment_template\""_s,
                                               u"ALTER TABLE \"class\" DROP COLUMN \"proficiency_scale\""_s,
                                               u"ALTER TABLE \"class\" DROP COLUMN \"risk_below_percent\""_s,
                                               u"ALTER TABLE \"class\" DROP COLUMN \"family_show_final\""_s,
                                               u"ALTER TABLE \"grading_period\" DROP COLUMN \"formula\""_s,
                                               u"ALTER TABLE \"standard\" DROP COLUMN \"mastery_method\""_s,
                                               u"UPDATE \"schema_version\" SET \"version\" = 2"_s});
        QVERIFY2(dropped.isEmpty(), qPrintable(dropped));

        const ProcessOutput migrated = runServerCommand({u"admin"_s, u"migrate"_s, u"--database"_s, m_db->url()});
        QVERIFY2(migrated.exitCode == 0, migrated.err.constData());
        QCOMPARE(m_db->queryValue(u"SELECT \"version\" FROM \"schema_version\""_s).toInt(), 5);
        QCOMPARE(m_db->queryValue(u"SELECT count(*) FROM \"guardian\""_s).toInt(), 0);
        QCOMPARE(m_db->queryValue(u"SELECT count(*) FROM \"mail_queue\""_s).toInt(), 0);
        QCOMPARE(m_db->queryValue(u"SELECT count(*) FROM \"portal_account\""_s).toInt(), 0);

        QVERIFY(startServer());
        QVERIFY(login(*m_http, m_alice));
        // The old class reads with the defaults of the fields it lacked.
        const QHash<QString, QJsonObject> rows = byId(pullAll(*m_http, m_alice));
        const QJsonObject fields = rows.value(classId).value(u"fields").toObject();
        QCOMPARE(fields.value(u"name").toString(), u"Algebra"_s);
        QCOMPARE(fields.value(u"risk_below_percent").toDouble(), 70.0);
        QCOMPARE(fields.value(u"family_show_final").toBool(), true);
        QCOMPARE(fields.value(u"proficiency_scale").toArray(), QJsonArray());
        // And the new entities take rows.
        const QString guardianId = uuid();
        const QJsonObject added = pushOk(
            m_alice, m_clientA,
            {mutation(u"guardian"_s, guardianId, {{u"given_name"_s, u"Ana"_s}, {u"family_name"_s, u"López"_s}})});
        QCOMPARE(statusOf(added.value(u"results").toArray().at(0)), u"applied"_s);
    }

    void schemaFourDatabaseMigratesToFive()
    {
        // Schema 5 (issue 22): on PostgreSQL the entity tables' foreign keys
        // become one check per statement; SQLite keeps its foreign keys.
        const Sample sample = sampleRows(u"Before 5"_s);
        pushOk(m_alice, m_clientA, sample.mutations);
        m_http.reset();
        QCOMPARE(m_server->stop(), 0);
        m_server.reset();
        const bool pg = m_backend == u"postgresql"_s;
        const QString fkCount =
            u"SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = '\"score\"'::regclass"_s;
        QStringList back;
        if (pg) {
            // Schema 4 as it was: the checks gone, the score's three foreign keys back.
            QCOMPARE(m_db->queryValue(fkCount).toInt(), 0);
            back = {u"DROP TRIGGER \"score_refs_insert\" ON \"score\""_s,
                    u"DROP TRIGGER \"score_refs_update\" ON \"score\""_s,
                    u"DROP FUNCTION \"k12_check_refs_score\"()"_s};
            for (const QString &column : {u"class_id"_s, u"assignment_id"_s, u"student_id"_s}) {
                const QString target = column.chopped(3);
                back.append(u"ALTER TABLE \"score\" ADD FOREIGN KEY (\"%1\") REFERENCES \"%2\"(\"id\") DEFERRABLE "
                            "INITIALLY DEFERRED"_s.arg(column, target));
            }
        }
        back.append(u"UPDATE \"schema_version\" SET \"version\" = 4"_s);
        const QString undone = m_db->execute(back);
        QVERIFY2(undone.isEmpty(), qPrintable(undone));
        if (pg)
            QCOMPARE(m_db->queryValue(fkCount).toInt(), 3);

        const ProcessOutput migrated = runServerCommand({u"admin"_s, u"migrate"_s, u"--database"_s, m_db->url()});
        QVERIFY2(migrated.exitCode == 0, migrated.err.constData());
        QCOMPARE(m_db->queryValue(u"SELECT \"version\" FROM \"schema_version\""_s).toInt(), 5);
        const QString scoreId = sample.idOf.value(u"score"_s);
        if (pg) {
            QCOMPARE(m_db->queryValue(fkCount).toInt(), 0);
            QCOMPARE(m_db->queryValue(u"SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid IN "
                                      "('\"enrollment\"'::regclass, '\"class\"'::regclass)"_s)
                         .toInt(),
                     0);
            // The database itself still refuses a row that names a missing one,
            // on insert and on update, in a statement of many rows too.
            const QString missing = uuid();
            const QString inserted = m_db->execute(
                {u"CREATE TEMP TABLE \"copy\" AS SELECT * FROM \"score\" WHERE \"id\" = '%1'"_s.arg(scoreId),
                 u"UPDATE \"copy\" SET \"id\" = '%1', \"rev\" = 999999, \"assignment_id\" = '%2'"_s.arg(uuid(),
                                                                                                        missing),
                 u"INSERT INTO \"score\" SELECT * FROM \"copy\""_s});
            QVERIFY2(inserted.contains(u"score.assignment_id: %1 is not a row of assignment"_s.arg(missing)),
                     qPrintable(inserted));
            const QString updated = m_db->execute(
                {u"UPDATE \"score\" SET \"student_id\" = '%1' WHERE \"id\" = '%2'"_s.arg(missing, scoreId)});
            QVERIFY2(updated.contains(u"score.student_id: %1 is not a row of student"_s.arg(missing)),
                     qPrintable(updated));
            const QString owner = m_db->execute({u"UPDATE \"class\" SET \"owner_id\" = '%1'"_s.arg(missing)});
            QVERIFY2(owner.contains(u"class.owner_id: %1 is not a row of teacher"_s.arg(missing)), qPrintable(owner));
        }
        QCOMPARE(m_db->queryValue(u"SELECT count(*) FROM \"score\""_s).toInt(), 1);

        // And the server works on it as before: an edit applies, a missing
        // reference is refused in the push's own words.
        QVERIFY(startServer());
        QVERIFY(login(*m_http, m_alice));
        const QJsonObject edit =
            pushOk(m_alice, m_clientA, {mutation(u"score"_s, scoreId, {{u"comment"_s, u"after 5"_s}}, 1 << 30)});
        QCOMPARE(statusOf(edit.value(u"results").toArray().at(0)), u"applied"_s);
        const QJsonObject orphan = pushOk(m_alice, m_clientA,
                                          {mutation(u"score"_s, uuid(),
                                                    {{u"class_id"_s, sample.idOf.value(u"class"_s)},
                                                     {u"assignment_id"_s, uuid()},
                                                     {u"student_id"_s, sample.idOf.value(u"student"_s)}})});
        const QJsonObject refused = orphan.value(u"results").toArray().at(0).toObject();
        QCOMPARE(statusOf(refused), u"rejected"_s);
        QCOMPARE(refused.value(u"code").toString(), u"not_found"_s);
        QCOMPARE(
            byId(pullAll(*m_http, m_alice)).value(scoreId).value(u"fields").toObject().value(u"comment").toString(),
            u"after 5"_s);
    }

    void secondTeacherCannotReadWriteOrDetect()
    {
        const Sample sample = sampleRows(u"Alice's"_s);
        pushOk(m_alice, m_clientA, sample.mutations);
        const QList<QJsonObject> aliceBefore = pullAll(*m_http, m_alice);
        QCOMPARE(aliceBefore.size(), EntitySchema::all().size());

        // Pull: nothing of Alice's, whatever the cursor or page size.
        QCOMPARE(pullAll(*m_http, m_bob, 0, 1).size(), 0);
        const HttpReply page = m_http->get(u"/api/v1/sync/pull?since=0&limit=5000"_s, m_bob.accessToken);
        QCOMPARE(page.json().value(u"changes").toArray().size(), 0);
        QCOMPARE(page.json().value(u"next_cursor").toInteger(), 0); // not even Alice's revisions show

        // Push: every kind of write to Alice's rows answers exactly as for ids that do not exist.
        auto normalized = [](QJsonObject result, const QString &id) {
            result.remove(u"mutation_id"_s);
            QString reason = result.value(u"reason").toString();
            result.insert(u"reason"_s, reason.replace(id, u"<id>"_s));
            return result;
        };
        for (const EntityDef &def : EntitySchema::all()) {
            const QString aliceId = sample.idOf.value(def.name);
            const QString freshId = uuid();
            const QJsonObject aliceFields = sampleFields(def, sample.idOf, 1, u"Bob's"_s);
            QJsonObject partial;
            for (const FieldDef &f : def.fields) {
                if (f.references.isEmpty() && !isEnumerated(def, f) && f.type == FieldType::Text) {
                    partial.insert(f.name, u"by Bob"_s);
                    break;
                }
            }
            const QList<QPair<QString, QJsonObject>> attempts{
                {u"delete"_s, {}}, {u"upsert"_s, partial}, {u"upsert"_s, aliceFields}};
            for (const auto &[op, fields] : attempts) {
                const QJsonObject onAlice = pushOk(m_bob, m_clientB, {mutation(def.name, aliceId, fields, 0, op)})
                                                .value(u"results")
                                                .toArray()
                                                .at(0)
                                                .toObject();
                const QJsonObject onNothing = pushOk(m_bob, m_clientB, {mutation(def.name, freshId, fields, 0, op)})
                                                  .value(u"results")
                                                  .toArray()
                                                  .at(0)
                                                  .toObject();
                QCOMPARE(onAlice.value(u"status").toString(), u"rejected"_s);
                if (statusOf(onNothing) == u"applied"_s) {
                    // A complete new row under an id that is taken cannot be
                    // created: answered not_found like every unknown row. Ids are
                    // random UUIDs, so only someone who already knows one learns this.
                    QCOMPARE(onAlice.value(u"code").toString(), u"not_found"_s);
                } else {
                    QCOMPARE(normalized(onAlice, aliceId), normalized(onNothing, freshId));
                }
            }
        }
        // Bob's own class cannot reach into Alice's rows either.
        const QString bobClass = uuid();
        pushOk(m_bob, m_clientB, {mutation(u"class"_s, bobClass, {{u"name"_s, u"Bob's class"_s}})});
        const QJsonArray reach =
            pushOk(m_bob, m_clientB,
                   {mutation(u"enrollment"_s, uuid(),
                             {{u"class_id"_s, bobClass}, {u"student_id"_s, sample.idOf.value(u"student"_s)}}),
                    mutation(u"score"_s, uuid(),
                             {{u"class_id"_s, bobClass},
                              {u"assignment_id"_s, sample.idOf.value(u"assignment"_s)},
                              {u"student_id"_s, uuid()}})})
                .value(u"results")
                .toArray();
        for (const QJsonValue &r : reach)
            QCOMPARE(r.toObject().value(u"code").toString(), u"not_found"_s);
        // Bob sees his own rows only.
        const QList<QJsonObject> bobs = pullAll(*m_http, m_bob);
        QVERIFY(byId(bobs).contains(bobClass));
        for (const QJsonObject &row : bobs)
            QVERIFY(!sample.idOf.values().contains(row.value(u"id").toString()));
        // Alice's rows are exactly as they were.
        const QList<QJsonObject> aliceAfter = pullAll(*m_http, m_alice);
        QCOMPARE(aliceAfter, aliceBefore);
    }

    // The rules the desktop applies before writing (RowRules), applied by the
    // server to what any client sends, in the same words.
    void desktopRulesHoldOnTheServer()
    {
        const Sample sample = sampleRows(u"Rules"_s);
        pushOk(m_alice, m_clientA, sample.mutations);
        const QString score = sample.idOf.value(u"score"_s);
        const QString cls = sample.idOf.value(u"class"_s);
        const QJsonArray answers =
            pushOk(m_alice, m_clientA,
                   {mutation(u"score"_s, score, {{u"points"_s, -3}}), mutation(u"score"_s, score, {{u"points"_s, 21}}),
                    mutation(u"score"_s, score, {{u"points"_s, 1e308}}),
                    mutation(u"class"_s, cls, {{u"mastery_method"_s, u"vibes"_s}}),
                    mutation(u"class"_s, cls, {{u"name"_s, QString(300000, u'n')}}),
                    mutation(u"score"_s, score, {{u"comment"_s, QString(10001, u'c')}}),
                    mutation(u"class"_s, cls, {{u"late_penalty_per_day"_s, 120}}),
                    mutation(u"student"_s, sample.idOf.value(u"student"_s), {{u"email"_s, u"not an email"_s}}),
                    mutation(u"score"_s, score, {{u"points"_s, 20.5}})})
                .value(u"results")
                .toArray();
        const QStringList reasons{
            u"A score cannot be negative."_s,
            u"21 is above the allowed maximum of 20.5 for \"Rules #0\" (twice its 10.25 points)."_s,
            u"The points cannot be above 1"_s, // 1000000 in the server's locale
            u"The mastery method must be one of"_s,
            u"The name is too long: 300000 characters, at most 200."_s,
            u"The comment is too long: 10001 characters, at most 10000."_s,
            u"The late penalty per day must be between 0 and 100 percent."_s,
            u"\"not an email\" is not an email address."_s};
        QCOMPARE(answers.size(), reasons.size() + 1);
        for (qsizetype i = 0; i < reasons.size(); ++i) {
            const QJsonObject a = answers.at(i).toObject();
            QCOMPARE(a.value(u"status").toString(), u"rejected"_s);
            QVERIFY2(a.value(u"reason").toString().startsWith(reasons.at(i)),
                     qPrintable(a.value(u"reason").toString()));
        }
        QCOMPARE(statusOf(answers.last()), u"applied"_s); // just under twice: allowed
    }

    void malformedRequests()
    {
        using Kind = protocol::Problem::Kind;
        const QString t = m_alice.accessToken;
        struct Case
        {
            QByteArray body;
            QString mention;
        };
        const QString c = uuid();
        const QList<Case> bad{
            {"{not json", u"not valid JSON"_s},
            {"[1,2]", u"JSON object"_s},
            {"{\"client_id\": 5, \"mutations\": []}", u"client_id"_s},
            {"{\"client_id\": \"nope\", \"mutations\": []}", u"client_id"_s},
            {"{\"client_id\": \"" + c.toLatin1() + "\"}", u"mutations"_s},
            {"{\"client_id\": \"" + c.toLatin1() + "\", \"mutations\": {}}", u"mutations"_s},
            {"{\"client_id\": \"" + c.toLatin1() + "\", \"mutations\": [7]}", u"mutations[0]"_s},
            {QJsonDocument(QJsonObject{{u"client_id"_s, c},
                                       {u"mutations"_s, QJsonArray{QJsonObject{{u"mutation_id"_s, uuid()},
                                                                               {u"entity"_s, u"score"_s},
                                                                               {u"id"_s, uuid()},
                                                                               {u"op"_s, u"upsert"_s},
                                                                               {u"base_rev"_s, u"12"_s},
                                                                               {u"fields"_s, QJsonObject{}}}}}})
                 .toJson(),
             u"mutations[0].base_rev"_s},
            {QJsonDocument(QJsonObject{{u"client_id"_s, c},
                                       {u"mutations"_s, QJsonArray{QJsonObject{{u"mutation_id"_s, uuid()},
                                                                               {u"entity"_s, u"score"_s},
                                                                               {u"id"_s, uuid()},
                                                                               {u"op"_s, u"merge"_s},
                                                                               {u"base_rev"_s, 0},
                                                                               {u"fields"_s, QJsonObject{}}}}}})
                 .toJson(),
             u"mutations[0].op"_s},
            {QJsonDocument(QJsonObject{{u"client_id"_s, c},
                                       {u"mutations"_s, QJsonArray{QJsonObject{{u"mutation_id"_s, uuid()},
                                                                               {u"entity"_s, u"score"_s},
                                                                               {u"id"_s, uuid()},
                                                                               {u"op"_s, u"upsert"_s},
                                                                               {u"base_rev"_s, 0},
                                                                               {u"fields"_s, QJsonArray{}}}}}})
                 .toJson(),
             u"mutations[0].fields"_s},
        };
        for (const Case &k : bad) {
            const HttpReply r = m_http->post(u"/api/v1/sync/push"_s, k.body, t);
            QVERIFY2(isProblem(r, 400, Kind::BadRequest), r.body.constData());
            QVERIFY2(r.json().value(u"detail").toString().contains(k.mention), r.body.constData());
        }
        // Per-mutation problems are answered per mutation, naming the field.
        const Sample sample = sampleRows(u"M"_s);
        pushOk(m_alice, m_clientA, sample.mutations);
        const QString cls = sample.idOf.value(u"class"_s);
        const QJsonArray answers =
            pushOk(m_alice, m_clientA,
                   {mutation(u"gradebook"_s, uuid(), {}),
                    mutation(u"score"_s, sample.idOf.value(u"score"_s), {{u"points"_s, u"9"_s}}),
                    mutation(u"score"_s, sample.idOf.value(u"score"_s), {{u"missing"_s, 1}}),
                    mutation(u"score"_s, sample.idOf.value(u"score"_s), {{u"grade"_s, 1}}),
                    mutation(u"category"_s, sample.idOf.value(u"category"_s), {{u"drop_lowest"_s, 1.5}}),
                    mutation(u"category"_s, sample.idOf.value(u"category"_s), {{u"weight"_s, -1}}),
                    mutation(u"assignment"_s, sample.idOf.value(u"assignment"_s), {{u"due_date"_s, u"tomorrow"_s}}),
                    mutation(u"class"_s, cls, {{u"name"_s, u""_s}}),
                    mutation(u"class"_s, cls, {{u"missing_policy"_s, u"sometimes"_s}}),
                    mutation(u"student"_s, uuid(), {{u"given_name"_s, u"Only"_s}}),
                    mutation(u"standard"_s, uuid(), {{u"class_id"_s, cls}, {u"code"_s, QString(u"A"_s + QChar(0))}}),
                    mutation(u"score"_s, sample.idOf.value(u"score"_s), {{u"class_id"_s, uuid()}}),
                    mutation(u"score"_s, uuid(), sampleFields(*EntitySchema::find(u"score"_s), sample.idOf, 0, u""_s))})
                .value(u"results")
                .toArray();
        const QStringList mentions{u"gradebook"_s,
                                   u"score.points"_s,
                                   u"score.missing"_s,
                                   u"grade"_s,
                                   u"drop_lowest"_s,
                                   u"weight"_s,
                                   u"due_date"_s,
                                   u"A class needs a name"_s,
                                   u"missing-work policy"_s,
                                   u"family name"_s,
                                   u"NUL"_s,
                                   u"class_id"_s,
                                   u"assignment_id and student_id"_s};
        QCOMPARE(answers.size(), mentions.size());
        for (qsizetype i = 0; i < answers.size(); ++i) {
            const QJsonObject a = answers.at(i).toObject();
            QVERIFY2(a.value(u"status").toString() == u"rejected"_s, qPrintable(mentions.at(i)));
            QVERIFY2(a.value(u"reason").toString().contains(mentions.at(i)),
                     qPrintable(mentions.at(i) + u": "_s + a.value(u"reason").toString()));
        }

        // Limits, stated in the answer.
        const HttpReply huge = m_http->post(u"/api/v1/sync/push"_s, QByteArray(9 * 1024 * 1024, ' ') + "{}", t);
        QVERIFY2(isProblem(huge, 413, Kind::PayloadTooLarge), huge.body.constData());
        QVERIFY(huge.json().value(u"detail").toString().contains(u"8388608"_s));
        QJsonArray many;
        for (int i = 0; i < 1001; ++i)
            many.append(mutation(u"standard"_s, uuid(), {{u"class_id"_s, cls}, {u"code"_s, u"x"_s}}));
        const HttpReply tooMany = push(*m_http, m_alice, m_clientA, many);
        QVERIFY(isProblem(tooMany, 413, Kind::TooManyMutations));
        QVERIFY(tooMany.json().value(u"detail").toString().contains(u"1000"_s));
        const HttpReply bigPage = m_http->get(u"/api/v1/sync/pull?since=0&limit=5001"_s, t);
        QVERIFY(isProblem(bigPage, 400, Kind::BadRequest));
        QVERIFY(bigPage.json().value(u"detail").toString().contains(u"5000"_s));
        QVERIFY(isProblem(m_http->get(u"/api/v1/sync/pull?since=-1"_s, t), 400, Kind::BadRequest));
        QVERIFY(isProblem(m_http->get(u"/api/v1/sync/pull?since=abc"_s, t), 400, Kind::BadRequest));
        QVERIFY(isProblem(m_http->get(u"/api/v1/sync/pull?limit=0"_s, t), 400, Kind::BadRequest));

        // Authentication, paths and methods.
        QVERIFY(isProblem(m_http->get(u"/api/v1/sync/pull"_s), 401, Kind::Unauthorized));
        QVERIFY(isProblem(m_http->get(u"/api/v1/sync/pull"_s, u"not-a-token"_s), 401, Kind::Unauthorized));
        QVERIFY(isProblem(m_http->request("GET", u"/api/v1/sync/pull"_s, {}, {{"Authorization", "Basic eDp5"}}), 401,
                          Kind::Unauthorized));
        QVERIFY(isProblem(m_http->postJson(u"/api/v1/sync/push"_s, {}), 401, Kind::Unauthorized));
        QVERIFY(isProblem(m_http->get(u"/api/v1/sync/nothing"_s, t), 404, Kind::NotFound));
        QVERIFY(isProblem(m_http->get(u"/"_s), 404, Kind::NotFound));
        const HttpReply wrongMethod = m_http->request("DELETE", u"/api/v1/sync/push"_s);
        QVERIFY(isProblem(wrongMethod, 405, Kind::MethodNotAllowed));
        QCOMPARE(wrongMethod.header("Allow"), QByteArray("POST"));
        QVERIFY(isProblem(m_http->get(u"/api/v1/sync/push"_s, t), 405, Kind::MethodNotAllowed));
        QVERIFY(isProblem(m_http->post(u"/api/v1/sync/pull"_s, "{}", t), 405, Kind::MethodNotAllowed));
        // Nothing of all that got in.
        QCOMPARE(pullAll(*m_http, m_alice).size(), EntitySchema::all().size());
    }

    void textIsStoredVerbatim()
    {
        const QString nasty = u"Robert'); DROP TABLE student;-- \" \\ %_ ? $1 :name /* */ `x` \t\n\r "
                              "Zoë Ōsaka 李小龍 😀 עברית \u202e ﷽ e\u0301 \u00a0 \u2028 end"_s;
        Sample sample = sampleRows(nasty);
        pushOk(m_alice, m_clientA, sample.mutations);
        const QHash<QString, QJsonObject> rows = byId(pullAll(*m_http, m_alice));
        int checked = 0;
        for (const EntityDef &def : EntitySchema::all()) {
            const QJsonObject fields = rows.value(sample.idOf.value(def.name)).value(u"fields").toObject();
            for (const FieldDef &f : def.fields) {
                if (f.type != FieldType::Text || !f.references.isEmpty() || isEnumerated(def, f))
                    continue;
                QCOMPARE(fields.value(f.name).toString(), sampleText(f, nasty, 0));
                ++checked;
            }
        }
        QVERIFY(checked >= 20);
        // Still all tables in place.
        QCOMPARE(rows.size(), EntitySchema::all().size());
        // And the text reaches the audit trail unchanged too.
        const ProcessOutput audit =
            runServerCommand({u"admin"_s, u"audit"_s, u"--json"_s, u"--database"_s, m_db->url()});
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(QString::fromUtf8(QJsonDocument(QJsonDocument::fromJson(audit.out).array()).toJson())
                    .contains(u"李小龍 😀"_s));
    }

    // On PostgreSQL a push's new rows and its audit entries go in with COPY's
    // text format, where \N is NULL and a line holding \. ends the data: text
    // that looks like either must come back as that text, not as NULL or a cut.
    void copyMarkersStayText()
    {
        const QStringList texts{u"\\N"_s, u"\\."_s, u"x\n\\.\n\\N\ty\\"_s};
        for (int variant = 0; variant < texts.size(); ++variant) {
            const QString &text = texts.at(variant);
            Sample sample = sampleRows(text, variant);
            pushOk(m_alice, m_clientA, sample.mutations);
            const QHash<QString, QJsonObject> rows = byId(pullAll(*m_http, m_alice));
            int checked = 0;
            for (const EntityDef &def : EntitySchema::all()) {
                const QJsonObject fields = rows.value(sample.idOf.value(def.name)).value(u"fields").toObject();
                for (const FieldDef &f : def.fields) {
                    if (f.type != FieldType::Text || !f.references.isEmpty() || isEnumerated(def, f) ||
                        f.name == u"email"_s)
                        continue;
                    QCOMPARE(fields.value(f.name).toString(), sampleText(f, text, variant));
                    ++checked;
                }
            }
            QVERIFY(checked >= 20);
        }
    }

    void bruteForceLoginIsThrottled()
    {
        const QJsonObject wrong{{u"email"_s, m_alice.email}, {u"password"_s, u"guess"_s}};
        for (int i = 0; i < 10; ++i)
            QCOMPARE(m_http->postJson(u"/api/v1/auth/login"_s, wrong).status, 401);
        const HttpReply limited = m_http->postJson(u"/api/v1/auth/login"_s, wrong);
        QVERIFY2(isProblem(limited, 429, protocol::Problem::Kind::TooManyLoginFailures), limited.body.constData());
        const int retryAfter = limited.header("Retry-After").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        // Even the right password waits: the limit stops guessing, not only failures.
        const HttpReply right =
            m_http->postJson(u"/api/v1/auth/login"_s, {{u"email"_s, m_alice.email}, {u"password"_s, m_alice.password}});
        QCOMPARE(right.status, 429);
        // The same address is limited for other accounts too.
        QCOMPARE(m_http->postJson(u"/api/v1/auth/login"_s, {{u"email"_s, m_bob.email}, {u"password"_s, m_bob.password}})
                     .status,
                 429);
        // Tokens already issued keep working.
        QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, m_alice.accessToken).status, 200);
    }

    void requestRateLimits()
    {
        // Per account: counted after the token is checked.
        m_server->stop();
        QVERIFY(startServer({u"--rate-per-account"_s, u"30"_s}));
        QVERIFY(login(*m_http, m_alice));
        QVERIFY(login(*m_http, m_bob));
        int accountLimited = 0;
        for (int i = 0; i < 15; ++i) {
            const HttpReply r = m_http->get(u"/api/v1/sync/pull"_s, m_alice.accessToken);
            if (r.status == 429) {
                ++accountLimited;
                QVERIFY(isProblem(r, 429, protocol::Problem::Kind::RateLimited));
                QVERIFY(r.header("Retry-After").toInt() >= 1);
            }
        }
        QVERIFY(accountLimited >= 4);
        QCOMPARE(m_http->get(u"/api/v1/sync/pull"_s, m_bob.accessToken).status, 200); // another account is not held up

        // Per address: counted before anything else.
        m_server->stop();
        QVERIFY(startServer({u"--rate-per-address"_s, u"30"_s}));
        int limited = 0;
        QByteArray retryAfter;
        for (int i = 0; i < 15; ++i) {
            const HttpReply r = m_http->get(u"/api/v1/health"_s);
            if (r.status == 429) {
                ++limited;
                retryAfter = r.header("Retry-After");
                QVERIFY(isProblem(r, 429, protocol::Problem::Kind::RateLimited));
            }
        }
        QVERIFY(limited >= 4);
        QVERIFY(retryAfter.toInt() >= 1);
    }

    void rosterImportReachesTheTeacher()
    {
        const QString classId = uuid();
        pushOk(m_alice, m_clientA, {mutation(u"class"_s, classId, {{u"name"_s, u"Biology"_s}})});
        // Bob has a student with number S-3 in his class; the SIS enrolls them in Alice's class too.
        const QString bobClass = uuid();
        const QString shared = uuid();
        pushOk(
            m_bob, m_clientB,
            {mutation(u"class"_s, bobClass, {{u"name"_s, u"Chemistry"_s}}),
             mutation(u"student"_s, shared,
                      {{u"given_name"_s, u"Cy"_s}, {u"family_name"_s, u"Shared"_s}, {u"student_number"_s, u"S-3"_s}}),
             mutation(u"enrollment"_s, uuid(), {{u"class_id"_s, bobClass}, {u"student_id"_s, shared}})});
        qint64 cursor = 0;
        pullAll(*m_http, m_alice, 0, 1000, &cursor);

        QTemporaryDir dir;
        const QString csv = dir.filePath(u"roster.csv"_s);
        writeCsv(csv, "given_name,family_name,student_number,email\n"
                      "Ada,Lovelace,S-1,ada@example.org\n"
                      "Alan,Turing,S-2,\n"
                      "Cy,Shared,S-3,\n");
        const ProcessOutput imported = runServerCommand(
            {u"admin"_s, u"import-roster"_s, csv, u"--class-id"_s, classId, u"--database"_s, m_db->url()});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(imported.out.contains("2 students created"));

        QList<QJsonObject> changes = pullAll(*m_http, m_alice, cursor, 1000, &cursor);
        QHash<QString, QJsonObject> students;
        int enrollments = 0;
        for (const QJsonObject &row : changes) {
            if (row.value(u"entity").toString() == u"student"_s)
                students.insert(row.value(u"fields").toObject().value(u"student_number").toString(), row);
            enrollments += row.value(u"entity").toString() == u"enrollment"_s;
        }
        QCOMPARE(students.size(), 3);
        QCOMPARE(enrollments, 3);
        QCOMPARE(students.value(u"S-1"_s).value(u"fields").toObject().value(u"email").toString(), u"ada@example.org"_s);
        QCOMPARE(students.value(u"S-3"_s).value(u"id").toString(), shared); // matched by number, not copied

        // The SIS changes an email: Alice pulls it.
        writeCsv(csv, "given_name,family_name,student_number,email\n"
                      "Ada,Lovelace,S-1,ada@school.example\n"
                      "Alan,Turing,S-2,\n"
                      "Cy,Shared,S-3,\n");
        QCOMPARE(runServerCommand(
                     {u"admin"_s, u"import-roster"_s, csv, u"--class-id"_s, classId, u"--database"_s, m_db->url()})
                     .exitCode,
                 0);
        changes = pullAll(*m_http, m_alice, cursor, 1000, &cursor);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).value(u"fields").toObject().value(u"email").toString(), u"ada@school.example"_s);

        // A bad file changes nothing and names the line and column.
        writeCsv(csv, "given_name,family_name,student_number,email\n"
                      "Grace,Hopper,S-4,\n"
                      "Edsger,,S-5,\n");
        const ProcessOutput bad = runServerCommand(
            {u"admin"_s, u"import-roster"_s, csv, u"--class-id"_s, classId, u"--database"_s, m_db->url()});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("line 3") && bad.err.contains("family_name"), bad.err.constData());
        QCOMPARE(pullAll(*m_http, m_alice, cursor).size(), 0);
        // A class that does not exist.
        const ProcessOutput noClass = runServerCommand(
            {u"admin"_s, u"import-roster"_s, csv, u"--class-id"_s, uuid(), u"--database"_s, m_db->url()});
        QCOMPARE(noClass.exitCode, 1);
        QCOMPARE(runServerCommand({u"admin"_s, u"import-roster"_s, csv, u"--database"_s, m_db->url()}).exitCode, 2);
    }

    // The desktop roster format's guardian columns: guardians and links owned
    // by the class's teacher, matched by email among THEIR guardians (not
    // another teacher's), siblings sharing one guardian; again: nothing new;
    // a bad guardian cell: nothing imported, file/line/column named.
    void rosterImportMakesGuardians()
    {
        const QString classId = uuid();
        const QString known = uuid();
        pushOk(m_alice, m_clientA,
               {mutation(u"class"_s, classId, {{u"name"_s, u"Biology"_s}}),
                mutation(u"guardian"_s, known,
                         {{u"given_name"_s, u"Sara"_s},
                          {u"family_name"_s, u"Turing"_s},
                          {u"email"_s, u"sara@example.org"_s}})});
        const QString bobsAnne = uuid();
        pushOk(m_bob, m_clientB,
               {mutation(u"guardian"_s, bobsAnne,
                         {{u"given_name"_s, u"Anne"_s},
                          {u"family_name"_s, u"Lovelace"_s},
                          {u"email"_s, u"anne@example.org"_s}})});
        qint64 cursor = 0;
        pullAll(*m_http, m_alice, 0, 1000, &cursor);
        qint64 bobCursor = 0;
        pullAll(*m_http, m_bob, 0, 1000, &bobCursor);

        QTemporaryDir dir;
        const QString csv = dir.filePath(u"roster.csv"_s);
        const QByteArray file = "given_name,family_name,student_number,Guardian 1 Name,Guardian 1 Email,"
                                "Guardian 1 Language,Guardian 2 Name,Guardian 2 Email\n"
                                "Ada,Lovelace,S-1,Anne Lovelace,anne@example.org,fr,Byron Lovelace,\n"
                                "Alan,Turing,S-2,Sara Turing,Sara@Example.org,,,\n"
                                "Ava,Lovelace,S-6,Anne Lovelace,ANNE@example.org,fr,,\n";
        writeCsv(csv, file);
        const QStringList args{u"admin"_s, u"import-roster"_s, csv,        u"--class-id"_s,
                               classId,    u"--database"_s,    m_db->url()};
        const ProcessOutput imported = runServerCommand(args);
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(imported.out.contains("3 students created"));
        // Anne (once, for both sisters) and Byron are new; Sara is Alice's already.
        QVERIFY2(imported.out.contains("2 guardians created; 4 links between students and guardians made."),
                 imported.out.constData());

        const QList<QJsonObject> changes = pullAll(*m_http, m_alice, cursor, 1000, &cursor);
        QHash<QString, QString> studentByNumber;
        QHash<QString, QJsonObject> guardians; // by given name
        QList<QJsonObject> links;
        for (const QJsonObject &row : changes) {
            const QString entity = row.value(u"entity").toString();
            const QJsonObject fields = row.value(u"fields").toObject();
            if (entity == u"student"_s)
                studentByNumber.insert(fields.value(u"student_number").toString(), row.value(u"id").toString());
            else if (entity == u"guardian"_s)
                guardians.insert(fields.value(u"given_name").toString(), row);
            else if (entity == u"student_guardian"_s)
                links.append(fields);
        }
        QCOMPARE(guardians.size(), 2);
        const QJsonObject anne = guardians.value(u"Anne"_s);
        QVERIFY(anne.value(u"id").toString() != bobsAnne); // Bob's guardian is not Alice's
        QCOMPARE(anne.value(u"fields").toObject().value(u"email").toString(), u"anne@example.org"_s);
        QCOMPARE(anne.value(u"fields").toObject().value(u"language").toString(), u"fr"_s);
        QCOMPARE(guardians.value(u"Byron"_s).value(u"fields").toObject().value(u"family_name").toString(),
                 u"Lovelace"_s);
        QSet<QString> pairs;
        for (const QJsonObject &l : std::as_const(links))
            pairs.insert(l.value(u"student_id").toString() + u'>' + l.value(u"guardian_id").toString());
        const QSet<QString> expected{studentByNumber.value(u"S-1"_s) + u'>' + anne.value(u"id").toString(),
                                     studentByNumber.value(u"S-1"_s) + u'>' +
                                         guardians.value(u"Byron"_s).value(u"id").toString(),
                                     studentByNumber.value(u"S-2"_s) + u'>' + known,
                                     studentByNumber.value(u"S-6"_s) + u'>' + anne.value(u"id").toString()};
        QCOMPARE(pairs, expected);
        QCOMPARE(links.size(), 4);
        // Bob pulls none of it.
        QCOMPARE(pullAll(*m_http, m_bob, bobCursor).size(), 0);

        // The same file again: nothing new (Byron, without an email, is found by name among Ada's guardians).
        const ProcessOutput again = runServerCommand(args);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(!again.out.contains("guardians created"), again.out.constData());
        QCOMPARE(pullAll(*m_http, m_alice, cursor, 1000, &cursor).size(), 0);

        // A bad guardian cell: nothing imported, the file, line and column named.
        writeCsv(csv, file + "Grace,Hopper,S-4,Mary Hopper,not-an-email,,,\n");
        const ProcessOutput bad = runServerCommand(args);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("roster.csv, line 5, column Guardian 1 Email") && bad.err.contains("not-an-email") &&
                     bad.err.contains("Nothing was imported."),
                 bad.err.constData());
        QCOMPARE(pullAll(*m_http, m_alice, cursor).size(), 0);
        QCOMPARE(m_db->queryValue(u"SELECT COUNT(*) FROM \"student\" WHERE \"student_number\" = 'S-4'"_s).toInt(), 0);
    }

    void auditListsChanges()
    {
        const Sample sample = sampleRows(u"Audit"_s);
        pushOk(m_alice, m_clientA, sample.mutations);
        const QString scoreId = sample.idOf.value(u"score"_s);
        const qint64 rev = byId(pullAll(*m_http, m_alice)).value(scoreId).value(u"rev").toInteger();
        pushOk(m_alice, m_clientB, {mutation(u"score"_s, scoreId, {{u"points"_s, 9.5}}, rev)});

        const ProcessOutput json =
            runServerCommand({u"admin"_s, u"audit"_s, u"--json"_s, u"--database"_s, m_db->url()});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(entries.size(), EntitySchema::all().size() + 1);
        const QJsonObject last = entries.last().toObject();
        QCOMPARE(last.value(u"entity").toString(), u"score"_s);
        QCOMPARE(last.value(u"row_id").toString(), scoreId);
        QCOMPARE(last.value(u"client_id").toString(), m_clientB);
        QCOMPARE(last.value(u"actor").toString(), u"teacher:"_s + m_alice.id);
        QCOMPARE(last.value(u"op").toString(), u"update"_s);
        QCOMPARE(last.value(u"changes").toObject().value(u"points").toObject(),
                 (QJsonObject{{u"old"_s, 1.25}, {u"new"_s, 9.5}}));
        QVERIFY(QDateTime::fromString(last.value(u"at").toString(), Qt::ISODateWithMs).isValid());

        const ProcessOutput text = runServerCommand({u"admin"_s, u"audit"_s, u"--database"_s, m_db->url()});
        QVERIFY(text.out.contains("points: 1.25 -> 9.5"));
        QVERIFY(text.out.contains(m_clientB.toLatin1()));
        const ProcessOutput future = runServerCommand(
            {u"admin"_s, u"audit"_s, u"--json"_s, u"--since"_s, u"2999-01-01"_s, u"--database"_s, m_db->url()});
        QCOMPARE(QJsonDocument::fromJson(future.out).array().size(), 0);
        QCOMPARE(runServerCommand({u"admin"_s, u"audit"_s, u"--since"_s, u"yesterday"_s, u"--database"_s, m_db->url()})
                     .exitCode,
                 2);
    }

    void concurrentPushesOnTwoServers()
    {
        // A second server process on the same database (for PostgreSQL: the
        // district setup; SQLite serialises writers through its file lock).
        // Readers pull in a tight loop: request rate limits off for this test.
        const QStringList unlimited{u"--rate-per-address"_s, u"0"_s, u"--rate-per-account"_s, u"0"_s};
        m_server->stop();
        QVERIFY(startServer(unlimited));
        ServerProcess second;
        QVERIFY(second.start(m_db->url(), unlimited));
        const QString classId = uuid();
        pushOk(m_alice, m_clientA, {mutation(u"class"_s, classId, {{u"name"_s, u"Concurrency"_s}})});

        constexpr int kClients = 6;
        constexpr int kRounds = 4;
        constexpr int kPerPush = 25;
        QNetworkAccessManager managers[2];
        const QString bases[2] = {m_server->baseUrl(), second.baseUrl()};
        QList<qint64> appliedRevs;
        int pending = 0;
        int failures = 0;
        QEventLoop loop;

        // Readers pull continuously while the writers push, each keeping its
        // own cursor: none may miss a change committed after its cursor moved.
        struct Reader
        {
            qint64 cursor = 0;
            QList<qint64> revs;
            bool done = false;
        };
        Reader readers[2];
        bool writersDone = false;
        std::function<void(int)> pullNext = [&](int r) {
            QNetworkRequest req(QUrl(bases[r] + u"/api/v1/sync/pull?since=%1&limit=40"_s.arg(readers[r].cursor)));
            req.setRawHeader("Authorization", "Bearer " + m_alice.accessToken.toLatin1());
            const bool finalPass = writersDone;
            QNetworkReply *reply = managers[r].get(req);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, r, reply, finalPass] {
                reply->deleteLater();
                const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                    ++failures;
                    pullNext(r);
                    return;
                }
                for (const QJsonValue &row : page.value(u"changes").toArray())
                    readers[r].revs.append(row.toObject().value(u"rev").toInteger());
                readers[r].cursor = page.value(u"next_cursor").toInteger(readers[r].cursor);
                if (finalPass && !page.value(u"has_more").toBool()) {
                    readers[r].done = true;
                    if (readers[0].done && readers[1].done)
                        loop.quit();
                    return;
                }
                pullNext(r);
            });
        };

        for (int round = 0; round < kRounds; ++round) {
            for (int c = 0; c < kClients; ++c) {
                QJsonArray mutations;
                for (int i = 0; i < kPerPush; ++i)
                    mutations.append(
                        mutation(u"standard"_s, uuid(),
                                 {{u"class_id"_s, classId}, {u"code"_s, u"c%1-r%2-%3"_s.arg(c).arg(round).arg(i)}}));
                const QByteArray body =
                    QJsonDocument(QJsonObject{{u"client_id"_s, u"00000000-0000-4000-8000-00000000000%1"_s.arg(c)},
                                              {u"mutations"_s, mutations}})
                        .toJson(QJsonDocument::Compact);
                const int server = (c + round) % 2;
                QNetworkRequest req(QUrl(bases[server] + u"/api/v1/sync/push"_s));
                req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                req.setRawHeader("Authorization", "Bearer " + m_alice.accessToken.toLatin1());
                QNetworkReply *reply = managers[server].post(req, body);
                ++pending;
                QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                    reply->deleteLater();
                    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
                    const QJsonArray results = answer.value(u"results").toArray();
                    if (results.size() != kPerPush) {
                        ++failures;
                        qWarning("push failed: %s", QJsonDocument(answer).toJson().left(400).constData());
                    }
                    for (const QJsonValue &r : results) {
                        if (statusOf(r) == u"applied"_s)
                            appliedRevs.append(r.toObject().value(u"rev").toInteger());
                        else
                            ++failures;
                    }
                    if (--pending == 0) {
                        writersDone = true;
                    }
                });
            }
        }
        pullNext(0);
        pullNext(1);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(writersDone);
        if (failures > 0) {
            for (const QByteArray &line : QByteArray(m_server->stderrText() + second.stderrText()).split('\n')) {
                if (line.contains("error") || line.contains("warn"))
                    qWarning("server: %s", line.constData());
            }
        }
        QCOMPARE(failures, 0);
        QCOMPARE(appliedRevs.size(), kClients * kRounds * kPerPush);

        // Every revision handed out is distinct and the sequence has no holes:
        // the class is rev 1, the standards 2..N+1 (nothing else wrote).
        QList<qint64> sorted = appliedRevs;
        std::sort(sorted.begin(), sorted.end());
        for (qsizetype i = 0; i < sorted.size(); ++i)
            QCOMPARE(sorted.at(i), qint64(i + 2));
        // Each reader, pulling while the pushes committed, saw every one of
        // them, once, in increasing order.
        for (const Reader &reader : readers) {
            QList<qint64> seen = reader.revs;
            for (qsizetype i = 1; i < seen.size(); ++i)
                QVERIFY(seen.at(i) > seen.at(i - 1));
            QCOMPARE(seen.size(), sorted.size() + 1);
            QCOMPARE(seen.first(), qint64(1));
            QCOMPARE(seen.mid(1), sorted);
        }
        // And a client starting from scratch on either server gets all of it.
        HttpClient other(second.baseUrl());
        QCOMPARE(pullAll(other, m_alice, 0, 97).size(), sorted.size() + 1);
        QCOMPARE(second.stop(), 0);
    }

    // PostgreSQL: a bulk upload into a new database gets planner statistics
    // from the server itself (ANALYZE), not a minute later from autovacuum.
    // SQLite plans without gathered statistics: nothing is run there.
    void plannerStatisticsFollowABulkLoad()
    {
        const bool postgres = m_backend == u"postgresql"_s;
        const QString classId = uuid();
        pushOk(m_alice, m_clientA, {mutation(u"class"_s, classId, {{u"name"_s, u"Bulk"_s}})});
        auto lastAnalyze = [&] {
            return m_db->queryValue(u"SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'standard'"_s)
                .toString();
        };
        if (postgres)
            QVERIFY(lastAnalyze().isEmpty());
        for (int batch = 0; batch < 10; ++batch) {
            QJsonArray mutations;
            for (int i = 0; i < 500; ++i)
                mutations.append(mutation(u"standard"_s, uuid(),
                                          {{u"class_id"_s, classId}, {u"code"_s, u"S%1.%2"_s.arg(batch).arg(i)}}));
            const QJsonObject answer = pushOk(m_alice, m_clientA, mutations);
            QCOMPARE(answer.value(u"results"_s).toArray().size(), 500);
        }
        QCOMPARE(pullAll(*m_http, m_alice).size(), 5001);
        QCOMPARE(m_server->stderrText().contains("planner statistics refreshed"), postgres);
        if (postgres)
            QVERIFY(!lastAnalyze().isEmpty());
    }

    void sigtermFinishesInFlightWork()
    {
        const QString classId = uuid();
        QJsonArray mutations{mutation(u"class"_s, classId, {{u"name"_s, u"Late"_s}})};
        for (int i = 0; i < 500; ++i)
            mutations.append(mutation(u"standard"_s, uuid(), {{u"class_id"_s, classId}, {u"code"_s, u"x"_s}}));
        QNetworkRequest req(QUrl(m_server->baseUrl() + u"/api/v1/sync/push"_s));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + m_alice.accessToken.toLatin1());
        QNetworkReply *reply = m_http->manager().post(
            req, QJsonDocument(QJsonObject{{u"client_id"_s, m_clientA}, {u"mutations"_s, mutations}}).toJson());
        QTRY_VERIFY_WITH_TIMEOUT(reply->isRunning() && reply->bytesAvailable() >= 0, 1000);
        QTest::qWait(30);
        ::kill(pid_t(m_server->pid()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        const int exitCode = m_server->stop();
        QVERIFY2(exitCode == 0, m_server->stderrText().right(3000).constData());
        QVERIFY(m_server->stderrText().contains("stopped"));
        // What was answered "applied" is there after a restart.
        QVERIFY(startServer());
        QVERIFY(login(*m_http, m_alice));
        const int rows = int(pullAll(*m_http, m_alice).size());
        if (status == 200) {
            QCOMPARE(QJsonDocument::fromJson(body).object().value(u"results").toArray().size(), 501);
            QCOMPARE(rows, 501);
        } else {
            QVERIFY(rows == 0 || rows == 501); // refused before it started, or committed whole
        }
    }

private:
    static void writeCsv(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
