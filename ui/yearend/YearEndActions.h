#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QUndoStack;

namespace k12 {

class Store;

// The window's year-end actions besides the rollover: File > Export the
// Year... and Delete Class... (the Class menu and the sidebar's context menu).
// Both call the same code as the CLI (YearExport, ClassDeleteActions).
class YearEndActions : public QObject
{
    Q_OBJECT
public:
    // `currentClassId`: the class on screen (empty: none).
    YearEndActions(Store &store, QUndoStack *undoStack, QMainWindow *window, std::function<QString()> currentClassId);

    QAction *exportYearAction() const { return m_exportYear; }
    QAction *deleteClassAction() const { return m_deleteClass; }

    void exportYear();
    void deleteClass();

private:
    Store &m_store;
    QUndoStack *m_undoStack;
    QMainWindow *m_window;
    std::function<QString()> m_currentClassId;
    QAction *m_exportYear;
    QAction *m_deleteClass;
};

} // namespace k12
