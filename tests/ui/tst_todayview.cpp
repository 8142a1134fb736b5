// The Today page on a small profile (Wednesday 9 December 2026): its sections,
// what each item opens, the
// one-click lesson for a day without a plan, and a live update when a grade is
// typed; counts digit-grouped in English, Spanish and French. K12_SCREENSHOT=FILE
// saves the page as shown.
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "kernel/domain/Entities.h"
#include "kernel/domain/Ids.h"
#include "models/store/Store.h"
#include "models/today/CountText.h"
#include "ui/today/TodayView.h"

#include <QLocale>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestTodayView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { Clock::reset(); }
    void sectionsAndItems();
    void itemsOpenWhatTheyName();
    void noPlanCreatesTheLesson();
    void updatesLive();
    void groupedCounts();
    void countsInTheLocale_data();
    void countsInTheLocale();

private:
    QTreeWidgetItem *find(const QString &text) const;
    void apply(const ChangeList &changes) { QVERIFY(m_profile->store().apply(u"test"_s, changes)); }

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<TodayView> m_view;
    QString m_algebra, m_biology, m_ben, m_quiz, m_lesson, m_bioUnit;
};

void TestTodayView::init()
{
    test::setToday(QDate(2026, 12, 9));
    m_profile = std::make_unique<test::TempProfile>();
    ChangeList c;
    auto add = [&](const QString &entity, const QVariantMap &fields, QString id = {}) {
        id = id.isEmpty() ? newId() : id;
        c.append(Change::upsert(entity, id, fields));
        return id;
    };
    SchoolClass a;
    a.name = u"Algebra 1"_s;
    m_algebra = add(u"class"_s, a.toFields());
    a.name = u"Biology"_s;
    m_biology = add(u"class"_s, a.toFields());
    Student st;
    st.givenName = u"Ben"_s;
    st.familyName = u"Okafor"_s;
    m_ben = add(u"student"_s, st.toFields());
    add(u"enrollment"_s, Enrollment{{}, 0, m_algebra, m_ben, u"active"_s}.toFields(),
        pairId(u"enrollment"_s, m_algebra, m_ben));
    UnitPlan u;
    u.classId = m_algebra;
    u.title = u"Linear functions"_s;
    u.startDate = QDate(2026, 12, 7);
    u.endDate = QDate(2026, 12, 18);
    const QString unit = add(u"unit_plan"_s, u.toFields());
    u.classId = m_biology;
    u.title = u"The cell"_s;
    m_bioUnit = add(u"unit_plan"_s, u.toFields());
    Lesson l;
    l.classId = m_algebra;
    l.unitId = unit;
    l.title = u"Slopes"_s;
    l.date = QDate(2026, 12, 9);
    m_lesson = add(u"lesson"_s, l.toFields());
    for (int i = 0; i < 4; ++i) {
        Assignment as;
        as.classId = m_algebra;
        as.title = u"Quiz %1"_s.arg(i + 1);
        as.pointsPossible = 10;
        as.dueDate = QDate(2026, 12, 1 + i);
        const QString id = add(u"assignment"_s, as.toFields());
        if (i == 0)
            m_quiz = id;
        else {
            Score s;
            s.classId = m_algebra;
            s.assignmentId = id;
            s.studentId = m_ben;
            s.missing = true;
            add(u"score"_s, s.toFields(), Score::idFor(id, m_ben));
        }
    }
    apply(c);
    m_view = std::make_unique<TodayView>(m_profile->store());
    m_view->resize(760, 560);
}

QTreeWidgetItem *TestTodayView::find(const QString &text) const
{
    const QList<QTreeWidgetItem *> found = m_view->tree()->findItems(text, Qt::MatchStartsWith | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : found.first();
}

void TestTodayView::sectionsAndItems()
{
    // No QAbstractItemModelTester here: the model is QTreeWidget's own, and the tester (Qt 6.4)
    // fails its "childIndex != childIndex1" check on this tree; not investigated yet.
    QTreeWidget *tree = m_view->tree();
    QCOMPARE(tree->topLevelItemCount(), 6);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Today's lessons (2)"_s);
    QCOMPARE(tree->topLevelItem(3)->text(0), u"Ungraded, past due (1)"_s); // Quiz 1: Ben's cell is empty
    QCOMPARE(tree->topLevelItem(4)->text(0), u"Students with missing work (1)"_s);
    QCOMPARE(tree->topLevelItem(4)->child(0)->text(0), u"Ben Okafor"_s);
    QVERIFY(!tree->accessibleName().isEmpty());
    if (qEnvironmentVariableIsSet("K12_SCREENSHOT")) {
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(m_view->grab().save(qEnvironmentVariable("K12_SCREENSHOT")));
    }
}

void TestTodayView::itemsOpenWhatTheyName()
{
    QSignalSpy lessons(m_view.get(), &TodayView::openLesson);
    QSignalSpy assignments(m_view.get(), &TodayView::openAssignment);
    QSignalSpy students(m_view.get(), &TodayView::openStudent);
    QSignalSpy syncState(m_view.get(), &TodayView::openSyncStatus);
    QSignalSpy problems(m_view.get(), &TodayView::openSyncProblems);
    QSignalSpy rejected(m_view.get(), &TodayView::openRejectedChanges);
    QTreeWidget *tree = m_view->tree();
    // Keyboard: the lesson is current, Enter opens it.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    tree->setFocus();
    tree->setCurrentItem(find(u"Slopes"_s));
    QTest::keyClick(tree, Qt::Key_Return);
    QCOMPARE(lessons.size(), 1);
    QCOMPARE(lessons.at(0).at(2).toString(), m_lesson);
    Q_EMIT tree->itemActivated(tree->topLevelItem(3)->child(0), 0);
    QCOMPARE(assignments.size(), 1);
    QCOMPARE(assignments.at(0).at(1).toString(), m_quiz);
    Q_EMIT tree->itemActivated(find(u"Ben Okafor"_s), 0);
    QCOMPARE(students.at(0).at(0).toString(), m_algebra);
    QCOMPARE(students.at(0).at(1).toString(), m_ben);
    Q_EMIT tree->itemActivated(tree->topLevelItem(5)->child(0), 0); // "Working on this computer only"
    QCOMPARE(syncState.size(), 1);
    QCOMPARE(problems.size(), 0);
    // A conflict opens the sync problems, a refused change the rejected changes.
    QSqlQuery q(m_profile->store().database().connection());
    QVERIFY(q.exec(u"INSERT INTO conflict (id, entity, row_id, field, mine, server, detected_at) VALUES ('c1', "
                   "'score', 'r1', 'points', '8', '9', '2026-12-08T10:00:00.000Z')"_s));
    QVERIFY(q.exec(u"UPDATE outbox SET state = 'rejected' WHERE seq = (SELECT MIN(seq) FROM outbox)"_s));
    m_view->refresh();
    QTreeWidgetItem *conflict = find(u"1 conflict"_s); // "(s)" without the English translation loaded
    QVERIFY(conflict);
    Q_EMIT tree->itemActivated(conflict, 0);
    QCOMPARE(problems.size(), 1);
    const QList<QTreeWidgetItem *> refused =
        tree->findItems(u"rejected by the server"_s, Qt::MatchContains | Qt::MatchRecursive);
    QCOMPARE(refused.size(), 1);
    Q_EMIT tree->itemActivated(refused.first(), 0);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(syncState.size(), 1);
}

void TestTodayView::noPlanCreatesTheLesson()
{
    QSignalSpy lessons(m_view.get(), &TodayView::openLesson);
    QTreeWidgetItem *open = m_view->tree()->topLevelItem(0)->child(1); // Biology today
    QCOMPARE(open->text(1), u"Biology"_s);
    const qint64 before = test::countRows(m_profile->store(), u"lesson"_s);
    Q_EMIT m_view->tree()->itemActivated(open, 0);
    QCOMPARE(test::countRows(m_profile->store(), u"lesson"_s), before + 1);
    QCOMPARE(lessons.size(), 1);
    QCOMPARE(lessons.at(0).at(1).toString(), m_bioUnit);
    QCOMPARE(test::countRows(m_profile->store(), u"lesson"_s,
                             u"id = '%1' AND date = '2026-12-09'"_s.arg(lessons.at(0).at(2).toString())),
             1);
    // Today now lists it as a lesson, not as a day without a plan.
    QCOMPARE(m_view->report().lessonsToday.size(), 2);
    QVERIFY(!m_view->report().lessonsToday.at(1).noPlan());
}

void TestTodayView::updatesLive()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QCOMPARE(m_view->report().ungradedPastDue.size(), 1);
    Score s;
    s.classId = m_algebra;
    s.assignmentId = m_quiz;
    s.studentId = m_ben;
    s.points = 8;
    apply({Change::upsert(u"score"_s, Score::idFor(m_quiz, m_ben), s.toFields())});
    QTRY_COMPARE(m_view->report().ungradedPastDue.size(), 0);
    QCOMPARE(m_view->tree()->topLevelItem(3)->text(0), u"Ungraded, past due (0)"_s);

    // Hidden (a class's page is on screen), it does not rebuild for nobody;
    // shown again, it catches up.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->hide();
    s.points.reset();
    apply({Change::upsert(u"score"_s, Score::idFor(m_quiz, m_ben), s.toFields())});
    QTest::qWait(400); // past the coalescing delay (150 ms)
    QCOMPARE(m_view->report().ungradedPastDue.size(), 0);
    m_view->show();
    QCOMPARE(m_view->report().ungradedPastDue.size(), 1);
}

// Qt 6.4 wrote 1456528 in Spanish as "1456.528" (its minimum grouping digits applied to the leading group).
void TestTodayView::groupedCounts()
{
    const QLocale es(u"es"_s), en(u"en_US"_s), fr(u"fr"_s);
    QCOMPARE(CountText::grouped(1234, es), u"1234"_s); // Spanish leaves four digits whole
    QCOMPARE(CountText::grouped(12345, es), u"12.345"_s);
    QCOMPARE(CountText::grouped(1456528, es), u"1.456.528"_s);
    QCOMPARE(CountText::grouped(-1456528, es), u"-1.456.528"_s);
    QCOMPARE(CountText::grouped(999, en), u"999"_s);
    QCOMPARE(CountText::grouped(1456528, en), u"1,456,528"_s);
    QCOMPARE(CountText::grouped(1456528, fr), u"1\u202f456\u202f528"_s);
    QCOMPARE(CountText::mended(u"1456.528 cambios en espera"_s, 1456528, es), u"1.456.528 cambios en espera"_s);
    QCOMPARE(CountText::mended(u"3 cambios"_s, 3, es), u"3 cambios"_s);
}

void TestTodayView::countsInTheLocale_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("waiting");
    QTest::addColumn<QString>("missing");
    QTest::newRow("en") << u"en"_s << u"1,456,528 changes waiting"_s << u"3 missing"_s;
    QTest::newRow("es") << u"es"_s << u"1.456.528 cambios en espera"_s << u"3 no entregadas"_s;
    QTest::newRow("fr") << u"fr"_s << u"1\u202f456\u202f528 modifications en attente"_s << u"3 non rendus"_s;
}

// "1456528 changes waiting" was hard to read: every count is written the locale's way, in its words.
void TestTodayView::countsInTheLocale()
{
    QFETCH(QString, language);
    QFETCH(QString, waiting);
    QFETCH(QString, missing);
    const QLocale before;
    QLocale::setDefault(QLocale(language));
    QTranslator translator;
    QVERIFY2(translator.load(u"k12_teacher_"_s + language, QStringLiteral(K12_QM_DIR)),
             qPrintable(u"k12_teacher_"_s + language + u".qm is not in " K12_QM_DIR));
    QCoreApplication::installTranslator(&translator);
    const auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    });
    // The outbox's pending count as its triggers keep it, for a profile that has not synced for a long time.
    QSqlQuery q(m_profile->store().database().connection());
    QVERIFY(q.exec(u"INSERT INTO outbox_tally (state, rows) VALUES ('pending', 1456528) "
                   "ON CONFLICT (state) DO UPDATE SET rows = excluded.rows"_s));
    TodayView view(m_profile->store());
    QTreeWidget *tree = view.tree();
    QTreeWidgetItem *sync = tree->topLevelItem(5);
    QVERIFY(sync && sync->childCount() > 0);
    QCOMPARE(sync->child(0)->text(2), waiting);
    QTreeWidgetItem *students = tree->topLevelItem(4);
    QVERIFY(students && students->childCount() == 1);
    QCOMPARE(students->child(0)->text(2), missing);
}

QTEST_MAIN(TestTodayView)
#include "tst_todayview.moc"
