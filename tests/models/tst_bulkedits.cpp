// Bulk grading operations: values, flags, one undo step each that restores
// exactly, and the outbox and audit log they leave.
#include "tests/common/GradebookFixture.h"

#include "models/grading/BulkEdits.h"
#include "models/grading/Curve.h"
#include "models/itemmodels/GradebookModel.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

QList<QVariantMap> snapshot(test::GradebookFixture &f)
{
    QList<QVariantMap> all;
    for (int s = 0; s < 3; ++s)
        for (int a = 0; a < 3; ++a)
            all.append(f.score(s, a).toFields());
    return all;
}

QList<CellRef> block(int top, int left, int bottom, int right)
{
    QList<CellRef> cells;
    for (int s = top; s <= bottom; ++s)
        for (int a = left; a <= right; ++a)
            cells.append({s, a});
    return cells;
}

} // namespace

class TestBulkEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void setTextAcrossAssignments();
    void fillEmptySkipsGradedAndFlagged();
    void fillDownCopiesTopCell();
    void commentForAll();
    void copyAsTabSeparated();
    void pastePositional();
    void pasteWithHeaderAndStudentColumn();
    void pasteBadCellWritesNothing();
    void pasteTooWideOrTall();
    void curveAddScaleMap();
    void everyOperationIsOneUndoStep();
    void publishAndHide();

private:
    std::unique_ptr<test::GradebookFixture> f;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<GradebookModel> model;
    const GradebookData &data() { return model->gradebook(); }
    bool write(const Result<QList<Score>> &scores, const QString &label = u"Bulk"_s)
    {
        return model->actions().grades().writeScores(data(), scores, label, u"grade.bulk"_s).ok();
    }
};

void TestBulkEdits::init()
{
    f = std::make_unique<test::GradebookFixture>();
    stack = std::make_unique<QUndoStack>();
    model = std::make_unique<GradebookModel>(f->profile.store(), stack.get());
    model->setClassId(f->classId);
}

void TestBulkEdits::cleanup()
{
    model.reset();
    stack.reset();
    f.reset();
}

void TestBulkEdits::setTextAcrossAssignments()
{
    QVERIFY(write(BulkEdits::applyText(data(), block(0, 0, 2, 2), u"80%"_s)));
    QCOMPARE(*f->score(0, 0).points, 8.0);  // 80 % of 10
    QCOMPARE(*f->score(2, 2).points, 40.0); // 80 % of 50
    Result<QList<Score>> tooMuch = BulkEdits::applyText(data(), block(0, 0, 0, 2), u"25"_s);
    QVERIFY(!tooMuch);
    QVERIFY(tooMuch.error().contains(u"HW1"_s));
}

void TestBulkEdits::fillEmptySkipsGradedAndFlagged()
{
    QVERIFY(model->setData(model->index(0, 1), u"7"_s));
    QVERIFY(model->setData(model->index(1, 1), u"M"_s));
    QVERIFY(model->setData(model->index(2, 1), u"EX"_s));
    Result<QList<Score>> fill = BulkEdits::fillEmpty(data(), block(0, 0, 2, 1), 10);
    QVERIFY(fill.ok());
    QCOMPARE(fill->size(), 3); // HW2 of all three
    QVERIFY(write(fill));
    QCOMPARE(*f->score(0, 0).points, 7.0);
    QVERIFY(f->score(1, 0).missing);
    QVERIFY(f->score(2, 0).excused);
    QCOMPARE(*f->score(1, 1).points, 10.0);
    QVERIFY(!BulkEdits::fillEmpty(data(), block(0, 2, 2, 2), 101)); // above 2 x 50
}

void TestBulkEdits::fillDownCopiesTopCell()
{
    QVERIFY(model->setData(model->index(0, 3), u"45"_s));
    QVERIFY(model->actions().grades().edit(data(), {CellRef{0, 2}}, ScoreEdit::late(true, 1), u"Late"_s));
    QVERIFY(write(BulkEdits::fillDown(data(), block(0, 2, 2, 2))));
    for (int s = 1; s < 3; ++s) {
        QCOMPARE(*f->score(s, 2).points, 45.0);
        QVERIFY(f->score(s, 2).late);
        QCOMPARE(f->score(s, 2).daysLate, 1);
    }
}

void TestBulkEdits::commentForAll()
{
    QVERIFY(write(BulkEdits::comment(data(), block(0, 0, 2, 0), u"Lab report: see rubric"_s)));
    for (int s = 0; s < 3; ++s)
        QCOMPARE(f->score(s, 0).comment, u"Lab report: see rubric"_s);
    QVERIFY(!f->score(0, 0).points.has_value()); // a comment alone does not grade
}

void TestBulkEdits::copyAsTabSeparated()
{
    QVERIFY(model->setData(model->index(0, 1), u"7.5"_s));
    QVERIFY(model->setData(model->index(1, 1), u"M"_s));
    QVERIFY(model->setData(model->index(1, 2), u"EX"_s));
    QCOMPARE(BulkEdits::copy(data(), block(0, 0, 1, 1)), u"7.5\t\nM\tEX\n"_s);
}

void TestBulkEdits::pastePositional()
{
    // As Excel puts it on the clipboard: CRLF rows, tab cells, a decimal comma.
    Result<QList<Score>> p = BulkEdits::paste(data(), 1, 0, u"9\t8,5\r\nM\tEX\r\n"_s);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    QVERIFY(write(p));
    QCOMPARE(*f->score(1, 0).points, 9.0);
    QCOMPARE(*f->score(1, 1).points, 8.5);
    QVERIFY(f->score(2, 0).missing);
    QVERIFY(f->score(2, 1).excused);
    QVERIFY(!f->score(0, 0).points.has_value());
}

void TestBulkEdits::pasteWithHeaderAndStudentColumn()
{
    // A header row names the assignments; the key column names students in another order.
    Result<QList<Score>> p = BulkEdits::paste(data(), 0, 0, u"Student Number\tTest\tHW2\n103\t41\t\n101\t50\t6\n"_s);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    QVERIFY(write(p));
    QCOMPARE(*f->score(2, 2).points, 41.0);
    QCOMPARE(*f->score(0, 2).points, 50.0);
    QCOMPARE(*f->score(0, 1).points, 6.0);
    QVERIFY(!f->score(2, 1).points.has_value()); // a blank cell leaves the grade alone
    Result<QList<Score>> byName = BulkEdits::paste(data(), 0, 0, u"Name\tHW1\nSam Baker\t3\n"_s);
    QVERIFY2(byName.ok(), qPrintable(byName.error()));
    QCOMPARE(byName->size(), 1);
    QCOMPARE(byName->constFirst().studentId, f->students.at(1));
}

void TestBulkEdits::pasteBadCellWritesNothing()
{
    const qint64 outbox = test::countRows(f->profile.store(), u"outbox"_s);
    Result<QList<Score>> p = BulkEdits::paste(data(), 0, 0, u"5\t6\n7\tseven\n"_s);
    QVERIFY(!p.ok());
    QVERIFY2(p.error().contains(u"row 2, column 2"_s), qPrintable(p.error()));
    QVERIFY(p.error().contains(u"Baker"_s) && p.error().contains(u"HW2"_s));
    QVERIFY(!write(p));
    QCOMPARE(test::countRows(f->profile.store(), u"outbox"_s), outbox);
    QVERIFY(!f->score(0, 0).points.has_value()); // the good first row was not written either
    Result<QList<Score>> unknown = BulkEdits::paste(data(), 0, 0, u"Student Number\tHW1\n999\t5\n"_s);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().contains(u"999"_s));
}

void TestBulkEdits::pasteTooWideOrTall()
{
    QVERIFY(!BulkEdits::paste(data(), 0, 2, u"1\t2\n"_s).ok()); // from the last assignment column
    QVERIFY(!BulkEdits::paste(data(), 2, 0, u"1\n2\n"_s).ok()); // below the last student
}

void TestBulkEdits::curveAddScaleMap()
{
    QVERIFY(model->setData(model->index(0, 3), u"40"_s));
    QVERIFY(model->setData(model->index(1, 3), u"30"_s));
    QVERIFY(model->setData(model->index(2, 3), u"EX"_s)); // left out of the curve
    Curve::Spec add;
    add.amount = 12;
    Result<Curve::Preview> p = Curve::preview(data(), 2, add);
    QVERIFY(p.ok());
    QCOMPARE(p->graded, 2);
    QCOMPARE(p->meanBefore, 35.0);
    QCOMPARE(p->meanAfter, 46.0); // 52 capped to 50, and 42
    QCOMPARE(p->capped, 1);
    add.allowAbovePossible = true;
    QCOMPARE(Curve::preview(data(), 2, add)->meanAfter, 47.0);

    Curve::Spec scale;
    scale.kind = Curve::Kind::ScaleToMean;
    scale.targetMean = 42;
    p = Curve::preview(data(), 2, scale);
    QCOMPARE(p->meanAfter, 42.0); // 48 and 36
    QCOMPARE(*p->scores.at(0).points, 48.0);

    Curve::Spec map;
    map.kind = Curve::Kind::LinearMap;
    map.fromLow = 30;
    map.fromHigh = 40;
    map.toLow = 35;
    map.toHigh = 50;
    p = Curve::preview(data(), 2, map);
    QCOMPARE(*p->scores.at(0).points, 50.0);
    QCOMPARE(*p->scores.at(1).points, 35.0);
    QVERIFY(write(p->scores, u"Curve"_s));
    QCOMPARE(*f->score(1, 2).points, 35.0);
    QVERIFY(f->score(2, 2).excused);
    QVERIFY(!Curve::preview(data(), 0, add).ok()); // nothing graded in HW1
}

void TestBulkEdits::everyOperationIsOneUndoStep()
{
    QVERIFY(model->setData(model->index(0, 1), u"5"_s));
    QVERIFY(model->setData(model->index(2, 3), u"20"_s));
    stack->clear();
    const QList<QVariantMap> before = snapshot(*f);
    const qint64 outboxBefore = test::countRows(f->profile.store(), u"outbox"_s);
    const qint64 auditBefore = test::countRows(f->profile.store(), u"audit_log"_s);

    QVERIFY(write(BulkEdits::applyText(data(), block(0, 0, 2, 2), u"M"_s)));
    QCOMPARE(stack->count(), 1);
    // One mutation and one audit entry per changed cell: 9 cells.
    QCOMPARE(test::countRows(f->profile.store(), u"outbox"_s), outboxBefore + 9);
    QCOMPARE(test::countRows(f->profile.store(), u"audit_log"_s, u"action = 'grade.bulk'"_s), 9);
    QVERIFY(test::countRows(f->profile.store(), u"audit_log"_s) == auditBefore + 9);
    const QList<QVariantMap> after = snapshot(*f);
    stack->undo();
    QCOMPARE(snapshot(*f), before);
    QCOMPARE(model->index(0, 1).data().toString(), u"5"_s);
    stack->redo();
    QCOMPARE(snapshot(*f), after);
    QCOMPARE(model->index(0, 1).data().toString(), u"M"_s);
}

void TestBulkEdits::publishAndHide()
{
    QCOMPARE(*model->actions().assignments().setPublished({data().assignments.at(0), data().assignments.at(1)}, false),
             2);
    QCOMPARE(stack->count(), 1);
    QVERIFY(!AssignmentRepository(f->profile.store()).find(f->assignments.at(0))->published);
    QVERIFY(!AssignmentRepository(f->profile.store()).find(f->assignments.at(1))->published);
    stack->undo();
    QVERIFY(AssignmentRepository(f->profile.store()).find(f->assignments.at(1))->published);
}

QTEST_MAIN(TestBulkEdits)
#include "tst_bulkedits.moc"
