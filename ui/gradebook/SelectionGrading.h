#pragma once

#include "models/actions/Actions.h"
#include "models/grading/ScoreEdit.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace k12 {

class GradebookModel;
class GradebookView;

// What a teacher does to the selected cells of the grid: mark, clear, set a
// score, fill, copy and paste, curve, comment, publish. Each asks what it
// needs (a score, a comment, a curve), calls one action, and reports a
// problem in the status bar. The panel only connects its menu actions here.
class SelectionGrading : public QObject
{
    Q_OBJECT
public:
    SelectionGrading(GradebookModel *model, GradebookView *view, Actions &actions, QWidget *owner);

    // Applies an edit to the selected assignment cells as one undo step.
    bool applyToSelection(const ScoreEdit &edit, const QString &label);
    void setScoreForSelection();
    // Asks when the selected cells' work came in (TurnedInDialog); the due dates make the days late.
    void turnedInForSelection();
    void fillEmptyInSelection();
    void fillDown();
    void copySelection();
    // Pastes tab-separated text at the current cell (or by its header row); one undo step.
    bool pasteText(const QString &text);
    void curveAssignment();
    void commentSelection();
    void setSelectedPublished(bool published);
    // The assignments of the selected cells (or of the current one).
    QList<int> selectedAssignments() const;

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    // Reports why an action wrote nothing; true when it worked.
    bool written(const Result<int> &result);

    GradebookModel *m_model;
    GradebookView *m_view;
    Actions &m_actions;
    QPointer<QWidget> m_owner; // the parent of the dialogs it opens
};

} // namespace k12
