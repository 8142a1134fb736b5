#include "GettingStartedChecklist.h"

#include "OnboardingState.h"
#include "kernel/domain/EntitySchema.h"
#include "models/repositories/CategoryRepository.h"
#include "models/store/Store.h"
#include "ui/common/ProfileSettings.h"

#include <QCheckBox>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QCheckBox *item(const QString &text, const QString &hint, const QString &name, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(name);
    box->setToolTip(hint);
    // It shows progress; the teacher ticks it by doing the thing, not by clicking.
    box->setAttribute(Qt::WA_TransparentForMouseEvents);
    box->setFocusPolicy(Qt::NoFocus);
    return box;
}

} // namespace

GettingStartedChecklist::GettingStartedChecklist(Store &store, QWidget *parent)
    : QFrame(parent)
    , m_store(store)
    , m_settingsPath(OnboardingState::settingsPathFor(store.profileDir()))
    , m_title(new QLabel(this))
    , m_assignment(
          item(tr("Add an assignment"), tr("Class > Add Assignment (Ctrl+Shift+A)"), u"checklistAssignment"_s, this))
    , m_grade(
          item(tr("Enter a grade"), tr("Type a score into a cell of the Gradebook grid"), u"checklistGrade"_s, this))
    , m_export(item(tr("Export the gradebook"), tr("File > Export Gradebook"), u"checklistExport"_s, this))
    , m_hide(new QPushButton(tr("Hide"), this))
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(u"gettingStartedChecklist"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#gettingStartedChecklist { background: palette(alternate-base); }"_s);
    m_title->setObjectName(u"checklistTitle"_s);
    m_hide->setObjectName(u"checklistHide"_s);
    m_hide->setToolTip(tr("Hide this list; the walkthrough stays in the Help menu"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addWidget(m_assignment);
    layout->addWidget(m_grade);
    layout->addWidget(m_export);
    layout->addStretch();
    layout->addWidget(m_hide);

    connect(m_hide, &QPushButton::clicked, this, &GettingStartedChecklist::onHide);
    connect(&m_store, &Store::changed, this, &GettingStartedChecklist::onStoreChanged);
    // QSettings replaces the file when it saves: watch the folder, not the file.
    m_watcher->addPath(m_store.profileDir());
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &GettingStartedChecklist::refresh);
    hide();
}

void GettingStartedChecklist::setClassId(const QString &classId)
{
    if (classId == m_classId && !m_classId.isEmpty())
        return; // the main window calls this on every change; the store signal keeps the list fresh
    m_classId = classId;
    refresh();
}

bool GettingStartedChecklist::assignmentDone() const
{
    return m_assignment->isChecked();
}

bool GettingStartedChecklist::gradeDone() const
{
    return m_grade->isChecked();
}

bool GettingStartedChecklist::exportDone() const
{
    return m_export->isChecked();
}

void GettingStartedChecklist::onStoreChanged(const QStringList &entities)
{
    if (isVisible() && (entities.contains(u"assignment"_s) || entities.contains(u"score"_s)))
        refresh();
}

void GettingStartedChecklist::refresh()
{
    const QSettings settings(m_settingsPath, QSettings::IniFormat);
    const QString checklistClass = settings.value(QString::fromLatin1(OnboardingState::kChecklistClass)).toString();
    const bool dismissed = settings.value(QString::fromLatin1(OnboardingState::kChecklistDismissed)).toBool();
    const bool show = !m_classId.isEmpty() && m_classId == checklistClass && !dismissed;
    setVisible(show);
    if (!show)
        return;
    m_assignment->setChecked(!AssignmentRepository(m_store).inClass(m_classId).isEmpty());
    // A grade: any score with points, a letter or a missing/excused mark.
    const EntityDef &score = *EntitySchema::find(u"score"_s);
    m_grade->setChecked(!m_store
                             .rows(score,
                                   u"class_id = ? AND (points IS NOT NULL OR COALESCE(letter, '') <> '' OR "
                                   "missing = 1 OR excused = 1)"_s,
                                   {m_classId}, u"class_id LIMIT 1"_s) // any one: score has no rowid
                             .isEmpty());
    m_export->setChecked(settings.value(QString::fromLatin1(settingsKeys::exported)).toBool());
    const int done = int(m_assignment->isChecked()) + int(m_grade->isChecked()) + int(m_export->isChecked());
    m_title->setText(done == 3 ? tr("<b>Getting started: all done!</b>")
                               : tr("<b>Getting started</b> (%1 of 3):").arg(done));
    m_hide->setText(done == 3 ? tr("Close") : tr("Hide"));
}

void GettingStartedChecklist::onHide()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.setValue(QString::fromLatin1(OnboardingState::kChecklistDismissed), true);
    settings.sync();
    hide();
    Q_EMIT dismissed();
}

} // namespace k12
