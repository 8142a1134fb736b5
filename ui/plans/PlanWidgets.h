#pragma once

#include <QCoreApplication>
#include <QStringList>

class QDateEdit;
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
    static QDateEdit *dateEdit(QWidget *parent);
    // A plain-text box about `lines` lines high.
    static QPlainTextEdit *textBox(int lines, QWidget *parent);
    // A red, word-wrapped message line, hidden until there is something to say.
    static QLabel *problemLabel(QWidget *parent);
    // Standard ids as the JSON text the store keeps.
    static QString idList(const QStringList &ids);
};

} // namespace k12
