// Guardians in the window: the roster's Guardians column, the student
// dialog's guardians section (Add, Edit, Remove, Link Existing) driven from
// the keyboard, the guardian dialog's checks and accessible names, and the
// screenshots docs/screenshots/roster-guardians.png and guardian-dialog.png
// (with K12_SCREENSHOT_DIR set).
#include "tests/common/ModalHelper.h"
#include "tests/common/TestSupport.h"

#include "models/actions/Actions.h"
#include "models/itemmodels/RosterModel.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/GuardianRepository.h"
#include "ui/classes/GuardianDialog.h"
#include "ui/classes/GuardiansSection.h"
#include "ui/classes/RosterPanel.h"
#include "ui/classes/StudentDialog.h"
#include "ui/sync/ChangeDescriber.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestGuardiansUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void rosterShowsGuardians();
    void guardianDialogChecksAndNamesItsFields();
    void keyboardAddsAGuardianFromTheStudentDialog();
    void linkExistingAndRemove();
    void newStudentWithGuardians();
    void importedRosterShowsItsGuardians();

private:
    QString student(const QString &given, const QString &family, const QString &number);
    QString addGuardian(const QString &studentId, const QString &given, const QString &family, const QString &email,
                        const QString &relationship);
    static void screenshot(QWidget *widget, const QString &name);
    int rowOf(const QString &family, const QString &given);

    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<RosterPanel> m_panel;
    QString m_classId;
};

void TestGuardiansUi::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_undo = std::make_unique<QUndoStack>();
    SchoolClass c;
    c.name = u"Biology 7"_s;
    m_classId = *ClassRepository(m_profile->store()).create(c, u"x"_s);
    m_panel = std::make_unique<RosterPanel>(m_profile->store(), m_undo.get());
    m_panel->setClassId(m_classId);
    m_panel->resize(980, 330);
}

void TestGuardiansUi::cleanup()
{
    m_panel.reset();
    m_undo.reset();
    m_profile.reset();
}

QString TestGuardiansUi::student(const QString &given, const QString &family, const QString &number)
{
    Student s;
    s.givenName = given;
    s.familyName = family;
    s.studentNumber = number;
    s.email = number + u"@students.example.org"_s;
    return *Actions(m_profile->store()).roster().addStudent(s, m_classId);
}

QString TestGuardiansUi::addGuardian(const QString &studentId, const QString &given, const QString &family,
                                     const QString &email, const QString &relationship)
{
    Guardian g;
    g.givenName = given;
    g.familyName = family;
    g.email = email;
    g.relationship = relationship;
    Result<GuardianActions::Added> added = Actions(m_profile->store()).guardians().add(g, studentId);
    return added ? added->guardianId : QString();
}

void TestGuardiansUi::screenshot(QWidget *widget, const QString &name)
{
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name)));
}

int TestGuardiansUi::rowOf(const QString &family, const QString &given)
{
    QAbstractItemModel *model = m_panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == family && model->index(row, 1).data().toString() == given)
            return row;
    }
    return -1;
}

void TestGuardiansUi::rosterShowsGuardians()
{
    const QString ana = student(u"Ana"_s, u"López"_s, u"101"_s);
    const QString luis = student(u"Luis"_s, u"López"_s, u"102"_s);
    const QString bo = student(u"Bo"_s, u"Kim"_s, u"103"_s);
    student(u"Zoe"_s, u"Park"_s, u"104"_s);
    const QString eva = student(u"Eva"_s, u"Ortiz"_s, u"105"_s);
    const QString maria = addGuardian(ana, u"María"_s, u"López"_s, u"maria@example.org"_s, u"Mother"_s);
    QVERIFY(!addGuardian(ana, u"Jorge"_s, u"López"_s, u"jorge@example.org"_s, u"Father"_s).isEmpty());
    QVERIFY(Actions(m_profile->store()).guardians().link(maria, luis));
    QVERIFY(!addGuardian(bo, u"Min"_s, u"Kim"_s, u"min@example.org"_s, u"Grandmother"_s).isEmpty());
    QVERIFY(!addGuardian(eva, u"Celestina"_s, u"Ortiz"_s, QString(), u"Guardian"_s).isEmpty());

    QAbstractItemModel *model = m_panel->view()->model();
    const int column = int(RosterModel::Column::Guardians);
    QCOMPARE(model->headerData(column, Qt::Horizontal).toString(), u"Guardians"_s);
    QCOMPARE(model->index(rowOf(u"López"_s, u"Ana"_s), column).data().toString(), u"Jorge López, María López"_s);
    QCOMPARE(model->index(rowOf(u"López"_s, u"Luis"_s), column).data().toString(), u"María López"_s);
    QCOMPARE(model->index(rowOf(u"Park"_s, u"Zoe"_s), column).data().toString(), QString());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->view()->selectRow(rowOf(u"López"_s, u"Ana"_s));
    screenshot(m_panel.get(), u"roster-guardians.png"_s);
}

void TestGuardiansUi::guardianDialogChecksAndNamesItsFields()
{
    GuardianDialog dialog;
    auto *given = dialog.findChild<QLineEdit *>(u"guardianGiven"_s);
    auto *family = dialog.findChild<QLineEdit *>(u"guardianFamily"_s);
    auto *email = dialog.findChild<QLineEdit *>(u"guardianEmail"_s);
    auto *relationship = dialog.findChild<QComboBox *>(u"guardianRelationship"_s);
    auto *language = dialog.findChild<QComboBox *>(u"guardianLanguage"_s);
    auto *reports = dialog.findChild<QCheckBox *>(u"guardianReports"_s);
    auto *problem = dialog.findChild<QLabel *>(u"guardianProblem"_s);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(given && family && email && relationship && language && reports && problem);
    QCOMPARE(relationship->accessibleName(), u"Relationship"_s);
    QCOMPARE(language->accessibleName(), u"Report language"_s);
    QCOMPARE(relationship->count(), 6);
    QVERIFY(relationship->isEditable());
    QCOMPARE(language->itemData(2).toString(), u"es"_s);
    QVERIFY(!ok->isEnabled()); // no names yet
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    given->setFocus();
    QTest::keyClicks(given, u"Maria"_s); // QTest types ASCII only
    QTest::keyClick(given, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"Lopez"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), email);
    QTest::keyClicks(email, u"maria.example.org"_s);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(problem->text(), u"\"maria.example.org\" is not an email address."_s);
    email->selectAll();
    QTest::keyClicks(email, u"maria@example.org"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(!problem->isVisible());
    QTest::keyClick(email, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"555-0101"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(),
             relationship->lineEdit() ? static_cast<QWidget *>(relationship) : static_cast<QWidget *>(relationship));
    QTest::keyClicks(relationship->lineEdit(), u"Mother"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), language);
    QTest::keyClick(language, Qt::Key_Down);
    QTest::keyClick(language, Qt::Key_Down);
    const Guardian g = dialog.guardian();
    QCOMPARE(g.displayName(), u"Maria Lopez"_s);
    QCOMPARE(g.email, u"maria@example.org"_s);
    QCOMPARE(g.phone, u"555-0101"_s);
    QCOMPARE(g.relationship, u"Mother"_s);
    QCOMPARE(g.language, u"es"_s);
    QVERIFY(g.receivesReports);
    screenshot(&dialog, u"guardian-dialog.png"_s);
}

void TestGuardiansUi::keyboardAddsAGuardianFromTheStudentDialog()
{
    const QString ana = student(u"Ana"_s, u"López"_s, u"101"_s);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->view()->selectRow(0);
    bool sawSection = false;
    test::whenModalShows([&](QWidget *modal) {
        auto *dialog = qobject_cast<StudentDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(dialog->guardians());
        sawSection = true;
        // Tab from the email field reaches the guardian list, then Add.
        auto *email = dialog->findChild<QLineEdit *>(u"studentEmail"_s);
        email->setFocus();
        QTest::keyClick(email, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"guardianList"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"addGuardian"_s);
        test::whenModalShows([&](QWidget *inner) {
            QVERIFY(qobject_cast<GuardianDialog *>(inner));
            QTest::keyClicks(QApplication::focusWidget(), u"Jorge"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(QApplication::focusWidget(), u"Lopez"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        // The list shows him at once (the action ran): then OK closes the student dialog.
        QCOMPARE(dialog->guardians()->list()->count(), 1);
        QCOMPARE(dialog->guardians()->list()->item(0)->text(), u"Jorge Lopez"_s);
        dialog->accept();
    });
    m_panel->editStudentAction()->trigger();
    QVERIFY(sawSection);
    const QList<Guardian> of = GuardianRepository(m_profile->store()).ofStudent(ana);
    QCOMPARE(of.size(), 1);
    QCOMPARE(of.first().givenName, u"Jorge"_s);
    QCOMPARE(m_panel->view()->model()->index(0, int(RosterModel::Column::Guardians)).data().toString(),
             u"Jorge Lopez"_s);
    QCOMPARE(m_undo->undoText(), u"Add Guardian"_s);
}

void TestGuardiansUi::linkExistingAndRemove()
{
    const QString ana = student(u"Ana"_s, u"López"_s, u"101"_s);
    const QString luis = student(u"Luis"_s, u"López"_s, u"102"_s);
    const QString maria = addGuardian(ana, u"María"_s, u"López"_s, u"maria@example.org"_s, u"Mother"_s);
    Student s = *Repository<Student>(m_profile->store()).find(luis);
    StudentDialog dialog;
    GuardiansSection *section = dialog.addGuardiansSection(m_profile->store(), m_undo.get());
    dialog.setStudent(s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(section->list()->count(), 0);
    test::whenModalShows([](QWidget *modal) {
        auto *input = qobject_cast<QInputDialog *>(modal);
        QVERIFY(input);
        QCOMPARE(input->comboBoxItems().size(), 1);
        QVERIFY2(input->comboBoxItems().first().contains(u"guardian of Ana López"_s),
                 qPrintable(input->comboBoxItems().first()));
        input->accept();
    });
    section->findChild<QPushButton *>(u"linkGuardian"_s)->click();
    QCOMPARE(section->list()->count(), 1);
    QCOMPARE(GuardianRepository(m_profile->store()).studentsOf(maria).size(), 2);
    // How the sync problems dialogs name these rows.
    ChangeDescriber describer(m_profile->store());
    QCOMPARE(describer.rowLabel(u"guardian"_s, maria), u"María López"_s);
    QCOMPARE(describer.rowLabel(u"student_guardian"_s, StudentGuardian::idFor(luis, maria)),
             u"María López, guardian of Luis López"_s);
    QCOMPARE(ChangeDescriber::entityLabel(u"student_guardian"_s), u"Guardian of a student"_s);
    dialog.resize(600, dialog.sizeHint().height());
    screenshot(&dialog, u"student-guardians.png"_s);
    // Remove: off Luis only; she stays Ana's.
    section->list()->setCurrentRow(0);
    section->findChild<QPushButton *>(u"removeGuardian"_s)->click();
    QCOMPARE(section->list()->count(), 0);
    QCOMPARE(GuardianRepository(m_profile->store()).studentsOf(maria), QStringList{ana});
}

void TestGuardiansUi::newStudentWithGuardians()
{
    test::whenModalShows([](QWidget *modal) {
        auto *dialog = qobject_cast<StudentDialog *>(modal);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"studentGiven"_s)->setText(u"Eva"_s);
        dialog->findChild<QLineEdit *>(u"studentFamily"_s)->setText(u"Ortiz"_s);
        test::whenModalShows([](QWidget *inner) {
            auto *g = qobject_cast<GuardianDialog *>(inner);
            QVERIFY(g);
            g->findChild<QLineEdit *>(u"guardianGiven"_s)->setText(u"Celestina"_s);
            g->findChild<QLineEdit *>(u"guardianFamily"_s)->setText(u"Ortiz"_s);
            g->accept();
        });
        dialog->findChild<QPushButton *>(u"addGuardian"_s)->click();
        // Not saved yet: the guardian waits in the list.
        QCOMPARE(dialog->guardians()->pendingCount(), 1);
        dialog->accept();
    });
    m_panel->addStudentAction()->trigger();
    const QString eva = m_panel->view()->model()->index(0, 0).data(RosterModel::IdRole).toString();
    QVERIFY(!eva.isEmpty());
    QCOMPARE(GuardianRepository(m_profile->store()).ofStudent(eva).size(), 1);
    QCOMPARE(GuardianRepository(m_profile->store()).ofStudent(eva).first().givenName, u"Celestina"_s);
}

void TestGuardiansUi::importedRosterShowsItsGuardians()
{
    const QString path = m_profile->path() + u"/roster.csv"_s;
    test::writeFile(path, "First Name,Last Name,Student ID,Mother Name,Mother Email,Father Name\n"
                          "Eva,Ortiz,201,Celestina Ortiz,celestina@example.org,Ramón Ortiz\n"
                          "Tomás,Ortiz,202,\"Ortiz, Celestina\",CELESTINA@example.org,\n");
    QCOMPARE(m_panel->importRosterFile(path), 2);
    const int column = int(RosterModel::Column::Guardians);
    QCOMPARE(m_panel->view()->model()->index(0, column).data().toString(), u"Celestina Ortiz, Ramón Ortiz"_s);
    QCOMPARE(m_panel->view()->model()->index(1, column).data().toString(), u"Celestina Ortiz"_s);
    QCOMPARE(m_panel->view()->model()->index(0, column).data(Qt::ToolTipRole).toString(),
             u"Celestina Ortiz (Mother)\nRamón Ortiz (Father)"_s);
    QCOMPARE(test::countRows(m_profile->store(), u"guardian"_s), 2);
    QCOMPARE(m_undo->undoText(), u"Import Roster"_s);
}

QTEST_MAIN(TestGuardiansUi)
#include "tst_guardiansui.moc"
