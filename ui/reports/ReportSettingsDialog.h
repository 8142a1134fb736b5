#pragma once

#include <QDialog>

class QLineEdit;

namespace k12 {

// What every progress report prints in its header: the school's name and
// logo and the teacher's name (ReportSettings, kept in the profile).
class ReportSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ReportSettingsDialog(QString profileDir, QWidget *parent = nullptr);

    void accept() override;

private:
    void onBrowseLogo();

    QString m_profileDir;
    QLineEdit *m_school;
    QLineEdit *m_logo;
    QLineEdit *m_teacher;
};

} // namespace k12
