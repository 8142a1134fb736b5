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

class AutoMissingNotice;
class FinalLetterOverrides;
class GradebookModel;
class GradebookStructure;
class SelectionGrading;
class GradebookView;
class Store;

// The Gradebook tab: the grid, its toolbar and menus, the grading-period
// filter and the summary line. Wiring only: what the actions do to the
// selection is SelectionGrading's, to the class's structure GradebookStructure's.
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

    void gradeByAssignment();
    // The "by standard" mode of an assignment (the selected one, or the given one).
    void gradeByStandard(const QString &assignmentId = {});
    // Tags the assignments (indices in the gradebook) with standards, in one step.
    void tagWithStandards(const QList<int> &assignments);
    void importScores();
    // Writes the gradebook CSV to path with the options (the File menu asks for both).
    Status exportTo(const QString &path, const GradebookExport::Options &options);
    void exportGradebook();
    QAction *exportAction() const { return m_export; }
    QAction *importScoresAction() const { return m_importScores; }
    AutoMissingNotice *autoMissingNotice() const { return m_autoMissing; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);

private:
    void onSelectionChanged();
    void onHeaderMenu(const QPoint &pos);
    void updatePeriods();
    void showPeriodColumns();
    void fitColumns();
    void updateSummary();

    Store &m_store;
    Actions m_actions;
    GradebookModel *m_model;
    GradebookView *m_view;
    SelectionGrading *m_selection;
    GradebookStructure *m_structure;
    FinalLetterOverrides *m_overrides;
    QComboBox *m_period;
    QLabel *m_summary;
    AutoMissingNotice *m_autoMissing = nullptr;
    QAction *m_addAssignment;
    QAction *m_addCategory;
    QAction *m_settings;
    QAction *m_markMissing;
    QAction *m_markExcused;
    QAction *m_markLate;
    QAction *m_turnedIn;
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
    QAction *m_byStandard;
    QAction *m_tagStandards;
    QAction *m_importScores;
    QAction *m_export;
};

} // namespace k12
