#pragma once

#include "kernel/domain/Result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariant>

#include <functional>
#include <vector>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTextEdit;
class QUndoStack;

namespace k12 {

// Saves form fields as the teacher types, without one undo step per keystroke.
// A field is written when it loses focus, when the teacher presses Enter, or
// after `idleMs` without typing; every write goes through the saver (an
// UndoableWriter call). All writes made while one field keeps focus are
// grouped into ONE undo step (a QUndoStack macro named after the field), so
// Edit > Undo takes the whole field edit back, not its last pause.
class FieldAutoSave : public QObject
{
    Q_OBJECT
public:
    // Writes `value` into field `key`; the label names the undo step ("Edit Lesson Title").
    using Saver = std::function<Status(const QString &key, const QVariant &value, const QString &label)>;

    FieldAutoSave(QUndoStack *undoStack, QObject *parent = nullptr);
    ~FieldAutoSave() override;

    // Says what is wrong with `value` for field `key` (empty when fine), before anything is written.
    using Validator = std::function<QString(const QString &key, const QVariant &value)>;

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // A refused value never opens an undo group, so no empty step lands on the stack.
    void setValidator(Validator validator) { m_validator = std::move(validator); }
    void setIdleMs(int ms) { m_idle.setInterval(ms); }
    int idleMs() const { return m_idle.interval(); }

    void addLineEdit(const QString &key, QLineEdit *edit, const QString &label);
    void addPlainText(const QString &key, QPlainTextEdit *edit, const QString &label);
    void addRichText(const QString &key, QTextEdit *edit, const QString &label);
    // A QDateEdit whose minimum date (shown as its special value text) means "no date".
    void addDate(const QString &key, QDateEdit *edit, const QString &label);

    // Loading a record sets every widget without marking anything edited; `stored`
    // holds the values as saved, so an unchanged field is never written again.
    void beginLoad();
    void endLoad(const QVariantMap &stored);
    // Refreshes fields that are not being edited from `stored` (after undo or sync).
    void refresh(const QVariantMap &stored);

    // Writes the pending field now and closes the undo group. Returns false when the write was refused.
    bool flush();
    // Writes a field that saves at once (a combo box, a check list) as its own undo step.
    Status saveNow(const QString &key, const QVariant &value, const QString &label);
    bool hasPending() const { return m_pending >= 0; }
    bool isEdited(const QString &key) const;

    static QVariant dateValue(const QDateEdit *edit);
    static void setDateValue(QDateEdit *edit, const QVariant &value);

Q_SIGNALS:
    void saveFailed(const QString &key, const QString &message);
    void saved(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        QString key;
        QString label;
        QWidget *widget = nullptr;
        std::function<QVariant()> read;
        std::function<void(const QVariant &)> write;
        QVariant stored;
        bool edited = false;
    };

    void add(Field field);
    void onEdited(int index);
    bool save(int index);
    void closeGroup();
    int indexOf(const QObject *widget) const;

    QPointer<QUndoStack> m_undoStack;
    Saver m_saver;
    Validator m_validator;
    std::vector<Field> m_fields;
    QTimer m_idle;
    int m_pending = -1;    // field edited and not written yet
    int m_groupField = -1; // field whose undo macro is open
    bool m_loading = false;
};

} // namespace k12
