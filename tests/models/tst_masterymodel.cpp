// MasteryModel over a small class, checked by QAbstractItemModelTester: the
// cells, the level role and colours, the evidence tooltip, the headers, a
// method chosen in the view, and reloading when an action writes.
#include "tests/common/TestSupport.h"

#include "models/actions/Actions.h"
#include "models/itemmodels/MasteryModel.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/StudentRepository.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestMasteryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cellsAndHeaders();
    void tooltipListsEvidenceInOrder();
    void methodChosenInTheView();
    void reloadsOnActions();
    void levelColoursAreDistinctAndLight();
    void scoresInTheLocalesForm();

private:
    Store &store() { return m_profile->store(); }

    std::unique_ptr<test::TempProfile> m_profile;
    QString m_classId;
    QStringList m_students;
    QStringList m_standards; // RL.1, RL.2
    QList<Assignment> m_assignments;
};

void TestMasteryModel::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    Actions actions(store());
    SchoolClass c;
    c.name = u"ELA 7"_s;
    c.masteryMethod = u"decaying_average"_s;
    c.masteryParam = 65;
    m_classId = *actions.classes().create(c);
    QList<Student> roster;
    for (const auto &[family, number] : {std::pair{u"Adams"_s, u"701"_s}, std::pair{u"Baker"_s, u"702"_s}}) {
        Student st;
        st.givenName = u"Ana"_s;
        st.familyName = family;
        st.studentNumber = number;
        roster.append(st);
    }
    QVERIFY(StudentRepository(store()).enroll(roster, m_classId, u"x"_s));
    m_students.clear();
    for (const Student &st : StudentRepository(store()).enrolledIn(m_classId))
        m_students.append(st.id);
    m_standards = {*actions.standards().add(m_classId, u"RL.1"_s, u"Cite textual evidence"_s),
                   *actions.standards().add(m_classId, u"RL.2"_s, u"Determine a theme"_s)};
    m_assignments.clear();
    for (int k = 1; k <= 4; ++k) {
        Assignment a;
        a.classId = m_classId;
        a.title = u"Task %1"_s.arg(k);
        a.dueDate = QDate(2026, 9, k);
        a.id = *actions.assignments().add(a);
        m_assignments.append(a);
        // Adams on RL.1: 1, 2, 3, 4 -> decaying 65 % = 3.48
        QVERIFY(actions.standards().setLevel(a, m_students.at(0), m_standards.at(0), k));
    }
    // Baker on RL.2: one score, 2.
    QVERIFY(actions.standards().setLevel(m_assignments.at(0), m_students.at(1), m_standards.at(1), 2));
}

void TestMasteryModel::cellsAndHeaders()
{
    MasteryModel model(store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(m_classId);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"3.48"_s);
    QCOMPARE(model.index(0, 0).data(MasteryModel::LevelRole).toString(), u"Proficient"_s);
    QCOMPARE(model.index(0, 0).data(MasteryModel::ScoreRole).toDouble(), 3.48);
    QCOMPARE(model.index(0, 1).data().toString(), QString()); // no evidence
    QVERIFY(model.index(0, 1).data(MasteryModel::LevelRole).toString().isEmpty());
    QVERIFY(!model.index(0, 1).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(1, 1).data().toString(), u"2.00"_s);
    QCOMPARE(model.index(1, 1).data(MasteryModel::LevelRole).toString(), u"Developing"_s);
    QCOMPARE(model.index(0, 0).data(Qt::BackgroundRole).value<QBrush>().color(), MasteryModel::levelColor(2));
    QCOMPARE(model.index(1, 1).data(Qt::BackgroundRole).value<QBrush>().color(), MasteryModel::levelColor(1));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"RL.1"_s);
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(), u"Determine a theme"_s);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"Adams, Ana"_s);
    QCOMPARE(model.headerData(1, Qt::Vertical, MasteryModel::StudentIdRole).toString(), m_students.at(1));
}

void TestMasteryModel::tooltipListsEvidenceInOrder()
{
    MasteryModel model(store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(m_classId);
    const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Decaying average (rate 65 %)"_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"Mastery: 3.48 (Proficient)"_s), qPrintable(tip));
    int last = -1;
    for (int k = 1; k <= 4; ++k) {
        const int at = tip.indexOf(u"Task %1"_s.arg(k));
        QVERIFY2(at > last, qPrintable(tip));
        last = at;
    }
    QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(u"No evidence yet."_s));
}

void TestMasteryModel::methodChosenInTheView()
{
    MasteryModel model(store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(m_classId);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMethod(Mastery::Method::WeightedAverage, 65.0); // 0.65 x 4 + 0.35 x 2 = 3.30
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"3.30"_s);
    model.setMethod(Mastery::Method::Highest);
    QCOMPARE(model.index(0, 0).data().toString(), u"4.00"_s);
    QCOMPARE(model.index(0, 0).data(MasteryModel::LevelRole).toString(), u"Exceeding"_s);
    model.setMethod(std::nullopt); // back to the class's
    QCOMPARE(model.index(0, 0).data().toString(), u"3.48"_s);
}

void TestMasteryModel::reloadsOnActions()
{
    MasteryModel model(store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(m_classId);
    Actions actions(store());
    QVERIFY(actions.standards().setLevel(m_assignments.at(1), m_students.at(1), m_standards.at(1), 4));
    QCOMPARE(model.index(1, 1).data().toString(), u"3.30"_s); // decaying: .35 x 2 + .65 x 4
    QVERIFY(actions.standards().add(m_classId, u"RL.3"_s));
    QCOMPARE(model.columnCount(), 3);
    QVERIFY(actions.standards().clearLevel(m_assignments.at(0), m_students.at(1), m_standards.at(1)));
    QCOMPARE(model.index(1, 1).data().toString(), u"4.00"_s);
    // A write to the class (its method may have changed) reloads.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(ClassRepository(store()).rename(m_classId, u"ELA 7B"_s));
    QCOMPARE(reset.count(), 1);
}

void TestMasteryModel::levelColoursAreDistinctAndLight()
{
    QSet<QRgb> seen;
    for (int i = 0; i < 4; ++i) {
        const QColor c = MasteryModel::levelColor(i);
        QVERIFY(c.isValid());
        seen.insert(c.rgb());
        // Relative luminance high enough that black text stays above 4.5:1.
        QVERIFY2(c.lightnessF() > 0.8, qPrintable(c.name()));
    }
    QCOMPARE(seen.size(), 4);
    QVERIFY(!MasteryModel::levelColor(-1).isValid());
}

// Issue 21: in French (the teacher's language sets the default locale) 3,48, not 3.48.
void TestMasteryModel::scoresInTheLocalesForm()
{
    QLocale::setDefault(QLocale(u"fr_FR"_s));
    const auto reset = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    MasteryModel model(store());
    model.setClassId(m_classId);
    QCOMPARE(model.index(0, 0).data().toString(), u"3,48"_s);
    QCOMPARE(model.index(1, 1).data().toString(), u"2,00"_s);
    QVERIFY2(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"3,48"_s),
             qPrintable(model.index(0, 0).data(Qt::ToolTipRole).toString()));
}

QTEST_GUILESS_MAIN(TestMasteryModel)
#include "tst_masterymodel.moc"
