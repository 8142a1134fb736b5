// The audit trail as one row per operation (local migration 8, issue 22):
// audit_op holds every cell of a bulk set in one row, and the audit_log view
// still answers "who changed this cell, when, from what to what" per cell;
// files of schema 7 keep their audit rows; the operation's row is written in
// the same transaction as the rows and the outbox.
#include "tests/common/GradebookFixture.h"

#include "models/actions/Actions.h"
#include "models/grading/BulkEdits.h"
#include "models/grading/GradebookData.h"
#include "models/store/ChangeWriter.h"
#include "models/store/Migrations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

// One audit_log row of a cell, as a reader of the old table saw it.
struct CellAudit
{
    qint64 seq = 0;
    QString at, origin, action, op;
    QJsonObject changes;
};

QList<CellAudit> historyOf(Store &store, const QString &rowId)
{
    QList<CellAudit> rows;
    QSqlQuery q(store.database().connection());
    q.prepare(u"SELECT seq, at, origin, action, op, changes FROM audit_log WHERE entity = 'score' AND row_id = ? "
              "ORDER BY seq"_s);
    q.addBindValue(rowId);
    if (!q.exec())
        qFatal("audit_log: %s", qPrintable(q.lastError().text()));
    while (q.next()) {
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()});
    }
    return rows;
}

QStringList rowsOf(QSqlDatabase db, const QString &sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {q.lastError().text()};
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i).toString();
        out << row.join(u'|');
    }
    return out;
}

} // namespace

class TestAuditOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bulkSetIsOneAuditRowAnsweringPerCell();
    void undoIsAnOperationOfItsOwn();
    void failingAuditRowWritesNothing();
    void migratesVersion7AuditRows();
};

void TestAuditOps::bulkSetIsOneAuditRowAnsweringPerCell()
{
    test::GradebookFixture f;
    Store &store = f.profile.store();
    Actions actions(store);
    // HW1: Adams 5, Baker 7, Clark not graded (no score row yet).
    {
        const GradebookData data = *GradebookData::load(store, f.classId);
        QVERIFY(actions.grades().writeScores(data, BulkEdits::apply(data, {{0, 0}}, ScoreEdit::setPoints(5)), u"Set"_s,
                                             u"grade.set"_s));
        QVERIFY(actions.grades().writeScores(data, BulkEdits::apply(data, {{1, 0}}, ScoreEdit::setPoints(7)), u"Set"_s,
                                             u"grade.set"_s));
    }
    const qint64 opsBefore = test::countRows(store, u"audit_op"_s);
    const qint64 outboxBefore = test::countRows(store, u"outbox"_s);
    const GradebookData data = *GradebookData::load(store, f.classId);
    QVERIFY(actions.grades().writeScores(
        data, BulkEdits::apply(data, {{0, 0}, {1, 0}, {2, 0}}, ScoreEdit::setPoints(9)), u"Bulk"_s, u"grade.bulk"_s));

    // One audit row for the operation, one outbox mutation per cell.
    QCOMPARE(test::countRows(store, u"audit_op"_s), opsBefore + 1);
    QCOMPARE(test::countRows(store, u"outbox"_s), outboxBefore + 3);
    QCOMPARE(test::countRows(store, u"audit_log"_s, u"action = 'grade.bulk'"_s), 3);

    // Per cell: who (origin), when (at), from what to what.
    const QList<CellAudit> adams = historyOf(store, f.score(0, 0).id);
    QCOMPARE(adams.size(), 2);
    QCOMPARE(adams.at(0).action, u"grade.set"_s);
    QVERIFY(adams.at(0).changes[u"points"_s][u"old"_s].isNull());
    QCOMPARE(adams.at(0).changes[u"points"_s][u"new"_s].toDouble(), 5.0);
    QCOMPARE(adams.at(1).action, u"grade.bulk"_s);
    QCOMPARE(adams.at(1).origin, u"local"_s);
    QCOMPARE(adams.at(1).op, u"upsert"_s);
    QCOMPARE(adams.at(1).changes[u"points"_s][u"old"_s].toDouble(), 5.0);
    QCOMPARE(adams.at(1).changes[u"points"_s][u"new"_s].toDouble(), 9.0);
    QCOMPARE(adams.at(1).changes.size(), 1); // only what changed
    const QList<CellAudit> baker = historyOf(store, f.score(1, 0).id);
    QCOMPARE(baker.size(), 2);
    QCOMPARE(baker.at(1).changes[u"points"_s][u"old"_s].toDouble(), 7.0);
    QCOMPARE(baker.at(1).changes[u"points"_s][u"new"_s].toDouble(), 9.0);
    // Clark's cell was created by the bulk set: no "before", its references named.
    const QList<CellAudit> clark = historyOf(store, f.score(2, 0).id);
    QCOMPARE(clark.size(), 1);
    QVERIFY(clark.at(0).changes[u"points"_s][u"old"_s].isNull());
    QCOMPARE(clark.at(0).changes[u"points"_s][u"new"_s].toDouble(), 9.0);
    QCOMPARE(clark.at(0).changes[u"student_id"_s][u"new"_s].toString(), f.students.at(2));
    // The three cells share the operation's moment and are listed in the order written.
    QCOMPARE(adams.at(1).at, baker.at(1).at);
    QCOMPARE(adams.at(1).at, clark.at(0).at);
    QVERIFY(adams.at(1).seq < baker.at(1).seq && baker.at(1).seq < clark.at(0).seq);
    QVERIFY(baker.at(0).seq < adams.at(1).seq); // an earlier operation sorts before
    // The at of the operation is the row's updated_at (the write's moment).
    QSqlQuery q(store.database().connection());
    QVERIFY(q.exec(u"SELECT updated_at FROM score WHERE id = '%1'"_s.arg(f.score(0, 0).id)) && q.next());
    QCOMPARE(adams.at(1).at, q.value(0).toString());
}

void TestAuditOps::undoIsAnOperationOfItsOwn()
{
    test::GradebookFixture f;
    Store &store = f.profile.store();
    QUndoStack stack;
    Actions actions(store, &stack);
    const GradebookData data = *GradebookData::load(store, f.classId);
    QVERIFY(actions.grades().writeScores(data, BulkEdits::apply(data, {{0, 1}, {1, 1}}, ScoreEdit::setPoints(4)),
                                         u"Bulk"_s, u"grade.bulk"_s));
    const qint64 ops = test::countRows(store, u"audit_op"_s);
    stack.undo();
    QCOMPARE(test::countRows(store, u"audit_op"_s), ops + 1);
    QCOMPARE(test::countRows(store, u"audit_log"_s, u"action = 'grade.bulk.undo'"_s), 2);
    // The undo of a created cell deletes it: the audit says so for each cell.
    QCOMPARE(test::countRows(store, u"audit_log"_s, u"action = 'grade.bulk.undo' AND op = 'delete'"_s), 2);
    stack.redo();
    QCOMPARE(test::countRows(store, u"audit_op"_s), ops + 2);
    QCOMPARE(test::countRows(store, u"audit_log"_s, u"action = 'grade.bulk.redo'"_s), 2);
}

void TestAuditOps::failingAuditRowWritesNothing()
{
    test::GradebookFixture f;
    Store &store = f.profile.store();
    const GradebookData data = *GradebookData::load(store, f.classId);
    const Result<QList<Score>> scores = BulkEdits::apply(data, {{0, 2}, {1, 2}, {2, 2}}, ScoreEdit::setPoints(40));
    QVERIFY(scores.ok());
    ChangeList changes;
    for (const Score &s : *scores)
        changes.append(Change::upsert(u"score"_s, s.id, data.changeTo(s)));
    auto counts = [&] {
        return QList<qint64>{test::countRows(store, u"score"_s), test::countRows(store, u"outbox"_s),
                             test::countRows(store, u"audit_op"_s), test::countRows(store, u"audit_log"_s)};
    };
    const QList<qint64> before = counts();

    // The fault seam's last Audit step: after the operation's row is written.
    int auditSteps = 0;
    store.writer().setFaultHook(
        [&](ChangeWriter::Step s) { return s == ChangeWriter::Step::Audit && ++auditSteps == 4; });
    Result<QList<AppliedChange>> r = store.apply(u"grade.bulk"_s, changes);
    QVERIFY(!r.ok());
    QCOMPARE(auditSteps, 4); // one per cell, then the operation's row
    QCOMPARE(counts(), before);
    store.writer().setFaultHook({});

    // SQLite itself refusing the audit row (a full disk, say) rolls back the rows and the outbox too.
    QSqlQuery q(store.database().connection());
    QVERIFY(q.exec(u"CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON main.audit_op BEGIN SELECT RAISE(ABORT, "
                   "'no room'); END"_s));
    r = store.apply(u"grade.bulk"_s, changes);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(u"no room"_s), qPrintable(r.error()));
    QCOMPARE(counts(), before);
    QVERIFY(q.exec(u"DROP TRIGGER temp.refuse_audit"_s));
    QVERIFY(store.apply(u"grade.bulk"_s, changes).ok());
    QCOMPARE(counts(), (QList<qint64>{before.at(0) + 3, before.at(1) + 3, before.at(2) + 1, before.at(3) + 3}));
}

void TestAuditOps::migratesVersion7AuditRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"k12.sqlite"_s);
    {
        Result<std::unique_ptr<Database>> made = Database::open(path);
        QVERIFY2(made.ok(), qPrintable(made.error()));
    }
    // Schema 7's audit_log table with three rows (seq with a gap, as deletes of
    // old rows never happen but AUTOINCREMENT-free seqs may skip), as the app wrote them.
    const QStringList old{
        u"5|2026-11-01T08:00:00.000Z|local|class.add|class|c1|upsert|{\"name\":{\"old\":null,\"new\":\"Algebra\"}}"_s,
        u"6|2026-11-01T08:01:00.000Z|sync|score.set|score|x1|upsert|{\"points\":{\"old\":7.5,\"new\":8}}"_s,
        u"9|2026-11-02T09:00:00.000Z|local|class.remove|class|c1|delete|{}"_s,
    };
    {
        const QString name = u"raw-v7"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql :
                 {u"DROP VIEW audit_log"_s, u"DROP TABLE audit_op"_s, u"DROP TABLE score_counts_deferred"_s,
                  u"CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, origin TEXT NOT NULL, action "
                  "TEXT NOT NULL, entity TEXT NOT NULL, row_id TEXT NOT NULL, op TEXT NOT NULL, changes TEXT NOT NULL "
                  "DEFAULT '{}')"_s,
                  u"PRAGMA user_version = 7"_s})
                QVERIFY2(q.exec(sql), qPrintable(sql + q.lastError().text()));
            q.prepare(u"INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
            for (const QString &row : old) {
                const QStringList v = row.split(u'|');
                for (int i = 0; i < v.size(); ++i)
                    q.bindValue(i, i == 0 ? QVariant(v.at(0).toLongLong()) : QVariant(v.at(i)));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    Result<std::unique_ptr<Database>> opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Database &db = **opened;
    QCOMPARE(Migrations::latestVersion(), 8);
    QCOMPARE(db.schemaVersion(), 8);
    // Each old row is an operation of its own, with its seq, moment, origin and action.
    QCOMPARE(rowsOf(db.connection(), u"SELECT seq, at, origin, action, json_array_length(entries) FROM audit_op"_s),
             (QStringList{u"5|2026-11-01T08:00:00.000Z|local|class.add|1"_s,
                          u"6|2026-11-01T08:01:00.000Z|sync|score.set|1"_s,
                          u"9|2026-11-02T09:00:00.000Z|local|class.remove|1"_s}));
    // The view gives back exactly the rows of the old table, in their order (seq scaled by 2^32).
    QStringList expected;
    for (const QString &row : old) {
        QStringList v = row.split(u'|');
        v[0] = QString::number(v.at(0).toLongLong() << 32);
        expected << v.join(u'|');
    }
    QCOMPARE(rowsOf(db.connection(),
                    u"SELECT seq, at, origin, action, entity, row_id, op, changes FROM audit_log ORDER BY seq"_s),
             expected);
    QCOMPARE(rowsOf(db.connection(), u"SELECT type FROM sqlite_master WHERE name = 'audit_log'"_s),
             QStringList{u"view"_s});
}

QTEST_GUILESS_MAIN(TestAuditOps)
#include "tst_auditops.moc"
