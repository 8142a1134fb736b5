#pragma once

#include "models/csv/GradebookExport.h"

#include <QDialog>
#include <QLocale>

class QCheckBox;
class QComboBox;
class QLabel;

namespace k12 {

// File > Export Gradebook: the layout (K12 Teacher or Canvas), the file type
// (XLSX, or CSV in the dialect of the teacher's locale: `;` and decimal commas
// where numbers are written 9,5) and, for CSV, the byte order mark Excel needs
// to read UTF-8; then a save dialog.
class ExportGradebookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportGradebookDialog(QWidget *parent = nullptr, const QLocale &locale = QLocale());
    GradebookExport::Options options() const;
    // The save dialog's filter for the chosen file type.
    QString fileFilter() const;

private:
    void onFileTypeChanged();

    QComboBox *m_format;
    QComboBox *m_fileType;
    QComboBox *m_dialect;
    QCheckBox *m_bom;
    QLabel *m_example;
};

} // namespace k12
