#pragma once

#include "models/rollover/RolloverPlan.h"

#include <QWizard>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTreeWidget;
class QUndoStack;

namespace k12 {

class Store;

// File > New Term... (issue 19): choose the classes (grouped by course, the
// active ones ticked) and the new term's name; what carries over and how
// dates move; review what will be created per class. Finish runs the one
// RolloverActions step on the window's undo stack, as the CLI's rollover does.
class RolloverWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ChoosePage,
        CarryPage,
        ReviewPage
    };

    RolloverWizard(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);

    // What the pages say now.
    RolloverOptions options() const;
    // How many classes the last Finish rolled over (0 before).
    int rolledOver() const { return m_rolledOver; }

    void accept() override;

private:
    QWizardPage *makeChoosePage();
    QWizardPage *makeCarryPage();
    QWizardPage *makeReviewPage();
    void fillClasses();
    void refreshReview();

    Store &m_store;
    QUndoStack *m_undo;
    QTreeWidget *m_classes = nullptr;
    QLineEdit *m_term = nullptr;
    QList<std::pair<unsigned, QCheckBox *>> m_carry;
    QRadioButton *m_shiftAuto = nullptr;
    QRadioButton *m_shiftStart = nullptr;
    QRadioButton *m_shiftDays = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_days = nullptr;
    QCheckBox *m_keepRoster = nullptr;
    QTreeWidget *m_review = nullptr;
    QLabel *m_summary = nullptr;
    int m_rolledOver = 0;
};

} // namespace k12
