#pragma once

#include "models/grading/BulkEdits.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;

namespace k12 {

// Turned In On...: the date the work of the selected cells came in. Before
// anything is written it shows, per assignment, what the due date makes of
// that date (on time, or N school days late) and, for one cell, what the late
// penalty will take (the cell's tooltip text); an assignment without a due
// date is explained and Apply stays off. Writing is the caller's
// (GradeActions::turnedIn, one undo step).
class TurnedInDialog : public QDialog
{
    Q_OBJECT
public:
    TurnedInDialog(const GradebookData &data, const QList<CellRef> &cells, QWidget *parent = nullptr);

    QDate date() const;
    void setDate(const QDate &date);
    // What the dialog says about the chosen date (for tests and screen readers).
    QString summary() const;

private:
    void updateSummary();

    const GradebookData &m_data;
    QList<CellRef> m_cells;
    QDateEdit *m_date;
    QLabel *m_summary;
    QPushButton *m_apply;
};

} // namespace k12
