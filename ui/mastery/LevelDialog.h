#pragma once

#include "models/mastery/ProficiencyScale.h"

#include "kernel/domain/Entities.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QUndoStack;

namespace k12 {

class Store;

// Enter (or replace, or remove) one student's level on one standard for an
// assignment of the class: what `grade set --standard --level` does, through
// the same action, as one undo step of the window.
class LevelDialog : public QDialog
{
    Q_OBJECT
public:
    LevelDialog(Store &store, QUndoStack *undoStack, const QString &classId, const QString &studentId,
                const QString &standardId, QWidget *parent = nullptr);

    // Writes the level; false (the problem shown in the dialog) when refused.
    bool save();
    // Removes the level entered for the chosen assignment.
    bool remove();

    void accept() override;

private:
    void onAssignmentChanged();
    void updateLevelLabel();
    Assignment currentAssignment() const;

    Store &m_store;
    QPointer<QUndoStack> m_undo;
    QString m_studentId;
    QString m_standardId;
    QList<Assignment> m_assignments;
    QComboBox *m_assignment;
    QDoubleSpinBox *m_level;
    QLabel *m_levelLabel;
    ProficiencyScale m_scale = ProficiencyScale::defaultScale(); // the class's
    QCheckBox *m_useDate;
    QDateEdit *m_date;
    QLabel *m_problem;
    QPushButton *m_remove;
};

} // namespace k12
