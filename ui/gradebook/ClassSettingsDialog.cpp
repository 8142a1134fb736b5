#include "ClassSettingsDialog.h"

#include "InsightSettingsPage.h"
#include "MasterySettingsPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {} // namespace

ClassSettingsDialog::ClassSettingsDialog(const SchoolClass &schoolClass, const QList<Category> &categories,
                                         const QList<LetterCutoff> &scale, QWidget *parent)
    : QDialog(parent)
    , m_class(schoolClass)
    , m_categories(categories)
    , m_scale(scale)
{
    setObjectName(u"classSettingsDialog"_s);
    setWindowTitle(tr("Grading Settings — %1").arg(schoolClass.name));
    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->setObjectName(u"classSettingsTabs"_s);
    tabs->setAccessibleName(tr("Grading settings sections"));
    tabs->addTab(createCategoriesPage(), tr("&Categories"));
    tabs->addTab(createPoliciesPage(), tr("&Missing && Late"));
    tabs->addTab(createScalePage(), tr("&Letter Scale"));
    m_masteryPage = new MasterySettingsPage(m_class, tabs);
    tabs->addTab(m_masteryPage, tr("&Standards Mastery"));
    m_insightPage = new InsightSettingsPage(m_class, tabs);
    tabs->addTab(m_insightPage, tr("&Insight"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClassSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, 460);
}

void ClassSettingsDialog::addPage(QWidget *page, const QString &title)
{
    page->setParent(m_tabs);
    m_tabs->addTab(page, title);
}

QWidget *ClassSettingsDialog::createCategoriesPage()
{
    auto *page = new QWidget(this);
    m_categoryTable = new QTableWidget(int(m_categories.size()), 3, page);
    m_categoryTable->setObjectName(u"categoryTable"_s);
    m_categoryTable->setAccessibleName(tr("Categories"));
    m_categoryTable->setHorizontalHeaderLabels({tr("Category"), tr("Weight %"), tr("Drop lowest")});
    // The number columns as wide as their headers: "Weight %" and "Drop lowest" were cut off in a long language.
    m_categoryTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_categoryTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categoryTable->verticalHeader()->hide();
    // Tab goes from spin box to spin box and on out of the table (cell by cell it never left: issue 21).
    m_categoryTable->setTabKeyNavigation(false);
    for (int i = 0; i < m_categories.size(); ++i) {
        const Category &c = m_categories.at(i);
        m_categoryTable->setItem(i, 0, new QTableWidgetItem(c.name));
        auto *weight = new QDoubleSpinBox(m_categoryTable);
        weight->setRange(0, 1000);
        weight->setValue(c.weight);
        weight->setAccessibleName(tr("Weight % of %1").arg(c.name));
        connect(weight, &QDoubleSpinBox::valueChanged, this, &ClassSettingsDialog::updateWeightTotal);
        m_categoryTable->setCellWidget(i, 1, weight);
        auto *drop = new QSpinBox(m_categoryTable);
        drop->setRange(0, 50);
        drop->setValue(c.dropLowest);
        drop->setAccessibleName(tr("Drop lowest of %1").arg(c.name));
        m_categoryTable->setCellWidget(i, 2, drop);
    }
    m_weightTotal = new QLabel(page);
    m_weightTotal->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    if (m_categories.isEmpty())
        layout->addWidget(new QLabel(tr("This class has no categories yet. Add them from the gradebook's "
                                        "toolbar (Add Category)."),
                                     page));
    layout->addWidget(m_categoryTable);
    layout->addWidget(m_weightTotal);
    updateWeightTotal();
    return page;
}

void ClassSettingsDialog::updateWeightTotal()
{
    double total = 0;
    for (int i = 0; i < m_categoryTable->rowCount(); ++i)
        total += static_cast<QDoubleSpinBox *>(m_categoryTable->cellWidget(i, 1))->value();
    if (total == 0)
        m_weightTotal->setText(tr("No category has a weight: the final grade is total points earned / total points "
                                  "possible."));
    else
        m_weightTotal->setText(tr("Weights add up to %1%. The final grade is the weighted average of the categories "
                                  "that have grades; weights need not add up to 100.")
                                   .arg(QLocale().toString(total, 'g', 6)));
}

QWidget *ClassSettingsDialog::createPoliciesPage()
{
    auto *page = new QWidget(this);
    m_missingZero = new QRadioButton(tr("Missing work counts as &zero"), page);
    m_missingExclude = new QRadioButton(tr("Missing work is left &out of the average"), page);
    (m_class.missingPolicy == u"exclude"_s ? m_missingExclude : m_missingZero)->setChecked(true);
    m_lateEnabled = new QCheckBox(tr("Take points off late work"), page);
    m_lateEnabled->setObjectName(u"latePenaltyEnabled"_s);
    m_lateEnabled->setChecked(m_class.latePenaltyEnabled);
    m_latePerDay = new QDoubleSpinBox(page);
    m_latePerDay->setObjectName(u"latePenaltyPerDay"_s);
    m_latePerDay->setRange(0, 100);
    m_latePerDay->setSuffix(tr(" % per day late"));
    m_latePerDay->setValue(m_class.latePenaltyPerDay);
    m_lateFloor = new QDoubleSpinBox(page);
    m_lateFloor->setObjectName(u"latePenaltyFloor"_s);
    m_lateFloor->setRange(0, 100);
    m_lateFloor->setSuffix(tr(" % of the points at least"));
    m_lateFloor->setValue(m_class.latePenaltyFloor);
    auto enable = [this](bool on) {
        m_latePerDay->setEnabled(on);
        m_lateFloor->setEnabled(on);
    };
    connect(m_lateEnabled, &QCheckBox::toggled, this, enable);
    enable(m_class.latePenaltyEnabled);

    auto *form = new QFormLayout(page);
    form->addRow(m_missingZero);
    form->addRow(m_missingExclude);
    form->addItem(new QSpacerItem(0, 12));
    form->addRow(m_lateEnabled);
    form->addRow(tr("Penalty:"), m_latePerDay);
    form->addRow(tr("Never below:"), m_lateFloor);
    form->addItem(new QSpacerItem(0, 12));
    m_autoMissing = new QCheckBox(tr("Mark missing &automatically after the due date"), page);
    m_autoMissing->setObjectName(u"autoMissing"_s);
    m_autoMissing->setToolTip(tr("When the class opens (and at midnight while it is open), empty scores on "
                                 "published assignments past their due date are marked missing; Undo takes them "
                                 "back. Cells with anything in them are never touched."));
    m_autoMissing->setChecked(m_class.autoMissing);
    form->addRow(m_autoMissing);
    return page;
}

QWidget *ClassSettingsDialog::createScalePage()
{
    auto *page = new QWidget(this);
    m_scaleTable = new QTableWidget(0, 2, page);
    m_scaleTable->setObjectName(u"scaleTable"_s);
    m_scaleTable->setAccessibleName(tr("Letter scale"));
    m_scaleTable->setTabKeyNavigation(false); // Tab leaves the table (it went round its cells for ever)
    m_scaleTable->setHorizontalHeaderLabels({tr("Letter"), tr("From %")});
    m_scaleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_scaleTable->verticalHeader()->hide();
    fillScale(m_scale);
    auto *add = new QPushButton(tr("Add Letter"), page);
    auto *remove = new QPushButton(tr("Remove Letter"), page);
    auto *reset = new QPushButton(tr("Default Scale"), page);
    // Enter anywhere in the dialog means OK, never "Add Letter".
    for (QPushButton *b : {add, remove, reset})
        b->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_scaleTable->rowCount();
        m_scaleTable->insertRow(row);
        m_scaleTable->setItem(row, 0, new QTableWidgetItem());
        m_scaleTable->setItem(row, 1, new QTableWidgetItem(u"0"_s));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_scaleTable->currentRow() >= 0)
            m_scaleTable->removeRow(m_scaleTable->currentRow());
    });
    connect(reset, &QPushButton::clicked, this, [this] { fillScale(GradingScale::defaultCutoffs()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(reset);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("A final percentage gets the first letter whose lower bound it reaches, after "
                                    "rounding to 2 decimals."),
                                 page));
    layout->addWidget(m_scaleTable);
    layout->addLayout(buttons);
    return page;
}

void ClassSettingsDialog::fillScale(const QList<LetterCutoff> &scale)
{
    m_scaleTable->setRowCount(int(scale.size()));
    for (int i = 0; i < scale.size(); ++i) {
        m_scaleTable->setItem(i, 0, new QTableWidgetItem(scale.at(i).letter));
        m_scaleTable->setItem(i, 1, new QTableWidgetItem(QLocale().toString(scale.at(i).minPercent, 'g', 6)));
    }
}

SchoolClass ClassSettingsDialog::editedClass() const
{
    SchoolClass c = m_class;
    c.missingPolicy = m_missingExclude->isChecked() ? u"exclude"_s : u"zero"_s;
    c.latePenaltyEnabled = m_lateEnabled->isChecked();
    c.latePenaltyPerDay = m_latePerDay->value();
    c.latePenaltyFloor = m_lateFloor->value();
    c.autoMissing = m_autoMissing->isChecked();
    m_masteryPage->applyTo(c);
    m_insightPage->applyTo(c);
    return c;
}

QList<Category> ClassSettingsDialog::editedCategories() const
{
    QList<Category> result = m_categories;
    for (int i = 0; i < result.size(); ++i) {
        result[i].name = m_categoryTable->item(i, 0)->text().trimmed();
        result[i].weight = static_cast<QDoubleSpinBox *>(m_categoryTable->cellWidget(i, 1))->value();
        result[i].dropLowest = static_cast<QSpinBox *>(m_categoryTable->cellWidget(i, 2))->value();
    }
    return result;
}

QList<LetterCutoff> ClassSettingsDialog::editedScale() const
{
    QList<LetterCutoff> scale;
    for (int i = 0; i < m_scaleTable->rowCount(); ++i) {
        const QString letter = m_scaleTable->item(i, 0) ? m_scaleTable->item(i, 0)->text().trimmed() : QString();
        bool ok = false;
        const QString text = m_scaleTable->item(i, 1) ? m_scaleTable->item(i, 1)->text() : QString();
        double min = QLocale().toDouble(text, &ok);
        if (!ok)
            min = QLocale::c().toDouble(text, &ok);
        scale.append({letter, ok ? min : -1});
    }
    return scale;
}

void ClassSettingsDialog::accept()
{
    QString problem = m_masteryPage->problem();
    if (problem.isEmpty())
        problem = editedClass().problem();
    for (const Category &c : editedCategories()) {
        if (problem.isEmpty())
            problem = c.problem();
    }
    GradingScale scale;
    scale.cutoffs = editedScale();
    for (const LetterCutoff &c : std::as_const(scale.cutoffs)) {
        if (problem.isEmpty() && (c.minPercent < 0 || c.minPercent > 1000))
            problem = tr("The lower bound of \"%1\" is not a percentage.").arg(c.letter);
    }
    if (problem.isEmpty())
        problem = scale.problem();
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Check the settings"), problem);
        return;
    }
    QDialog::accept();
}

GradingSettings ClassSettingsDialog::settings() const
{
    return GradingSettings{editedClass(), editedCategories(), editedScale()};
}

} // namespace k12
