#pragma once

#include "commands/UndoableWriter.h"
#include "grading/ScoreEdit.h"

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

    // Applies an edit to the selected assignment cells as one undo step.
    bool applyToSelection(const ScoreEdit &edit, const QString &label);

    void addAssignment();
    void editAssignment(int assignment);
    void deleteAssignment(int assignment);
    void addCategory();
    void editCategory(const QString &categoryId);
    void openSettings();

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void onHeaderMenu(const QPoint &pos);
    void onSelectionChanged();
    void updatePeriods();
    void fitColumns();
    void updateSummary();

    Store &m_store;
    UndoableWriter m_writer;
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
};

} // namespace k12
