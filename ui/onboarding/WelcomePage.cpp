#include "WelcomePage.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

WelcomePage::WelcomePage(QWidget *parent)
    : OnboardingPage(parent)
{
    setObjectName(u"welcomePage"_s);
    setTitle(tr("Welcome to K12 Teacher"));
    setSubTitle(tr("Let's set up your first class. It takes about three minutes."));

    auto *intro = new QLabel(tr("<p>In a few short steps you will have:</p>"
                                "<ol>"
                                "<li>your first <b>class</b>, with its <b>students</b>,</li>"
                                "<li><b>grading categories</b> (weights you can change any time),</li>"
                                "<li>a first <b>unit plan</b> and its first <b>lesson</b>.</li>"
                                "</ol>"
                                "<p>Every step has sensible defaults: type a class name and press <b>Enter</b> "
                                "on each page to accept them.</p>"),
                             this);
    intro->setObjectName(u"welcomeText"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    auto *saved = noteLabel(tr("Everything is saved on this computer as you go, and works without a network. "
                               "You can close this walkthrough at any step and continue later from "
                               "Help > Getting Started Walkthrough."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addStretch();
    layout->addWidget(saved);
}

} // namespace k12
