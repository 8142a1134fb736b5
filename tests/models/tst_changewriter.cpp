// The one rule for writes: row(s) + outbox + audit_log in ONE transaction.
#include "tests/common/TestSupport.h"

#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Ids.h"
#include "models/store/ChangeWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

Q_DECLARE_METATYPE(k12::ChangeWriter::Step)

namespace {

struct Counts
{
    qint64 classes, students, enrollments, outbox, audit;
    bool operator==(const Counts &o) const
    {
        return classes == o.classes && students == o.students && enrollments == o.enrollments && outbox == o.outbox &&
               audit == o.audit;
    }
};

Counts counts(Store &s)
{
    return {test::countRows(s, u"class"_s), test::countRows(s, u"student"_s), test::countRows(s, u"enrollment"_s),
            test::countRows(s, u"outbox"_s), test::countRows(s, u"audit_log"_s)};
}

QJsonObject outboxFields(Store &s, const QString &rowId)
{
    QSqlQuery q(s.database().connection());
    q.prepare(u"SELECT fields FROM outbox WHERE row_id = ? ORDER BY seq DESC LIMIT 1"_s);
    q.bindValue(0, rowId);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

} // namespace

class TestChangeWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createWritesRowOutboxAndAudit();
    void updateSendsOnlyChangedFields();
    void unchangedUpdateWritesNothing();
    void deleteLeavesTombstone();
    void faultBetweenStepsWritesNothing_data();
    void faultBetweenStepsWritesNothing();
    void failingSecondChangeRollsBackTheFirst();
    void foreignKeyViolationWritesNothing();
    void unknownFieldIsRefused();
    void auditRecordsOldAndNewValues();
};

void TestChangeWriter::createWritesRowOutboxAndAudit()
{
    test::TempProfile p;
    const QString id = newId();
    auto r = p.store().apply(u"class.add"_s, {Change::upsert(u"class"_s, id, {{u"name"_s, u"Biology"_s}})});
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->size(), 1);
    QVERIFY(r->constFirst().created);
    QCOMPARE((counts(p.store())), (Counts{1, 0, 0, 1, 1}));
    QSqlQuery q(p.store().database().connection());
    QVERIFY(q.exec(u"SELECT entity, row_id, op, base_rev, state, mutation_id FROM outbox"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"class"_s);
    QCOMPARE(q.value(1).toString(), id);
    QCOMPARE(q.value(2).toString(), u"upsert"_s);
    QCOMPARE(q.value(3).toInt(), 0);
    QCOMPARE(q.value(4).toString(), u"pending"_s);
    QVERIFY(isId(q.value(5).toString()));
    QCOMPARE(outboxFields(p.store(), id).value(u"name"_s).toString(), u"Biology"_s);
}

void TestChangeWriter::updateSendsOnlyChangedFields()
{
    test::TempProfile p;
    const QString id = newId();
    QVERIFY(
        p.store().apply(u"a"_s, {Change::upsert(u"class"_s, id, {{u"name"_s, u"Bio"_s}, {u"period"_s, u"2"_s}})}).ok());
    // The server has seen revision 7 of this row.
    QSqlQuery q(p.store().database().connection());
    QVERIFY(q.exec(u"UPDATE class SET rev = 7"_s));
    QVERIFY(
        p.store().apply(u"b"_s, {Change::upsert(u"class"_s, id, {{u"name"_s, u"Bio"_s}, {u"period"_s, u"3"_s}})}).ok());
    const QJsonObject fields = outboxFields(p.store(), id);
    QCOMPARE(fields.keys(), QStringList{u"period"_s});
    QCOMPARE(fields.value(u"period"_s).toString(), u"3"_s);
    QVERIFY(q.exec(u"SELECT base_rev FROM outbox ORDER BY seq DESC LIMIT 1"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 7);
}

void TestChangeWriter::unchangedUpdateWritesNothing()
{
    test::TempProfile p;
    const QString id = newId();
    QVERIFY(p.store().apply(u"a"_s, {Change::upsert(u"class"_s, id, {{u"name"_s, u"Bio"_s}})}).ok());
    const Counts before = counts(p.store());
    auto r = p.store().apply(u"b"_s, {Change::upsert(u"class"_s, id, {{u"name"_s, u"Bio"_s}})});
    QVERIFY(r.ok());
    QVERIFY(r->isEmpty());
    QVERIFY(counts(p.store()) == before);
}

void TestChangeWriter::deleteLeavesTombstone()
{
    test::TempProfile p;
    const QString id = newId();
    QVERIFY(p.store().apply(u"a"_s, {Change::upsert(u"class"_s, id, {{u"name"_s, u"Bio"_s}})}).ok());
    QVERIFY(p.store().apply(u"d"_s, {Change::remove(u"class"_s, id)}).ok());
    QCOMPARE(test::countRows(p.store(), u"class"_s, u"deleted = 1"_s), 1);
    QCOMPARE(test::countRows(p.store(), u"outbox"_s, u"op = 'delete'"_s), 1);
    QVERIFY(!p.store().row(*EntitySchema::find(u"class"), id));
    // Deleting again changes nothing.
    const Counts before = counts(p.store());
    QVERIFY(p.store().apply(u"d"_s, {Change::remove(u"class"_s, id)}).ok());
    QVERIFY(counts(p.store()) == before);
}

void TestChangeWriter::faultBetweenStepsWritesNothing_data()
{
    QTest::addColumn<ChangeWriter::Step>("step");
    QTest::addColumn<int>("changeIndex");
    for (int index : {0, 1, 2}) {
        QTest::addRow("after row, change %d", index) << ChangeWriter::Step::Row << index;
        QTest::addRow("after outbox, change %d", index) << ChangeWriter::Step::Outbox << index;
        QTest::addRow("after audit, change %d", index) << ChangeWriter::Step::Audit << index;
    }
}

void TestChangeWriter::faultBetweenStepsWritesNothing()
{
    QFETCH(ChangeWriter::Step, step);
    QFETCH(int, changeIndex);
    test::TempProfile p;
    // Something already there, which must survive untouched.
    const QString classId = newId();
    QVERIFY(p.store().apply(u"seed"_s, {Change::upsert(u"class"_s, classId, {{u"name"_s, u"Seed"_s}})}).ok());
    const Counts before = counts(p.store());

    int seen = 0;
    p.store().writer().setFaultHook([&](ChangeWriter::Step s) {
        if (s != step)
            return false;
        return seen++ == changeIndex;
    });
    const QString studentId = newId();
    auto r = p.store().apply(
        u"student.add"_s,
        {Change::upsert(u"student"_s, studentId, {{u"given_name"_s, u"Ada"_s}, {u"family_name"_s, u"L"_s}}),
         Change::upsert(u"enrollment"_s, newId(), {{u"class_id"_s, classId}, {u"student_id"_s, studentId}}),
         Change::upsert(u"class"_s, classId, {{u"name"_s, u"Renamed"_s}})});
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(u"injected"_s));
    QVERIFY(counts(p.store()) == before);
    QCOMPARE(p.store().row(*EntitySchema::find(u"class"), classId)->value(u"name"_s).toString(), u"Seed"_s);

    // The same write without the fault goes through completely.
    p.store().writer().setFaultHook({});
    QVERIFY(p.store()
                .apply(u"again"_s, {Change::upsert(u"student"_s, studentId,
                                                   {{u"given_name"_s, u"Ada"_s}, {u"family_name"_s, u"L"_s}})})
                .ok());
    QCOMPARE(counts(p.store()).students, 1);
}

void TestChangeWriter::failingSecondChangeRollsBackTheFirst()
{
    test::TempProfile p;
    const Counts before = counts(p.store());
    // The third change is invalid (a category needs its class), after two good ones.
    auto r = p.store().apply(u"x"_s, {Change::upsert(u"class"_s, newId(), {{u"name"_s, u"Fine"_s}}),
                                      Change::upsert(u"class"_s, newId(), {{u"name"_s, u"Other"_s}}),
                                      Change::upsert(u"category"_s, newId(), {{u"name"_s, u"No class"_s}})});
    QVERIFY(!r.ok());
    QVERIFY(counts(p.store()) == before);
}

void TestChangeWriter::foreignKeyViolationWritesNothing()
{
    test::TempProfile p;
    const Counts before = counts(p.store());
    auto r = p.store().apply(
        u"x"_s, {Change::upsert(u"enrollment"_s, newId(), {{u"class_id"_s, newId()}, {u"student_id"_s, newId()}})});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(r.error()));
    QVERIFY(counts(p.store()) == before);
}

void TestChangeWriter::unknownFieldIsRefused()
{
    test::TempProfile p;
    auto r = p.store().apply(u"x"_s, {Change::upsert(u"class"_s, newId(), {{u"nmae"_s, u"typo"_s}})});
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(u"nmae"_s));
    auto r2 = p.store().apply(u"x"_s, {Change::upsert(u"classes"_s, newId(), {})});
    QVERIFY(!r2.ok());
    QCOMPARE(test::countRows(p.store(), u"outbox"_s), 0);
}

void TestChangeWriter::auditRecordsOldAndNewValues()
{
    test::TempProfile p;
    const QString id = newId();
    QVERIFY(p.store().apply(u"class.add"_s, {Change::upsert(u"class"_s, id, {{u"name"_s, u"Old"_s}})}).ok());
    auto r = p.store().apply(u"class.rename"_s, {Change::upsert(u"class"_s, id, {{u"name"_s, u"New"_s}})});
    QVERIFY(r.ok());
    QCOMPARE(r->constFirst().before.value(u"name"_s).toString(), u"Old"_s);
    QCOMPARE(r->constFirst().after.value(u"name"_s).toString(), u"New"_s);
    QSqlQuery q(p.store().database().connection());
    QVERIFY(q.exec(u"SELECT action, origin, changes FROM audit_log ORDER BY seq DESC LIMIT 1"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"class.rename"_s);
    QCOMPARE(q.value(1).toString(), u"local"_s);
    const QJsonObject changes = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    QCOMPARE(changes[u"name"_s][u"old"_s].toString(), u"Old"_s);
    QCOMPARE(changes[u"name"_s][u"new"_s].toString(), u"New"_s);
}

QTEST_GUILESS_MAIN(TestChangeWriter)
#include "tst_changewriter.moc"
