#pragma once

#include "kernel/domain/Entities.h"

#include <QWidget>

class QDoubleSpinBox;
class QSpinBox;

namespace k12 {

// Class settings' "Insight" tab: when the Insight tab lists a student as at
// risk (Final % below, missing assignments, a drop over two weeks). The
// dialog's OK writes applyTo()'s class through ClassActions.
class InsightSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit InsightSettingsPage(const SchoolClass &schoolClass, QWidget *parent = nullptr);

    void applyTo(SchoolClass &c) const;

private:
    QDoubleSpinBox *m_below;
    QSpinBox *m_missing;
    QDoubleSpinBox *m_drop;
};

} // namespace k12
