#pragma once

#include "kernel/domain/Entities.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace k12 {

// "Method for This Standard...": a standard's own mastery method and its
// parameter, or the class's method (the first choice). OK gives the choice;
// the caller writes it with StandardActions::setMethod / clearMethod.
class StandardMethodDialog : public QDialog
{
    Q_OBJECT
public:
    StandardMethodDialog(const SchoolClass &schoolClass, const Standard &standard, QWidget *parent = nullptr);

    // Empty: the class's method.
    QString methodKey() const;
    // The parameter, for a method that takes one.
    std::optional<double> param() const;

    void accept() override;

private:
    void updateParam();

    SchoolClass m_class;
    QComboBox *m_method;
    QLabel *m_paramLabel;
    QDoubleSpinBox *m_param;
    QLabel *m_explanation;
    QLabel *m_problem;
};

} // namespace k12
