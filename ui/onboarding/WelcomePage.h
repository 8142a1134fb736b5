#pragma once

#include "OnboardingPage.h"

namespace k12 {

// Step 1: what the walkthrough does and how long it takes.
class WelcomePage : public OnboardingPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
};

} // namespace k12
