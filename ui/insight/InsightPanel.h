#pragma once

#include "models/insight/InsightReport.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;
class QTimer;

namespace k12 {

class AtRiskModel;
class CountChart;
class GradebookModel;
class MasteryModel;
class MissingWorkModel;
class Store;
class WhatItTakesModel;

// The Insight tab: the class at a glance, from the gradebook grid's own model
// (the same in-memory class, kept current by the store's change signals, in
// the same grading period): the Final % and letter distribution, one
// assignment's spread, the students at risk, the missing work (copy or export
// as CSV), what it takes to reach each letter, and the standards heat map.
// Read-only: it never writes.
//
// Grades change one edit at a time, sometimes thousands at once (a bulk edit
// emits one dataChanged per range): the panel only notes which students and
// assignments changed and recomputes at most once per event-loop turn (a 0 ms
// single-shot timer), and not at all while hidden (it catches up when shown).
class InsightPanel : public QWidget
{
    Q_OBJECT
public:
    InsightPanel(Store &store, GradebookModel *gradebook, QWidget *parent = nullptr);

    const InsightReport &report() const { return m_report; }
    AtRiskModel *atRiskModel() const { return m_atRiskModel; }
    MissingWorkModel *missingModel() const { return m_missingModel; }
    WhatItTakesModel *whatItTakesModel() const { return m_whatItTakesModel; }
    QTableView *atRiskView() const { return m_atRiskView; }
    QTableView *whatItTakesView() const { return m_whatItTakesView; }
    QComboBox *assignmentChooser() const { return m_assignment; }
    QComboBox *targetChooser() const { return m_target; }
    QLabel *assignmentSummary() const { return m_assignmentSummary; }
    QTabWidget *sections() const { return m_sections; }
    // The missing-work list as CSV (what Copy puts on the clipboard).
    QByteArray missingCsv() const;
    // Writes the missing-work CSV (owner-only, 0600); the teacher picks the path in exportMissing().
    Status exportMissingTo(const QString &path) const;
    // Recomputes now whatever is pending (tests; the timer does it otherwise).
    void refreshNow();
    // Whether the Final % of two weeks ago is being rebuilt on a worker thread
    // (the drop criterion waits for it; the rest of the tab does not).
    bool historyPending() const { return m_historyRunning > 0; }

Q_SIGNALS:
    // The teacher asked for the student's row in the gradebook (double-click or Enter on a list).
    void studentActivated(const QString &studentId);
    void statusMessage(const QString &message, int timeoutMs);
    // After each recompute (tests count them: one per event-loop turn at most).
    void refreshed();
    // The Final % of two weeks ago arrived from the worker and the at-risk list has the drop.
    void historyReady();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createOverview();
    QWidget *createAtRisk();
    QWidget *createMissing();
    QWidget *createWhatItTakes();
    void schedule();
    void onReset();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void refresh();
    // Starts rebuilding the earlier Final % on a worker thread (ScoreHistory::finalsAsOfFile).
    void startHistory(const GradebookData &data);
    void showAtRisk(); // the at-risk list, its note and its tab's count
    void updateCharts();
    void updateAssignmentChooser();
    void updateAssignmentStats();
    void updateTargetChooser();
    void copyMissing();
    void exportMissing();
    void activate(const QModelIndex &index);

    Store &m_store;
    GradebookModel *m_gradebook;
    InsightReport m_report;
    QTimer *m_timer;
    QSet<int> m_changedStudents;
    QSet<int> m_changedAssignments;
    bool m_all = true;           // the next refresh recomputes everything
    bool m_historyStale = true;  // the earlier Final % must be rebuilt (class or structure changed)
    bool m_pending = false;      // something changed while hidden
    int m_historyGeneration = 0; // a rebuild's result counts only if nothing made it stale since
    int m_historyRunning = 0;    // rebuilds still on a worker thread
    QString m_lastPeriod;

    QTabWidget *m_sections = nullptr;
    CountChart *m_finalChart = nullptr;
    CountChart *m_letterChart = nullptr;
    QLabel *m_overviewSummary = nullptr;
    QComboBox *m_assignment = nullptr;
    CountChart *m_assignmentChart = nullptr;
    QLabel *m_assignmentSummary = nullptr;
    AtRiskModel *m_atRiskModel = nullptr;
    QTableView *m_atRiskView = nullptr;
    QLabel *m_atRiskNote = nullptr;
    MissingWorkModel *m_missingModel = nullptr;
    QTableView *m_missingView = nullptr;
    QComboBox *m_missingOrder = nullptr;
    QLabel *m_missingCount = nullptr;
    WhatItTakesModel *m_whatItTakesModel = nullptr;
    QTableView *m_whatItTakesView = nullptr;
    QComboBox *m_target = nullptr;
    MasteryModel *m_mastery = nullptr;
};

} // namespace k12
