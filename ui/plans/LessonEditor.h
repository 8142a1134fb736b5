#pragma once

#include "models/actions/Actions.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextEdit;
class QUndoStack;

namespace k12 {

class FieldAutoSave;
class StandardsPicker;
class Store;

// The form of one lesson: title, date, objectives, activities (rich text with
// a small bold/italic/list toolbar), materials, homework, standards and an
// optional link to one of the class's assignments. Fields save themselves
// (see FieldAutoSave): one undo step per field edit.
class LessonEditor : public QWidget
{
    Q_OBJECT
public:
    LessonEditor(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setLesson(const QString &lessonId);
    const QString &lessonId() const { return m_lessonId; }
    bool commit();
    FieldAutoSave *autoSave() const { return m_autoSave; }
    QLineEdit *titleEdit() const { return m_title; }
    QTextEdit *activitiesEdit() const { return m_activities; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void load();
    void onStoreChanged(const QStringList &entities);
    Status saveField(const QString &key, const QVariant &value, const QString &label);
    void onAssignmentActivated(int index);
    void onAddStandard(const QString &code, const QString &description);
    void showProblem(const QString &message);
    void loadStandards(const QStringList &checked);
    void loadAssignments(const QString &selected);
    void updateFormatActions();
    void toggleList(bool on);

    Store &m_store;
    Actions m_actions;
    FieldAutoSave *m_autoSave;
    QString m_lessonId;
    QString m_classId;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QPlainTextEdit *m_objectives;
    QTextEdit *m_activities;
    QPlainTextEdit *m_materials;
    QPlainTextEdit *m_homework;
    StandardsPicker *m_standards;
    QComboBox *m_assignment;
    QLabel *m_unitLabel;
    QLabel *m_problem;
    QAction *m_bold;
    QAction *m_italic;
    QAction *m_list;
};

} // namespace k12
