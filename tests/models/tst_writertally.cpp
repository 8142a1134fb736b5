// The cell counts (ScoreTally) of the scores ChangeWriter writes are kept by
// the writer itself since local migration 8 (WriterTally), the score triggers
// standing aside meanwhile: the counts must be exactly what the triggers made,
// in one batch mixing new, re-graded, missing, cleared and revived cells and
// new and deleted assignments, and the triggers still count every other write.
#include "tests/common/GradebookFixture.h"

#include "kernel/domain/Ids.h"
#include "models/store/ChangeWriter.h"
#include "models/today/ScoreTally.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestWriterTally : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void batchOfEveryKindCountsAsTheTriggers();
    void failedWriteLeavesTheCounts();
    void otherWritersStillUseTheTriggers();

private:
    std::unique_ptr<test::GradebookFixture> f;
    Store &store() { return f->profile.store(); }
    QString scoreId(int s, int a) { return pairId(u"score"_s, f->assignments.at(a), f->students.at(s)); }
    Change cell(int s, int a, QVariantMap fields)
    {
        fields.insert(u"class_id"_s, f->classId);
        fields.insert(u"assignment_id"_s, f->assignments.at(a));
        fields.insert(u"student_id"_s, f->students.at(s));
        return Change::upsert(u"score"_s, scoreId(s, a), fields);
    }
    QStringList rows(const QString &sql)
    {
        QStringList out;
        QSqlQuery q(store().database().connection());
        if (!q.exec(sql))
            return {q.lastError().text()};
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(u' ');
        }
        return out;
    }
    // filled per assignment index (0 = HW1 ...) and filled/missing per student index
    QStringList assignmentCounts()
    {
        QStringList out;
        for (int a = 0; a < f->assignments.size(); ++a) {
            const QStringList r = rows(
                u"SELECT filled FROM score_tally_assignment WHERE assignment_id = '%1'"_s.arg(f->assignments.at(a)));
            out << (r.isEmpty() ? u"0"_s : r.constFirst());
        }
        return out;
    }
    QStringList studentCounts()
    {
        QStringList out;
        for (int s = 0; s < f->students.size(); ++s) {
            const QStringList r = rows(
                u"SELECT filled, missing FROM score_tally_student WHERE student_id = '%1'"_s.arg(f->students.at(s)));
            out << (r.isEmpty() ? u"0 0"_s : r.constFirst());
        }
        return out;
    }
    qint64 mismatches() { return *ScoreTally::countMismatches(store().database()); }
};

void TestWriterTally::init()
{
    f = std::make_unique<test::GradebookFixture>();
}

void TestWriterTally::cleanup()
{
    f.reset();
}

void TestWriterTally::batchOfEveryKindCountsAsTheTriggers()
{
    // Batch 1 (new cells): Adams HW1 8, HW2 missing; Baker HW1 missing but
    // excused (filled, not missing), HW2 empty letter (not filled); Clark Test missing.
    QVERIFY(store()
                .apply(u"t"_s, {cell(0, 0, {{u"points"_s, 8}}), cell(0, 1, {{u"missing"_s, true}}),
                                cell(1, 0, {{u"missing"_s, true}, {u"excused"_s, true}}),
                                cell(1, 1, {{u"letter"_s, u""_s}}), cell(2, 2, {{u"missing"_s, true}})})
                .ok());
    QCOMPARE(assignmentCounts(), (QStringList{u"2"_s, u"1"_s, u"1"_s}));
    QCOMPARE(studentCounts(), (QStringList{u"2 1"_s, u"1 0"_s, u"1 1"_s}));
    QCOMPARE(mismatches(), 0);
    QCOMPARE(rows(u"SELECT COUNT(*) FROM score_counts_deferred"_s), QStringList{u"0"_s});

    // Batch 2, in this order: re-grade Adams HW1 (no count moves), points for
    // Adams HW2 (no longer missing), clear Clark Test (a delete), a new
    // assignment "Quiz" with Baker missing on it, then Quiz deleted, then
    // Clark's Test cell back with points.
    const QString quiz = newId();
    QVariantMap quizFields{{u"class_id"_s, f->classId}, {u"title"_s, u"Quiz"_s}, {u"points_possible"_s, 5}};
    const QString bakerQuiz = pairId(u"score"_s, quiz, f->students.at(1));
    QVERIFY(store()
                .apply(u"t"_s,
                       {cell(0, 0, {{u"points"_s, 9}}), cell(0, 1, {{u"points"_s, 4}, {u"missing"_s, false}}),
                        Change::remove(u"score"_s, scoreId(2, 2)), Change::upsert(u"assignment"_s, quiz, quizFields),
                        Change::upsert(u"score"_s, bakerQuiz,
                                       {{u"class_id"_s, f->classId},
                                        {u"assignment_id"_s, quiz},
                                        {u"student_id"_s, f->students.at(1)},
                                        {u"missing"_s, true}}),
                        Change::upsert(u"assignment"_s, quiz, {{u"title"_s, u"Quiz 1"_s}}),
                        Change::remove(u"assignment"_s, quiz), cell(2, 2, {{u"points"_s, 30}})})
                .ok());
    // HW1 2, HW2 1 (Adams 4; Baker's empty letter), Test 1 (Clark 30); Quiz 1 (Baker's missing cell is filled).
    QCOMPARE(assignmentCounts(), (QStringList{u"2"_s, u"1"_s, u"1"_s}));
    QCOMPARE(rows(u"SELECT filled FROM score_tally_assignment WHERE assignment_id = '%1'"_s.arg(quiz)),
             QStringList{u"1"_s});
    // Adams 2 filled, 0 missing; Baker HW1 + Quiz filled, Quiz deleted: not missing; Clark 1, 0.
    QCOMPARE(studentCounts(), (QStringList{u"2 0"_s, u"2 0"_s, u"1 0"_s}));
    QCOMPARE(mismatches(), 0);
    QCOMPARE(rows(u"SELECT COUNT(*) FROM score_counts_deferred"_s), QStringList{u"0"_s});

    // Batch 3: Quiz back (its missing cell counts again), then Baker's Quiz cell excused in the same batch.
    QVERIFY(store()
                .apply(u"t"_s, {Change::upsert(u"assignment"_s, quiz, quizFields),
                                Change::upsert(u"score"_s, bakerQuiz, {{u"excused"_s, true}})})
                .ok());
    QCOMPARE(studentCounts(), (QStringList{u"2 0"_s, u"2 0"_s, u"1 0"_s}));
    QCOMPARE(mismatches(), 0);
}

void TestWriterTally::failedWriteLeavesTheCounts()
{
    QVERIFY(store().apply(u"t"_s, {cell(0, 0, {{u"missing"_s, true}})}).ok());
    const QStringList before = studentCounts();
    store().writer().setFaultHook([](ChangeWriter::Step s) { return s == ChangeWriter::Step::Audit; });
    QVERIFY(!store().apply(u"t"_s, {cell(0, 0, {{u"points"_s, 3}}), cell(1, 1, {{u"points"_s, 3}})}).ok());
    store().writer().setFaultHook({});
    QCOMPARE(studentCounts(), before);
    QCOMPARE(rows(u"SELECT COUNT(*) FROM score_counts_deferred"_s), QStringList{u"0"_s});
    // The next write starts from clean sums.
    QVERIFY(store().apply(u"t"_s, {cell(1, 1, {{u"points"_s, 3}})}).ok());
    QCOMPARE(studentCounts(), (QStringList{u"1 1"_s, u"1 0"_s, u"0 0"_s}));
    QCOMPARE(mismatches(), 0);
}

void TestWriterTally::otherWritersStillUseTheTriggers()
{
    QVERIFY(store().apply(u"t"_s, {cell(0, 0, {{u"points"_s, 8}})}).ok());
    // A pulled row is written outside ChangeWriter (LocalRowWriter): the triggers count it.
    QSqlQuery q(store().database().connection());
    QVERIFY(q.exec(u"UPDATE score SET points = NULL, missing = 1 WHERE id = '%1'"_s.arg(scoreId(0, 0))));
    QVERIFY(q.exec(u"INSERT INTO score (id, updated_at, class_id, assignment_id, student_id, points) VALUES ('%1', "
                   "'2026-12-06', '%2', '%3', '%4', 5)"_s.arg(scoreId(2, 1), f->classId, f->assignments.at(1),
                                                              f->students.at(2))));
    QCOMPARE(studentCounts(), (QStringList{u"1 1"_s, u"0 0"_s, u"1 0"_s}));
    QCOMPARE(assignmentCounts(), (QStringList{u"1"_s, u"1"_s, u"0"_s}));
    QCOMPARE(mismatches(), 0);
}

QTEST_GUILESS_MAIN(TestWriterTally)
#include "tst_writertally.moc"
