#include "LessonEditor.h"

#include "FieldAutoSave.h"
#include "PlanWidgets.h"
#include "StandardsPicker.h"
#include "kernel/domain/EntitySchema.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

LessonEditor::LessonEditor(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actions(store, undoStack)
    , m_autoSave(new FieldAutoSave(undoStack, this))
    , m_title(new QLineEdit(this))
    , m_date(PlanWidgets::dateEdit(this))
    , m_objectives(PlanWidgets::textBox(3, this))
    , m_activities(new QTextEdit(this))
    , m_materials(PlanWidgets::textBox(2, this))
    , m_homework(PlanWidgets::textBox(2, this))
    , m_standards(new StandardsPicker(this))
    , m_assignment(new QComboBox(this))
    , m_unitLabel(new QLabel(this))
    , m_problem(PlanWidgets::problemLabel(this))
    , m_bold(new QAction(tr("B"), this))
    , m_italic(new QAction(tr("I"), this))
    , m_list(new QAction(tr("• List"), this))
{
    setObjectName(u"lessonEditor"_s);
    m_title->setObjectName(u"lessonTitle"_s);
    m_date->setObjectName(u"lessonDate"_s);
    m_objectives->setObjectName(u"lessonObjectives"_s);
    m_activities->setObjectName(u"lessonActivities"_s);
    m_materials->setObjectName(u"lessonMaterials"_s);
    m_homework->setObjectName(u"lessonHomework"_s);
    m_assignment->setObjectName(u"lessonAssignment"_s);
    m_problem->setObjectName(u"lessonProblem"_s);
    m_unitLabel->setObjectName(u"lessonUnitLabel"_s);
    m_objectives->setPlaceholderText(tr("Students will be able to..."));
    m_materials->setPlaceholderText(tr("Handouts, equipment, links"));
    m_homework->setPlaceholderText(tr("What students do before the next lesson"));
    m_activities->setAcceptRichText(true);
    m_activities->setTabChangesFocus(true);
    m_activities->setMinimumHeight(m_activities->fontMetrics().lineSpacing() * 7);

    // A tiny formatting bar: enough for a lesson outline, nothing to learn.
    QFont boldFont = font();
    boldFont.setBold(true);
    QFont italicFont = font();
    italicFont.setItalic(true);
    m_bold->setFont(boldFont);
    m_italic->setFont(italicFont);
    m_bold->setObjectName(u"activitiesBold"_s);
    m_italic->setObjectName(u"activitiesItalic"_s);
    m_list->setObjectName(u"activitiesList"_s);
    m_bold->setToolTip(tr("Bold (Ctrl+B)"));
    m_italic->setToolTip(tr("Italic (Ctrl+I)"));
    m_list->setToolTip(tr("Bulleted list"));
    m_bold->setShortcut(QKeySequence::Bold);
    m_italic->setShortcut(QKeySequence::Italic);
    for (QAction *a : {m_bold, m_italic, m_list}) {
        a->setCheckable(true);
        a->setShortcutContext(Qt::WidgetShortcut);
        m_activities->addAction(a);
    }
    auto *formatBar = new QToolBar(this);
    formatBar->setObjectName(u"activitiesToolbar"_s);
    formatBar->setIconSize(QSize(16, 16));
    formatBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    formatBar->addAction(m_bold);
    formatBar->addAction(m_italic);
    formatBar->addAction(m_list);
    auto *activities = new QWidget(this);
    auto *activitiesLayout = new QVBoxLayout(activities);
    activitiesLayout->setContentsMargins(0, 0, 0, 0);
    activitiesLayout->setSpacing(0);
    activitiesLayout->addWidget(formatBar);
    activitiesLayout->addWidget(m_activities);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Objectives:"), m_objectives);
    form->addRow(tr("&Activities:"), activities);
    qobject_cast<QLabel *>(form->labelForField(activities))->setBuddy(m_activities);
    form->addRow(tr("&Materials:"), m_materials);
    form->addRow(tr("&Homework:"), m_homework);
    form->addRow(tr("Standards:"), m_standards);
    form->addRow(tr("Assi&gnment:"), m_assignment);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unitLabel);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();

    m_autoSave->addLineEdit(u"title"_s, m_title, tr("Edit Lesson Title"));
    m_autoSave->addDate(u"date"_s, m_date, tr("Change Lesson Date"));
    m_autoSave->addPlainText(u"objectives"_s, m_objectives, tr("Edit Lesson Objectives"));
    m_autoSave->addRichText(u"activities"_s, m_activities, tr("Edit Lesson Activities"));
    m_autoSave->addPlainText(u"materials"_s, m_materials, tr("Edit Lesson Materials"));
    m_autoSave->addPlainText(u"homework"_s, m_homework, tr("Edit Lesson Homework"));
    m_autoSave->setSaver([this](const QString &key, const QVariant &value, const QString &label) {
        return saveField(key, value, label);
    });
    m_autoSave->setValidator(
        PlanWidgets::recordValidator<Lesson>(m_store, &m_lessonId, tr("This lesson no longer exists.")));
    connect(m_autoSave, &FieldAutoSave::saveFailed, this,
            [this](const QString &, const QString &m) { showProblem(m); });
    connect(m_autoSave, &FieldAutoSave::saved, this, [this] { showProblem({}); });
    connect(m_assignment, &QComboBox::activated, this, &LessonEditor::onAssignmentActivated);
    connect(m_standards, &StandardsPicker::checkedChanged, this, [this](const QStringList &ids) {
        (void)m_autoSave->saveNow(u"standard_ids"_s, PlanWidgets::idList(ids), tr("Change Lesson Standards"));
    });
    connect(m_standards, &StandardsPicker::addRequested, this, &LessonEditor::onAddStandard);
    connect(m_bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontWeight(on ? QFont::Bold : QFont::Normal);
        m_activities->mergeCurrentCharFormat(f);
    });
    connect(m_italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat f;
        f.setFontItalic(on);
        m_activities->mergeCurrentCharFormat(f);
    });
    connect(m_list, &QAction::triggered, this, &LessonEditor::toggleList);
    connect(m_activities, &QTextEdit::currentCharFormatChanged, this, &LessonEditor::updateFormatActions);
    connect(m_activities, &QTextEdit::cursorPositionChanged, this, &LessonEditor::updateFormatActions);
    connect(&m_store, &Store::changed, this, &LessonEditor::onStoreChanged);
    setEnabled(false);
}

bool LessonEditor::commit()
{
    return m_autoSave->flush();
}

void LessonEditor::setLesson(const QString &lessonId)
{
    if (lessonId == m_lessonId)
        return;
    commit();
    m_lessonId = lessonId;
    load();
}

void LessonEditor::load()
{
    showProblem({});
    m_standards->clearNewStandard();
    const std::optional<Lesson> lesson =
        m_lessonId.isEmpty() ? std::nullopt : LessonRepository(m_store).find(m_lessonId);
    setEnabled(lesson.has_value());
    m_autoSave->beginLoad();
    m_autoSave->endLoad(lesson ? lesson->toFields() : QVariantMap());
    m_classId = lesson ? lesson->classId : QString();
    const std::optional<UnitPlan> unit = lesson ? UnitPlanRepository(m_store).find(lesson->unitId) : std::nullopt;
    m_unitLabel->setText(unit ? tr("<b>Lesson</b> in unit <i>%1</i>").arg(unit->title.toHtmlEscaped())
                              : tr("<b>Lesson</b>"));
    loadStandards(lesson ? lesson->standardIds : QStringList());
    loadAssignments(lesson ? lesson->assignmentId : QString());
    updateFormatActions();
}

void LessonEditor::loadStandards(const QStringList &checked)
{
    m_standards->setStandards(m_classId.isEmpty() ? QList<Standard>() : PlanQueries(m_store).standards(m_classId),
                              checked);
}

void LessonEditor::loadAssignments(const QString &selected)
{
    m_assignment->clear();
    m_assignment->addItem(tr("(none)"), QString());
    if (!m_classId.isEmpty()) {
        for (const Assignment &a : AssignmentRepository(m_store).inClass(m_classId))
            m_assignment->addItem(a.title, a.id);
    }
    m_assignment->setCurrentIndex(std::max(0, m_assignment->findData(selected)));
}

void LessonEditor::onStoreChanged(const QStringList &entities)
{
    if (m_lessonId.isEmpty())
        return;
    const bool lessonChanged = entities.contains(u"lesson"_s);
    if (!lessonChanged && !entities.contains(u"standard"_s) && !entities.contains(u"assignment"_s) &&
        !entities.contains(u"unit_plan"_s))
        return;
    const std::optional<Lesson> lesson = LessonRepository(m_store).find(m_lessonId);
    if (!lesson)
        return; // deleted: the panel moves on
    if (lessonChanged)
        m_autoSave->refresh(lesson->toFields());
    loadStandards(lesson->standardIds);
    loadAssignments(lesson->assignmentId);
    if (const std::optional<UnitPlan> unit = UnitPlanRepository(m_store).find(lesson->unitId))
        m_unitLabel->setText(tr("<b>Lesson</b> in unit <i>%1</i>").arg(unit->title.toHtmlEscaped()));
}

Status LessonEditor::saveField(const QString &key, const QVariant &value, const QString &label)
{
    return m_actions.plans().editLesson(m_lessonId, key, value, label);
}

void LessonEditor::onAssignmentActivated(int index)
{
    const QString id = m_assignment->itemData(index).toString();
    (void)m_autoSave->saveNow(u"assignment_id"_s, id.isEmpty() ? QVariant() : QVariant(id),
                              id.isEmpty() ? tr("Unlink Assignment") : tr("Link Assignment"));
}

void LessonEditor::onAddStandard(const QString &code, const QString &description)
{
    commit();
    const Result<QString> added =
        m_actions.plans().addStandard(m_classId, code, description, u"lesson"_s, m_lessonId, m_standards->checkedIds());
    if (!added) {
        m_standards->setProblem(added.error());
        return;
    }
    m_standards->clearNewStandard();
    Q_EMIT statusMessage(tr("Standard %1 added to the class.").arg(code));
}

void LessonEditor::showProblem(const QString &message)
{
    m_problem->setText(message.isEmpty() ? QString() : tr("Not saved: %1").arg(message));
    m_problem->setVisible(!message.isEmpty());
}

void LessonEditor::updateFormatActions()
{
    const QTextCharFormat f = m_activities->currentCharFormat();
    m_bold->setChecked(f.fontWeight() >= QFont::Bold);
    m_italic->setChecked(f.fontItalic());
    m_list->setChecked(m_activities->textCursor().currentList() != nullptr);
}

void LessonEditor::toggleList(bool on)
{
    QTextCursor cursor = m_activities->textCursor();
    cursor.beginEditBlock();
    if (on) {
        cursor.createList(QTextListFormat::ListDisc);
    } else if (QTextList *list = cursor.currentList()) {
        list->remove(cursor.block());
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(0);
        cursor.setBlockFormat(block);
    }
    cursor.endEditBlock();
    m_activities->setFocus();
}

} // namespace k12
