#pragma once

#include "models/actions/Actions.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace k12 {

// The final grade formula of one grading period, on the Grading Periods tab:
// rows of part (a period, an assignment or a category) and weight, the
// formula as text ("S1 = 40 % Q1 + 40 % Q2 + 20 % Final Exam"), or "based on
// its own assignments" when it has none. Save writes it through FinalActions
// (one undo step); a name the class does not have yet adds a term with that
// formula. A refusal (a cycle, a weight of 0) is shown here and changes nothing.
class FormulaEditor : public QWidget
{
    Q_OBJECT
public:
    FormulaEditor(Actions &actions, const QString &classId, QWidget *parent = nullptr);

    // Shows that period's formula (the page's selected period).
    void showPeriod(const QString &periodId);
    QString periodId() const;
    // The formula as shown, e.g. "S1 = 40 % Q1 + ...", or the "own assignments" note.
    QString formulaText() const;
    QString problem() const;

    void addPart(const QString &partKey = {}, double weight = 0);
    Status save();
    Status clearFormula();

private:
    void reload();
    void fillRows();
    void updateText();
    QList<FormulaPart> parts() const;
    void report(const Status &status);

    Actions &m_actions;
    QString m_classId;
    QList<GradingPeriod> m_periods;
    QList<Assignment> m_assignments;
    QList<Category> m_categories;
    bool m_filling = false;

    QComboBox *m_period;
    QTableWidget *m_rows;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_save;
    QPushButton *m_clear;
    QLabel *m_text;
    QLabel *m_problem;
};

} // namespace k12
