#include "LessonPage.h"
#include "kernel/domain/Clock.h"

#include "OnboardingWizard.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/Repositories.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

LessonPage::LessonPage(QWidget *parent)
    : OnboardingPage(parent)
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_objectives(new QPlainTextEdit(this))
    , m_titleMessage(messageLabel(u"lessonTitleMessage"_s))
    , m_dateMessage(messageLabel(u"lessonDateMessage"_s))
    , m_saveMessage(messageLabel(u"lessonSaveMessage"_s))
{
    setObjectName(u"lessonPage"_s);
    setTitle(tr("Your first lesson"));
    setSubTitle(tr("Plan the first lesson of the unit. Activities, materials and homework can follow in the "
                   "Plans tab."));
    m_title->setObjectName(u"wizardLessonTitle"_s);
    m_date->setObjectName(u"wizardLessonDate"_s);
    m_objectives->setObjectName(u"wizardLessonObjectives"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"ddd d MMM yyyy"_s);
    m_objectives->setPlaceholderText(tr("Students will be able to... (optional)"));
    m_objectives->setTabChangesFocus(true);
    m_objectives->setMaximumHeight(m_objectives->fontMetrics().lineSpacing() * 6);

    auto *form = new QFormLayout;
    form->addRow(tr("Lesson &title:"), m_title);
    form->addRow(QString(), m_titleMessage);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(QString(), m_dateMessage);
    form->addRow(tr("&Objectives:"), m_objectives);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveMessage);
    layout->addStretch();

    connect(m_title, &QLineEdit::textChanged, this, &LessonPage::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &LessonPage::validate);
}

void LessonPage::initializePage()
{
    OnboardingWizard *w = onboarding();
    const std::optional<UnitPlan> unit = UnitPlanRepository(store()).find(w->state().unitId());
    m_unitStart = unit ? unit->startDate : QDate();
    m_unitEnd = unit ? unit->endDate : QDate();
    const std::optional<Lesson> lesson = LessonRepository(store()).find(w->state().lessonId());
    const QString loadFor = lesson ? lesson->id : (unit ? unit->id : QString());
    if (loadFor == m_loadedFor) {
        validate(); // the unit's dates may have changed
        return;
    }
    m_loadedFor = loadFor;
    if (lesson) {
        m_title->setText(lesson->title);
        m_date->setDate(lesson->date.isValid() ? lesson->date : m_unitStart);
        m_objectives->setPlainText(lesson->objectives);
    } else {
        m_title->setText(tr("Lesson 1"));
        m_date->setDate(m_unitStart.isValid() ? m_unitStart : Clock::today());
    }
    setMessage(m_saveMessage, {});
    validate();
}

QString LessonPage::dateProblem() const
{
    if (m_unitStart.isValid() && m_unitEnd.isValid() && (m_date->date() < m_unitStart || m_date->date() > m_unitEnd)) {
        const QLocale locale;
        return tr("Pick a day within the unit, from %1 to %2.")
            .arg(locale.toString(m_unitStart, u"ddd d MMM"_s), locale.toString(m_unitEnd, u"ddd d MMM"_s));
    }
    return {};
}

void LessonPage::validate()
{
    setMessage(m_titleMessage, m_title->text().trimmed().isEmpty() ? tr("Give the lesson a title.") : QString());
    setMessage(m_dateMessage, dateProblem());
    Q_EMIT completeChanged();
}

bool LessonPage::isComplete() const
{
    return !m_title->text().trimmed().isEmpty() && dateProblem().isEmpty();
}

bool LessonPage::validatePage()
{
    if (resuming())
        return true;
    OnboardingWizard *w = onboarding();
    const std::optional<UnitPlan> unit = UnitPlanRepository(store()).find(w->state().unitId());
    if (!unit) {
        setMessage(m_saveMessage, tr("The unit of this lesson is gone: go back one step and save it again."));
        return false;
    }
    const std::optional<Lesson> existing = LessonRepository(store()).find(w->state().lessonId());
    Lesson lesson = existing ? *existing : Lesson{};
    if (!existing) {
        lesson.id = newId();
        lesson.classId = unit->classId;
        lesson.unitId = unit->id;
        lesson.position = PlanQueries(store()).nextLessonPosition(unit->id);
    }
    lesson.title = m_title->text().trimmed();
    lesson.date = m_date->date();
    lesson.objectives = m_objectives->toPlainText().trimmed();
    const Status s = w->actions().plans().saveLesson(lesson);
    if (!s) {
        setMessage(m_saveMessage, tr("The lesson was not saved: %1").arg(s.error()));
        return false;
    }
    w->state().setLessonId(lesson.id);
    m_loadedFor = lesson.id;
    return true;
}

} // namespace k12
