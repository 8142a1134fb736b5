// Families, part 2 in the window (issue 18): the student dialog's "Invite to
// Family Portal" (disabled with the reason for a guardian without an email,
// confirmed, not an undo step, then "Invited <date>" in the list) and the
// Send Missing-Work Notice dialog (students with missing work ticked, the
// preview naming guardians without an email in words, ticking from the
// keyboard, Send writing the notices), also opened from the Insight tab's
// missing list. Screenshots guardian-invite.png, missing-notice.png and
// insight-missing-notice.png (with K12_SCREENSHOT_DIR set).
#include "tests/common/ModalHelper.h"
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "models/actions/Actions.h"
#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"
#include "ui/MainWindow.h"
#include "ui/classes/GuardiansSection.h"
#include "ui/classes/StudentDialog.h"
#include "ui/common/Ask.h"
#include "ui/families/MissingNoticeDialog.h"
#include "ui/insight/InsightPanel.h"
#include "ui/sync/ChangeDescriber.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestFamiliesUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void inviteFromTheStudentDialog();
    void missingNoticeDialog();
    void insightMissingListOpensTheNotice();
    void classMenuOpensTheNotice();

private:
    QString addGuardian(const QString &student, const QString &given, const QString &family, const QString &email);
    QString addAssignment(const QString &title, const QDate &due, bool published = true);
    void setMissing(const QString &assignment, const QString &student, bool excused = false);
    static void screenshot(QWidget *widget, const QString &name);

    test::EnglishPlurals m_plurals;
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<QUndoStack> m_undo;
    QString m_class, m_category, m_ana, m_bo, m_carl;
    int m_position = 0;
};

void TestFamiliesUi::initTestCase()
{
    QCoreApplication::installTranslator(&m_plurals);
}

QString TestFamiliesUi::addGuardian(const QString &student, const QString &given, const QString &family,
                                    const QString &email)
{
    Guardian g;
    g.givenName = given;
    g.familyName = family;
    g.email = email;
    return Actions(m_profile->store()).guardians().add(g, student)->guardianId;
}

QString TestFamiliesUi::addAssignment(const QString &title, const QDate &due, bool published)
{
    Assignment a;
    a.classId = m_class;
    a.categoryId = m_category;
    a.title = title;
    a.pointsPossible = 10;
    a.dueDate = due;
    a.published = published;
    a.position = m_position++;
    return *AssignmentRepository(m_profile->store()).create(a, u"x"_s);
}

void TestFamiliesUi::setMissing(const QString &assignment, const QString &student, bool excused)
{
    Score s;
    s.id = Score::idFor(assignment, student);
    s.classId = m_class;
    s.assignmentId = assignment;
    s.studentId = student;
    s.missing = true;
    s.excused = excused;
    QVERIFY(m_profile->store().apply(u"x"_s, {Change::upsert(u"score"_s, s.id, s.toFields())}).ok());
}

void TestFamiliesUi::screenshot(QWidget *widget, const QString &name)
{
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name)));
}

// Algebra I: Ana Ávila misses Lab report and Worksheet 3 (the unpublished
// quiz and an excused essay are not listed); Bo Brown misses Worksheet 3 and
// his one guardian has no email; Carl Diaz has nothing missing.
void TestFamiliesUi::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC));
    m_profile = std::make_unique<test::TempProfile>();
    m_undo = std::make_unique<QUndoStack>();
    Store &s = m_profile->store();
    SchoolClass c;
    c.name = u"Algebra I"_s;
    m_class = *ClassRepository(s).create(c, u"x"_s);
    Category hw;
    hw.classId = m_class;
    hw.name = u"Homework"_s;
    m_category = *CategoryRepository(s).create(hw, u"x"_s);
    QList<Student> roster;
    for (const auto &[given, family, number] :
         {std::tuple{u"Ana"_s, u"Ávila"_s, u"101"_s}, std::tuple{u"Bo"_s, u"Brown"_s, u"102"_s},
          std::tuple{u"Carl"_s, u"Diaz"_s, u"103"_s}}) {
        Student st;
        st.givenName = given;
        st.familyName = family;
        st.studentNumber = number;
        roster.append(st);
    }
    QVERIFY(StudentRepository(s).enroll(roster, m_class, u"x"_s).ok());
    for (const Student &st : StudentRepository(s).enrolledIn(m_class))
        (st.studentNumber == u"101"_s ? m_ana : st.studentNumber == u"102"_s ? m_bo : m_carl) = st.id;
    const QString lab = addAssignment(u"Lab report: density"_s, QDate(2026, 11, 12));
    const QString ws3 = addAssignment(u"Worksheet 3"_s, QDate(2026, 11, 19));
    const QString quiz = addAssignment(u"Quiz (draft)"_s, QDate(2026, 11, 20), false);
    const QString essay = addAssignment(u"Essay"_s, QDate(2026, 11, 21));
    setMissing(lab, m_ana);
    setMissing(ws3, m_ana);
    setMissing(quiz, m_ana);
    setMissing(essay, m_ana, true);
    setMissing(ws3, m_bo);
    addGuardian(m_ana, u"María"_s, u"López"_s, u"maria@example.org"_s);
    addGuardian(m_ana, u"Jorge"_s, u"Ávila"_s, {});
    addGuardian(m_bo, u"Sam"_s, u"Brown"_s, {});
    addGuardian(m_carl, u"Chris"_s, u"Diaz"_s, u"chris@example.org"_s);
}

void TestFamiliesUi::cleanup()
{
    Ask::clearAnswers();
    Clock::reset();
    m_undo.reset();
    m_profile.reset();
}

void TestFamiliesUi::inviteFromTheStudentDialog()
{
    StudentDialog dialog;
    GuardiansSection *section = dialog.addGuardiansSection(m_profile->store(), m_undo.get());
    dialog.setStudent(*Repository<Student>(m_profile->store()).find(m_ana));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QListWidget *list = section->list();
    QPushButton *invite = section->inviteButton();
    QCOMPARE(list->count(), 2);
    QCOMPARE(invite->text(), u"&Invite to Family Portal..."_s);
    const int jorge = list->item(0)->text().startsWith(u"Jorge"_s) ? 0 : 1;
    const int maria = 1 - jorge;

    // Jorge has no email: the button is off and says why.
    list->setCurrentRow(jorge);
    QCOMPARE(list->item(jorge)->text(), u"Jorge Ávila"_s);
    QVERIFY(!invite->isEnabled());
    QCOMPARE(invite->toolTip(), u"Jorge Ávila has no email: edit the guardian and add one to invite them."_s);

    // María: enabled; Cancel at the question writes nothing.
    list->setCurrentRow(maria);
    QVERIFY(invite->isEnabled());
    QVERIFY2(invite->toolTip().contains(u"María López"_s), qPrintable(invite->toolTip()));
    Ask::setNextAnswer(int(QMessageBox::Cancel));
    invite->setFocus();
    QTest::keyClick(invite, Qt::Key_Space);
    QCOMPARE(test::countRows(m_profile->store(), u"guardian_invitation"_s), 0);

    // Yes: one invitation row, not an undo step, and the list says "Invited <date>".
    Ask::setNextAnswer(int(QMessageBox::Yes));
    QTest::keyClick(invite, Qt::Key_Space);
    QCOMPARE(test::countRows(m_profile->store(), u"guardian_invitation"_s), 1);
    QCOMPARE(m_undo->count(), 0);
    const QString day = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC).toLocalTime().date().toString(Qt::ISODate);
    QCOMPARE(list->item(maria)->text(), u"María López \u00b7 maria@example.org \u00b7 Invited "_s + day);
    QCOMPARE(list->item(jorge)->text(), u"Jorge Ávila"_s);
    QCOMPARE(list->currentRow(), maria);
    QVERIFY2(invite->toolTip().startsWith(u"Invited "_s + day), qPrintable(invite->toolTip()));
    // How the sync problems dialogs name the row.
    const QString invitation = Repository<GuardianInvitation>(m_profile->store()).select().constFirst().id;
    QCOMPARE(ChangeDescriber(m_profile->store()).rowLabel(u"guardian_invitation"_s, invitation),
             u"Invitation of María López"_s);
    QCOMPARE(ChangeDescriber::entityLabel(u"family_notice"_s), u"Missing-work notice"_s);
    dialog.resize(640, dialog.sizeHint().height());
    screenshot(&dialog, u"guardian-invite.png"_s);
}

void TestFamiliesUi::missingNoticeDialog()
{
    MissingNoticeDialog dialog(m_profile->store(), m_class);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.loadError().isEmpty());
    QCOMPARE(dialog.windowTitle(), u"Send Missing-Work Notice \u2014 Algebra I"_s);
    QListWidget *students = dialog.studentList();
    QCOMPARE(students->count(), 3);
    QCOMPARE(students->item(0)->text(), u"Ana Ávila \u2014 2 missing"_s);
    QCOMPARE(students->item(2)->text(), u"Carl Diaz \u2014 nothing missing"_s);
    // Those with missing work are ticked.
    QCOMPARE(students->item(0)->checkState(), Qt::Checked);
    QCOMPARE(students->item(1)->checkState(), Qt::Checked);
    QCOMPARE(students->item(2)->checkState(), Qt::Unchecked);
    const QString preview = dialog.preview()->toPlainText();
    QVERIFY2(preview.contains(u"Lab report: density"_s) && preview.contains(u"Worksheet 3"_s), qPrintable(preview));
    QVERIFY2(!preview.contains(u"Quiz (draft)"_s) && !preview.contains(u"Essay"_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"To: María López <maria@example.org>"_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"No email: Jorge Ávila will not get it."_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"No email: Sam Brown will not get it."_s), qPrintable(preview));
    QVERIFY2(preview.contains(u"Not sent: No guardian with an email who receives reports."_s), qPrintable(preview));
    auto *summary = dialog.findChild<QLabel *>(u"noticeSummary"_s);
    QCOMPARE(summary->text(), u"1 notice will be sent to 1 guardian. 2 guardians without an email will not get one."_s);
    QVERIFY(dialog.sendButton()->isEnabled());
    dialog.resize(900, 560);
    screenshot(&dialog, u"missing-notice.png"_s);

    // From the keyboard: Space on Ana's row unticks her; nothing left to send.
    students->setFocus();
    students->setCurrentRow(0);
    QTest::keyClick(students, Qt::Key_Space);
    QCOMPARE(students->item(0)->checkState(), Qt::Unchecked);
    QVERIFY(!dialog.sendButton()->isEnabled());
    QCOMPARE(summary->text(), u"No notice to send. 1 guardian without an email will not get one."_s);
    QTest::keyClick(students, Qt::Key_Space);
    QCOMPARE(students->item(0)->checkState(), Qt::Checked);

    // Send: one notice (Ana's), the dialog closes, nothing on the undo stack.
    dialog.sendButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.sentCount(), 1);
    QCOMPARE(test::countRows(m_profile->store(), u"family_notice"_s), 1);
    QCOMPARE(m_undo->count(), 0);
    QCOMPARE(dialog.chosen().entries.size(), 2);
}

void TestFamiliesUi::insightMissingListOpensTheNotice()
{
    GradebookModel model(m_profile->store(), m_undo.get());
    model.setClassId(m_class);
    InsightPanel panel(m_profile->store(), &model);
    auto *button = panel.findChild<QPushButton *>(u"insightSendNotice"_s);
    QVERIFY(button);
    QCOMPARE(button->text(), u"Send &Notice\u2026"_s);
    // Read what the modal shows, close it, then check (a failed check inside would leave it open).
    QString title;
    int rows = -1;
    test::whenModalShows([&](QWidget *modal) {
        if (auto *dialog = qobject_cast<MissingNoticeDialog *>(modal)) {
            title = dialog->windowTitle();
            rows = dialog->studentList()->count();
        }
        modal->close();
    });
    // The missing list's bar with the button, as the teacher sees it.
    if (auto *tabs = panel.findChild<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).contains(u"Missing"_s))
                tabs->setCurrentIndex(i);
        }
    }
    panel.resize(900, 360);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    screenshot(&panel, u"insight-missing-notice.png"_s);
    button->click();
    QCOMPARE(title, u"Send Missing-Work Notice \u2014 Algebra I"_s);
    QCOMPARE(rows, 3);
    QCOMPARE(test::countRows(m_profile->store(), u"family_notice"_s), 0); // cancelled: nothing sent
}

void TestFamiliesUi::classMenuOpensTheNotice()
{
    MainWindow w(m_profile->store());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *action = w.findChild<QAction *>(u"missingNoticeAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"Send Missing-Work &Notice..."_s);
    // In the Class menu, after Progress Reports.
    QMenu *classMenu = nullptr;
    for (QAction *top : w.menuBar()->actions()) {
        if (top->text() == u"&Class"_s)
            classMenu = top->menu();
    }
    QVERIFY(classMenu);
    QVERIFY(classMenu->actions().contains(action));
    QString title;
    test::whenModalShows([&title](QWidget *modal) {
        if (qobject_cast<MissingNoticeDialog *>(modal))
            title = modal->windowTitle();
        modal->close();
    });
    action->trigger();
    QCOMPARE(title, u"Send Missing-Work Notice \u2014 Algebra I"_s);
}

QTEST_MAIN(TestFamiliesUi)
#include "tst_familiesui.moc"
