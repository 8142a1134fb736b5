// The class list and roster item models, checked by QAbstractItemModelTester.
#include "tests/common/TestSupport.h"

#include "models/itemmodels/ClassListModel.h"
#include "models/itemmodels/RosterModel.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/StudentRepository.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classListFollowsTheStore();
    void rosterFollowsTheStore();
};

void TestItemModels::classListFollowsTheStore()
{
    test::TempProfile p;
    ClassListModel model(p.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    ClassRepository repo(p.store());
    SchoolClass b;
    b.name = u"Biology"_s;
    b.period = u"2"_s;
    const QString bio = *repo.create(b, u"x"_s);
    SchoolClass a;
    a.name = u"algebra"_s;
    QVERIFY(repo.create(a, u"x"_s).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data().toString(), u"algebra"_s); // case-insensitive order
    QCOMPARE(model.index(1).data().toString(), u"Biology (period 2)"_s);
    QCOMPARE(model.index(1).data(ClassListModel::IdRole).toString(), bio);
    QVERIFY(repo.setArchived(bio, true).ok());
    QCOMPARE(model.rowCount(), 1);
    model.setShowArchived(true);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(model.rowOf(bio)).data(ClassListModel::ArchivedRole).toBool());
}

void TestItemModels::rosterFollowsTheStore()
{
    test::TempProfile p;
    SchoolClass c;
    c.name = u"Art"_s;
    const QString classId = *ClassRepository(p.store()).create(c, u"x"_s);
    RosterModel model(p.store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(classId);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 5);
    Student s;
    s.givenName = u"Frida"_s;
    s.familyName = u"Kahlo"_s;
    s.studentNumber = u"5"_s;
    const QString id = *StudentRepository(p.store()).enrollOne(s, classId, u"x"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"Kahlo"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"Frida"_s);
    QCOMPARE(model.index(0, 2).data().toString(), u"5"_s);
    QCOMPARE(model.index(0, 0).data(RosterModel::IdRole).toString(), id);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Family name"_s);
    QVERIFY(StudentRepository(p.store()).unenroll(classId, {id}, u"x"_s).ok());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
