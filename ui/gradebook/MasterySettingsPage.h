#pragma once

#include "kernel/domain/Entities.h"
#include "models/mastery/ProficiencyScale.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace k12 {

// Class settings' "Standards Mastery" tab: the class's mastery method with its
// parameters, and its proficiency scale (levels with a value and a label, added,
// removed and edited in a table; "Reset to Default 1-4"). Edits nothing itself:
// the dialog's OK writes applyTo()'s class through ClassActions (one undo step).
class MasterySettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit MasterySettingsPage(const SchoolClass &schoolClass, QWidget *parent = nullptr);

    // The page's fields written into `c` (method, parameters, scale).
    void applyTo(SchoolClass &c) const;
    // Why the page cannot be saved (a level without a number or label, levels
    // not going up...), or empty.
    QString problem() const;
    // The scale as edited; an error names the bad row.
    Result<ProficiencyScale> editedScale() const;
    void setScale(const ProficiencyScale &scale);

private:
    QWidget *createScaleGroup();
    void updateMethodFields();

    QComboBox *m_method = nullptr;
    QDoubleSpinBox *m_param = nullptr;
    QLabel *m_paramLabel = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QSpinBox *m_n = nullptr;
    QTableWidget *m_levels = nullptr;
};

} // namespace k12
