#pragma once

#include "models/actions/Actions.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

namespace k12 {

class FieldAutoSave;
class StandardsPicker;
class Store;

// The form of one unit plan: title, dates, status, summary, essential
// questions and the standards it addresses. Every field saves itself (see
// FieldAutoSave): one undo step per field edit.
class UnitEditor : public QWidget
{
    Q_OBJECT
public:
    UnitEditor(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setUnit(const QString &unitId);
    const QString &unitId() const { return m_unitId; }
    // Writes what is being typed now (before the panel does anything else).
    bool commit();
    FieldAutoSave *autoSave() const { return m_autoSave; }
    QLineEdit *titleEdit() const { return m_title; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void load();
    void onStoreChanged(const QStringList &entities);
    Status saveField(const QString &key, const QVariant &value, const QString &label);
    void onStatusActivated(int index);
    void onAddStandard(const QString &code, const QString &description);
    void showProblem(const QString &message);
    void loadStandards(const QStringList &checked);

    Store &m_store;
    Actions m_actions;
    FieldAutoSave *m_autoSave;
    QString m_unitId;
    QString m_classId;
    QLineEdit *m_title;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QComboBox *m_status;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_questions;
    StandardsPicker *m_standards;
    QLabel *m_problem;
};

} // namespace k12
