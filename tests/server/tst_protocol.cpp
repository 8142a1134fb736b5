// Unit tests of the wire codec (k12_protocol) and of the server parts that do
// not need a running server.
#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/RowRules.h"
#include "kernel/protocol/AuthMessages.h"
#include "kernel/protocol/FieldCodec.h"
#include "kernel/protocol/HealthResponse.h"
#include "kernel/protocol/JsonWriter.h"
#include "kernel/protocol/MutationResult.h"
#include "kernel/protocol/Problem.h"
#include "kernel/protocol/PullResponse.h"
#include "kernel/protocol/PushRequest.h"
#include "kernel/protocol/PushResponse.h"
#include "kernel/protocol/StrictJson.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/Tokens.h"
#include "server/http/RateLimiter.h"
#include "server/store/DatabaseConfig.h"
#include "server/store/StoredRow.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::protocol;
using namespace k12::server;

namespace {

QString id()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// JSON written with single quotes, so that the test data stays readable.
QByteArray quoted(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerMatchesQtParser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"Algebra I"_s;
        QTest::newRow("quotes") << u"\"quoted\" \\ back\\slash /"_s;
        QTest::newRow("controls") << QString(u"a\nb\rc\td\be\ff"_s + QChar(1) + QChar(0x1f) + u"g"_s);
        QTest::newRow("unicode") << u"Zoë 李小龍 😀 \u202e \u2028"_s;
        QTest::newRow("empty") << QString();
    }

    void writerMatchesQtParser()
    {
        QFETCH(QString, text);
        QByteArray out;
        JsonWriter w(&out);
        w.beginObject();
        w.key("s");
        w.string(text);
        w.key("n");
        w.number(0.1);
        w.key("i");
        w.integer(-42);
        w.key("big");
        w.number(1e21);
        w.key("whole");
        w.number(5.0);
        w.key("a");
        w.beginArray();
        w.null();
        w.boolean(true);
        w.value(QJsonObject{{u"k"_s, 1}});
        w.endArray();
        w.endObject();
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"s").toString(), text);
        QCOMPARE(o.value(u"n").toDouble(), 0.1);
        QCOMPARE(o.value(u"i").toInteger(), -42);
        QCOMPARE(o.value(u"big").toDouble(), 1e21);
        QVERIFY(out.contains("\"whole\":5,"));
        QCOMPARE(o.value(u"a").toArray(), (QJsonArray{QJsonValue::Null, true, QJsonObject{{u"k"_s, 1}}}));
    }

    void pushRequestRoundTrip()
    {
        PushRequest req;
        req.clientId = id();
        req.mutations.append({id(), u"score"_s, id(), MutationOp::Upsert, 12, {{u"points"_s, 9.5}}});
        req.mutations.append({id(), u"lesson"_s, id(), MutationOp::Delete, 3, {}});
        Result<PushRequest> back = PushRequest::fromJson(req.toJson());
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->clientId, req.clientId);
        QCOMPARE(back->mutations.size(), 2);
        QCOMPARE(back->mutations.at(0).fields, req.mutations.at(0).fields);
        QCOMPARE(back->mutations.at(0).baseRev, 12);
        QCOMPARE(back->mutations.at(1).op, MutationOp::Delete);
    }

    void pushRequestErrorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention");
        const QByteArray c = id().toLatin1();
        const QByteArray m = "{\"mutation_id\":\"" + id().toLatin1() + "\",\"entity\":\"score\",\"id\":\"" +
                             id().toLatin1() + "\",\"op\":\"upsert\",";
        QTest::newRow("json") << QByteArray("{") << u"not valid JSON"_s;
        QTest::newRow("client") << QByteArray("{\"mutations\":[]}") << u"\"client_id\" is required"_s;
        QTest::newRow("upper") << QByteArray("{\"client_id\":\"" + c.toUpper() + "\",\"mutations\":[]}")
                               << u"lowercase UUID"_s;
        QTest::newRow("base_rev") << QByteArray("{\"client_id\":\"" + c + "\",\"mutations\":[" + m +
                                                "\"base_rev\":-1,\"fields\":{}}]}")
                                  << u"mutations[0].base_rev"_s;
        QTest::newRow("fraction") << QByteArray("{\"client_id\":\"" + c + "\",\"mutations\":[" + m +
                                                "\"base_rev\":1.5,\"fields\":{}}]}")
                                  << u"mutations[0].base_rev"_s;
        QTest::newRow("fields") << QByteArray("{\"client_id\":\"" + c + "\",\"mutations\":[" + m +
                                              "\"base_rev\":1,\"fields\":\"x\"}]}")
                                << u"mutations[0].fields"_s;
    }

    void pushRequestErrorsNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        Result<PushRequest> r = PushRequest::fromJson(body);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(mention), qPrintable(r.error()));
    }

    // What Qt's parser accepts and a sync message must not carry.
    void strictJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention"); // empty: passes
        QTest::newRow("plain") << quoted("{'a':1,'b':{'a':2},'c':[{'a':3},{'a':4}]}") << QString();
        QTest::newRow("same key, other objects") << quoted("[{'k':1},{'k':2}]") << QString();
        QTest::newRow("key-like value") << quoted("{'a':'a','b':'a'}") << QString();
        QTest::newRow("pair") << quoted("{'a':'\\ud83d\\ude00'}") << QString();
        QTest::newRow("escaped quote") << quoted("{'a\\'':1,'a':2}") << QString();
        QTest::newRow("duplicate") << quoted("{'points':1,'x':0,'points':20}") << u"repeats the key \"points\""_s;
        QTest::newRow("duplicate, nested")
            << quoted("{'m':[{'fields':{'points':1,'points':2}}]}") << u"repeats the key"_s;
        QTest::newRow("duplicate, escaped") << quoted("{'a':1,'\\u0061':2}") << u"repeats the key \"a\""_s;
        QTest::newRow("after a nested object") << quoted("{'a':{'b':1},'a':2}") << u"repeats the key \"a\""_s;
        QTest::newRow("lone high") << quoted("{'name':'x\\ud800y'}") << u"half of a surrogate pair (\\ud800)"_s;
        QTest::newRow("lone low") << quoted("{'name':'\\udc00'}") << u"half of a surrogate pair (\\udc00)"_s;
        QTest::newRow("high then high") << quoted("{'n':'\\ud800\\ud800'}") << u"surrogate"_s;
        QTest::newRow("at the end") << quoted("{'n':'\\ud800'}") << u"surrogate"_s;
        // Past 24 keys an object's keys are also hashed (a linear search would be quadratic).
        QByteArray many = "{";
        for (int k = 0; k < 40; ++k)
            many += "\"k" + QByteArray::number(k) + "\":" + QByteArray::number(k) + ",";
        QTest::newRow("40 keys") << QByteArray(many + "\"last\":0}") << QString();
        QTest::newRow("40 keys, the first again") << QByteArray(many + "\"k0\":0}") << u"repeats the key \"k0\""_s;
        QTest::newRow("40 keys, the last again, escaped")
            << QByteArray(many + "\"k\\u00339\":0}") << u"repeats the key \"k39\""_s;
        QTest::newRow("16 levels") << QByteArray(16, '[') + QByteArray(16, ']') << QString();
        QTest::newRow("17 levels") << QByteArray(17, '[') + QByteArray(17, ']') << u"deeper than 16"_s;
        QTest::newRow("1000 levels") << QByteArray(1000, '{').replace("{", quoted("{'a':")) << u"deeper than 16"_s;
    }

    void strictJson()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        const QString problem = StrictJson::problem(body);
        if (mention.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(mention), qPrintable(problem));
    }

    void mutationResultsRoundTrip()
    {
        const EntityDef *def = EntitySchema::find(u"score"_s);
        QVariantList values;
        for (const FieldDef &f : def->fields)
            values.append(EntitySchema::toSql(f, QVariant()));
        QByteArray rowJson;
        JsonWriter w(&rowJson);
        const QString rowId = id();
        SyncRow::write(w, *def, rowId, 7, false, u"2026-01-01T00:00:00.000Z"_s, values.constData());
        Result<SyncRow> row = SyncRow::fromJsonObject(QJsonDocument::fromJson(rowJson).object());
        QVERIFY2(row, qPrintable(row.error()));
        QCOMPARE(row->fields.size(), def->fields.size());
        QCOMPARE(row->fields.value(u"points"), QJsonValue(QJsonValue::Null));

        MutationResult conflict;
        conflict.mutationId = id();
        conflict.status = MutationResult::Status::Conflict;
        conflict.rev = 7;
        conflict.conflicts = {{u"points"_s, 7.5, 6}};
        conflict.row = *row;
        const QList<MutationResult> results{
            MutationResult::applied(id(), 3), conflict,
            MutationResult::rejected(id(), MutationResult::Code::NotFound, u"score x was not found."_s)};
        PushResponse response{id(), results};
        Result<PushResponse> back = PushResponse::fromJson(response.toJson());
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->results.size(), 3);
        QCOMPARE(back->results.at(0).rev, 3);
        QCOMPARE(back->results.at(1).conflicts.at(0).mine.toDouble(), 7.5);
        QCOMPARE(back->results.at(1).row->id, rowId);
        QCOMPARE(back->results.at(2).code, MutationResult::Code::NotFound);
    }

    void pullResponseChecksOrder()
    {
        SyncRow a{u"class"_s, id(), 5, false, u"t"_s, {}, {}};
        SyncRow b{u"class"_s, id(), 4, false, u"t"_s, {}, {}};
        PullResponse ok{id(), {b, a}, 5, false};
        QVERIFY(PullResponse::fromJson(ok.toJson()));
        PullResponse bad{id(), {a, b}, 5, false};
        QVERIFY(!PullResponse::fromJson(bad.toJson()));
        // Unknown entities of a newer server pass through for the client to skip.
        SyncRow future{u"portfolio"_s, id(), 9, false, u"t"_s, {{u"x"_s, 1}}, {}};
        QVERIFY(PullResponse::fromJson(PullResponse{id(), {future}, 9, false}.toJson()));
    }

    void problemAndAuthMessages()
    {
        Problem p{Problem::Kind::TooManyMutations, u"1001 > 1000"_s, u"rid"_s};
        const QJsonObject o = QJsonDocument::fromJson(p.toJson()).object();
        QCOMPARE(o.value(u"type").toString(), u"https://k12teacher.org/problems/too-many-mutations"_s);
        QCOMPARE(o.value(u"status").toInt(), 413);
        Result<Problem> back = Problem::fromJson(p.toJson());
        QVERIFY(back);
        QCOMPARE(back->kind, Problem::Kind::TooManyMutations);
        QCOMPARE(back->requestId, u"rid"_s);

        TokenResponse t{u"a"_s, u"r"_s, 900, {id(), u"e@x"_s, u"N"_s}};
        Result<TokenResponse> tb = TokenResponse::fromJson(t.toJson());
        QVERIFY2(tb, qPrintable(tb.error()));
        QCOMPARE(tb->expiresIn, 900);
        QVERIFY(LogoutRequest::fromJson({}));
        QVERIFY(!LoginRequest::fromJson("{\"email\":\"a\"}"));
        HealthResponse h{u"ok"_s, id(), u"1"_s};
        QVERIFY(HealthResponse::fromJson(h.toJson()));
    }

    void fieldCodecNamesTheField()
    {
        const EntityDef *score = EntitySchema::find(u"score"_s);
        QVERIFY(FieldCodec::decode(*score, {{u"points"_s, QJsonValue::Null}, {u"missing"_s, true}}));
        Result<QVariantMap> r = FieldCodec::decode(*score, {{u"missing"_s, u"yes"_s}});
        QVERIFY(!r);
        QVERIFY(r.error().contains(u"score.missing must be true or false"_s));
        QVERIFY(!FieldCodec::decode(*score, {{u"days_late"_s, 1e300}}));
        QVERIFY(!FieldCodec::decode(*score, {{u"rev"_s, 1}}));
        QVERIFY(!FieldCodec::decode(*score, {{u"comment"_s, QString(QChar(0))}}));
    }

    void declaredDefaultsAndRules()
    {
        // Defaults and keys come from the one declaration (EntitySchema);
        // tst_store checks the client's migrations create exactly that.
        const EntityDef *cls = EntitySchema::find(u"class"_s);
        auto defaultOf = [&](const EntityDef *def, const QString &field) {
            return def->defaults().value(def->fieldIndex(field));
        };
        QCOMPARE(defaultOf(cls, u"missing_policy"_s).toString(), u"zero"_s);
        QCOMPARE(defaultOf(cls, u"mastery_param"_s).toDouble(), 65.0);
        QCOMPARE(defaultOf(cls, u"mastery_n"_s).toLongLong(), 2);
        QVERIFY(cls->uniqueKeys.isEmpty());
        const EntityDef *score = EntitySchema::find(u"score"_s);
        QCOMPARE(score->uniqueKeys, (QList<QStringList>{{u"assignment_id"_s, u"student_id"_s}}));
        QVERIFY(defaultOf(score, u"points"_s).isNull());

        // The rules, in the words the desktop shows.
        QVariantList values = cls->defaults();
        values[cls->fieldIndex(u"name")] = u"Algebra"_s;
        QCOMPARE(RowRules::problem(*cls, values), QString());
        values[cls->fieldIndex(u"missing_policy")] = u"bogus"_s;
        QCOMPARE(RowRules::problem(*cls, values), u"The missing-work policy must be \"zero\" or \"exclude\"."_s);
        values[cls->fieldIndex(u"missing_policy")] = u"zero"_s;
        values[cls->fieldIndex(u"mastery_method")] = u"vibes"_s;
        QVERIFY(RowRules::problem(*cls, values).contains(u"mastery method"_s));
        values[cls->fieldIndex(u"mastery_method")] = u"power_law"_s;
        values[cls->fieldIndex(u"name")] = QString(201, u'x');
        QCOMPARE(RowRules::problem(*cls, values), u"The name is too long: 201 characters, at most 200."_s);
        QVERIFY(RowRules::problem(*score, QVariantMap{{u"class_id"_s, id()},
                                                      {u"assignment_id"_s, id()},
                                                      {u"student_id"_s, id()},
                                                      {u"points"_s, 1e308}})
                    .startsWith(u"The points cannot be above 1"_s));
        QCOMPARE(RowRules::problem(*score, QVariantMap{{u"class_id"_s, id()},
                                                       {u"assignment_id"_s, id()},
                                                       {u"student_id"_s, id()},
                                                       {u"points"_s, -1}}),
                 u"A score cannot be negative."_s);
        QCOMPARE(RowRules::scorePoints(21, 10, u"Quiz"_s),
                 u"21 is above the allowed maximum of 20 for \"Quiz\" (twice its 10 points)."_s);
        QCOMPARE(RowRules::scorePoints(500, 0, u"Bonus"_s), QString()); // extra credit
        const EntityDef *scale = EntitySchema::find(u"grading_scale"_s);
        QVERIFY(
            !RowRules::problem(*scale, QVariantMap{{u"class_id"_s, id()}, {u"cutoffs"_s, u"{\"A\":1}"_s}}).isEmpty());
        QVERIFY(RowRules::problem(
                    *scale, QVariantMap{{u"class_id"_s, id()}, {u"cutoffs"_s, u"[{\"letter\":\"P\",\"min\":50}]"_s}})
                    .isEmpty());
    }

    // Field stamps are read back on every push of an edit: the fast reader must
    // agree with the JSON it writes, and anything else still parses.
    void fieldStampsRoundTrip()
    {
        const EntityDef *score = EntitySchema::find(u"score"_s);
        StoredRow row;
        row.def = score;
        row.setStamp(u"points", FieldStamp{41, u"client-a"_s});
        row.setStamp(u"deleted", FieldStamp{7, u"client-b"_s});
        row.setStamp(u"no_such_field", FieldStamp{9, u"client-c"_s}); // not a score field: ignored
        QCOMPARE(row.stampCount(), 2);
        StoredRow back;
        back.def = score;
        back.setStampsJson(QString::fromUtf8(row.stampsJson()));
        QCOMPARE(back.stampCount(), 2);
        QCOMPARE(back.stamp(u"points").rev, 41);
        QCOMPARE(back.stamp(u"deleted").clientId, u"client-b"_s);
        QCOMPARE(back.stamp(u"comment").rev, 0); // never stamped

        StoredRow general; // spaces and an escape: not the writer's form
        general.def = score;
        general.setStampsJson(u"{ \"comment\": [3, \"a\\\"b\"], \"points\":[5,\"c\"]}"_s);
        QCOMPARE(general.stampCount(), 2);
        QCOMPARE(general.stamp(u"comment").clientId, u"a\"b"_s);
        QCOMPARE(general.stamp(u"points").rev, 5);

        StoredRow empty;
        empty.def = score;
        empty.setStampsJson(u"{}"_s);
        QCOMPARE(empty.stampCount(), 0);
        empty.setStampsJson(u"{\"points\":[5,"_s); // cut off
        QCOMPARE(empty.stampCount(), 0);
    }

    void databaseUrls()
    {
        Result<DatabaseConfig> pg =
            DatabaseConfig::fromUrl(u"postgresql://k12:s3cret@db.example:6543/grades?sslmode=require"_s);
        QVERIFY(pg);
        QCOMPARE(pg->dialect(), SqlDialect::PostgreSQL);
        QCOMPARE(pg->port(), 6543);
        QCOMPARE(pg->password(), u"s3cret"_s);
        QCOMPARE(pg->databaseName(), u"grades"_s);
        QCOMPARE(pg->connectOptions(), u"sslmode=require"_s);
        QVERIFY(!pg->displayName().contains(u"s3cret"_s));
        Result<DatabaseConfig> lite = DatabaseConfig::fromUrl(u"sqlite:///var/lib/k12/k12.db"_s);
        QVERIFY(lite);
        QCOMPARE(lite->path(), u"/var/lib/k12/k12.db"_s);
        QVERIFY(!DatabaseConfig::fromUrl(u"mysql://x"_s));
        QVERIFY(!DatabaseConfig::fromUrl(u"sqlite:"_s));
    }

    void passwordsAndTokens()
    {
        const QString hash = PasswordHasher::hash(u"correct horse"_s, 1000);
        QVERIFY(hash.startsWith(u"pbkdf2-sha256$1000$"_s));
        QVERIFY(!hash.contains(u"correct"_s));
        QVERIFY(PasswordHasher::verify(u"correct horse"_s, hash));
        QVERIFY(!PasswordHasher::verify(u"correct horsE"_s, hash));
        QVERIFY(PasswordHasher::hash(u"correct horse"_s, 1000) != hash); // salted
        QCOMPARE(PasswordHasher::kDefaultIterations >= 300000, true);
        const QString token = Tokens::generate();
        QCOMPARE(token.size(), 43);
        QVERIFY(Tokens::generate() != token);
        QCOMPARE(Tokens::hash(token).size(), 64);
        QCOMPARE(Tokens::fromAuthorization("Bearer " + token.toLatin1()), token);
        QCOMPARE(Tokens::fromAuthorization("bearer  " + token.toLatin1() + " "), token);
        QVERIFY(Tokens::fromAuthorization("Basic abc").isEmpty());
        QVERIFY(Tokens::fromAuthorization("Bearer a'b").isEmpty());
    }

    void rateLimiter()
    {
        RateLimiter limiter(60); // one a second, bursts of 15
        int allowed = 0;
        int wait = 0;
        for (int i = 0; i < 20; ++i) {
            const int w = limiter.acquire(u"k"_s);
            if (w == 0)
                ++allowed;
            else
                wait = w;
        }
        QCOMPARE(allowed, 15);
        QCOMPARE(wait, 1);
        QCOMPARE(limiter.acquire(u"other"_s), 0);
        QCOMPARE(RateLimiter(0).acquire(u"k"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
