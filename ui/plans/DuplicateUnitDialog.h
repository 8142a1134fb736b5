#pragma once

#include "kernel/domain/Entities.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace k12 {

class Store;

// Asks where a copy of a unit goes: which class (this one or another), its
// title, and the day it starts (every date of the unit and its lessons moves
// by the same number of days, e.g. into next term). The copy itself is made
// by the caller in one step.
class DuplicateUnitDialog : public QDialog
{
    Q_OBJECT
public:
    DuplicateUnitDialog(Store &store, const UnitPlan &unit, int lessonCount, QWidget *parent = nullptr);

    QString targetClassId() const;
    QString title() const;
    QDate newStart() const; // invalid when the unit keeps its dates

private:
    void onClassChanged();
    void updatePreview();

    UnitPlan m_unit;
    int m_lessonCount;
    QDate m_anchor;
    QComboBox *m_class;
    QLineEdit *m_title;
    QDateEdit *m_start;
    QLabel *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_titleEdited = false;
};

} // namespace k12
