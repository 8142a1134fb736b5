#pragma once

#include "models/csv/GradebookExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace k12 {

// File > Export Gradebook: which layout (K12 Teacher or Canvas) and whether
// to add the byte order mark Excel needs to read UTF-8; then a save dialog.
class ExportGradebookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportGradebookDialog(QWidget *parent = nullptr);
    GradebookExport::Options options() const;

private:
    QComboBox *m_format;
    QCheckBox *m_bom;
};

} // namespace k12
