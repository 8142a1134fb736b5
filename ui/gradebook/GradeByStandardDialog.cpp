#include "GradeByStandardDialog.h"

#include "GradebookView.h"
#include "TagStandardsDialog.h"

#include "models/itemmodels/StandardLevelsModel.h"
#include "models/mastery/ProficiencyScale.h"
#include "models/repositories/ClassRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

GradeByStandardDialog::GradeByStandardDialog(Actions &actions, const QString &classId,
                                             const QList<Assignment> &assignments, const QString &assignmentId,
                                             QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_classId(classId)
    , m_assignments(assignments)
    , m_model(new StandardLevelsModel(actions.store(), actions.undoStack(), this))
    , m_assignment(new QComboBox(this))
    , m_view(new GradebookView(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"gradeByStandardDialog"_s);
    setWindowTitle(tr("Grade by Standard"));
    m_assignment->setObjectName(u"byStandardAssignment"_s);
    m_status->setObjectName(u"byStandardStatus"_s);
    m_status->setWordWrap(true);
    for (const Assignment &a : std::as_const(m_assignments))
        m_assignment->addItem(a.title, a.id);
    m_assignment->setCurrentIndex(std::max(0, m_assignment->findData(assignmentId)));

    m_view->setModel(m_model);
    m_view->frozenView()->hide();
    m_view->verticalHeader()->setVisible(true);
    m_view->horizontalHeader()->setDefaultSectionSize(90);

    // The scale, so the teacher knows what the numbers mean.
    QStringList levels;
    ProficiencyScale proficiency = ProficiencyScale::defaultScale();
    if (const std::optional<SchoolClass> c = ClassRepository(actions.store()).find(classId))
        proficiency = ProficiencyScale::forClass(*c);
    for (const ProficiencyScale::Level &l : proficiency.levels())
        levels << tr("%1 %2").arg(QLocale().toString(l.value), l.label);
    auto *scale = new QLabel(tr("Levels: %1. Type a level and Enter; Delete clears.").arg(levels.join(u", "_s)), this);
    scale->setWordWrap(true);
    auto *tag = new QPushButton(tr("&Standards..."), this);
    tag->setObjectName(u"byStandardTag"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Assignment:"), this));
    top->addWidget(m_assignment, 1);
    top->addWidget(tag);
    qobject_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_assignment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scale);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(tag, &QPushButton::clicked, this, &GradeByStandardDialog::editStandards);
    connect(m_assignment, &QComboBox::currentIndexChanged, this, &GradeByStandardDialog::onAssignmentChanged);
    connect(m_model, &StandardLevelsModel::editRefused, m_status, &QLabel::setText);
    connect(m_model, &QAbstractItemModel::dataChanged, m_status, &QLabel::clear);
    connect(m_view, &GradebookView::clearRequested, this, [this] {
        for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
            m_model->setData(i, QString());
    });
    onAssignmentChanged();
    resize(720, 520);
}

void GradeByStandardDialog::onAssignmentChanged()
{
    m_model->setAssignment(m_classId, m_assignment->currentData().toString());
    m_status->setText(m_model->columnCount() == 0 && m_assignment->count() > 0
                          ? tr("This assignment is not tagged with a standard yet: choose Standards...")
                          : QString());
    if (m_model->rowCount() > 0 && m_model->columnCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void GradeByStandardDialog::editStandards()
{
    const int i = m_assignment->currentIndex();
    if (i < 0)
        return;
    TagStandardsDialog dialog(m_actions, m_classId, {m_assignments.at(i)}, this);
    if (dialog.exec() == QDialog::Accepted)
        onAssignmentChanged();
}

} // namespace k12
