#include "OnboardingPage.h"
#include "ui/common/ProblemText.h"

#include "OnboardingWizard.h"

#include <QLabel>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

OnboardingPage::OnboardingPage(QWidget *parent)
    : QWizardPage(parent)
{}

OnboardingWizard *OnboardingPage::onboarding() const
{
    return qobject_cast<OnboardingWizard *>(wizard());
}

Store &OnboardingPage::store() const
{
    return onboarding()->store();
}

bool OnboardingPage::resuming() const
{
    return onboarding() && onboarding()->isResuming();
}

QLabel *OnboardingPage::messageLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    markAsProblemText(label);
    label->setWordWrap(true);
    label->hide();
    return label;
}

void OnboardingPage::setMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QLabel *OnboardingPage::noteLabel(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    // The theme's own "secondary text" colour: readable in light and dark themes alike.
    QPalette muted = label->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    label->setPalette(muted);
    return label;
}

} // namespace k12
