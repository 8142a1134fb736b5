#pragma once

#include "models/actions/Actions.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;
class QUndoStack;

namespace k12 {

class LessonEditor;
class LessonListModel;
class Store;
class UnitEditor;
class UnitListModel;
class WeekView;

// The Plans tab of the selected class: its units down the side, the selected
// unit's lessons in teaching order (drag, or Alt+Up/Down, to reorder), a form
// for the unit or lesson, and a week view across all classes. New, delete,
// duplicate and reorder are each one undo step; the forms save as you type.
class PlansPanel : public QWidget
{
    Q_OBJECT
public:
    PlansPanel(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setClassId(const QString &classId);
    const QString &classId() const { return m_classId; }
    QString currentUnitId() const { return m_unitId; }
    QString currentLessonId() const { return m_lessonId; }
    bool isLessonShown() const;
    void selectUnit(const QString &unitId);
    void selectLesson(const QString &lessonId);
    // Shows a lesson of the current class (from the week view).
    void openLesson(const QString &unitId, const QString &lessonId);
    void showWeek(bool week);
    // Saves whatever is being typed in the form.
    void commitEdits();

    bool newUnit();
    bool newLesson();
    bool deleteCurrent(bool askFirst = true);
    bool duplicateUnit(const QString &targetClassId, const QDate &newStart, const QString &title);
    Status exportUnitPdf(const QString &path);
    Status exportLessonPdf(const QString &path);

    UnitListModel *unitModel() const { return m_units; }
    LessonListModel *lessonModel() const { return m_lessons; }
    QListView *unitView() const { return m_unitView; }
    QListView *lessonView() const { return m_lessonView; }
    UnitEditor *unitEditor() const { return m_unitEditor; }
    LessonEditor *lessonEditor() const { return m_lessonEditor; }
    WeekView *weekView() const { return m_week; }
    QAction *newUnitAction() const { return m_newUnit; }
    QAction *newLessonAction() const { return m_newLesson; }
    QAction *deleteAction() const { return m_delete; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *exportUnitAction() const { return m_exportUnit; }
    QAction *exportLessonAction() const { return m_exportLesson; }
    QAction *weekAction() const { return m_weekAction; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

Q_SIGNALS:
    void statusMessage(const QString &message, int timeoutMs);
    // The week view asked for a lesson, possibly of another class.
    void lessonOpenRequested(const QString &classId, const QString &unitId, const QString &lessonId);

protected:
    // Another tab, or the window closing: what is being typed is saved first.
    void hideEvent(QHideEvent *event) override;

private:
    enum class Shown
    {
        Nothing,
        Unit,
        Lesson
    };
    void onUnitCurrentChanged();
    void onLessonCurrentChanged();
    void onUnitsReset();
    void onLessonsReset();
    void onDuplicate();
    void onExportUnit();
    void onExportLesson();
    void moveLesson(int delta);
    void show(Shown what);
    void updateActions();

    Store &m_store;
    Actions m_actions;
    QString m_classId;
    QString m_unitId;
    QString m_lessonId;
    Shown m_shown = Shown::Nothing;
    UnitListModel *m_units;
    LessonListModel *m_lessons;
    QListView *m_unitView;
    QListView *m_lessonView;
    QLabel *m_lessonsLabel;
    UnitEditor *m_unitEditor;
    LessonEditor *m_lessonEditor;
    QStackedWidget *m_editors;
    QLabel *m_hint;
    QStackedWidget *m_modes;
    WeekView *m_week;
    QAction *m_newUnit;
    QAction *m_newLesson;
    QAction *m_delete;
    QAction *m_duplicate;
    QAction *m_exportUnit;
    QAction *m_exportLesson;
    QAction *m_weekAction;
    QAction *m_moveUp;
    QAction *m_moveDown;
    bool m_selecting = false;
};

} // namespace k12
