#pragma once

#include "models/today/TodayReport.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace k12 {

class Store;

// The Today page: the TodayReport's sections as headed groups in one
// keyboard-driven tree (arrows, Enter opens). Each item asks for the thing it
// names through a signal (the window knows where lessons, grids and the sync
// dialogs live); "no plan yet" first creates the lesson through PlanActions.
// Rebuilt (coalesced) whenever the store reports a change or pulled rows, and
// only while it is on screen: hidden, it rebuilds when it is shown again.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    explicit TodayView(Store &store, QWidget *parent = nullptr);

    const TodayReport &report() const { return m_report; }
    QTreeWidget *tree() const { return m_tree; }
    // Rebuilds now (normally the store's signals do it).
    void refresh();

Q_SIGNALS:
    void openLesson(const QString &classId, const QString &unitId, const QString &lessonId);
    void openAssignment(const QString &classId, const QString &assignmentId);
    void openStudent(const QString &classId, const QString &studentId);
    void openSyncProblems();    // open conflicts, rows held back
    void openRejectedChanges(); // changes the server refused
    void openSyncStatus();      // the sync state: last sync, its error, waiting changes

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onStoreChanged();
    void activate(QTreeWidgetItem *item);
    QTreeWidgetItem *section(const QString &title, int count);

    Store &m_store;
    QLabel *m_heading;
    QTreeWidget *m_tree;
    QTimer m_coalesce; // many change signals in a row: one rebuild
    TodayReport m_report;
    bool m_stale = false; // changed while hidden
};

} // namespace k12
