#pragma once

#include "OnboardingPage.h"

class QLabel;
class QLineEdit;

namespace k12 {

// Step 3: the first class (name, subject, grade level, term, period). Next
// creates it, or updates it when the teacher came back to this step.
class ClassPage : public OnboardingPage
{
    Q_OBJECT
public:
    explicit ClassPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // In-place checks, each naming its field; empty when the value is fine.
    static QString nameProblem(const QString &name);
    static QString gradeLevelProblem(const QString &gradeLevel);
    static QString termProblem(const QString &term);
    static QString periodProblem(const QString &period);
    // "2026-27 Fall" from August, "2025-26 Spring" from January.
    static QString defaultTerm(const QDate &today);

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_subject;
    QLineEdit *m_gradeLevel;
    QLineEdit *m_term;
    QLineEdit *m_period;
    QLabel *m_nameMessage;
    QLabel *m_gradeMessage;
    QLabel *m_termMessage;
    QLabel *m_periodMessage;
    QLabel *m_saveMessage;
};

} // namespace k12
