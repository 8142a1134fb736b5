#pragma once

#include "OnboardingPage.h"

class QLabel;
class QLineEdit;
class QRadioButton;
class QWidget;

namespace k12 {

// Step 2: sign in to the school's server, or work offline (the default).
// Signing in goes through the SignInHandler the main window provides; without
// one the page says when sign-in becomes available and offers offline only.
class ConnectPage : public OnboardingPage
{
    Q_OBJECT
public:
    explicit ConnectPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateState();
    QString urlProblem() const;
    QString emailProblem() const;

    QRadioButton *m_offline;
    QRadioButton *m_server;
    QWidget *m_fields;
    QLineEdit *m_url;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLabel *m_urlMessage;
    QLabel *m_emailMessage;
    QLabel *m_note;
    QLabel *m_result;
    bool m_signingIn = false;
    bool m_signedIn = false;
};

} // namespace k12
