#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace k12 {

class Store;

// File > Export the Year...: choose a term (the shown class's, else the
// latest) and a zip file, then YearExport writes every class of that term
// (archived ones too), as `k12-teacher export year`, on a worker thread
// (YearExportJob) behind a progress dialog naming the class being written.
class ExportYearDialog : public QDialog
{
    Q_OBJECT
public:
    ExportYearDialog(Store &store, const QString &currentTerm, QWidget *parent = nullptr);

    QComboBox *termBox() const { return m_term; }
    QLineEdit *pathEdit() const { return m_path; }
    // Writes the zip (the window keeps repainting meanwhile); false (after saying why) when it failed or
    // was cancelled.
    bool exportNow();

Q_SIGNALS:
    // While exportNow() runs: before each class and its parts (`current` is the class being written).
    void exportProgressed(int done, int total, const QString &current);

private:
    void browse();
    void onTermChanged();

    Store &m_store;
    QComboBox *m_term;
    QLineEdit *m_path;
    QPushButton *m_export;
    QString m_suggested; // the file name last suggested, replaced when the term changes
};

} // namespace k12
