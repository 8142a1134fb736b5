// `k12-teacher export gradebook` end to end: the built binary on a temp profile.
#include "tests/common/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestCliExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void helpListsTheCommand();
    void exportK12ToFile();
    void exportCanvasToStdoutWithBom();
    void usageErrorsExitTwo();
    void userErrorsExitOne();
    void everyExportImportsBackWithNoChange();

private:
    test::ProcessResult run(QStringList args)
    {
        return test::runTeacher(QStringList{u"--profile"_s, m_dir->path()} + args);
    }
    QString mustRun(const QStringList &args)
    {
        const test::ProcessResult r = run(args);
        if (r.exitCode != 0)
            qWarning("command %s failed (%d): %s", qPrintable(args.join(u' ')), r.exitCode, qPrintable(r.err));
        return r.out.trimmed();
    }
    QString setUpClass();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

// Algebra I: Quizzes (weight 40, drop 1) and Tests (60); two students.
QString TestCliExport::setUpClass()
{
    const QString id = mustRun({u"class"_s, u"add"_s, u"Algebra I"_s});
    const QString c = u"Algebra I"_s;
    mustRun({u"student"_s, u"add"_s, u"--class"_s, c, u"Ada"_s, u"Lovelace"_s, u"--number"_s, u"1001"_s});
    mustRun({u"student"_s, u"add"_s, u"--class"_s, c, u"Charles"_s, u"Babbage"_s, u"--number"_s, u"1002"_s});
    mustRun(
        {u"category"_s, u"add"_s, u"--class"_s, c, u"Quizzes"_s, u"--weight"_s, u"40"_s, u"--drop-lowest"_s, u"1"_s});
    mustRun({u"category"_s, u"add"_s, u"--class"_s, c, u"Tests"_s, u"--weight"_s, u"60"_s});
    mustRun({u"assignment"_s, u"add"_s, u"--class"_s, c, u"Quiz 1"_s, u"--points"_s, u"10"_s, u"--category"_s,
             u"Quizzes"_s});
    mustRun({u"assignment"_s, u"add"_s, u"--class"_s, c, u"Quiz 2"_s, u"--points"_s, u"10"_s, u"--category"_s,
             u"Quizzes"_s});
    mustRun({u"assignment"_s, u"add"_s, u"--class"_s, c, u"Midterm"_s, u"--points"_s, u"40"_s, u"--category"_s,
             u"Tests"_s});
    auto grade = [&](const QString &student, const QString &assignment, const QStringList &what) {
        mustRun(
            QStringList{u"grade"_s, u"set"_s, u"--class"_s, c, u"--assignment"_s, assignment, u"--student"_s, student} +
            what);
    };
    grade(u"1001"_s, u"Quiz 1"_s, {u"--points"_s, u"9.5"_s});
    grade(u"1001"_s, u"Quiz 2"_s, {u"--missing"_s});
    grade(u"1001"_s, u"Midterm"_s, {u"--points"_s, u"33"_s});
    grade(u"1002"_s, u"Quiz 1"_s, {u"--excused"_s});
    grade(u"1002"_s, u"Midterm"_s, {u"--points"_s, u"40"_s});
    return id;
}

void TestCliExport::helpListsTheCommand()
{
    const test::ProcessResult r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"export gradebook"_s));
    const test::ProcessResult h = run({u"export"_s, u"gradebook"_s, u"--help"_s});
    QCOMPARE(h.exitCode, 0);
    QVERIFY2(h.out.contains(u"Usage:"_s) && h.out.contains(u"--format"_s) && h.out.contains(u"--bom"_s),
             qPrintable(h.out));
}

void TestCliExport::exportK12ToFile()
{
    setUpClass();
    const QString file = QDir(m_dir->path()).filePath(u"algebra.csv"_s);
    const test::ProcessResult r = run({u"export"_s, u"gradebook"_s, u"--class"_s, u"Algebra I"_s, u"--out"_s, file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(file), qPrintable(r.out));
    // Babbage before Lovelace. Ada: quizzes 9.5 and missing 0, drop the 0 -> 95 %; Midterm 33/40 = 82.5 %;
    // 0.4 x 95 + 0.6 x 82.5 = 38 + 49.5 = 87.5 -> B+. Charles: Quiz 1 excused, nothing else in Quizzes ->
    // no Quizzes %; final = Tests alone, 100 %.
    // UTF-8 with a byte order mark unless --no-bom.
    QCOMPARE(test::readFile(file),
             QByteArray("\xEF\xBB\xBFStudent,Student Number,Quiz 1,Quiz 2,Midterm,Quizzes %,Tests %,"
                        "Final %,Letter\r\n"
                        "Points Possible,,10,10,40,,,,\r\n"
                        "\"Babbage, Charles\",1002,EX,,40,,100.00,100.00,A\r\n"
                        "\"Lovelace, Ada\",1001,9.5,MISSING,33,95.00,82.50,87.50,B+\r\n"));
    QCOMPARE(QFileInfo(file).permissions(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
}

void TestCliExport::exportCanvasToStdoutWithBom()
{
    setUpClass();
    // Raw bytes: decoding stdout as text would hide the byte order mark.
    QProcess p;
    p.start(QStringLiteral(K12_TEACHER_BIN),
            {u"--profile"_s, m_dir->path(), u"export"_s, u"gradebook"_s, u"--class"_s, u"Algebra I"_s, u"--format"_s,
             u"canvas"_s, u"--bom"_s, u"--out"_s, u"-"_s});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray bytes = p.readAllStandardOutput();
    QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), bytes.left(20).toHex().constData());
    const QStringList rows = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    QCOMPARE(rows.size(), 5); // header, points possible, 2 students, and nothing after the last \r\n
    QVERIFY(rows.at(0).startsWith(u"Student,ID,SIS User ID,SIS Login ID,Section,Quiz 1,Quiz 2,Midterm,"_s));
    QVERIFY(rows.at(0).endsWith(u",Final Grade,Unposted Final Grade"_s));
    QVERIFY(rows.at(1).startsWith(u"    Points Possible,,,,,10.00,10.00,40.00,(read only)"_s));
    // Ada: missing is left empty for Canvas's missing policy (it still counts 0 in our scores);
    // Quizzes current 95, final (nothing ungraded) 95; total 87.50 B+.
    QVERIFY2(rows.at(3).startsWith(u"\"Lovelace, Ada\",,1001,,Algebra I,9.50,,33.00,95.00,95.00,95.00,95.00,"
                                   "82.50,82.50,82.50,82.50,87.50,87.50,87.50,87.50,B+,B+,B+,B+"_s),
             qPrintable(rows.at(3)));
    QCOMPARE(rows.at(4), QString());
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.isEmpty(), err.constData());
}

void TestCliExport::usageErrorsExitTwo()
{
    setUpClass();
    const QString file = QDir(m_dir->path()).filePath(u"x.csv"_s);
    QCOMPARE(run({u"export"_s, u"gradebook"_s, u"--out"_s, file}).exitCode, 2);             // no --class
    QCOMPARE(run({u"export"_s, u"gradebook"_s, u"--class"_s, u"Algebra I"_s}).exitCode, 2); // no --out
    const test::ProcessResult r =
        run({u"export"_s, u"gradebook"_s, u"--class"_s, u"Algebra I"_s, u"--format"_s, u"moodle"_s, u"--out"_s, file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"k12, canvas, csv or xlsx"_s), qPrintable(r.err));
    QCOMPARE(run({u"export"_s, u"gradebook"_s, u"--class"_s, u"Algebra I"_s, u"--out"_s, file, u"extra"_s}).exitCode,
             2);
    QVERIFY(!QFile::exists(file));
}

void TestCliExport::userErrorsExitOne()
{
    setUpClass();
    const test::ProcessResult unknown = run({u"export"_s, u"gradebook"_s, u"--class"_s, u"Geometry"_s, u"--out"_s,
                                             QDir(m_dir->path()).filePath(u"x.csv"_s)});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"Geometry"_s), qPrintable(unknown.err));
    const QString badPath = QDir(m_dir->path()).filePath(u"no/such/dir/x.csv"_s);
    const test::ProcessResult unwritable =
        run({u"export"_s, u"gradebook"_s, u"--class"_s, u"Algebra I"_s, u"--out"_s, badPath});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains(u"x.csv"_s), qPrintable(unwritable.err));
}

// Issue 15: whatever the layout, file type and dialect, the app re-imports its own export
// unchanged (a 10.05 extra-credit score and the grade-entry limit included).
void TestCliExport::everyExportImportsBackWithNoChange()
{
    setUpClass();
    mustRun({u"grade"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--assignment"_s, u"Quiz 2"_s, u"--student"_s,
             u"1002"_s, u"--points"_s, u"10.05"_s});
    const QList<QStringList> variants{
        {u"--out"_s, u"g.csv"_s},
        {u"--no-bom"_s, u"--out"_s, u"g.csv"_s},
        {u"--delimiter"_s, u";"_s, u"--decimal-comma"_s, u"--out"_s, u"g.csv"_s},
        {u"--delimiter"_s, u"tab"_s, u"--out"_s, u"g.csv"_s},
        {u"--out"_s, u"g.xlsx"_s},
        {u"--format"_s, u"canvas"_s, u"--out"_s, u"g.csv"_s},
        {u"--format"_s, u"canvas,xlsx"_s, u"--out"_s, u"g.bin"_s},
        {u"--format"_s, u"xlsx"_s, u"--out"_s, u"-"_s},
    };
    for (QStringList args : variants) {
        const QString out = QDir(m_dir->path()).filePath(args.takeLast());
        args << (out.endsWith(u"-"_s) ? u"-"_s : out);
        if (args.constLast() == u"-"_s) {
            QProcess p; // raw bytes from standard output
            p.start(QStringLiteral(K12_TEACHER_BIN), QStringList{u"--profile"_s, m_dir->path(), u"export"_s,
                                                                 u"gradebook"_s, u"--class"_s, u"Algebra I"_s} +
                                                         args);
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            QFile file(QDir(m_dir->path()).filePath(u"stdout.xlsx"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(p.readAllStandardOutput());
            file.close();
            args.last() = file.fileName();
        } else {
            mustRun(QStringList{u"export"_s, u"gradebook"_s, u"--class"_s, u"Algebra I"_s} + args);
        }
        const test::ProcessResult r =
            run({u"import"_s, u"scores"_s, args.constLast(), u"--class"_s, u"Algebra I"_s, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u"\n"_s + r.err));
        QVERIFY2(r.out.contains(u"\n0 changes: 0 scores to change"_s), qPrintable(args.join(u' ') + u"\n"_s + r.out));
    }
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
