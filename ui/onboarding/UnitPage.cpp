#include "UnitPage.h"
#include "kernel/domain/Clock.h"

#include "OnboardingWizard.h"
#include "models/plans/PlanDates.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/Repositories.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"ddd d MMM yyyy"_s);
    return edit;
}

} // namespace

UnitPage::UnitPage(QWidget *parent)
    : OnboardingPage(parent)
    , m_title(new QLineEdit(this))
    , m_start(dateEdit(this))
    , m_end(dateEdit(this))
    , m_code1(new QLineEdit(this))
    , m_description1(new QLineEdit(this))
    , m_code2(new QLineEdit(this))
    , m_description2(new QLineEdit(this))
    , m_titleMessage(messageLabel(u"unitTitleMessage"_s))
    , m_datesMessage(messageLabel(u"unitDatesMessage"_s))
    , m_standardsMessage(messageLabel(u"unitStandardsMessage"_s))
    , m_saveMessage(messageLabel(u"unitSaveMessage"_s))
{
    setObjectName(u"unitPage"_s);
    setTitle(tr("Your first unit plan"));
    setSubTitle(tr("A unit is a few weeks of lessons around one topic. Standards are optional."));
    m_title->setObjectName(u"wizardUnitTitle"_s);
    m_start->setObjectName(u"wizardUnitStart"_s);
    m_end->setObjectName(u"wizardUnitEnd"_s);
    m_code1->setObjectName(u"wizardStandard1Code"_s);
    m_description1->setObjectName(u"wizardStandard1Description"_s);
    m_code2->setObjectName(u"wizardStandard2Code"_s);
    m_description2->setObjectName(u"wizardStandard2Description"_s);
    m_code1->setPlaceholderText(tr("Code, e.g. CCSS.MATH.6.RP.A.1"));
    m_code2->setPlaceholderText(tr("A second code (optional)"));
    m_description1->setPlaceholderText(tr("What it says (optional)"));
    m_description2->setPlaceholderText(tr("What it says (optional)"));

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_end);
    dates->addStretch();
    auto *standards = new QGridLayout;
    standards->addWidget(m_code1, 0, 0);
    standards->addWidget(m_description1, 0, 1);
    standards->addWidget(m_code2, 1, 0);
    standards->addWidget(m_description2, 1, 1);
    standards->setColumnStretch(0, 2);
    standards->setColumnStretch(1, 3);

    auto *form = new QFormLayout;
    form->addRow(tr("Unit &title:"), m_title);
    form->addRow(QString(), m_titleMessage);
    form->addRow(tr("&Dates:"), dates);
    qobject_cast<QLabel *>(form->labelForField(dates))->setBuddy(m_start);
    form->addRow(QString(), m_datesMessage);
    form->addRow(tr("&Standards:"), standards);
    qobject_cast<QLabel *>(form->labelForField(standards))->setBuddy(m_code1);
    form->addRow(QString(), m_standardsMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveMessage);
    layout->addStretch();
    layout->addWidget(noteLabel(tr("Summary, essential questions and more standards can be added later in the "
                                   "Plans tab.")));

    for (QLineEdit *edit : {m_title, m_code1, m_description1, m_code2, m_description2})
        connect(edit, &QLineEdit::textChanged, this, &UnitPage::validate);
    connect(m_start, &QDateEdit::dateChanged, this, &UnitPage::validate);
    connect(m_end, &QDateEdit::dateChanged, this, &UnitPage::validate);
}

void UnitPage::initializePage()
{
    OnboardingWizard *w = onboarding();
    const std::optional<UnitPlan> unit = UnitPlanRepository(store()).find(w->state().unitId());
    const QString loadFor = unit ? unit->id : w->state().classId();
    if (loadFor == m_loadedFor)
        return; // back and forth: keep what the teacher typed
    m_loadedFor = loadFor;
    if (unit) {
        m_title->setText(unit->title);
        m_start->setDate(unit->startDate.isValid() ? unit->startDate : PlanDates::nextMonday(Clock::today()));
        m_end->setDate(unit->endDate.isValid() ? unit->endDate : PlanDates::unitEnd(m_start->date(), 3));
        const QList<Standard> standards = PlanQueries(store()).standardsByIds(unit->standardIds);
        m_code1->setText(standards.size() > 0 ? standards.at(0).code : QString());
        m_description1->setText(standards.size() > 0 ? standards.at(0).description : QString());
        m_code2->setText(standards.size() > 1 ? standards.at(1).code : QString());
        m_description2->setText(standards.size() > 1 ? standards.at(1).description : QString());
    } else {
        // A fresh unit starts on the coming Monday and runs three school weeks.
        m_title->setText(tr("Unit 1"));
        m_start->setDate(PlanDates::nextMonday(Clock::today()));
        m_end->setDate(PlanDates::unitEnd(m_start->date(), 3));
    }
    setMessage(m_saveMessage, {});
    validate();
}

QString UnitPage::datesProblem() const
{
    if (m_end->date() < m_start->date())
        return tr("The unit ends before it starts: pick an end date on or after %1.")
            .arg(QLocale().toString(m_start->date(), QLocale::ShortFormat));
    if (m_start->date().daysTo(m_end->date()) > 366)
        return tr("A unit longer than a year is probably a typo in the end date.");
    return {};
}

QString UnitPage::standardsProblem() const
{
    if (m_code1->text().trimmed().isEmpty() && !m_description1->text().trimmed().isEmpty())
        return tr("The first standard needs a code (e.g. CCSS.MATH.6.RP.A.1) before its description.");
    if (m_code2->text().trimmed().isEmpty() && !m_description2->text().trimmed().isEmpty())
        return tr("The second standard needs a code before its description.");
    if (!m_code1->text().trimmed().isEmpty() &&
        m_code1->text().trimmed().compare(m_code2->text().trimmed(), Qt::CaseInsensitive) == 0)
        return tr("Both standards have the same code.");
    return {};
}

void UnitPage::validate()
{
    setMessage(m_titleMessage,
               m_title->text().trimmed().isEmpty() ? tr("Give the unit a title, e.g. Unit 1: Ratios.") : QString());
    setMessage(m_datesMessage, datesProblem());
    setMessage(m_standardsMessage, standardsProblem());
    Q_EMIT completeChanged();
}

bool UnitPage::isComplete() const
{
    return !m_title->text().trimmed().isEmpty() && datesProblem().isEmpty() && standardsProblem().isEmpty();
}

bool UnitPage::validatePage()
{
    if (resuming())
        return true;
    OnboardingWizard *w = onboarding();
    const QString classId = w->state().classId();
    QList<Standard> standards;
    QStringList standardIds;
    const QList<Standard> known = PlanQueries(store()).standards(classId);
    for (const auto &[codeEdit, descriptionEdit] :
         {std::pair{m_code1, m_description1}, std::pair{m_code2, m_description2}}) {
        Standard s;
        s.code = codeEdit->text().trimmed();
        if (s.code.isEmpty())
            continue;
        s.classId = classId;
        s.description = descriptionEdit->text().trimmed();
        for (const Standard &k : known) {
            if (k.code.trimmed().compare(s.code, Qt::CaseInsensitive) == 0)
                s.id = k.id;
        }
        if (s.id.isEmpty())
            s.id = newId();
        standards.append(s);
        standardIds.append(s.id);
    }
    const std::optional<UnitPlan> existing = UnitPlanRepository(store()).find(w->state().unitId());
    UnitPlan unit = existing ? *existing : UnitPlan{};
    if (!existing) {
        unit.id = newId();
        unit.classId = classId;
        unit.position = PlanQueries(store()).nextUnitPosition(classId);
    }
    unit.title = m_title->text().trimmed();
    unit.startDate = m_start->date();
    unit.endDate = m_end->date();
    unit.standardIds = standardIds;
    // The unit and its new standards: one transaction, one undo step.
    if (const Status s = w->actions().plans().saveUnit(unit, standards); !s) {
        setMessage(m_saveMessage, tr("The unit was not saved: %1").arg(s.error()));
        return false;
    }
    if (!existing)
        w->state().setLessonId({}); // a lesson of another unit does not carry over
    w->state().setUnitId(unit.id);
    m_loadedFor = unit.id;
    return true;
}

} // namespace k12
