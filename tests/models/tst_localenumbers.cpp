// Scores and percentages in the locale's form (issue 21): with French (or
// Spanish) as the app's locale, as app/main.cpp sets it from the language
// setting, the gradebook shows 9,5 and 95,00 and takes 9,5 and 9.5 typed; in
// English it shows 9.5. Numbers never carry a thousands separator, so what the
// grid shows can be typed back (1500, not 1,500 or 1 500).
#include "tests/common/GradebookFixture.h"

#include "models/itemmodels/GradebookModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestLocaleNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void gradebookInFrench();
    void gradebookInSpanishAndEnglish_data();
    void gradebookInSpanishAndEnglish();
    void noThousandsSeparator_data();
    void noThousandsSeparator();
};

void TestLocaleNumbers::gradebookInFrench()
{
    QLocale::setDefault(QLocale(u"fr_FR"_s));
    test::GradebookFixture f;
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(f.classId);
    QVERIFY(model.setData(model.index(0, 1), u"9,5"_s));  // HW1 9.5/10
    QVERIFY(model.setData(model.index(0, 2), u"8.25"_s)); // HW2 8.25/10: the point still works
    QCOMPARE(f.score(0, 0).points, 9.5);
    QCOMPARE(f.score(0, 1).points, 8.25);
    QCOMPARE(model.index(0, 1).data().toString(), u"9,5"_s);
    QCOMPARE(model.index(0, 2).data().toString(), u"8,25"_s);
    // Homework 17.75 / 20 = 88.75 %; only homework counts so far: the final is the same.
    QCOMPARE(model.index(0, 4).data().toString(), u"88,75"_s);
    QCOMPARE(model.index(0, 6).data().toString(), u"88,75"_s);
    QVERIFY(model.setData(model.index(0, 3), u"1.500"_s)); // '.' groups nothing in French: 1.5
    QCOMPARE(model.index(0, 3).data().toString(), u"1,5"_s);
}

void TestLocaleNumbers::gradebookInSpanishAndEnglish_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("percent");
    QTest::newRow("es 9,5") << u"es_ES"_s << u"9,5"_s << u"9,5"_s << u"95,00"_s;
    QTest::newRow("es 9.5") << u"es_ES"_s << u"9.5"_s << u"9,5"_s << u"95,00"_s;
    QTest::newRow("en 9,5") << u"en_US"_s << u"9,5"_s << u"9.5"_s << u"95.00"_s;
    QTest::newRow("en 9.5") << u"en_US"_s << u"9.5"_s << u"9.5"_s << u"95.00"_s;
}

void TestLocaleNumbers::gradebookInSpanishAndEnglish()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(QString, percent);
    QLocale::setDefault(QLocale(locale));
    test::GradebookFixture f;
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    model.setClassId(f.classId);
    QVERIFY(model.setData(model.index(0, 1), typed));
    QCOMPARE(f.score(0, 0).points, 9.5);
    QCOMPARE(model.index(0, 1).data().toString(), shown);
    QCOMPARE(model.index(0, 4).data().toString(), percent);
}

void TestLocaleNumbers::noThousandsSeparator_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::newRow("en") << u"en_US"_s << u"1500"_s;
    QTest::newRow("es") << u"es_ES"_s << u"1500"_s;
    QTest::newRow("fr") << u"fr_FR"_s << u"1500,5"_s;
}

void TestLocaleNumbers::noThousandsSeparator()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QLocale::setDefault(QLocale(locale));
    test::GradebookFixture f;
    Assignment big;
    big.classId = f.classId;
    big.title = u"Project"_s;
    big.pointsPossible = 1000;
    big.categoryId = f.tests;
    big.position = 3;
    QVERIFY(AssignmentRepository(f.profile.store()).create(big, u"x"_s).ok());
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    model.setClassId(f.classId);
    int column = -1;
    for (int c = 1; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString().startsWith(u"Project"_s))
            column = c;
    }
    QVERIFY(column > 0);
    QVERIFY(model.setData(model.index(0, column), typed));
    const QString shown = model.index(0, column).data().toString();
    QCOMPARE(shown, typed); // 1500 (1500,5 in French), never 1,500 or 1 500
    QVERIFY(model.headerData(column, Qt::Horizontal).toString().contains(u"1000 pts"_s));
    // What the grid shows can be typed back and means the same.
    QVERIFY(model.setData(model.index(0, column), shown));
    QCOMPARE(model.index(0, column).data().toString(), typed);
}

QTEST_GUILESS_MAIN(TestLocaleNumbers)
#include "tst_localenumbers.moc"
