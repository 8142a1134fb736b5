#pragma once

#include <QObject>
#include <QPointer>

namespace k12 {

class MainWindow;
class TodayView;

// Opens what a Today item names, where it lives in the main window: a lesson
// in the class's plans, an ungraded assignment in grade-by-assignment, a
// student with missing work in the class's Insight tab (its missing-work list),
// conflicts and held rows in Sync > Conflicts, refused changes in Sync >
// Rejected Changes, the sync state in the account dialog.
class TodayNavigator : public QObject
{
    Q_OBJECT
public:
    // Connects the view's requests to the window (owned by the window).
    static TodayNavigator *install(MainWindow *window, TodayView *view);

    void openLesson(const QString &classId, const QString &unitId, const QString &lessonId);
    void openAssignment(const QString &classId, const QString &assignmentId);
    void openStudent(const QString &classId, const QString &studentId);

private:
    TodayNavigator(MainWindow *window, TodayView *view);
    void showTab(QWidget *page);
    // Without a sync client (working on this computer only) there is nothing to open.
    void noSync();

    QPointer<MainWindow> m_window;
};

} // namespace k12
