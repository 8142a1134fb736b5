// The sync UI against a real k12-server process (SQLite): a teacher signs in
// from Settings > Account in the main window, sees "All changes synced",
// grades while the server is down ("working offline, changes are kept", one
// change waiting), and after the server is back and Sync Now (F5) sees every
// change synced again, with the server holding the grade.
#include "tests/common/TestSupport.h"
#include "tests/server/ServerHarness.h"

#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "sync/SyncService.h"
#include "ui/MainWindow.h"
#include "ui/sync/AccountDialog.h"
#include "ui/sync/SyncActions.h"
#include "ui/sync/SyncStatusWidget.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

QString labelText(QWidget *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name);
    return label ? label->text() : u"<no label %1>"_s.arg(name);
}

bool shown(QWidget *root, const QString &name)
{
    auto *w = root->findChild<QWidget *>(name);
    return w && w->isVisibleTo(root);
}

} // namespace

class TestSyncUiServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signInGradeOfflineAndSyncAgain();
};

void TestSyncUiServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSyncUiServer::signInGradeOfflineAndSyncAgain()
{
    test::TestDatabase db(u"sqlite"_s);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    test::ServerProcess server;
    QVERIFY2(server.start(db.url()), server.stderrText().constData());
    const test::Teacher teacher = test::createTeacher(db.url(), u"m.rivera@lincoln-high.org"_s, u"Maria Rivera"_s);
    QVERIFY(!teacher.id.isEmpty());

    // A class made on this computer before the teacher ever connected.
    test::TempProfile p;
    Store &store = p.store();
    SchoolClass c;
    c.name = u"Algebra I"_s;
    const QString classId = *ClassRepository(store).create(c, u"x"_s);
    Student ada;
    ada.givenName = u"Ada"_s;
    ada.familyName = u"Lovelace"_s;
    const QString adaId = *StudentRepository(store).enrollOne(ada, classId, u"x"_s);
    Assignment quiz;
    quiz.classId = classId;
    quiz.title = u"Quiz 1"_s;
    const QString quizId = *AssignmentRepository(store).create(quiz, u"x"_s);

    SyncService service(store);
    MainWindow w(store);
    w.setSyncService(&service);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    SyncStatusWidget *status = w.syncActions()->statusWidget();
    QTRY_COMPARE(labelText(status, u"syncState"_s), u"On this computer only"_s);

    // Settings > Account: sign in; the answer shows in place, the form turns into "signed in as".
    w.findChild<QAction *>(u"accountAction"_s)->trigger();
    auto *account = w.findChild<AccountDialog *>();
    QVERIFY(account && account->isVisible());
    account->findChild<QLineEdit *>(u"accountServer"_s)->setText(server.baseUrl());
    account->findChild<QLineEdit *>(u"accountEmail"_s)->setText(teacher.email);
    auto *password = account->findChild<QLineEdit *>(u"accountPassword"_s);
    QTest::keyClicks(password, teacher.password);
    QSignalSpy signedIn(&service, &SyncService::signInFinished);
    QTest::mouseClick(account->findChild<QPushButton *>(u"accountSignIn"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.count() == 1, 30000);
    QVERIFY2(signedIn.at(0).at(0).toBool(), qPrintable(signedIn.at(0).at(1).toString()));
    QVERIFY(password->text().isEmpty()); // never kept
    QTRY_VERIFY_WITH_TIMEOUT(shown(account, u"accountSignOut"_s), 10000);
    QVERIFY(labelText(account, u"accountWho"_s).contains(u"Maria Rivera"_s));
    // Where no keychain can keep the sign-in (as on most test machines), the dialog says so.
    QCOMPARE(shown(account, u"accountKeychain"_s), !service.status().keychainProblem.isEmpty());
    account->close();

    // The offline work reaches the server: "All changes synced".
    QTRY_COMPARE_WITH_TIMEOUT(labelText(status, u"syncState"_s), u"Online"_s, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(status, u"syncWaiting"_s), u"All changes synced"_s, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(labelText(status, u"syncLastSync"_s) == u"synced just now"_s, 10000);

    // The server goes away; the teacher grades anyway.
    const quint16 port = server.port();
    QCOMPARE(server.stop(), 0);
    Score score;
    score.id = Score::idFor(quizId, adaId);
    score.classId = classId;
    score.assignmentId = quizId;
    score.studentId = adaId;
    score.points = 9;
    QVERIFY(ScoreRepository(store).saveAll({score}, u"score.edit"_s).ok());
    QTRY_COMPARE_WITH_TIMEOUT(labelText(status, u"syncState"_s), u"Working offline, changes are kept"_s, 30000);
    QVERIFY2(labelText(status, u"syncWaiting"_s).startsWith(u"1 change"_s),
             qPrintable(labelText(status, u"syncWaiting"_s)));

    // Back online on the same address; Sync Now (F5) sends the grade at once.
    QVERIFY2(server.start(db.url(), {u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)}), server.stderrText().constData());
    QCOMPARE(server.port(), port);
    QAction *syncNow = w.findChild<QAction *>(u"syncNowAction"_s);
    QTRY_VERIFY_WITH_TIMEOUT(syncNow->isEnabled(), 10000);
    syncNow->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(labelText(status, u"syncState"_s), u"Online"_s, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(labelText(status, u"syncWaiting"_s), u"All changes synced"_s, 30000);

    // The server has the grade, once.
    test::HttpClient http(server.baseUrl());
    test::Teacher t = teacher;
    QVERIFY(test::login(http, t));
    int scores = 0;
    for (const QJsonObject &row : test::pullAll(http, t)) {
        if (row.value(u"entity"_s).toString() == u"score"_s && row.value(u"id"_s).toString() == score.id) {
            ++scores;
            QCOMPARE(row.value(u"fields"_s).toObject().value(u"points"_s).toDouble(), 9.0);
        }
    }
    QCOMPARE(scores, 1);

    // A screenshot of the real thing, when asked.
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w.statusBar()->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(u"sync-status-real.png"_s)));
}

QTEST_MAIN(TestSyncUiServer)
#include "tst_syncui_server.moc"
