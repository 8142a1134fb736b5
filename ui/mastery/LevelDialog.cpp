#include "LevelDialog.h"
#include "ui/common/ProblemText.h"

#include "kernel/domain/Clock.h"
#include "models/actions/Actions.h"
#include "models/mastery/ProficiencyScale.h"
#include "models/mastery/StandardQueries.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/StudentRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

LevelDialog::LevelDialog(Store &store, QUndoStack *undoStack, const QString &classId, const QString &studentId,
                         const QString &standardId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_undo(undoStack)
    , m_studentId(studentId)
    , m_standardId(standardId)
    , m_assignment(new QComboBox(this))
    , m_level(new QDoubleSpinBox(this))
    , m_levelLabel(new QLabel(this))
    , m_useDate(new QCheckBox(tr("Assessed &on"), this))
    , m_date(new QDateEdit(this))
    , m_problem(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove Level"), this))
{
    setObjectName(u"levelDialog"_s);
    setWindowTitle(tr("Standard Level"));
    m_assignment->setObjectName(u"levelAssignment"_s);
    m_level->setObjectName(u"levelValue"_s);
    m_levelLabel->setObjectName(u"levelLabel"_s);
    m_useDate->setObjectName(u"levelUseDate"_s);
    m_date->setObjectName(u"levelDate"_s);
    m_problem->setObjectName(u"levelProblem"_s);
    m_remove->setObjectName(u"levelRemove"_s);

    const std::optional<Student> student = StudentRepository(store).find(studentId);
    const std::optional<Standard> standard = StandardRepository(store).find(standardId);
    const QStringList tagged = [&] {
        QStringList ids;
        for (const AssignmentStandard &t : StandardQueries(store).tagsInClass(classId)) {
            if (t.standardId == standardId)
                ids.append(t.assignmentId);
        }
        return ids;
    }();
    // The assignments that assess this standard first: those are the ones a level is usually for.
    const QList<Assignment> all = AssignmentRepository(store).inClass(classId);
    for (const Assignment &a : all) {
        if (tagged.contains(a.id))
            m_assignments.append(a);
    }
    for (const Assignment &a : all) {
        if (!tagged.contains(a.id))
            m_assignments.append(a);
    }
    for (const Assignment &a : m_assignments) {
        QString text = a.title;
        if (a.dueDate.isValid())
            text = tr("%1 (due %2)").arg(a.title, QLocale().toString(a.dueDate, QLocale::ShortFormat));
        if (!tagged.contains(a.id))
            text = tr("%1 - not tagged yet").arg(text);
        m_assignment->addItem(text, a.id);
    }

    if (const std::optional<SchoolClass> c = ClassRepository(store).find(classId))
        m_scale = ProficiencyScale::forClass(*c);
    m_level->setRange(0, m_scale.maximumEntry());
    m_level->setDecimals(2);
    m_level->setSingleStep(0.5);
    // Start at the level two thirds up the scale (3 Proficient on the default 1-4).
    const auto &levels = m_scale.levels();
    m_level->setValue(levels.at(qRound(double(levels.size() - 1) * 2.0 / 3.0)).value);
    m_date->setCalendarPopup(true);
    m_date->setDate(Clock::today());
    m_date->setEnabled(false);
    m_useDate->setToolTip(tr("Without a date, the level counts as assessed on the assignment's due date (or today)"));
    m_problem->setWordWrap(true);
    markAsProblemText(m_problem);
    m_problem->hide();

    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_level);
    levelRow->addWidget(m_levelLabel, 1);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_useDate);
    dateRow->addWidget(m_date, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Student:"), new QLabel(student ? student->displayName() : QString(), this));
    form->addRow(tr("Standard:"), new QLabel(standard ? (standard->description.isEmpty()
                                                             ? standard->code
                                                             : tr("%1: %2").arg(standard->code, standard->description))
                                                      : QString(),
                                             this));
    form->addRow(tr("&Assignment:"), m_assignment);
    auto *levelCaption = new QLabel(tr("&Level:"), this);
    levelCaption->setBuddy(m_level); // a row of a layout gets no buddy from addRow
    form->addRow(levelCaption, levelRow);
    form->addRow(QString(), dateRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_remove, QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &LevelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (remove())
            QDialog::accept();
    });
    connect(m_useDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_level, &QDoubleSpinBox::valueChanged, this, &LevelDialog::updateLevelLabel);
    connect(m_assignment, &QComboBox::currentIndexChanged, this, &LevelDialog::onAssignmentChanged);
    onAssignmentChanged();
    updateLevelLabel();
}

Assignment LevelDialog::currentAssignment() const
{
    const int i = m_assignment->currentIndex();
    return i >= 0 && i < m_assignments.size() ? m_assignments.at(i) : Assignment();
}

void LevelDialog::onAssignmentChanged()
{
    const Assignment a = currentAssignment();
    const std::optional<MasteryScore> entered =
        a.id.isEmpty()
            ? std::nullopt
            : MasteryScoreRepository(m_store).find(StandardQueries::evidenceId(a.id, m_standardId, m_studentId));
    m_remove->setVisible(entered.has_value());
    if (entered) {
        // Shows what is there: saving again replaces it.
        m_level->setValue(entered->score);
        const QDate day = QDate::fromString(entered->assessedAt.left(10), Qt::ISODate);
        m_useDate->setChecked(day.isValid() && day != a.dueDate);
        if (day.isValid())
            m_date->setDate(day);
    }
    m_problem->hide();
}

void LevelDialog::updateLevelLabel()
{
    m_levelLabel->setText(m_scale.label(m_level->value()));
}

bool LevelDialog::save()
{
    const Assignment a = currentAssignment();
    if (a.id.isEmpty()) {
        m_problem->setText(tr("This class has no assignments yet: add one in the Gradebook tab first."));
        m_problem->show();
        return false;
    }
    Result<QString> r = Actions(m_store, m_undo)
                            .standards()
                            .setLevel(a, m_studentId, m_standardId, m_level->value(),
                                      m_useDate->isChecked() ? m_date->date() : QDate());
    if (!r) {
        m_problem->setText(r.error());
        m_problem->show();
        return false;
    }
    return true;
}

bool LevelDialog::remove()
{
    Status s = Actions(m_store, m_undo).standards().clearLevel(currentAssignment(), m_studentId, m_standardId);
    if (!s) {
        m_problem->setText(s.error());
        m_problem->show();
        return false;
    }
    return true;
}

void LevelDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace k12
