#pragma once

#include "models/actions/ClassDeleteActions.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace k12 {

// The confirmation before a class is deleted for good: what goes (students,
// assignments, grades), that a backup is kept and Edit > Undo brings it back;
// for a class with grades, the teacher types the class's name first (the way
// GitHub confirms deleting a repository), so a slip of the mouse deletes nothing.
class DeleteClassDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteClassDialog(const ClassDeleteActions::Summary &summary, const QString &className, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    QString m_className;
    QLineEdit *m_name = nullptr;
    QPushButton *m_delete;
};

} // namespace k12
