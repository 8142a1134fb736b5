#include "TodayNavigator.h"

#include "TodayView.h"
#include "models/itemmodels/GradebookModel.h"
#include "ui/MainWindow.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"
#include "ui/insight/InsightPanel.h"
#include "ui/plans/PlansPanel.h"
#include "ui/sync/SyncActions.h"

#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

TodayNavigator *TodayNavigator::install(MainWindow *window, TodayView *view)
{
    return new TodayNavigator(window, view);
}

TodayNavigator::TodayNavigator(MainWindow *window, TodayView *view)
    : QObject(window)
    , m_window(window)
{
    setObjectName(u"todayNavigator"_s);
    connect(view, &TodayView::openLesson, this, &TodayNavigator::openLesson);
    connect(view, &TodayView::openAssignment, this, &TodayNavigator::openAssignment);
    connect(view, &TodayView::openStudent, this, &TodayNavigator::openStudent);
    connect(view, &TodayView::openSyncProblems, this, [this] {
        if (SyncActions *sync = m_window->syncActions())
            sync->openConflicts();
        else
            noSync();
    });
    connect(view, &TodayView::openRejectedChanges, this, [this] {
        if (SyncActions *sync = m_window->syncActions())
            sync->openRejected();
        else
            noSync();
    });
    connect(view, &TodayView::openSyncStatus, this, [this] {
        if (SyncActions *sync = m_window->syncActions())
            sync->openAccount();
        else
            noSync();
    });
}

void TodayNavigator::showTab(QWidget *page)
{
    if (auto *tabs = m_window->findChild<QTabWidget *>(u"classTabs"_s))
        tabs->setCurrentWidget(page);
}

void TodayNavigator::noSync()
{
    m_window->statusBar()->showMessage(
        tr("This profile works on this computer only: sign in under Settings to sync with your school's server."),
        8000);
}

void TodayNavigator::openLesson(const QString &classId, const QString &unitId, const QString &lessonId)
{
    m_window->selectClass(classId);
    showTab(m_window->plansPanel());
    m_window->plansPanel()->openLesson(unitId, lessonId);
}

void TodayNavigator::openAssignment(const QString &classId, const QString &assignmentId)
{
    m_window->selectClass(classId);
    GradebookPanel *panel = m_window->gradebookPanel();
    showTab(panel);
    GradebookModel *model = panel->model();
    const int assignment = model->gradebook().assignmentIndex(assignmentId);
    if (assignment < 0)
        return;
    // The assignment's column selected, then grade-by-assignment on it; after
    // this returns, so the Today item's activation is over when the dialog runs.
    GradebookView *view = panel->view();
    const QModelIndex cell = model->index(0, model->columnForAssignment(assignment));
    view->setCurrentIndex(cell);
    view->selectColumn(cell.column());
    view->scrollTo(cell);
    QTimer::singleShot(0, panel, [panel] { panel->gradeByAssignment(); });
}

void TodayNavigator::openStudent(const QString &classId, const QString &studentId)
{
    Q_UNUSED(studentId) // the Insight tab lists the class's missing work by student
    m_window->selectClass(classId);
    if (auto *insight = m_window->findChild<InsightPanel *>())
        showTab(insight);
}

} // namespace k12
