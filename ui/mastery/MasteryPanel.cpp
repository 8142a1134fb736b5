#include "MasteryPanel.h"

#include "EvidenceChart.h"
#include "LevelDialog.h"
#include "StandardMethodDialog.h"
#include "models/actions/Actions.h"
#include "models/itemmodels/MasteryModel.h"
#include "ui/common/Ask.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

const Mastery::Method kMethods[] = {
    Mastery::Method::MostRecent, Mastery::Method::Highest,         Mastery::Method::Mean,
    Mastery::Method::Mode,       Mastery::Method::WeightedAverage, Mastery::Method::DecayingAverage,
    Mastery::Method::NMastery,   Mastery::Method::PowerLaw};

} // namespace

MasteryPanel::MasteryPanel(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undo(undoStack)
    , m_model(new MasteryModel(store, this))
    , m_addStandard(new QAction(tr("Add &Standard..."), this))
    , m_enterLevel(new QAction(tr("Enter &Level..."), this))
    , m_showEvidence(new QAction(tr("Show &Evidence..."), this))
    , m_standardMethod(new QAction(tr("&Method for This Standard..."), this))
    , m_legend(new QHBoxLayout)
    , m_method(new QComboBox(this))
    , m_explanation(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(u"masteryPanel"_s);
    m_method->setObjectName(u"masteryMethodChooser"_s);
    m_explanation->setObjectName(u"masteryMethodExplanation"_s);
    m_table->setObjectName(u"masteryTable"_s);
    m_empty->setObjectName(u"masteryEmpty"_s);

    // Item 0 is the class's own method; the others show what each method gives.
    m_method->addItem(tr("Class setting"), QString());
    for (Mastery::Method m : kMethods) {
        m_method->addItem(MasteryReport::methodName(m), Mastery::methodKey(m));
        m_method->setItemData(m_method->count() - 1, explain(Mastery::methodKey(m)), Qt::ToolTipRole);
    }
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the first item names the class's method
    m_method->setToolTip(tr("Look at the class with another method; the class's own method is set in Class "
                            "Settings"));
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    m_addStandard->setObjectName(u"addStandardAction"_s);
    m_addStandard->setStatusTip(tr("Add a standard to the class (the Plans tab's picker shares them)"));
    m_enterLevel->setObjectName(u"enterLevelAction"_s);
    m_enterLevel->setStatusTip(tr("Enter the selected student's level on the selected standard for an assignment "
                                  "(or double-click the cell)"));
    m_showEvidence->setObjectName(u"showEvidenceAction"_s);
    m_showEvidence->setStatusTip(tr("Chart the selected student's levels on the selected standard over time, with "
                                    "the mastery score and the power-law trend"));
    connect(m_addStandard, &QAction::triggered, this, &MasteryPanel::onAddStandard);
    connect(m_showEvidence, &QAction::triggered, this, [this] { openEvidenceChart(m_table->currentIndex()); });
    connect(m_enterLevel, &QAction::triggered, this, [this] { openLevelDialog(m_table->currentIndex()); });
    m_standardMethod->setObjectName(u"standardMethodAction"_s);
    m_standardMethod->setStatusTip(tr("Compute the selected standard with its own mastery method instead of the "
                                      "class's (or go back to the class's)"));
    connect(m_standardMethod, &QAction::triggered, this, [this] {
        if (m_table->currentIndex().isValid())
            openMethodDialog(m_table->currentIndex().column());
    });
    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(m_addStandard);
    tools->addAction(m_enterLevel);
    tools->addAction(m_showEvidence);

    auto *top = new QHBoxLayout;
    top->addWidget(tools);
    top->addSpacing(12);
    top->addWidget(methodLabel);
    top->addWidget(m_method);
    top->addWidget(m_explanation, 1);

    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(false); // the level colours are the cells' backgrounds
    m_table->horizontalHeader()->setDefaultSectionSize(80);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A cell's context menu: its level dialog and its evidence chart.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_enterLevel);
    m_table->addAction(m_showEvidence);
    m_table->addAction(m_standardMethod);
    // A standard's header: its own method.
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this, &MasteryPanel::onHeaderMenu);

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("This class has no standards yet. Add them here (Add Standard...) or in the Plans tab, or "
                        "import a standards file with \"k12-teacher standard import\"; then double-click a cell "
                        "to enter a student's level for an assignment."));
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(top);
    layout->addLayout(m_legend);
    layout->addWidget(m_pages, 1);

    connect(m_method, &QComboBox::currentIndexChanged, this, &MasteryPanel::onMethodChosen);
    connect(m_model, &MasteryModel::reloaded, this, &MasteryPanel::onReloaded);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &MasteryPanel::openLevelDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &MasteryPanel::updateActions);
    onReloaded();
}

void MasteryPanel::setClassId(const QString &classId)
{
    m_model->setClassId(classId);
}

QString MasteryPanel::explain(const QString &methodKey)
{
    switch (Mastery::methodFromKey(methodKey).value_or(Mastery::Method::MostRecent)) {
    case Mastery::Method::MostRecent:
        return tr("The level assessed last.");
    case Mastery::Method::Highest:
        return tr("The best level so far.");
    case Mastery::Method::Mean:
        return tr("The average of every level.");
    case Mastery::Method::Mode:
        return tr("The level given most often; on a tie, the more recent one.");
    case Mastery::Method::WeightedAverage:
        return tr("The newest level weighted by the class's percentage, the average of the earlier ones the rest.");
    case Mastery::Method::DecayingAverage:
        return tr("Each new level counts by the class's rate, the running average the rest: recent work weighs "
                  "most.");
    case Mastery::Method::NMastery:
        return tr("The average of the levels at or above the mastery threshold, once there are enough of them; "
                  "no result before.");
    case Mastery::Method::PowerLaw:
        return tr("Marzano's power law: the trend of the levels over time, at the latest one (the mean with fewer "
                  "than 3).");
    }
    return {};
}

LevelDialog *MasteryPanel::openLevelDialog(const QModelIndex &cell)
{
    if (!cell.isValid() || cell.model() != m_model)
        return nullptr;
    auto *dialog =
        new LevelDialog(m_store, m_undo, m_model->classId(), cell.data(MasteryModel::StudentIdRole).toString(),
                        cell.data(MasteryModel::StandardIdRole).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QDialog *MasteryPanel::openEvidenceChart(const QModelIndex &cell)
{
    if (!cell.isValid() || cell.model() != m_model)
        return nullptr;
    const QString studentId = cell.data(MasteryModel::StudentIdRole).toString();
    const QString standardId = cell.data(MasteryModel::StandardIdRole).toString();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"evidenceDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Evidence: %1 on %2")
                               .arg(m_model->headerData(cell.row(), Qt::Vertical).toString(),
                                    m_model->headerData(cell.column(), Qt::Horizontal).toString()));
    auto *chart = new EvidenceChart(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(chart, 1);
    layout->addWidget(buttons);
    chart->setCell(m_model->report(), studentId, standardId);
    // A level entered or removed, or another method chosen, redraws it.
    connect(m_model, &MasteryModel::reloaded, chart,
            [this, chart, studentId, standardId] { chart->setCell(m_model->report(), studentId, standardId); });
    dialog->resize(760, 480);
    dialog->show();
    return dialog;
}

StandardMethodDialog *MasteryPanel::openMethodDialog(int column)
{
    const MasteryReport &report = m_model->report();
    if (column < 0 || column >= report.standards().size())
        return nullptr;
    const Standard standard = report.standards().at(column);
    auto *dialog = new StandardMethodDialog(report.schoolClass(), standard, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, standardId = standard.id] {
        StandardActions standards = Actions(m_store, m_undo).standards();
        const Result<bool> r = dialog->methodKey().isEmpty()
                                   ? standards.clearMethod(standardId)
                                   : standards.setMethod(standardId, dialog->methodKey(), dialog->param());
        if (!r)
            QMessageBox::warning(this, tr("Method for This Standard"), r.error());
    });
    dialog->open();
    return dialog;
}

void MasteryPanel::onHeaderMenu(const QPoint &pos)
{
    const int column = m_table->horizontalHeader()->logicalIndexAt(pos);
    if (column < 0)
        return;
    QMenu menu(this);
    QAction *method = menu.addAction(tr("&Method for This Standard..."));
    if (menu.exec(m_table->horizontalHeader()->mapToGlobal(pos)) == method)
        openMethodDialog(column);
}

void MasteryPanel::rebuildLegend()
{
    // The class's own scale: levels and labels change with Class Settings.
    while (QLayoutItem *item = m_legend->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_legend->addWidget(new QLabel(tr("Levels:"), this));
    const ProficiencyScale &scale = m_model->report().scale();
    const auto count = int(scale.levels().size());
    for (int i = 0; i < count; ++i) {
        const ProficiencyScale::Level &level = scale.levels().at(i);
        auto *swatch = new QLabel(tr("%1 %2").arg(QLocale().toString(level.value), level.label), this);
        swatch->setObjectName(u"masteryLegend%1"_s.arg(i));
        swatch->setStyleSheet(u"background: %1; color: black; padding: 2px 8px; border-radius: 3px;"_s.arg(
            MasteryModel::levelColor(i, count).name()));
        m_legend->addWidget(swatch);
    }
    bool anyOwn = false;
    for (int t = 0; t < m_model->report().standards().size(); ++t)
        anyOwn = anyOwn || m_model->report().isOverridden(t);
    if (anyOwn) {
        auto *marker = new QLabel(tr("* the standard's own method (right-click its header)"), this);
        marker->setObjectName(u"masteryOwnMethodNote"_s);
        m_legend->addSpacing(12);
        m_legend->addWidget(marker);
    }
    m_legend->addStretch();
}

void MasteryPanel::onAddStandard()
{
    if (m_model->classId().isEmpty())
        return;
    const std::optional<QString> code = Ask::text(this, tr("Add Standard"), tr("Code (e.g. RL.7.1):"));
    if (!code || code->trimmed().isEmpty())
        return;
    const std::optional<QString> description =
        Ask::text(this, tr("Add Standard"), tr("What %1 asks for (optional):").arg(code->trimmed()));
    if (!description)
        return;
    Result<QString> id = Actions(m_store, m_undo).standards().add(m_model->classId(), *code, *description);
    if (!id)
        QMessageBox::warning(this, tr("Add Standard"), id.error());
}

void MasteryPanel::updateActions()
{
    m_addStandard->setEnabled(!m_model->classId().isEmpty());
    m_enterLevel->setEnabled(m_table->currentIndex().isValid());
    m_showEvidence->setEnabled(m_table->currentIndex().isValid());
    m_standardMethod->setEnabled(m_table->currentIndex().isValid());
}

void MasteryPanel::onMethodChosen()
{
    const QString key = m_method->currentData().toString();
    m_model->setMethod(key.isEmpty() ? std::nullopt : Mastery::methodFromKey(key));
}

void MasteryPanel::onReloaded()
{
    const MasteryReport &report = m_model->report();
    const bool noStandards = report.standards().isEmpty() && !m_model->classId().isEmpty();
    m_pages->setCurrentWidget(noStandards ? static_cast<QWidget *>(m_empty) : m_table);
    const QString classMethod = MasteryReport::describe(MasteryReport::methodOf(report.schoolClass()),
                                                        MasteryReport::paramsOf(report.schoolClass()));
    m_method->setItemText(0, tr("Class setting: %1").arg(classMethod));
    m_explanation->setText(MasteryReport::describe(report.method(), report.params()) + u" - "_s +
                           explain(Mastery::methodKey(report.method())));
    rebuildLegend();
    updateActions();
}

} // namespace k12
