#include "StartupBenchmark.h"

#include "models/itemmodels/GradebookModel.h"
#include "ui/MainWindow.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTabWidget>
#include <QTextStream>
#include <QWidget>

#include <ctime>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

double g_mainMs = -1;

double monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}

double bootNs()
{
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}

// A "VmRSS:   123456 kB" line of /proc/self/status, in MiB (-1 when absent).
double statusMiB(const QByteArray &status, const QByteArray &key)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

void StartupBenchmark::markMain()
{
    g_mainMs = msSinceProcessStart();
}

double StartupBenchmark::msSinceProcessStart()
{
    bool ok = false;
    const double t0 = qEnvironmentVariable("K12_STARTUP_T0_NS").toDouble(&ok);
    if (ok && t0 > 0)
        return (monotonicNs() - t0) / 1e6;
    // Field 22 of /proc/self/stat: start time in clock ticks after boot. The
    // command name (field 2) is in parentheses and may hold spaces: count after it.
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(19).toDouble(); // field 22 is the 20th after the name
    return (bootNs() / 1e6) - ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

StartupBenchmark::StartupBenchmark(MainWindow &window, QObject *parent)
    : QObject(parent)
    , m_window(&window)
{
    // The last class, on its gradebook: what a teacher opens to grade.
    const QString classId = window.currentClassId();
    if (!classId.isEmpty())
        window.selectClass(classId);
    if (auto *tabs = window.findChild<QTabWidget *>(u"classTabs"_s))
        tabs->setCurrentWidget(window.gradebookPanel());
    m_gridViewport = window.gradebookPanel()->view()->viewport();
    m_gridViewport->installEventFilter(this);
    qApp->installEventFilter(this); // the first paint of any of the window's widgets
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [] {
        QTextStream(stderr) << "startup: no gradebook was painted within 60 s (does the profile have a class?)\n";
        QApplication::exit(1);
    });
    m_timeout.start(60000);
}

bool StartupBenchmark::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_finishing) {
        if (m_windowPaintedMs < 0 && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window.data())
            m_windowPaintedMs = msSinceProcessStart();
        if (watched == m_gridViewport && m_window && m_window->gradebookPanel()->model()->rowCount() > 0) {
            // The paint event runs after this filter: finish once it is done.
            m_finishing = true;
            QTimer::singleShot(0, this, &StartupBenchmark::finish);
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupBenchmark::finish()
{
    const double gridMs = msSinceProcessStart();
    QFile status(u"/proc/self/status"_s);
    const QByteArray text = status.open(QIODevice::ReadOnly) ? status.readAll() : QByteArray();
    QTextStream(stdout) << u"startup grid_painted_ms=%1 window_painted_ms=%2 main_ms=%3 rss_mib=%4 peak_rss_mib=%5\n"_s
                               .arg(gridMs, 0, 'f', 1)
                               .arg(m_windowPaintedMs, 0, 'f', 1)
                               .arg(g_mainMs, 0, 'f', 1)
                               .arg(statusMiB(text, "VmRSS:"), 0, 'f', 1)
                               .arg(statusMiB(text, "VmHWM:"), 0, 'f', 1);
    m_timeout.stop();
    QApplication::exit(0);
}

} // namespace k12
