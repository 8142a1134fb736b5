#include "OnboardingWizard.h"

#include "CategoriesPage.h"
#include "ClassPage.h"
#include "ConnectPage.h"
#include "FinishPage.h"
#include "LessonPage.h"
#include "StudentsPage.h"
#include "UnitPage.h"
#include "WelcomePage.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"

#include <QAbstractButton>
#include <QApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

OnboardingWizard::OnboardingWizard(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_actions(store, undoStack)
    , m_state(OnboardingState::settingsPathFor(store.profileDir()))
{
    setObjectName(u"onboardingWizard"_s);
    setWindowTitle(tr("Getting Started"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("&Skip Walkthrough"));
    button(QWizard::CustomButton1)->setObjectName(u"skipWalkthroughButton"_s);
    button(QWizard::CustomButton1)
        ->setToolTip(tr("Close the walkthrough for good; reopen it from Help > Getting Started Walkthrough"));
    // Closing is not losing: the step and everything saved so far stay for next time.
    setButtonText(QWizard::CancelButton, tr("Close"));
    button(QWizard::CancelButton)->setToolTip(tr("Close now and continue later from where you stopped"));
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});

    setPage(WelcomePageId, new WelcomePage(this));
    setPage(ConnectPageId, new ConnectPage(this));
    setPage(ClassPageId, new ClassPage(this));
    setPage(StudentsPageId, new StudentsPage(this));
    setPage(CategoriesPageId, new CategoriesPage(this));
    setPage(UnitPageId, new UnitPage(this));
    setPage(LessonPageId, new LessonPage(this));
    setPage(FinishPageId, new FinishPage(this));
    setStartId(WelcomePageId);
    setMinimumSize(700, 560);
    if (const QIcon icon = QApplication::windowIcon(); !icon.isNull())
        setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));

    connect(this, &QWizard::currentIdChanged, this, &OnboardingWizard::onCurrentIdChanged);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            onSkip();
    });
}

OnboardingWizard::~OnboardingWizard() = default;

int OnboardingWizard::resumeTarget() const
{
    int target = std::clamp(m_state.step(), int(WelcomePageId), int(FinishPageId));
    // Something made earlier may be gone (deleted, or undone): go back to the step that makes it.
    if (target > ClassPageId && !ClassRepository(m_store).find(m_state.classId()))
        target = ClassPageId;
    if (target > UnitPageId && !UnitPlanRepository(m_store).find(m_state.unitId()))
        target = UnitPageId;
    if (target > LessonPageId && !LessonRepository(m_store).find(m_state.lessonId()))
        target = LessonPageId;
    return target;
}

void OnboardingWizard::resume()
{
    if (m_state.finished())
        m_state.startOver(); // opened again after finishing: set up another class
    m_state.setSkipped(false);
    const int target = resumeTarget();
    restart();
    // Walk forward over the steps already done, so Back still reaches them; nothing is written again.
    m_resuming = true;
    while (currentId() != target && currentId() != FinishPageId)
        next();
    m_resuming = false;
    m_state.setStep(currentId());
}

void OnboardingWizard::onCurrentIdChanged(int id)
{
    if (!m_resuming && id >= 0)
        m_state.setStep(id);
    button(QWizard::CustomButton1)->setVisible(id != FinishPageId);
}

void OnboardingWizard::onSkip()
{
    m_state.setSkipped(true);
    reject();
}

void OnboardingWizard::done(int result)
{
    if (result == QDialog::Accepted) {
        m_state.setFinished();
        Q_EMIT classReady(m_state.classId());
    }
    QWizard::done(result);
}

} // namespace k12
