#include "UnitEditor.h"

#include "FieldAutoSave.h"
#include "PlanWidgets.h"
#include "StandardsPicker.h"
#include "kernel/domain/EntitySchema.h"
#include "models/plans/PlanQueries.h"
#include "models/repositories/Repositories.h"
#include "models/store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

UnitEditor::UnitEditor(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actions(store, undoStack)
    , m_autoSave(new FieldAutoSave(undoStack, this))
    , m_title(new QLineEdit(this))
    , m_start(PlanWidgets::dateEdit(this))
    , m_end(PlanWidgets::dateEdit(this))
    , m_status(new QComboBox(this))
    , m_summary(PlanWidgets::textBox(4, this))
    , m_questions(PlanWidgets::textBox(3, this))
    , m_standards(new StandardsPicker(this))
    , m_problem(PlanWidgets::problemLabel(this))
{
    setObjectName(u"unitEditor"_s);
    m_title->setObjectName(u"unitTitle"_s);
    m_start->setObjectName(u"unitStart"_s);
    m_end->setObjectName(u"unitEnd"_s);
    m_status->setObjectName(u"unitStatus"_s);
    m_summary->setObjectName(u"unitSummary"_s);
    m_questions->setObjectName(u"unitQuestions"_s);
    m_problem->setObjectName(u"unitProblem"_s);
    m_status->addItem(tr("Draft"), u"draft"_s);
    m_status->addItem(tr("Ready to teach"), u"ready"_s);
    m_summary->setPlaceholderText(tr("What the unit is about and what students will be able to do"));
    m_questions->setPlaceholderText(tr("One question per line"));

    auto *heading = new QLabel(tr("<b>Unit plan</b>"), this);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_end);
    dates->addStretch();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Dates:"), dates);
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Essential questions:"), m_questions);
    form->addRow(tr("Standards:"), m_standards);
    qobject_cast<QLabel *>(form->labelForField(dates))->setBuddy(m_start);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();

    m_autoSave->addLineEdit(u"title"_s, m_title, tr("Edit Unit Title"));
    m_autoSave->addDate(u"start_date"_s, m_start, tr("Change Unit Start"));
    m_autoSave->addDate(u"end_date"_s, m_end, tr("Change Unit End"));
    m_autoSave->addPlainText(u"summary"_s, m_summary, tr("Edit Unit Summary"));
    m_autoSave->addPlainText(u"essential_questions"_s, m_questions, tr("Edit Essential Questions"));
    m_autoSave->setSaver([this](const QString &key, const QVariant &value, const QString &label) {
        return saveField(key, value, label);
    });
    m_autoSave->setValidator(
        PlanWidgets::recordValidator<UnitPlan>(m_store, &m_unitId, tr("This unit no longer exists.")));
    connect(m_autoSave, &FieldAutoSave::saveFailed, this,
            [this](const QString &, const QString &m) { showProblem(m); });
    connect(m_autoSave, &FieldAutoSave::saved, this, [this] { showProblem({}); });
    connect(m_status, &QComboBox::activated, this, &UnitEditor::onStatusActivated);
    connect(m_standards, &StandardsPicker::checkedChanged, this, [this](const QStringList &ids) {
        (void)m_autoSave->saveNow(u"standard_ids"_s, PlanWidgets::idList(ids), tr("Change Unit Standards"));
    });
    connect(m_standards, &StandardsPicker::addRequested, this, &UnitEditor::onAddStandard);
    connect(&m_store, &Store::changed, this, &UnitEditor::onStoreChanged);
    setEnabled(false);
}

bool UnitEditor::commit()
{
    return m_autoSave->flush();
}

void UnitEditor::setUnit(const QString &unitId)
{
    if (unitId == m_unitId)
        return;
    commit();
    m_unitId = unitId;
    load();
}

void UnitEditor::load()
{
    showProblem({});
    m_standards->clearNewStandard();
    const std::optional<UnitPlan> unit = m_unitId.isEmpty() ? std::nullopt : UnitPlanRepository(m_store).find(m_unitId);
    setEnabled(unit.has_value());
    m_autoSave->beginLoad();
    m_autoSave->endLoad(unit ? unit->toFields() : QVariantMap());
    m_classId = unit ? unit->classId : QString();
    m_status->setCurrentIndex(unit && unit->status == u"ready"_s ? 1 : 0);
    loadStandards(unit ? unit->standardIds : QStringList());
}

void UnitEditor::loadStandards(const QStringList &checked)
{
    m_standards->setStandards(m_classId.isEmpty() ? QList<Standard>() : PlanQueries(m_store).standards(m_classId),
                              checked);
}

void UnitEditor::onStoreChanged(const QStringList &entities)
{
    if (m_unitId.isEmpty() || (!entities.contains(u"unit_plan"_s) && !entities.contains(u"standard"_s)))
        return;
    const std::optional<UnitPlan> unit = UnitPlanRepository(m_store).find(m_unitId);
    if (!unit)
        return; // deleted: the panel moves on
    m_autoSave->refresh(unit->toFields());
    m_status->setCurrentIndex(unit->status == u"ready"_s ? 1 : 0);
    loadStandards(unit->standardIds);
}

Status UnitEditor::saveField(const QString &key, const QVariant &value, const QString &label)
{
    return m_actions.plans().editUnit(m_unitId, key, value, label);
}

void UnitEditor::onStatusActivated(int index)
{
    const QString status = m_status->itemData(index).toString();
    (void)m_autoSave->saveNow(u"status"_s, status,
                              status == u"ready"_s ? tr("Mark Unit Ready") : tr("Mark Unit as Draft"));
}

void UnitEditor::onAddStandard(const QString &code, const QString &description)
{
    commit();
    // The new standard and its tick are one step: undo takes both back.
    const Result<QString> added = m_actions.plans().addStandard(m_classId, code, description, u"unit_plan"_s, m_unitId,
                                                                m_standards->checkedIds());
    if (!added) {
        m_standards->setProblem(added.error());
        return;
    }
    m_standards->clearNewStandard();
    Q_EMIT statusMessage(tr("Standard %1 added to the class.").arg(code));
}

void UnitEditor::showProblem(const QString &message)
{
    m_problem->setText(message.isEmpty() ? QString() : tr("Not saved: %1").arg(message));
    m_problem->setVisible(!message.isEmpty());
}

} // namespace k12
