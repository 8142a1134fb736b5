#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace k12 {

class MainWindow;

// `k12-teacher --benchmark-startup` (issue 22): the real window opens the
// profile's last class on its gradebook, and once the grid has been painted
// for the first time the app prints how long that took and how much memory it
// holds, then quits:
//
//   startup grid_painted_ms=412.3 window_painted_ms=300.1 main_ms=35.2 rss_mib=98.3 peak_rss_mib=101.4
//
// Times are since the process started: the launcher's clock when it passes
// K12_STARTUP_T0_NS (CLOCK_MONOTONIC nanoseconds read just before exec; what
// bench_startup does), else the kernel's start time of the process
// (/proc/self/stat, 10 ms resolution). RSS comes from /proc/self/status
// (VmRSS now, VmHWM the peak). Exit code 1 when no grid was painted in 60 s.
class StartupBenchmark : public QObject
{
    Q_OBJECT
public:
    // Called first thing in main(): when the program's own code began.
    static void markMain();

    explicit StartupBenchmark(MainWindow &window, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish();
    static double msSinceProcessStart();

    QPointer<MainWindow> m_window;
    QPointer<QObject> m_gridViewport;
    double m_windowPaintedMs = -1;
    bool m_finishing = false;
    QTimer m_timeout;
};

} // namespace k12
