#include "FinishPage.h"

#include "OnboardingWizard.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

FinishPage::FinishPage(QWidget *parent)
    : OnboardingPage(parent)
    , m_summary(new QLabel(this))
{
    setObjectName(u"finishPage"_s);
    setTitle(tr("You're ready to teach"));
    setSubTitle(tr("Everything below is saved. Press Finish to open your class."));
    m_summary->setObjectName(u"finishSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    auto *next = new QLabel(tr("<p><b>Next steps</b> (a checklist in the main window ticks them off as you go):</p>"
                               "<ul><li>Add an assignment: <i>Class &gt; Add Assignment</i></li>"
                               "<li>Enter a grade: type a score in the <i>Gradebook</i> grid</li>"
                               "<li>Export the gradebook: <i>File &gt; Export Gradebook</i></li></ul>"),
                            this);
    next->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(10);
    layout->addWidget(next);
    layout->addStretch();
    layout->addWidget(noteLabel(tr("Open this walkthrough again any time from Help > Getting Started "
                                   "Walkthrough.")));
}

void FinishPage::initializePage()
{
    const OnboardingState &state = onboarding()->state();
    const std::optional<SchoolClass> c = ClassRepository(store()).find(state.classId());
    if (!c) {
        m_summary->setText(tr("The class of this walkthrough no longer exists."));
        return;
    }
    const int students = int(StudentRepository(store()).enrolledIn(c->id).size());
    QStringList categories;
    for (const Category &cat : CategoryRepository(store()).inClass(c->id))
        categories.append(cat.weight > 0 ? tr("%1 %2%").arg(cat.name, QLocale().toString(cat.weight, 'g', 6))
                                         : cat.name);
    const QLocale locale;
    QString html = u"<p>"_s + tr("<b>%1</b> is set up:").arg(c->name.toHtmlEscaped()) + u"</p><ul>"_s;
    html += u"<li>"_s + tr("%n student(s)", nullptr, students) + u"</li>"_s;
    html += u"<li>"_s +
            (categories.isEmpty() ? tr("no grading categories (grades count total points)")
                                  : tr("grading categories: %1").arg(categories.join(u", "_s).toHtmlEscaped())) +
            u"</li>"_s;
    if (const std::optional<UnitPlan> u = UnitPlanRepository(store()).find(state.unitId())) {
        html += u"<li>"_s +
                tr("unit <i>%1</i>, %2 to %3")
                    .arg(u->title.toHtmlEscaped(), locale.toString(u->startDate, u"ddd d MMM"_s),
                         locale.toString(u->endDate, u"ddd d MMM"_s)) +
                u"</li>"_s;
    }
    if (const std::optional<Lesson> l = LessonRepository(store()).find(state.lessonId())) {
        html += u"<li>"_s +
                tr("first lesson <i>%1</i> on %2")
                    .arg(l->title.toHtmlEscaped(), locale.toString(l->date, u"dddd d MMMM"_s)) +
                u"</li>"_s;
    }
    m_summary->setText(html + u"</ul>"_s);
}

} // namespace k12
