// Guardians on the roster: the actions (add, edit, link a sibling, unlink,
// remove) with undo, audit and outbox; the queries of a student and a class;
// and the roster CSV's guardian columns in the spellings school systems use,
// with every bad value named by file, line and column.
#include "tests/common/TestSupport.h"

#include "kernel/csv/GuardianColumns.h"
#include "kernel/csv/RosterImport.h"
#include "models/actions/Actions.h"
#include "models/itemmodels/RosterModel.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/GuardianRepository.h"
#include "models/repositories/StudentRepository.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestGuardians : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addLinksToTheStudentInOneStep();
    void siblingsShareOneGuardianByEmail();
    void editIsCheckedAndUndoable();
    void unlinkRemovesAGuardianLeftAlone();
    void removeTakesEveryLinkAndUndoBringsThemBack();
    void badGuardiansAreRefusedWithClearWords();
    void rosterModelShowsGuardians();
    void nameSplitting();
    void languageCodes();
    void headerSpellingsOfSchoolSystems_data();
    void headerSpellingsOfSchoolSystems();
    void importReadsGuardianColumns();
    void importMatchesSiblingsByEmailAndWritesOnce();
    void powerSchoolGuardianEmailGoesToMotherAndFather();
    void importProblemsNameFileLineAndColumn();
    void badGuardianImportsNothing();
    void walkthroughAddsTheFilesGuardians();

private:
    Actions actions() { return Actions(m_profile->store(), m_undo.get()); }
    QString addStudent(const QString &given, const QString &family, const QString &number);
    static Guardian guardian(const QString &given, const QString &family, const QString &email = {});
    qint64 live(const QString &table) { return test::countRows(m_profile->store(), table, u"deleted = 0"_s); }
    CsvTable table(const QByteArray &csv) const;

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<QUndoStack> m_undo;
    QString m_classId;
};

void TestGuardians::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_undo = std::make_unique<QUndoStack>();
    SchoolClass c;
    c.name = u"Biology 7"_s;
    m_classId = *ClassRepository(m_profile->store()).create(c, u"x"_s);
}

void TestGuardians::cleanup()
{
    m_undo.reset();
    m_profile.reset();
}

QString TestGuardians::addStudent(const QString &given, const QString &family, const QString &number)
{
    Student s;
    s.givenName = given;
    s.familyName = family;
    s.studentNumber = number;
    Result<QString> id = Actions(m_profile->store()).roster().addStudent(s, m_classId);
    if (!id)
        qFatal("%s", qPrintable(id.error()));
    return *id;
}

Guardian TestGuardians::guardian(const QString &given, const QString &family, const QString &email)
{
    Guardian g;
    g.givenName = given;
    g.familyName = family;
    g.email = email;
    return g;
}

CsvTable TestGuardians::table(const QByteArray &csv) const
{
    Result<CsvTable> t = CsvReader::parse(csv, u"roster.csv"_s);
    if (!t)
        qFatal("%s", qPrintable(t.error()));
    return *t;
}

void TestGuardians::addLinksToTheStudentInOneStep()
{
    const QString ana = addStudent(u"Ana"_s, u"López"_s, u"101"_s);
    const qint64 outbox = test::countRows(m_profile->store(), u"outbox"_s);
    Guardian g = guardian(u"María"_s, u"López"_s, u"maria@example.org"_s);
    g.relationship = u"Mother"_s;
    g.language = u"es"_s;
    g.phone = u"555-0101"_s;
    Result<GuardianActions::Added> added = actions().guardians().add(g, ana);
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY(!added->existing);
    // The guardian and its link: two rows, two mutations, two audit entries, one undo step.
    QCOMPARE(live(u"guardian"_s), 1);
    QCOMPARE(live(u"student_guardian"_s), 1);
    QCOMPARE(test::countRows(m_profile->store(), u"outbox"_s), outbox + 2);
    QCOMPARE(test::countRows(m_profile->store(), u"audit_log"_s, u"action = 'guardian.add'"_s), 2);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->undoText(), u"Add Guardian"_s);
    const QList<Guardian> of = GuardianRepository(m_profile->store()).ofStudent(ana);
    QCOMPARE(of.size(), 1);
    QCOMPARE(of.first().id, added->guardianId);
    QCOMPARE(of.first().language, u"es"_s);
    QCOMPARE(of.first().phone, u"555-0101"_s);
    QVERIFY(of.first().receivesReports);
    QVERIFY(m_profile->store().row(*EntitySchema::find(u"student_guardian"),
                                   StudentGuardian::idFor(ana, added->guardianId)));

    m_undo->undo();
    QCOMPARE(live(u"guardian"_s), 0);
    QCOMPARE(live(u"student_guardian"_s), 0);
    m_undo->redo();
    QCOMPARE(live(u"guardian"_s), 1);
    QCOMPARE(GuardianRepository(m_profile->store()).ofStudent(ana).size(), 1);
}

void TestGuardians::siblingsShareOneGuardianByEmail()
{
    const QString ana = addStudent(u"Ana"_s, u"López"_s, u"101"_s);
    const QString luis = addStudent(u"Luis"_s, u"López"_s, u"102"_s);
    const QString id =
        actions().guardians().add(guardian(u"María"_s, u"López"_s, u"maria@example.org"_s), ana)->guardianId;
    // The same email in other letters' case: the same person, linked, not copied; her details stay.
    Result<GuardianActions::Added> again =
        actions().guardians().add(guardian(u"Maria"_s, u"Lopez"_s, u"MARIA@Example.org"_s), luis);
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(again->existing);
    QCOMPARE(again->guardianId, id);
    QCOMPARE(live(u"guardian"_s), 1);
    QCOMPARE(live(u"student_guardian"_s), 2);
    QCOMPARE(GuardianRepository(m_profile->store()).find(id)->givenName, u"María"_s);
    QCOMPARE(GuardianRepository(m_profile->store()).studentsOf(id).size(), 2);
    // A third time for the same student is refused.
    Result<GuardianActions::Added> twice =
        actions().guardians().add(guardian(u"María"_s, u"López"_s, u"maria@example.org"_s), luis);
    QVERIFY(!twice);
    QVERIFY2(twice.error().contains(u"already a guardian of this student"_s), qPrintable(twice.error()));

    // Link Existing: the father of Ana, then linked to Luis by id.
    const QString father = actions().guardians().add(guardian(u"Jorge"_s, u"López"_s), ana)->guardianId;
    QCOMPARE(GuardianRepository(m_profile->store()).linkableTo(luis).size(), 1);
    QVERIFY(actions().guardians().link(father, luis));
    QCOMPARE(GuardianRepository(m_profile->store()).linkableTo(luis).size(), 0);
    QVERIFY(!actions().guardians().link(father, luis));
    const QHash<QString, QList<Guardian>> ofClass = GuardianRepository(m_profile->store()).ofClass(m_classId);
    QCOMPARE(ofClass.value(ana).size(), 2);
    QCOMPARE(ofClass.value(luis).size(), 2);
    QCOMPARE(ofClass.value(luis).first().givenName, u"Jorge"_s); // by family, then given name
    m_undo->undo();
    QCOMPARE(GuardianRepository(m_profile->store()).ofStudent(luis).size(), 1);
}

void TestGuardians::editIsCheckedAndUndoable()
{
    const QString ana = addStudent(u"Ana"_s, u"López"_s, u"101"_s);
    const QString bo = addStudent(u"Bo"_s, u"Kim"_s, u"103"_s);
    const QString id =
        actions().guardians().add(guardian(u"María"_s, u"López"_s, u"maria@example.org"_s), ana)->guardianId;
    QVERIFY(actions().guardians().add(guardian(u"Min"_s, u"Kim"_s, u"min@example.org"_s), bo));
    Guardian g = *GuardianRepository(m_profile->store()).find(id);
    g.phone = u"555-0199"_s;
    g.receivesReports = false;
    g.relationship = u"Grandmother"_s;
    QVERIFY(actions().guardians().edit(g));
    QCOMPARE(GuardianRepository(m_profile->store()).find(id)->phone, u"555-0199"_s);
    QVERIFY(!GuardianRepository(m_profile->store()).find(id)->receivesReports);
    QCOMPARE(test::countRows(m_profile->store(), u"audit_log"_s, u"action = 'guardian.edit'"_s), 1);
    // Another guardian's email: refused, naming who has it.
    g.email = u"Min@example.org"_s;
    Status taken = actions().guardians().edit(g);
    QVERIFY(!taken);
    QCOMPARE(taken.error(), u"Another guardian, Min Kim, already has the email \"Min@example.org\"."_s);
    g.email = u"maria@example.org"_s;
    g.familyName = u"  "_s;
    Status blank = actions().guardians().edit(g);
    QVERIFY(!blank);
    QCOMPARE(blank.error(), u"A guardian needs a family name."_s);
    m_undo->undo();
    QCOMPARE(GuardianRepository(m_profile->store()).find(id)->phone, QString());
    QVERIFY(GuardianRepository(m_profile->store()).find(id)->receivesReports);
}

void TestGuardians::unlinkRemovesAGuardianLeftAlone()
{
    const QString ana = addStudent(u"Ana"_s, u"López"_s, u"101"_s);
    const QString luis = addStudent(u"Luis"_s, u"López"_s, u"102"_s);
    const QString id = actions().guardians().add(guardian(u"María"_s, u"López"_s, u"m@example.org"_s), ana)->guardianId;
    QVERIFY(actions().guardians().link(id, luis));
    // Off Ana: still Luis's guardian.
    QVERIFY(actions().guardians().unlink(id, ana));
    QCOMPARE(live(u"guardian"_s), 1);
    QCOMPARE(GuardianRepository(m_profile->store()).studentsOf(id), QStringList{luis});
    // Off Luis too: nobody's guardian, so she goes.
    QVERIFY(actions().guardians().unlink(id, luis));
    QCOMPARE(live(u"guardian"_s), 0);
    QCOMPARE(live(u"student_guardian"_s), 0);
    QVERIFY(!actions().guardians().unlink(id, luis));
    m_undo->undo();
    QCOMPARE(live(u"guardian"_s), 1);
    QCOMPARE(GuardianRepository(m_profile->store()).ofStudent(luis).size(), 1);
}

void TestGuardians::removeTakesEveryLinkAndUndoBringsThemBack()
{
    const QString ana = addStudent(u"Ana"_s, u"López"_s, u"101"_s);
    const QString luis = addStudent(u"Luis"_s, u"López"_s, u"102"_s);
    const QString id = actions().guardians().add(guardian(u"María"_s, u"López"_s, u"m@example.org"_s), ana)->guardianId;
    QVERIFY(actions().guardians().link(id, luis));
    const qint64 outbox = test::countRows(m_profile->store(), u"outbox"_s);
    QVERIFY(actions().guardians().remove(id));
    QCOMPARE(live(u"guardian"_s), 0);
    QCOMPARE(live(u"student_guardian"_s), 0);
    QCOMPARE(test::countRows(m_profile->store(), u"outbox"_s), outbox + 3); // two links, one guardian
    QCOMPARE(test::countRows(m_profile->store(), u"outbox"_s, u"op = 'delete'"_s), 3);
    m_undo->undo();
    QCOMPARE(live(u"guardian"_s), 1);
    QCOMPARE(live(u"student_guardian"_s), 2);
    QCOMPARE(GuardianRepository(m_profile->store()).ofStudent(luis).first().email, u"m@example.org"_s);
}

void TestGuardians::badGuardiansAreRefusedWithClearWords()
{
    const QString ana = addStudent(u"Ana"_s, u"López"_s, u"101"_s);
    Result<GuardianActions::Added> noGiven = actions().guardians().add(guardian(u""_s, u"López"_s), ana);
    QCOMPARE(noGiven.error(), u"A guardian needs a given name."_s);
    Result<GuardianActions::Added> badEmail =
        actions().guardians().add(guardian(u"María"_s, u"López"_s, u"maria.example.org"_s), ana);
    QCOMPARE(badEmail.error(), u"\"maria.example.org\" is not an email address."_s);
    Result<GuardianActions::Added> noStudent =
        actions().guardians().add(guardian(u"María"_s, u"López"_s), u"no-such-student"_s);
    QCOMPARE(noStudent.error(), u"That student no longer exists."_s);
    QCOMPARE(live(u"guardian"_s), 0);
    QCOMPARE(m_undo->count(), 0);
}

void TestGuardians::rosterModelShowsGuardians()
{
    const QString ana = addStudent(u"Ana"_s, u"López"_s, u"101"_s);
    RosterModel model(m_profile->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClassId(m_classId);
    const int column = int(RosterModel::Column::Guardians);
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), u"Guardians"_s);
    QCOMPARE(model.index(0, column).data().toString(), QString());
    Guardian mother = guardian(u"María"_s, u"López"_s);
    mother.relationship = u"Mother"_s;
    QVERIFY(actions().guardians().add(mother, ana));
    QVERIFY(actions().guardians().add(guardian(u"Jorge"_s, u"Díaz"_s), ana));
    QCOMPARE(model.index(0, column).data().toString(), u"Jorge Díaz, María López"_s);
    QCOMPARE(model.index(0, column).data(Qt::ToolTipRole).toString(), u"Jorge Díaz\nMaría López (Mother)"_s);
    m_undo->undo();
    QCOMPARE(model.index(0, column).data().toString(), u"María López"_s);
}

void TestGuardians::nameSplitting()
{
    using P = std::pair<QString, QString>;
    QCOMPARE(GuardianColumns::splitName(u"Ana María López"_s), P(u"Ana María"_s, u"López"_s));
    QCOMPARE(GuardianColumns::splitName(u"López, Ana"_s), P(u"Ana"_s, u"López"_s));
    QCOMPARE(GuardianColumns::splitName(u"  García Márquez ,  Ana  María "_s), P(u"Ana María"_s, u"García Márquez"_s));
    QCOMPARE(GuardianColumns::splitName(u"Cher"_s), P(u"Cher"_s, QString()));
    QCOMPARE(GuardianColumns::splitName(QString()), P(QString(), QString()));
}

void TestGuardians::languageCodes()
{
    QCOMPARE(GuardianColumns::languageCode(u"es"_s), u"es"_s);
    QCOMPARE(GuardianColumns::languageCode(u"Spanish"_s), u"es"_s);
    QCOMPARE(GuardianColumns::languageCode(u"Español"_s), u"es"_s);
    QCOMPARE(GuardianColumns::languageCode(u"es-mx"_s), u"es-MX"_s);
    QCOMPARE(GuardianColumns::languageCode(u"FRENCH"_s), u"fr"_s);
    QVERIFY(!GuardianColumns::languageCode(u"Klingon please"_s));
    QVERIFY(!GuardianColumns::languageCode(u"e"_s));
}

void TestGuardians::headerSpellingsOfSchoolSystems_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("slot");
    QTest::addColumn<int>("field");
    const int name = int(GuardianColumns::Field::Name), given = int(GuardianColumns::Field::Given),
              family = int(GuardianColumns::Field::Family), email = int(GuardianColumns::Field::Email),
              phone = int(GuardianColumns::Field::Phone), relation = int(GuardianColumns::Field::Relationship),
              language = int(GuardianColumns::Field::Language);
    QTest::newRow("ours") << u"Guardian 1 Name"_s << u"guardian 1"_s << name;
    QTest::newRow("ours email 2") << u"Guardian 2 Email"_s << u"guardian 2"_s << email;
    QTest::newRow("parent") << u"Parent 1 Name"_s << u"guardian 1"_s << name;
    QTest::newRow("parent/guardian") << u"Parent/Guardian 1 Email"_s << u"guardian 1"_s << email;
    QTest::newRow("snake") << u"Guardian1_Email"_s << u"guardian 1"_s << email;
    QTest::newRow("number last") << u"Guardian Email 2"_s << u"guardian 2"_s << email;
    QTest::newRow("contact first") << u"Contact 1 First Name"_s << u"guardian 1"_s << given;
    QTest::newRow("contact last") << u"Contact 1 Last Name"_s << u"guardian 1"_s << family;
    QTest::newRow("clever") << u"contact_relationship"_s << u"guardian"_s << relation;
    QTest::newRow("mother") << u"Mother Name"_s << u"mother"_s << name;
    QTest::newRow("mother bare") << u"Mother"_s << u"mother"_s << name;
    QTest::newRow("father email") << u"Father Email"_s << u"father"_s << email;
    QTest::newRow("father phone") << u"Father_Home_Phone"_s << u"father"_s << phone;
    QTest::newRow("powerschool") << u"Guardian_Email"_s << u"guardian"_s << email;
    QTest::newRow("powerschool one word") << u"Guardianemail"_s << u"guardian"_s << email;
    QTest::newRow("language") << u"Guardian 1 Preferred Language"_s << u"guardian 1"_s << language;
    QTest::newRow("e-mail") << u"Parent 2 E-mail"_s << u"guardian 2"_s << email;
}

void TestGuardians::headerSpellingsOfSchoolSystems()
{
    QFETCH(QString, header);
    QFETCH(QString, slot);
    QFETCH(int, field);
    const auto c = GuardianColumns::classify(header);
    QVERIFY2(c, qPrintable(header));
    QCOMPARE(c->first, slot);
    QCOMPARE(int(c->second), field);
    // Student columns and look-alikes are not guardians'.
    for (const QString &other : {u"Email"_s, u"Family Name"_s, u"Guardianship"_s, u"Contact 1 Type"_s,
                                 u"Parent Teacher Conference"_s, u"Student"_s})
        QVERIFY2(!GuardianColumns::classify(other), qPrintable(other));
}

void TestGuardians::importReadsGuardianColumns()
{
    const RosterImport::Outcome o = RosterImport::fromTable(
        table("First Name,Last Name,Student ID,Email,Guardian 1 Name,Guardian 1 Email,Guardian 1 Phone,"
              "Guardian 1 Relationship,Guardian 1 Language,Guardian 2 Name,Guardian 2 Email\n"
              "Ana,López,101,ana@school.org,Ana María López,maria@example.org,555-0101,Mother,Spanish,"
              "\"Díaz, Jorge\",jorge@example.org\n"
              "Bo,Kim,103,,,,,,,,\n"));
    QVERIFY2(o.ok(), qPrintable(o.problems.join(u'\n')));
    QCOMPARE(o.students.size(), 2);
    QCOMPARE(o.students.first().email, u"ana@school.org"_s); // the student's own, not a guardian's
    QCOMPARE(o.guardians.size(), 2);
    QCOMPARE(o.guardians.at(0).size(), 2);
    const Guardian &m = o.guardians.at(0).at(0);
    QCOMPARE(m.givenName, u"Ana María"_s);
    QCOMPARE(m.familyName, u"López"_s);
    QCOMPARE(m.email, u"maria@example.org"_s);
    QCOMPARE(m.phone, u"555-0101"_s);
    QCOMPARE(m.relationship, u"Mother"_s);
    QCOMPARE(m.language, u"es"_s);
    QCOMPARE(o.guardians.at(0).at(1).givenName, u"Jorge"_s);
    QCOMPARE(o.guardians.at(0).at(1).familyName, u"Díaz"_s);
    QVERIFY(o.guardians.at(1).isEmpty());

    // Contact first/last (Clever-like) and Mother/Father columns.
    const RosterImport::Outcome c = RosterImport::fromTable(
        table("given_name,family_name,Contact 1 First Name,Contact 1 Last Name,Contact 1 Email,Mother Name,"
              "Father Name,Father Email\n"
              "Li,Wei,Chen,Wei,chen@example.org,\"Wang, Fang\",Wei Ming,ming@example.org\n"));
    QVERIFY2(c.ok(), qPrintable(c.problems.join(u'\n')));
    QCOMPARE(c.guardians.at(0).size(), 3);
    QCOMPARE(c.guardians.at(0).at(0).givenName, u"Chen"_s);
    QCOMPARE(c.guardians.at(0).at(1).displayName(), u"Fang Wang"_s);
    QCOMPARE(c.guardians.at(0).at(1).relationship, u"Mother"_s);
    QCOMPARE(c.guardians.at(0).at(2).relationship, u"Father"_s);
    QCOMPARE(c.guardians.at(0).at(2).email, u"ming@example.org"_s);
}

void TestGuardians::importMatchesSiblingsByEmailAndWritesOnce()
{
    // A guardian already in the profile (another class's student).
    const QString older = addStudent(u"Eva"_s, u"López"_s, u"099"_s);
    const QString known =
        actions().guardians().add(guardian(u"Jorge"_s, u"López"_s, u"jorge@example.org"_s), older)->guardianId;
    const RosterImport::Outcome o = RosterImport::fromTable(
        table("given_name,family_name,student_number,Parent 1 Name,Parent 1 Email,Parent 2 Name,Parent 2 Email\n"
              "Ana,López,101,María López,maria@example.org,Jorge López,JORGE@example.org\n"
              "Luis,López,102,María López,Maria@Example.org,,\n"
              "Bo,Kim,103,Min Kim,,,\n"
              "Jin,Kim,104,Min Kim,,,\n"));
    QVERIFY2(o.ok(), qPrintable(o.problems.join(u'\n')));
    const Result<RosterActions::RosterPreview> preview =
        actions().roster().previewRoster(o.students, m_classId, o.guardians);
    QVERIFY2(preview, qPrintable(preview.error()));
    QCOMPARE(preview->guardians, 2); // María and Min; Jorge is known
    const qint64 outbox = test::countRows(m_profile->store(), u"outbox"_s);
    QVERIFY(actions().roster().importRoster(o.students, m_classId, o.guardians));
    // 4 students + 4 enrollments + 2 new guardians + 5 links (Ana 2, Luis, Bo, Jin), in one step.
    QCOMPARE(test::countRows(m_profile->store(), u"outbox"_s), outbox + 15);
    QCOMPARE(live(u"guardian"_s), 3);
    QCOMPARE(live(u"student_guardian"_s), 1 + 5);
    QCOMPARE(GuardianRepository(m_profile->store()).studentsOf(known).size(), 2);
    const std::optional<Guardian> maria = GuardianRepository(m_profile->store()).findByEmail(u"MARIA@example.org"_s);
    QVERIFY(maria);
    QCOMPARE(GuardianRepository(m_profile->store()).studentsOf(maria->id).size(), 2);
    QCOMPARE(m_undo->undoText(), u"Import Roster"_s);
    // Importing the same file again into another class adds no guardian and no link twice.
    SchoolClass c2;
    c2.name = u"Art 7"_s;
    const QString art = *ClassRepository(m_profile->store()).create(c2, u"x"_s);
    QVERIFY(actions().roster().importRoster(o.students, art, o.guardians));
    QCOMPARE(live(u"guardian"_s), 3);
    QCOMPARE(live(u"student_guardian"_s), 6);
    m_undo->undo();
    m_undo->undo();
    QCOMPARE(live(u"guardian"_s), 1);
    QCOMPARE(live(u"student_guardian"_s), 1);
}

void TestGuardians::powerSchoolGuardianEmailGoesToMotherAndFather()
{
    const RosterImport::Outcome o = RosterImport::fromTable(
        table("First_Name,Last_Name,Student_Number,Mother,Father,Guardian_Email,Mother_Home_Phone\n"
              "Ana,López,101,\"López, María\",\"López, Jorge\",\"maria@example.org,jorge@example.org\",555-0101\n"
              "Bo,Kim,103,,\"Kim, Min\",min@example.org,\n"));
    QVERIFY2(o.ok(), qPrintable(o.problems.join(u'\n')));
    QCOMPARE(o.guardians.at(0).size(), 2);
    QCOMPARE(o.guardians.at(0).at(0).displayName(), u"María López"_s);
    QCOMPARE(o.guardians.at(0).at(0).email, u"maria@example.org"_s);
    QCOMPARE(o.guardians.at(0).at(0).phone, u"555-0101"_s);
    QCOMPARE(o.guardians.at(0).at(1).email, u"jorge@example.org"_s);
    // Only the father is named: the one address is his.
    QCOMPARE(o.guardians.at(1).size(), 1);
    QCOMPARE(o.guardians.at(1).at(0).relationship, u"Father"_s);
    QCOMPARE(o.guardians.at(1).at(0).email, u"min@example.org"_s);
}

void TestGuardians::importProblemsNameFileLineAndColumn()
{
    const RosterImport::Outcome o =
        RosterImport::fromTable(table("given_name,family_name,Guardian 1 Name,Guardian 1 Email,Guardian 1 Language\n"
                                      "Ana,López,María López,maria-at-example.org,es\n"
                                      "Luis,López,,luis.mom@example.org,\n"
                                      "Bo,Kim,Min,min@example.org,Klingon please\n"));
    QVERIFY(!o.ok());
    QVERIFY(o.students.isEmpty());
    QVERIFY(o.guardians.isEmpty());
    const QStringList expected{
        u"roster.csv, line 2, column Guardian 1 Email: \"maria-at-example.org\" is not an email address."_s,
        u"roster.csv, line 3, column Guardian 1 Name: the guardian has no name (the row has other details of this "
        "guardian)."_s,
        u"roster.csv, line 4, column Guardian 1 Name: \"Min\" needs a given and a family name."_s,
        u"roster.csv, line 4, column Guardian 1 Language: \"Klingon please\" is not a language (use a code like "
        "\"es\" or a name like \"Spanish\")."_s,
    };
    QCOMPARE(o.problems, expected);

    // A guardian column with no name column anywhere: the header is named.
    const RosterImport::Outcome h = RosterImport::fromTable(
        table("given_name,family_name,Guardian 2 Email,Guardian 2 Phone\nAna,López,a@example.org,1\n"));
    QCOMPARE(h.problems,
             QStringList{u"roster.csv, line 1, column Guardian 2 Email: a guardian column needs a guardian name column "
                         "beside it (for example \"Guardian 1 Name\")."_s});
    const RosterImport::Outcome d = RosterImport::fromTable(table(
        "given_name,family_name,Guardian 1 Email,Guardian1_Email,Guardian 1 Name\nAna,López,a@x.org,b@x.org,M L\n"));
    QCOMPARE(d.problems, QStringList{u"roster.csv, line 1: the columns \"Guardian 1 Email\" and \"Guardian1_Email\" "
                                     "are the same guardian field."_s});
}

void TestGuardians::badGuardianImportsNothing()
{
    const RosterImport::Outcome o = RosterImport::fromTable(
        table("given_name,family_name,Guardian 1 Name,Guardian 1 Email\nAna,López,María López,maria@\n"));
    QVERIFY(!o.ok());
    // Even if a caller passed a bad guardian on, the action refuses the whole file.
    Student s;
    s.givenName = u"Ana"_s;
    s.familyName = u"López"_s;
    const Status st =
        actions().roster().importRoster({s}, m_classId, {{guardian(u"María"_s, u"López"_s, u"maria@"_s)}});
    QVERIFY(!st);
    QCOMPARE(live(u"student"_s), 0);
    QCOMPARE(live(u"guardian"_s), 0);
    QCOMPARE(m_undo->count(), 0);
}

void TestGuardians::walkthroughAddsTheFilesGuardians()
{
    // The walkthrough's file step: students and the file's guardians, one step.
    Student ana;
    ana.givenName = u"Ana"_s;
    ana.familyName = u"López"_s;
    Student luis = ana;
    luis.givenName = u"Luis"_s;
    const QList<QList<Guardian>> guardians{{guardian(u"María"_s, u"López"_s, u"maria@example.org"_s)},
                                           {guardian(u"María"_s, u"López"_s, u"Maria@Example.org"_s)}};
    QVERIFY(actions().roster().addStudents({ana, luis}, m_classId, guardians));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(live(u"student"_s), 2);
    QCOMPARE(live(u"guardian"_s), 1);
    QCOMPARE(live(u"student_guardian"_s), 2);
    m_undo->undo();
    QCOMPARE(live(u"student"_s), 0);
    QCOMPARE(live(u"guardian"_s), 0);
}

QTEST_MAIN(TestGuardians)
#include "tst_guardians.moc"
