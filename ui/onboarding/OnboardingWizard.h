#pragma once

#include "OnboardingState.h"
#include "models/actions/Actions.h"

#include <QDate>
#include <QWizard>

class QUndoStack;

namespace k12 {

class SignInHandler;
class Store;

// The getting-started walkthrough (a QWizard, like Qt's licensewizard
// example): welcome, connect or work offline, the first class, its students,
// grading categories, a first unit and a first lesson. Each step writes its
// rows when the teacher presses Next (through UndoableWriter, so they land in
// the outbox and on the undo stack), and the step reached is saved in the
// profile settings, so closing keeps what was done and reopening continues
// at the same step. Sensible defaults: typing a class name and pressing Enter
// through the steps gives a usable class.
class OnboardingWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        WelcomePageId,
        ConnectPageId,
        ClassPageId,
        StudentsPageId,
        CategoriesPageId,
        UnitPageId,
        LessonPageId,
        FinishPageId
    };

    OnboardingWizard(Store &store, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~OnboardingWizard() override;

    // Where sign-in requests go; none means "sign in later" (nothing is faked).
    void setSignInHandler(SignInHandler *handler) { m_signIn = handler; }
    SignInHandler *signInHandler() const { return m_signIn; }

    Store &store() const { return m_store; }
    Actions &actions() { return m_actions; }
    OnboardingState &state() { return m_state; }
    bool isResuming() const { return m_resuming; }
    // Opens at the step where the teacher stopped (a finished walkthrough starts over). Call before show().
    void resume();

Q_SIGNALS:
    // The walkthrough finished: the main window shows this class.
    void classReady(const QString &classId);

protected:
    void done(int result) override;

private:
    void onCurrentIdChanged(int id);
    void onSkip();
    int resumeTarget() const;

    Store &m_store;
    Actions m_actions;
    OnboardingState m_state;
    SignInHandler *m_signIn = nullptr;
    bool m_resuming = false;
};

} // namespace k12
