#pragma once

#include "kernel/domain/EntitySchema.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QAbstractItemModel;
class QDateEdit;
class QListView;
class QScrollArea;
class QLabel;
class QPlainTextEdit;
class QWidget;

namespace k12 {

// The small widgets the plan forms share, built the same way everywhere.
class PlanWidgets
{
    Q_DECLARE_TR_FUNCTIONS(k12::PlanWidgets)

public:
    // A date field with a calendar; its minimum date reads "No date" and means none.
    // The Plans tab's lists: units (a plain list), lessons (reordered by drag or Alt+Up/Down).
    static void setUpUnitList(QListView *view, QAbstractItemModel *model);
    static void setUpLessonList(QListView *view, QAbstractItemModel *model);
    // An editor form in a frameless scroll area that resizes it.
    static QScrollArea *scrolled(QWidget *content, QWidget *parent);
    static QDateEdit *dateEdit(QWidget *parent);
    // A plain-text box about `lines` lines high.
    static QPlainTextEdit *textBox(int lines, QWidget *parent);
    // A red, word-wrapped message line, hidden until there is something to say.
    static QLabel *problemLabel(QWidget *parent);
    // Standard ids as the JSON text the store keeps.
    static QString idList(const QStringList &ids);

    // A field validator for FieldAutoSave: the stored record (whose id is read
    // from *id at each call) with the new value must still be valid.
    template<typename Record>
    static std::function<QString(const QString &, const QVariant &)> recordValidator(Store &store, const QString *id,
                                                                                     const QString &gone)
    {
        return [&store, id, gone](const QString &key, const QVariant &value) {
            std::optional<QVariantMap> row = store.row(*EntitySchema::find(QString::fromLatin1(Record::entity)), *id);
            if (!row)
                return gone;
            row->insert(key, value);
            return Record::fromRow(*row).problem();
        };
    }
};

} // namespace k12
