#pragma once

#include "kernel/domain/Result.h"

#include <QObject>

class QAction;
class QWidget;

namespace k12 {

class Actions;
class GradebookModel;
class GradebookView;

// "Override Final Letter..." and "Clear Override" on a student's Final % or
// Letter cell (the grid's context menu and the Grades menu), for the period
// the grid's filter selects (or the course). Each asks what it needs, calls
// FinalActions (one undo step), and reports a refusal in the status bar.
class FinalLetterOverrides : public QObject
{
    Q_OBJECT
public:
    FinalLetterOverrides(GradebookModel *model, GradebookView *view, Actions &actions, QWidget *owner);

    QAction *overrideAction() const { return m_override; }
    QAction *clearAction() const { return m_clear; }

    // The student of the grid's current row, when the current cell is a final; else -1.
    int currentStudent() const;
    void overrideCurrent();
    Status clearCurrent();
    // Enabled on a final cell; Clear only where there is an override. The panel
    // calls this when the grid's selection moves.
    void updateActions();

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    GradebookModel *m_model;
    GradebookView *m_view;
    Actions &m_actions;
    QWidget *m_owner;
    QAction *m_override;
    QAction *m_clear;
};

} // namespace k12
