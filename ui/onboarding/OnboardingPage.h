#pragma once

#include <QWizardPage>

class QLabel;

namespace k12 {

class OnboardingWizard;
class Store;

// What every step of the walkthrough shares: access to the wizard's store,
// writer and saved state, and red in-place messages under fields.
class OnboardingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit OnboardingPage(QWidget *parent = nullptr);

protected:
    OnboardingWizard *onboarding() const;
    Store &store() const;
    // True while a reopened walkthrough walks past the steps already done: nothing is written again.
    bool resuming() const;
    // A message line for one field: red, wrapped, hidden while empty.
    QLabel *messageLabel(const QString &objectName);
    static void setMessage(QLabel *label, const QString &message);
    // A grey explanatory line.
    QLabel *noteLabel(const QString &text);
};

} // namespace k12
