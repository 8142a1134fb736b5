#pragma once

#include "OnboardingPage.h"

#include <QDate>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace k12 {

// Step 7: the first lesson of the unit: title, day (the unit's first day by
// default) and what students will learn.
class LessonPage : public OnboardingPage
{
    Q_OBJECT
public:
    explicit LessonPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void validate();
    QString dateProblem() const;

    QLineEdit *m_title;
    QDateEdit *m_date;
    QPlainTextEdit *m_objectives;
    QLabel *m_titleMessage;
    QLabel *m_dateMessage;
    QLabel *m_saveMessage;
    QDate m_unitStart;
    QDate m_unitEnd;
    QString m_loadedFor;
};

} // namespace k12
