// Start-up benchmark (issue 22; not part of CTest: timings depend on the
// machine). Makes a profile holding one class of 200 students x 1,000
// assignments (k12_benchgen), then starts the real app on it N times with
// `k12-teacher --profile DIR --benchmark-startup`: the window opens the class's
// gradebook and the app quits after the grid's first paint, printing the time
// since its process started and its memory (VmRSS, VmHWM). Each run is timed
// from just before exec (K12_STARTUP_T0_NS), so dynamic linking counts.
//
// The raw reference, run in alternation with the app: this program started
// again as a bare Qt window (QApplication, a QMainWindow holding a QTableView
// over a 200 x 1000 model of numbers) up to its first paint: what any Qt
// widget app costs here before it reads a byte of its own data.
//
// Offscreen (QT_QPA_PLATFORM=offscreen) always; under Xvfb (the xcb platform)
// too when Xvfb is installed. One start before the timed ones is not counted:
// it warms the page cache. (The day's backup starts 5 s after the window opens:
// a benchmark run quits before, so none is made.)
//
//   bench_startup [--quick] [--runs N] [--profile DIR]
//     --quick: 3 runs per platform (default 9); --profile: keep the generated
//     profile in DIR (reused when it already holds one) instead of a temp folder.
#include "bench/common/BenchOutput.h"
#include "bench/common/ClassGenerator.h"

#include "models/store/Store.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <ctime>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using bench::median;
using bench::out;

namespace {

double monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}

// --- the bare Qt window (child mode) --------------------------------------

class NumbersModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 200; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1000; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(QString::number(index.row() * 7 + index.column())) : QVariant();
    }
};

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *viewport)
        : m_viewport(viewport)
    {
        viewport->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_viewport && event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                const double t0 = qEnvironmentVariable("K12_STARTUP_T0_NS").toDouble();
                QFile status(u"/proc/self/status"_s);
                (void)status.open(QIODevice::ReadOnly);
                const QByteArray text = status.readAll();
                const auto mib = [&](const QByteArray &key) {
                    const qsizetype at = text.indexOf(key);
                    return at < 0 ? -1.0
                                  : text.mid(at + key.size(), 20).trimmed().split(' ').value(0).toDouble() / 1024.0;
                };
                QTextStream(stdout) << u"startup grid_painted_ms=%1 rss_mib=%2 peak_rss_mib=%3\n"_s
                                           .arg((monotonicNs() - t0) / 1e6, 0, 'f', 1)
                                           .arg(mib("VmRSS:"), 0, 'f', 1)
                                           .arg(mib("VmHWM:"), 0, 'f', 1);
                QApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_viewport;
    bool m_done = false;
};

int runBareWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *view = new QTableView(&window);
    NumbersModel model;
    view->setModel(&model);
    window.setCentralWidget(view);
    window.resize(1240, 760);
    FirstPaint probe(view->viewport());
    window.show();
    return QApplication::exec();
}

// --- the parent ---------------------------------------------------------

struct Run
{
    double paintedMs = -1;
    double rssMiB = -1;
    double peakMiB = -1;
    double exitMs = -1; // until the process ended (what a script sees)
};

std::optional<Run> startOnce(const QString &program, const QStringList &args, QProcessEnvironment env)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    const double t0 = monotonicNs();
    env.insert(u"K12_STARTUP_T0_NS"_s, QString::number(qint64(t0)));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        QTextStream(stderr) << program << u" failed: "_s << p.readAllStandardError().right(2000) << u'\n';
        return std::nullopt;
    }
    Run run;
    run.exitMs = (monotonicNs() - t0) / 1e6;
    const QString output = QString::fromUtf8(p.readAllStandardOutput());
    const auto field = [&](const QString &key) {
        const QRegularExpressionMatch m = QRegularExpression(u"(?<![a-z_])"_s + key + u"=([0-9.\\-]+)"_s).match(output);
        return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
    };
    run.paintedMs = field(u"grid_painted_ms"_s);
    run.rssMiB = field(u"rss_mib"_s);
    run.peakMiB = field(u"peak_rss_mib"_s);
    if (run.paintedMs < 0) {
        QTextStream(stderr) << program << u" printed no start-up line: "_s << output << u'\n';
        return std::nullopt;
    }
    return run;
}

// Xvfb on a display it picks itself (-displayfd); stopped with the object.
class Xvfb
{
public:
    bool start()
    {
        const QString exe = QStandardPaths::findExecutable(u"Xvfb"_s);
        if (exe.isEmpty())
            return false;
        m_process.start(exe,
                        {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1280x800x24"_s, u"-nolisten"_s, u"tcp"_s});
        if (!m_process.waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine() && t.elapsed() < 10000 && m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(200);
        const QByteArray line = m_process.readLine().trimmed();
        if (line.isEmpty())
            return false;
        m_display = u":"_s + QString::fromLatin1(line);
        return true;
    }
    ~Xvfb()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
    }
    const QString &display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};

struct Series
{
    std::vector<double> painted, rss, peak, exit;
    void add(const Run &r)
    {
        painted.push_back(r.paintedMs);
        rss.push_back(r.rssMiB);
        peak.push_back(r.peakMiB);
        exit.push_back(r.exitMs);
    }
};

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--bare-window") == 0)
        return runBareWindow(argc, argv);

    QCoreApplication app(argc, argv);
    const bool quick = bench::quickMode(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = quick ? 3 : 9;
    QString profileDir;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--runs"_s)
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == u"--profile"_s)
            profileDir = args.at(i + 1);
    }
    QTemporaryDir temp;
    if (profileDir.isEmpty())
        profileDir = temp.path();
    QDir().mkpath(profileDir);

    if (!QFile::exists(QDir(profileDir).filePath(u"k12.sqlite"_s))) {
        QElapsedTimer t;
        t.start();
        Result<std::unique_ptr<Store>> store = Store::open(profileDir);
        if (!store) {
            QTextStream(stderr) << store.error() << u'\n';
            return 1;
        }
        Result<ClassGenerator::Generated> generated = ClassGenerator::generate(**store, {});
        if (!generated) {
            QTextStream(stderr) << generated.error() << u'\n';
            return 1;
        }
        out() << u"Generated a 200 x 1000 class in %1 s.\n"_s.arg(double(t.elapsed()) / 1000, 0, 'f', 1);
    }

    struct Platform
    {
        QString name;
        QProcessEnvironment env;
    };
    QList<Platform> platforms;
    QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
    offscreen.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    platforms << Platform{u"offscreen"_s, offscreen};
    Xvfb xvfb;
    if (xvfb.start()) {
        QProcessEnvironment x11 = QProcessEnvironment::systemEnvironment();
        x11.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        x11.insert(u"DISPLAY"_s, xvfb.display());
        x11.remove(u"WAYLAND_DISPLAY"_s);
        platforms << Platform{u"Xvfb"_s, x11};
    } else {
        out() << u"Xvfb not available: offscreen only.\n"_s;
    }

    const QString appBin = QStringLiteral(K12_TEACHER_BIN);
    const QStringList appArgs{u"--profile"_s, profileDir, u"--benchmark-startup"_s};
    const QString self = QCoreApplication::applicationFilePath();
    out() << u"\n| platform | measure | median | min | max | runs | target |\n|---|---|---|---|---|---|---|\n"_s;
    struct Figure
    {
        QString measure;
        double value;
        QString unit;
        double reference;
        QString target;
    };
    QList<Figure> figures;
    for (const Platform &platform : std::as_const(platforms)) {
        // Not counted: warms the page cache.
        if (!startOnce(appBin, appArgs, platform.env) || !startOnce(self, {u"--bare-window"_s}, platform.env))
            return 1;
        Series appSeries, bareSeries;
        for (int i = 0; i < runs; ++i) {
            const std::optional<Run> bare = startOnce(self, {u"--bare-window"_s}, platform.env);
            const std::optional<Run> real = startOnce(appBin, appArgs, platform.env);
            if (!bare || !real)
                return 1;
            bareSeries.add(*bare);
            appSeries.add(*real);
        }
        const auto row = [&](const QString &measure, const std::vector<double> &v, const QString &unit,
                             const QString &target) {
            out() << u"| "_s << platform.name << u" | "_s << measure << u" | "_s << QString::number(median(v), 'f', 1)
                  << u' ' << unit << u" | "_s << QString::number(*std::min_element(v.begin(), v.end()), 'f', 1) << u' '
                  << unit << u" | "_s << QString::number(*std::max_element(v.begin(), v.end()), 'f', 1) << u' ' << unit
                  << u" | "_s << v.size() << u" | "_s << target << u" |\n"_s;
        };
        row(u"k12-teacher start to the grid painted, 200 x 1000"_s, appSeries.painted, u"ms"_s, u"< 500 ms"_s);
        row(u"  reference: bare Qt window with a 200 x 1000 table"_s, bareSeries.painted, u"ms"_s, QString());
        row(u"k12-teacher start to the process ended"_s, appSeries.exit, u"ms"_s, QString());
        row(u"k12-teacher RSS with the class open (VmRSS)"_s, appSeries.rss, u"MiB"_s, u"< 150 MiB"_s);
        row(u"k12-teacher peak RSS (VmHWM)"_s, appSeries.peak, u"MiB"_s, QString());
        row(u"  reference: bare Qt window RSS"_s, bareSeries.rss, u"MiB"_s, QString());
        out().flush();
        figures << Figure{u"start-up to the grid painted, 200 x 1000, %1"_s.arg(platform.name),
                          median(appSeries.painted), u"ms"_s, median(bareSeries.painted), u"< 500 ms"_s};
        figures << Figure{u"RSS with the 200 x 1000 class open, %1"_s.arg(platform.name), median(appSeries.rss),
                          u"MiB"_s, median(bareSeries.rss), u"< 150 MiB"_s};
        figures << Figure{u"peak RSS at start-up, 200 x 1000, %1"_s.arg(platform.name), median(appSeries.peak),
                          u"MiB"_s, -1, QString()};
    }
    out() << u"\n"_s;
    for (const Figure &f : std::as_const(figures))
        bench::benchLine(f.measure, f.value, f.unit, f.reference, f.target);
    return 0;
}
