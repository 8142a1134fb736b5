#pragma once

#include "models/actions/Actions.h"

#include <QWidget>

class QAction;
class QTableView;
class QUndoStack;

namespace k12 {

class RosterModel;
class Store;

// The roster of the selected class: add, edit, remove students, import a CSV.
class RosterPanel : public QWidget
{
    Q_OBJECT
public:
    RosterPanel(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setClassId(const QString &classId);
    QAction *addStudentAction() const { return m_add; }
    QAction *editStudentAction() const { return m_edit; }
    QAction *removeStudentAction() const { return m_remove; }
    QAction *importAction() const { return m_import; }
    QTableView *view() const { return m_view; }

    // Imports a roster file, showing every problem and importing nothing if
    // there is one. Returns the number of students imported.
    int importRosterFile(const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void onAddStudent();
    void onEditStudent();
    void onRemoveStudent();
    void onImportRoster();
    void updateActions();

    Store &m_store;
    Actions m_actions;
    RosterModel *m_model;
    QTableView *m_view;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_import;
};

} // namespace k12
