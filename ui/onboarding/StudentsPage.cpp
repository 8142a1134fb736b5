#include "StudentsPage.h"
#include "ui/common/Ask.h"

#include "OnboardingWizard.h"
#include "StudentNameList.h"
#include "kernel/csv/RosterImport.h"
#include "models/repositories/StudentRepository.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString problemsText(const QStringList &problems)
{
    QStringList shown = problems.mid(0, 3);
    if (problems.size() > 3)
        shown.append(StudentsPage::tr("... and %n more.", nullptr, int(problems.size() - 3)));
    return shown.join(u'\n');
}

QString nameKey(const Student &s)
{
    return s.givenName.trimmed().toCaseFolded() + u'\x1f' + s.familyName.trimmed().toCaseFolded();
}

} // namespace

StudentsPage::StudentsPage(QWidget *parent)
    : OnboardingPage(parent)
    , m_typed(new QRadioButton(tr("&Type or paste names"), this))
    , m_import(new QRadioButton(tr("&Import a roster file (CSV)"), this))
    , m_sample(new QRadioButton(tr("Start with a &sample roster (12 made-up students you can remove later)"), this))
    , m_pages(new QStackedWidget(this))
    , m_names(new QPlainTextEdit(this))
    , m_namesInfo(new QLabel(this))
    , m_namesProblems(messageLabel(u"studentNamesProblems"_s))
    , m_csvPath(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse..."), this))
    , m_csvInfo(new QLabel(this))
    , m_csvProblems(messageLabel(u"studentCsvProblems"_s))
    , m_sampleInfo(new QLabel(this))
    , m_existing(noteLabel({}))
    , m_saveMessage(messageLabel(u"studentsSaveMessage"_s))
{
    setObjectName(u"studentsPage"_s);
    setTitle(tr("Add your students"));
    setSubTitle(tr("You can also leave this empty and add students later in the Roster tab."));
    m_typed->setObjectName(u"typeNamesChoice"_s);
    m_import->setObjectName(u"importRosterChoice"_s);
    m_sample->setObjectName(u"sampleRosterChoice"_s);
    m_names->setObjectName(u"studentNames"_s);
    m_namesInfo->setObjectName(u"studentNamesInfo"_s);
    m_csvPath->setObjectName(u"rosterCsvPath"_s);
    m_csvInfo->setObjectName(u"rosterCsvInfo"_s);
    m_existing->setObjectName(u"studentsExisting"_s);
    m_typed->setChecked(true);
    m_names->setPlaceholderText(tr("One student per line, for example:\nLovelace, Ada\nGrace Hopper"));
    m_names->setTabChangesFocus(true);
    m_csvPath->setPlaceholderText(tr("A CSV file with given_name and family_name columns"));
    m_sampleInfo->setWordWrap(true);
    m_namesInfo->setWordWrap(true);
    m_csvInfo->setWordWrap(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_typed);
    group->addButton(m_import);
    group->addButton(m_sample);

    auto *typedPage = new QWidget(this);
    auto *typedLayout = new QVBoxLayout(typedPage);
    typedLayout->setContentsMargins(0, 0, 0, 0);
    typedLayout->addWidget(m_names);
    typedLayout->addWidget(m_namesInfo);
    typedLayout->addWidget(m_namesProblems);
    auto *csvPage = new QWidget(this);
    auto *csvLayout = new QVBoxLayout(csvPage);
    csvLayout->setContentsMargins(0, 0, 0, 0);
    auto *pathLine = new QHBoxLayout;
    pathLine->addWidget(m_csvPath, 1);
    pathLine->addWidget(m_browse);
    csvLayout->addLayout(pathLine);
    csvLayout->addWidget(m_csvInfo);
    csvLayout->addWidget(m_csvProblems);
    csvLayout->addStretch();
    auto *samplePage = new QWidget(this);
    auto *sampleLayout = new QVBoxLayout(samplePage);
    sampleLayout->setContentsMargins(0, 0, 0, 0);
    sampleLayout->addWidget(m_sampleInfo);
    sampleLayout->addStretch();
    m_pages->addWidget(typedPage);
    m_pages->addWidget(csvPage);
    m_pages->addWidget(samplePage);

    QStringList sampleNames;
    for (const Student &s : StudentNameList::sample())
        sampleNames.append(s.givenName + u' ' + s.familyName);
    m_sampleInfo->setText(tr("These students will be added: %1.").arg(sampleNames.join(u", "_s)));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_typed);
    layout->addWidget(m_import);
    layout->addWidget(m_sample);
    // The list, file or sample sits under the three choices, indented like their text.
    auto *indented = new QHBoxLayout;
    indented->addSpacing(22);
    indented->addWidget(m_pages, 1);
    layout->addLayout(indented, 1);
    layout->addWidget(m_existing);
    layout->addWidget(m_saveMessage);

    connect(group, &QButtonGroup::buttonToggled, this, &StudentsPage::onChoice);
    connect(m_names, &QPlainTextEdit::textChanged, this, &StudentsPage::onNamesChanged);
    connect(m_csvPath, &QLineEdit::textChanged, this, &StudentsPage::onCsvChanged);
    connect(m_browse, &QPushButton::clicked, this, &StudentsPage::onBrowse);
    onNamesChanged();
    onCsvChanged();
}

void StudentsPage::initializePage()
{
    const int enrolled = int(StudentRepository(store()).enrolledIn(onboarding()->state().classId()).size());
    m_existing->setText(enrolled == 0 ? QString()
                                      : tr("This class has %n student(s) already; the names here are added to "
                                           "them (a name already in the class is not added twice).",
                                           nullptr, enrolled));
    m_existing->setVisible(enrolled > 0);
    setMessage(m_saveMessage, {});
}

void StudentsPage::onChoice()
{
    m_pages->setCurrentIndex(m_typed->isChecked() ? 0 : m_import->isChecked() ? 1 : 2);
    Q_EMIT completeChanged();
}

void StudentsPage::onNamesChanged()
{
    const StudentNameList::Outcome outcome = StudentNameList::parse(m_names->toPlainText());
    m_typedStudents = outcome.students;
    m_typedOk = outcome.ok();
    if (outcome.students.isEmpty() && outcome.ok())
        m_namesInfo->setText(tr("No names yet: the class starts with an empty roster."));
    else
        m_namesInfo->setText(tr("%n student(s) will be added.", nullptr, int(outcome.students.size())));
    setMessage(m_namesProblems, problemsText(outcome.problems));
    Q_EMIT completeChanged();
}

void StudentsPage::onCsvChanged()
{
    const QString path = m_csvPath->text().trimmed();
    m_csvStudents.clear();
    m_csvGuardians.clear();
    m_csvOk = false;
    if (path.isEmpty()) {
        m_csvInfo->setText(tr("Choose the roster file exported from your school's system."));
        setMessage(m_csvProblems, {});
    } else {
        const RosterImport::Outcome outcome = RosterImport::fromFile(path);
        m_csvOk = outcome.ok() && !outcome.students.isEmpty();
        m_csvStudents = outcome.students;
        m_csvGuardians = outcome.guardians;
        m_csvInfo->setText(outcome.ok() ? tr("%n student(s) will be imported.", nullptr, int(outcome.students.size()))
                                        : tr("Nothing will be imported until the file is fixed:"));
        setMessage(m_csvProblems, problemsText(outcome.problems + outcome.warnings));
    }
    Q_EMIT completeChanged();
}

void StudentsPage::onBrowse()
{
    const QString path =
        Ask::openFileName(this, tr("Import Roster"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_csvPath->setText(path);
}

QList<Student> StudentsPage::chosenStudents() const
{
    if (m_import->isChecked())
        return m_csvStudents;
    if (m_sample->isChecked())
        return StudentNameList::sample();
    return m_typedStudents;
}

bool StudentsPage::isComplete() const
{
    if (m_import->isChecked())
        return m_csvOk;
    if (m_sample->isChecked())
        return true;
    return m_typedOk;
}

bool StudentsPage::validatePage()
{
    if (resuming())
        return true;
    OnboardingWizard *w = onboarding();
    const QString classId = w->state().classId();
    StudentRepository students(store());
    QSet<QString> enrolled;
    for (const Student &s : students.enrolledIn(classId))
        enrolled.insert(nameKey(s));
    QList<Student> toAdd;
    QList<QList<Guardian>> guardians; // a roster file's guardians of each student added
    const QList<Student> chosen = chosenStudents();
    const bool fromFile = m_import->isChecked();
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        const Student &s = chosen.at(i);
        if (!enrolled.contains(nameKey(s))) {
            toAdd.append(s);
            guardians.append(fromFile ? m_csvGuardians.value(i) : QList<Guardian>());
        }
        enrolled.insert(nameKey(s));
    }
    if (!toAdd.isEmpty()) {
        const Status s = w->actions().roster().addStudents(toAdd, classId, guardians);
        if (!s) {
            setMessage(m_saveMessage, tr("The students were not added: %1").arg(s.error()));
            return false;
        }
    }
    w->state().setStudentsAdded(true);
    return true;
}

} // namespace k12
