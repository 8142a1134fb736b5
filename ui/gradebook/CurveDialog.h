#pragma once

#include "models/grading/Curve.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;
class QTableWidget;
class QPushButton;

namespace k12 {

// Curve one assignment: add points, scale to a target mean, or map an old
// range onto a new one; the preview shows the mean before and after, how many
// scores are held at points possible, and every score that changes.
class CurveDialog : public QDialog
{
    Q_OBJECT
public:
    CurveDialog(const GradebookData &data, int assignment, QWidget *parent = nullptr);

    Curve::Spec spec() const;
    // The scores to write, from the last preview (empty if it failed).
    const QList<Score> &scores() const { return m_preview.scores; }

private:
    void updatePreview();

    const GradebookData &m_data;
    int m_assignment;
    Curve::Preview m_preview;
    QRadioButton *m_add;
    QRadioButton *m_scale;
    QRadioButton *m_map;
    QDoubleSpinBox *m_amount;
    QDoubleSpinBox *m_mean;
    QDoubleSpinBox *m_fromLow;
    QDoubleSpinBox *m_fromHigh;
    QDoubleSpinBox *m_toLow;
    QDoubleSpinBox *m_toHigh;
    QCheckBox *m_allowAbove;
    QLabel *m_summary;
    QTableWidget *m_changes;
    QPushButton *m_apply;
};

} // namespace k12
