#pragma once

#include "OnboardingPage.h"

class QLabel;

namespace k12 {

// Step 8: what was set up, and the three things to try next (the main
// window's getting-started checklist ticks them off).
class FinishPage : public OnboardingPage
{
    Q_OBJECT
public:
    explicit FinishPage(QWidget *parent = nullptr);

    void initializePage() override;

private:
    QLabel *m_summary;
};

} // namespace k12
