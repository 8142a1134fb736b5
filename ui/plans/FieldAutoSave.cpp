#include "FieldAutoSave.h"

#include <QDateEdit>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QUndoStack>

namespace k12 {

FieldAutoSave::FieldAutoSave(QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
{
    // Long enough not to save mid-word, short enough that nothing typed is at risk.
    m_idle.setInterval(600);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_pending >= 0)
            save(m_pending);
    });
}

FieldAutoSave::~FieldAutoSave()
{
    // The widgets may already be gone (children die before their parent's members); only close the group.
    closeGroup();
}

QVariant FieldAutoSave::dateValue(const QDateEdit *edit)
{
    const QDate d = edit->date();
    return d == edit->minimumDate() ? QVariant() : QVariant(d.toString(Qt::ISODate));
}

void FieldAutoSave::setDateValue(QDateEdit *edit, const QVariant &value)
{
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    edit->setDate(d.isValid() ? d : edit->minimumDate());
}

void FieldAutoSave::add(Field field)
{
    field.widget->installEventFilter(this);
    m_fields.push_back(std::move(field));
}

void FieldAutoSave::addLineEdit(const QString &key, QLineEdit *edit, const QString &label)
{
    const int index = int(m_fields.size());
    add({key,
         label,
         edit,
         [edit] { return QVariant(edit->text()); },
         [edit](const QVariant &v) { edit->setText(v.toString()); },
         {},
         false});
    connect(edit, &QLineEdit::textChanged, this, [this, index] { onEdited(index); });
    // Enter in a line edit is "I am done with this field".
    connect(edit, &QLineEdit::returnPressed, this, [this] { flush(); });
}

void FieldAutoSave::addPlainText(const QString &key, QPlainTextEdit *edit, const QString &label)
{
    const int index = int(m_fields.size());
    add({key,
         label,
         edit,
         [edit] { return QVariant(edit->toPlainText()); },
         [edit](const QVariant &v) { edit->setPlainText(v.toString()); },
         {},
         false});
    connect(edit, &QPlainTextEdit::textChanged, this, [this, index] { onEdited(index); });
}

void FieldAutoSave::addRichText(const QString &key, QTextEdit *edit, const QString &label)
{
    const int index = int(m_fields.size());
    add({key,
         label,
         edit,
         [edit] {
             // An emptied editor is stored as empty, not as an HTML page with nothing in it.
             return QVariant(edit->toPlainText().trimmed().isEmpty() ? QString() : edit->toHtml());
         },
         [edit](const QVariant &v) { edit->setHtml(v.toString()); },
         {},
         false});
    connect(edit, &QTextEdit::textChanged, this, [this, index] { onEdited(index); });
}

void FieldAutoSave::addDate(const QString &key, QDateEdit *edit, const QString &label)
{
    const int index = int(m_fields.size());
    add({key,
         label,
         edit,
         [edit] { return dateValue(edit); },
         [edit](const QVariant &v) { setDateValue(edit, v); },
         {},
         false});
    connect(edit, &QDateEdit::dateChanged, this, [this, index] { onEdited(index); });
    connect(edit, &QDateEdit::editingFinished, this, [this] { flush(); });
}

void FieldAutoSave::beginLoad()
{
    flush();
    m_loading = true;
}

void FieldAutoSave::endLoad(const QVariantMap &stored)
{
    for (Field &f : m_fields) {
        f.stored = stored.value(f.key);
        f.write(f.stored);
        f.stored = f.read(); // what the widget makes of it (rich text gets normalised)
        f.edited = false;
    }
    m_pending = -1;
    m_idle.stop();
    m_loading = false;
}

void FieldAutoSave::refresh(const QVariantMap &stored)
{
    m_loading = true;
    for (Field &f : m_fields) {
        if (f.edited)
            continue; // the teacher's unsaved typing wins; it is saved next
        const QVariant value = stored.value(f.key);
        if (value.toString() == f.stored.toString() && f.read().toString() == f.stored.toString())
            continue; // nothing new: keep the cursor where it is
        f.write(value);
        f.stored = f.read();
    }
    m_loading = false;
}

bool FieldAutoSave::isEdited(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return f.edited;
    }
    return false;
}

void FieldAutoSave::onEdited(int index)
{
    if (m_loading)
        return;
    if (m_pending >= 0 && m_pending != index)
        save(m_pending);
    if (m_groupField >= 0 && m_groupField != index)
        closeGroup();
    m_fields[size_t(index)].edited = true;
    m_pending = index;
    m_idle.start();
}

bool FieldAutoSave::save(int index)
{
    Field &f = m_fields[size_t(index)];
    if (m_pending == index) {
        m_pending = -1;
        m_idle.stop();
    }
    const QVariant value = f.read();
    if (value.toString() == f.stored.toString() && value.isNull() == f.stored.isNull()) {
        f.edited = false;
        return true;
    }
    if (!m_saver)
        return false;
    if (m_validator) {
        if (const QString problem = m_validator(f.key, value); !problem.isEmpty()) {
            Q_EMIT saveFailed(f.key, problem);
            return false; // stays edited: the teacher fixes it and it is saved then
        }
    }
    // Open the field's undo group lazily, so a group is never empty.
    if (m_undoStack && m_groupField != index) {
        closeGroup();
        m_undoStack->beginMacro(f.label);
        m_groupField = index;
    }
    const Status s = m_saver(f.key, value, f.label);
    if (!s) {
        Q_EMIT saveFailed(f.key, s.error());
        return false;
    }
    f.stored = value;
    f.edited = false;
    Q_EMIT saved(f.key);
    return true;
}

void FieldAutoSave::closeGroup()
{
    if (m_groupField < 0)
        return;
    m_groupField = -1;
    if (m_undoStack)
        m_undoStack->endMacro();
}

bool FieldAutoSave::flush()
{
    bool ok = true;
    if (m_pending >= 0)
        ok = save(m_pending);
    closeGroup();
    return ok;
}

Status FieldAutoSave::saveNow(const QString &key, const QVariant &value, const QString &label)
{
    flush();
    if (!m_saver)
        return fail(QString());
    Status s = m_saver(key, value, label);
    if (!s)
        Q_EMIT saveFailed(key, s.error());
    else
        Q_EMIT saved(key);
    return s;
}

int FieldAutoSave::indexOf(const QObject *widget) const
{
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].widget == widget)
            return int(i);
    }
    return -1;
}

bool FieldAutoSave::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        // Any focus loss ends the field's undo group, a menu or a popup included: whatever the
        // teacher does next (a menu command, the date picker) must not land inside it.
        const int index = indexOf(watched);
        if (index >= 0 && (m_pending == index || m_groupField == index))
            flush();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace k12
