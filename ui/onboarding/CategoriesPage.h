#pragma once

#include "OnboardingPage.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace k12 {

// Step 5: grading categories from a template (Homework 20 / Quizzes 30 /
// Tests 50 by default, or total points), edited in place in a small table.
// Next writes them in one step; coming back edits the same categories.
class CategoriesPage : public OnboardingPage
{
    Q_OBJECT
public:
    explicit CategoriesPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTableWidget *table() const { return m_table; }
    // Every problem in the table, each naming its row; empty when the table can be saved.
    QStringList problems() const;

private:
    void onTemplate(int index);
    void onAddRow();
    void onRemoveRow();
    void validate();
    void addRow(const QString &name, double weight, const QString &id = {});
    static bool readWeight(const QString &text, double *weight);

    QComboBox *m_template;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_summary;
    QLabel *m_problems;
    QLabel *m_saveMessage;
    bool m_filling = false;
};

} // namespace k12
