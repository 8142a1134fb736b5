#pragma once

#include "kernel/domain/Entities.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;

namespace k12 {

// Add or edit a grading category: name, weight, drop lowest.
class CategoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CategoryDialog(QWidget *parent = nullptr);

    void setCategory(const Category &category);
    Category category() const;

private:
    Category m_category;
    QLineEdit *m_name;
    QDoubleSpinBox *m_weight;
    QDoubleSpinBox *m_drop;
    QDialogButtonBox *m_buttons;
};

} // namespace k12
