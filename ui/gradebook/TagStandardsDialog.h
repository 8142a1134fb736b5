#pragma once

#include "kernel/domain/Entities.h"
#include "models/actions/Actions.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace k12 {

// Tag one or several assignments (the selected columns) with the class's
// standards: every standard as a check box (checked when all the assignments
// carry it, partly checked when some do), and a field to add a standard on the
// spot. OK applies the difference as one tag and one untag step.
class TagStandardsDialog : public QDialog
{
    Q_OBJECT
public:
    TagStandardsDialog(Actions &actions, const QString &classId, const QList<Assignment> &assignments,
                       QWidget *parent = nullptr);

    // Tags added and taken off by the last apply(), for the status bar.
    int added() const { return m_added; }
    int removed() const { return m_removed; }
    // Writes the choice; false with a message box when it was refused.
    bool apply();

private:
    void load(const QStringList &checkIds = {});
    void onAddStandard();

    Actions &m_actions;
    QString m_classId;
    QList<Assignment> m_assignments;
    QListWidget *m_list;
    QLineEdit *m_newCode;
    QLineEdit *m_newDescription;
    QLabel *m_problem;
    int m_added = 0;
    int m_removed = 0;
};

} // namespace k12
