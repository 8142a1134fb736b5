#pragma once

#include "models/actions/Actions.h"
#include "models/csv/GradebookExport.h"
#include "models/grading/ScoreEdit.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QUndoStack;

namespace k12 {

class GradebookModel;
class GradebookView;
class Store;

// The Gradebook tab: the grid, its toolbar, the flag shortcuts and the header
// menu to add or edit assignments and categories. Every change is one undo step.
class GradebookPanel : public QWidget
{
    Q_OBJECT
public:
    GradebookPanel(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setClassId(const QString &classId);
    GradebookModel *model() const { return m_model; }
    GradebookView *view() const { return m_view; }
    QList<QAction *> gradeActions() const;
    QAction *addAssignmentAction() const { return m_addAssignment; }
    QAction *addCategoryAction() const { return m_addCategory; }
    QAction *settingsAction() const { return m_settings; }
    // Operations on the selection: set, fill, copy/paste, curve, comment, publish.
    QList<QAction *> bulkActions() const;

    // Applies an edit to the selected assignment cells as one undo step.
    // Reports why an action wrote nothing; true when it worked.
    bool written(const Result<int> &result);
    bool applyToSelection(const ScoreEdit &edit, const QString &label);

    void addAssignment();
    void editAssignment(int assignment);
    void deleteAssignment(int assignment);
    void addCategory();
    void editCategory(const QString &categoryId);
    void openSettings();

    void setScoreForSelection();
    void fillEmptyInSelection();
    void fillDown();
    void copySelection();
    // Pastes tab-separated text at the current cell (or by its header row); one undo step.
    bool pasteText(const QString &text);
    void curveAssignment();
    void commentSelection();
    void setSelectedPublished(bool published);
    void gradeByAssignment();
    void importScores();
    // Writes the gradebook CSV to path with the options (the File menu asks for both).
    Status exportTo(const QString &path, const GradebookExport::Options &options);
    void exportGradebook();
    QAction *exportAction() const { return m_export; }
    QAction *importScoresAction() const { return m_importScores; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void onHeaderMenu(const QPoint &pos);
    void onSelectionChanged();
    void updatePeriods();
    void fitColumns();
    void updateSummary();
    QList<int> selectedAssignments() const;

    Store &m_store;
    Actions m_actions;
    GradebookModel *m_model;
    GradebookView *m_view;
    QComboBox *m_period;
    QLabel *m_summary;
    QAction *m_addAssignment;
    QAction *m_addCategory;
    QAction *m_settings;
    QAction *m_markMissing;
    QAction *m_markExcused;
    QAction *m_markLate;
    QAction *m_unmark;
    QAction *m_clear;
    QAction *m_setScore;
    QAction *m_fillEmpty;
    QAction *m_fillDown;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_curve;
    QAction *m_comment;
    QAction *m_publish;
    QAction *m_hide;
    QAction *m_byAssignment;
    QAction *m_importScores;
    QAction *m_export;
};

} // namespace k12
