// `k12-teacher import scores` end to end on a temp profile: good files import,
// bad files and dry runs leave the database byte-for-byte unchanged.
#include "tests/common/TestSupport.h"

#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestCliImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void goodFileImports();
    void badFileChangesNothing();
    void dryRunWritesNothing();
    void createAssignmentsOption();
    void usage();

private:
    test::ProcessResult run(const QStringList &args)
    {
        return test::runTeacher(QStringList{u"--profile"_s, m_dir->path()} + args);
    }
    QByteArray dbDigest()
    {
        return QCryptographicHash::hash(test::readFile(QDir(m_dir->path()).filePath(u"k12.sqlite"_s)),
                                        QCryptographicHash::Sha256);
    }
    QString file(const QByteArray &content)
    {
        const QString path = m_dir->filePath(u"scores-%1.csv"_s.arg(++m_files));
        test::writeFile(path, content);
        return path;
    }
    double points(const QString &title, const QString &number);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_files = 0;
};

void TestCliImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(run({u"class"_s, u"add"_s, u"Art"_s}).exitCode, 0);
    for (const auto &[given, family, number] :
         {std::tuple{u"Frida"_s, u"Kahlo"_s, u"1"_s}, std::tuple{u"Georgia"_s, u"O'Keeffe"_s, u"2"_s}})
        QCOMPARE(run({u"student"_s, u"add"_s, u"--class"_s, u"Art"_s, given, family, u"--number"_s, number}).exitCode,
                 0);
    QCOMPARE(run({u"assignment"_s, u"add"_s, u"--class"_s, u"Art"_s, u"Sketch"_s, u"--points"_s, u"20"_s}).exitCode, 0);
}

double TestCliImport::points(const QString &title, const QString &number)
{
    auto store = std::move(Store::open(m_dir->path())).value();
    const QList<SchoolClass> classes = Repository<SchoolClass>(*store).select();
    const QString classId = classes.constFirst().id;
    Result<Assignment> a = AssignmentRepository(*store).resolve(classId, title);
    Result<Student> s = StudentRepository(*store).resolveInClass(classId, number);
    if (!a || !s)
        return -2;
    return ScoreRepository(*store).scoreFor(classId, a->id, s->id).points.value_or(-1);
}

void TestCliImport::goodFileImports()
{
    const test::ProcessResult r =
        run({u"import"_s, u"scores"_s, file("Student Number;Sketch\r\n1;18,5\r\n2;EX\r\n"), u"--class"_s, u"Art"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Imported"_s), qPrintable(r.out));
    QCOMPARE(points(u"Sketch"_s, u"1"_s), 18.5);
}

void TestCliImport::badFileChangesNothing()
{
    const QByteArray before = dbDigest();
    const test::ProcessResult r =
        run({u"import"_s, u"scores"_s, file("Student Number,Sketch,Collage\n1,41\n3,5\n"), u"--class"_s, u"Art"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"line 1, column \"Collage\": unknown assignment"_s), qPrintable(r.err));
    // The limit of grade entry: twice the 20 points.
    QVERIFY2(r.err.contains(u"line 2, column \"Sketch\": 41 is above the allowed maximum of 40"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"line 3, column \"Student Number\": unknown student"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"nothing was imported"_s));
    QCOMPARE(dbDigest(), before);
    QCOMPARE(run({u"import"_s, u"scores"_s, m_dir->filePath(u"none.csv"_s), u"--class"_s, u"Art"_s}).exitCode, 1);
    QCOMPARE(dbDigest(), before);
}

void TestCliImport::dryRunWritesNothing()
{
    const QByteArray before = dbDigest();
    const test::ProcessResult r =
        run({u"import"_s, u"scores"_s, file("Student Number,Sketch\n1,10\n"), u"--class"_s, u"Art"_s, u"--dry-run"_s});
    QCOMPARE(r.exitCode, 0);
    // The whole summary line, in English with its plurals (it once printed a pointer between the counts).
    QVERIFY2(r.out.contains(u"\n1 change: 1 score to change, 0 unchanged, 0 new assignments\n"_s), qPrintable(r.out));
    QCOMPARE(dbDigest(), before);
}

void TestCliImport::createAssignmentsOption()
{
    const QString csv = file("Student Number,Sketch,Collage\n1,10,7\n");
    QCOMPARE(run({u"import"_s, u"scores"_s, csv, u"--class"_s, u"Art"_s}).exitCode, 1);
    QCOMPARE(run({u"import"_s, u"scores"_s, csv, u"--class"_s, u"Art"_s, u"--create-assignments"_s}).exitCode, 0);
    QCOMPARE(points(u"Collage"_s, u"1"_s), 7.0);
}

void TestCliImport::usage()
{
    QCOMPARE(run({u"import"_s, u"scores"_s, u"x.csv"_s}).exitCode, 2);
    QCOMPARE(run({u"import"_s, u"scores"_s, u"x.csv"_s, u"--class"_s, u"Nope"_s}).exitCode, 1);
    QCOMPARE(run({u"import"_s, u"scores"_s, u"--help"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
