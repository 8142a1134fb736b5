#include "ClassPage.h"
#include "kernel/domain/Clock.h"

#include "OnboardingWizard.h"
#include "models/repositories/ClassRepository.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

ClassPage::ClassPage(QWidget *parent)
    : OnboardingPage(parent)
    , m_name(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_gradeLevel(new QLineEdit(this))
    , m_term(new QLineEdit(this))
    , m_period(new QLineEdit(this))
    , m_nameMessage(messageLabel(u"classNameMessage"_s))
    , m_gradeMessage(messageLabel(u"classGradeMessage"_s))
    , m_termMessage(messageLabel(u"classTermMessage"_s))
    , m_periodMessage(messageLabel(u"classPeriodMessage"_s))
    , m_saveMessage(messageLabel(u"classSaveMessage"_s))
{
    setObjectName(u"classPage"_s);
    setTitle(tr("Your first class"));
    setSubTitle(tr("A class is one course section you teach. Only the name is required."));
    m_name->setObjectName(u"wizardClassName"_s);
    m_subject->setObjectName(u"wizardClassSubject"_s);
    m_gradeLevel->setObjectName(u"wizardClassGrade"_s);
    m_term->setObjectName(u"wizardClassTerm"_s);
    m_period->setObjectName(u"wizardClassPeriod"_s);
    m_name->setPlaceholderText(tr("e.g. Algebra I (required)"));
    m_subject->setPlaceholderText(tr("e.g. Mathematics"));
    m_gradeLevel->setPlaceholderText(tr("e.g. 9, or K"));
    m_period->setPlaceholderText(tr("e.g. 3"));
    m_name->setMaxLength(200);

    auto *form = new QFormLayout;
    form->addRow(tr("Class &name:"), m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Grade level:"), m_gradeLevel);
    form->addRow(QString(), m_gradeMessage);
    form->addRow(tr("&Term:"), m_term);
    form->addRow(QString(), m_termMessage);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(QString(), m_periodMessage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveMessage);
    layout->addStretch();
    layout->addWidget(noteLabel(tr("You can change all of this later with Class > Edit Class.")));

    for (QLineEdit *edit : {m_name, m_subject, m_gradeLevel, m_term, m_period})
        connect(edit, &QLineEdit::textChanged, this, &ClassPage::validate);
}

QString ClassPage::defaultTerm(const QDate &today)
{
    const int year = today.year();
    if (today.month() >= 7)
        return tr("%1-%2 Fall").arg(year).arg((year + 1) % 100, 2, 10, QLatin1Char('0'));
    return tr("%1-%2 Spring").arg(year - 1).arg(year % 100, 2, 10, QLatin1Char('0'));
}

QString ClassPage::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Give the class a name, e.g. Algebra I.");
    if (name.trimmed().size() > 100)
        return tr("The class name is too long (at most 100 characters).");
    return {};
}

QString ClassPage::gradeLevelProblem(const QString &gradeLevel)
{
    static const QRegularExpression level(
        u"^(?:(?:k|tk|pk|pre-?k|kindergarten|[1-9]|1[0-2])(?:\\s*[-–]\\s*(?:k|[1-9]|1[0-2]))?)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString text = gradeLevel.trimmed();
    if (text.isEmpty() || level.match(text).hasMatch())
        return {};
    return tr("Grade level: use K, PK or a number from 1 to 12 (a range such as 9-12 works too), or leave it "
              "empty.");
}

QString ClassPage::termProblem(const QString &term)
{
    return term.trimmed().size() > 40 ? tr("The term is too long (at most 40 characters).") : QString();
}

QString ClassPage::periodProblem(const QString &period)
{
    return period.trimmed().size() > 12 ? tr("Keep the period short (at most 12 characters), e.g. 3 or B.") : QString();
}

void ClassPage::initializePage()
{
    const std::optional<SchoolClass> c = ClassRepository(store()).find(onboarding()->state().classId());
    if (c) {
        m_name->setText(c->name);
        m_subject->setText(c->subject);
        m_gradeLevel->setText(c->gradeLevel);
        m_term->setText(c->term);
        m_period->setText(c->period);
    } else if (m_term->text().isEmpty()) {
        m_term->setText(defaultTerm(Clock::today()));
    }
    setMessage(m_saveMessage, {});
    validate();
}

void ClassPage::validate()
{
    // The name's message waits until the teacher has typed (an empty new form is not an error yet).
    setMessage(m_nameMessage,
               m_name->isModified() || !m_name->text().isEmpty() ? nameProblem(m_name->text()) : QString());
    setMessage(m_gradeMessage, gradeLevelProblem(m_gradeLevel->text()));
    setMessage(m_termMessage, termProblem(m_term->text()));
    setMessage(m_periodMessage, periodProblem(m_period->text()));
    Q_EMIT completeChanged();
}

bool ClassPage::isComplete() const
{
    return nameProblem(m_name->text()).isEmpty() && gradeLevelProblem(m_gradeLevel->text()).isEmpty() &&
           termProblem(m_term->text()).isEmpty() && periodProblem(m_period->text()).isEmpty();
}

bool ClassPage::validatePage()
{
    if (resuming())
        return true;
    OnboardingWizard *w = onboarding();
    const std::optional<SchoolClass> existing = ClassRepository(store()).find(w->state().classId());
    SchoolClass c = existing ? *existing : SchoolClass{};
    c.name = m_name->text().trimmed();
    c.subject = m_subject->text().trimmed();
    c.gradeLevel = m_gradeLevel->text().trimmed();
    c.term = m_term->text().trimmed();
    c.period = m_period->text().trimmed();
    QString id = c.id;
    Status s;
    if (existing) {
        s = w->actions().classes().edit(c);
    } else if (Result<QString> created = w->actions().classes().create(c); created) {
        id = *created;
    } else {
        s = fail(created.error());
    }
    if (!s) {
        setMessage(m_saveMessage, tr("The class was not saved: %1").arg(s.error()));
        return false;
    }
    if (!existing) {
        // A new class (the first run, or the earlier one was deleted): nothing made for another class carries over.
        w->state().setUnitId({});
        w->state().setLessonId({});
        w->state().setStudentsAdded(false);
        w->state().setCategoriesSet(false);
    }
    w->state().setClassId(id);
    return true;
}

} // namespace k12
