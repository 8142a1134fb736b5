#pragma once

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace k12::test {

// Runs `act` on the next modal dialog as soon as it is shown (dialogs run
// their own event loop inside exec(), so the test acts from a timer).
inline void whenModalShows(std::function<void(QWidget *)> act, int timeoutMs = 5000)
{
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act, elapsed, timeoutMs] {
        *elapsed += 10;
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && *elapsed < timeoutMs)
            return;
        timer->stop();
        timer->deleteLater();
        if (modal) {
            // Under load the dialog can be shown before it is the active
            // window; focus set or keys sent before then go astray.
            if (!QTest::qWaitForWindowActive(modal))
                qWarning("the modal dialog did not become the active window");
            act(modal);
        }
    });
    timer->start();
}

} // namespace k12::test
