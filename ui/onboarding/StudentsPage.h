#pragma once

#include "OnboardingPage.h"
#include "kernel/domain/Entities.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace k12 {

// Step 4: students, typed or pasted one per line, imported from a roster CSV,
// or a sample roster to try things out. An empty list is fine: students can
// be added later. Names already in the class are not added twice.
class StudentsPage : public OnboardingPage
{
    Q_OBJECT
public:
    explicit StudentsPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The students Next would add (before leaving out names already enrolled).
    QList<Student> chosenStudents() const;

private:
    void onChoice();
    void onNamesChanged();
    void onCsvChanged();
    void onBrowse();

    QRadioButton *m_typed;
    QRadioButton *m_import;
    QRadioButton *m_sample;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_names;
    QLabel *m_namesInfo;
    QLabel *m_namesProblems;
    QLineEdit *m_csvPath;
    QPushButton *m_browse;
    QLabel *m_csvInfo;
    QLabel *m_csvProblems;
    QLabel *m_sampleInfo;
    QLabel *m_existing;
    QLabel *m_saveMessage;
    QList<Student> m_typedStudents;
    QList<Student> m_csvStudents;
    QList<QList<Guardian>> m_csvGuardians; // the file's guardians of each of m_csvStudents
    bool m_typedOk = true;
    bool m_csvOk = false;
};

} // namespace k12
