#pragma once

#include "models/actions/Actions.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace k12 {

class FormulaEditor;

// The Grading Periods tab of a class's settings: the class's periods (name,
// start, end, how many assignments fall in each), added, renamed, re-dated
// and removed in place, quarters or semesters from a school year, and a
// school calendar copied from another class. Unlike the other tabs, whose
// values wait for OK, each change here is written at once through
// PeriodActions (one undo step each), so the grid's period filter lists a new
// period straight away. A refusal (an overlap, an end before the start) is
// shown on the page, not in a message box, and changes nothing.
class GradingPeriodsPage : public QWidget
{
    Q_OBJECT
public:
    GradingPeriodsPage(Actions &actions, const QString &classId, QWidget *parent = nullptr);

    // The last refusal, empty after a change that worked.
    QString problem() const;
    FormulaEditor *formulaEditor() const { return m_formula; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void addPeriod();
    void removeSelected();
    void addPreset(PeriodActions::Preset preset);
    void copyFromClass();
    void onItemChanged(QTableWidgetItem *item);
    void onStoreChanged(const QStringList &entities);
    void report(const Status &status);
    void updateButtons();

    Actions &m_actions;
    QString m_classId;
    bool m_filling = false;

    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QDateEdit *m_yearStart = nullptr;
    QDateEdit *m_yearEnd = nullptr;
    QComboBox *m_copyFrom = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_problem = nullptr;
    FormulaEditor *m_formula = nullptr;
};

} // namespace k12
