// `k12-teacher --benchmark-startup` (issue 22): the real window opens the
// profile's class on its gradebook and, once the grid is painted, prints one
// line of figures and exits 0 (what bench_startup parses). No timing is
// asserted, only that the line is there and its figures are plausible.
#include "tests/common/TestSupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestBenchmarkStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsTheFiguresAfterTheGridsFirstPaint();
};

void TestBenchmarkStartup::printsTheFiguresAfterTheGridsFirstPaint()
{
    QTemporaryDir dir;
    const QString profile = dir.path();
    const auto cli = [&](const QStringList &args) {
        const test::ProcessResult r = test::runTeacher(QStringList{u"--profile"_s, profile} + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    };
    cli({u"class"_s, u"add"_s, u"Algebra I"_s});
    cli({u"student"_s, u"add"_s, u"--class"_s, u"Algebra I"_s, u"Ada"_s, u"Lovelace"_s, u"--number"_s, u"1001"_s});
    cli({u"assignment"_s, u"add"_s, u"--class"_s, u"Algebra I"_s, u"Quiz 1"_s, u"--points"_s, u"10"_s});
    cli({u"grade"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--assignment"_s, u"Quiz 1"_s, u"--student"_s, u"1001"_s,
         u"--points"_s, u"9.5"_s});
    if (QTest::currentTestFailed())
        return;

    qputenv("QT_QPA_PLATFORM", "offscreen");
    qunsetenv("K12_STARTUP_T0_NS"); // the process's own start time (/proc/self/stat)
    const test::ProcessResult r = test::runTeacher({u"--profile"_s, profile, u"--benchmark-startup"_s}, {}, 60000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QRegularExpression line(u"^startup grid_painted_ms=([0-9.]+) window_painted_ms=([0-9.]+) main_ms=([0-9.]+) "
                                  "rss_mib=([0-9.]+) peak_rss_mib=([0-9.]+)$"_s,
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = line.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    const double grid = m.captured(1).toDouble();
    const double window = m.captured(2).toDouble();
    const double mainAt = m.captured(3).toDouble();
    QVERIFY2(mainAt >= 0 && mainAt <= window && window <= grid, qPrintable(r.out));
    QVERIFY2(grid < 60000, qPrintable(r.out));
    const double rss = m.captured(4).toDouble();
    const double peak = m.captured(5).toDouble();
    QVERIFY2(rss > 10 && rss <= peak, qPrintable(r.out));                 // a Qt widget app holds more than 10 MiB
    QVERIFY(!r.out.contains(u"Ada"_s) && !r.out.contains(u"Lovelace"_s)); // nothing of a student is printed
}

QTEST_GUILESS_MAIN(TestBenchmarkStartup)
#include "tst_benchmarkstartup.moc"
