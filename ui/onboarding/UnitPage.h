#pragma once

#include "OnboardingPage.h"

class QDateEdit;
class QLabel;
class QLineEdit;

namespace k12 {

// Step 6: the first unit plan: title, dates (next Monday for three school
// weeks by default) and one or two standards it addresses.
class UnitPage : public OnboardingPage
{
    Q_OBJECT
public:
    explicit UnitPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void validate();
    QString datesProblem() const;
    QString standardsProblem() const;

    QLineEdit *m_title;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QLineEdit *m_code1;
    QLineEdit *m_description1;
    QLineEdit *m_code2;
    QLineEdit *m_description2;
    QLabel *m_titleMessage;
    QLabel *m_datesMessage;
    QLabel *m_standardsMessage;
    QLabel *m_saveMessage;
    QString m_loadedFor; // the unit (or class) the fields were filled for
};

} // namespace k12
