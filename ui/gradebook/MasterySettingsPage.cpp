#include "MasterySettingsPage.h"

#include "models/grading/Mastery.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

MasterySettingsPage::MasterySettingsPage(const SchoolClass &schoolClass, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"masterySettingsPage"_s);
    m_method = new QComboBox(this);
    m_method->setObjectName(u"masteryMethod"_s);
    const QList<std::pair<Mastery::Method, QString>> methods{
        {Mastery::Method::MostRecent, tr("Most recent score")},
        {Mastery::Method::Highest, tr("Highest score")},
        {Mastery::Method::Mean, tr("Mean of all scores")},
        {Mastery::Method::Mode, tr("Most frequent score")},
        {Mastery::Method::WeightedAverage, tr("Weighted average (newest score weighted)")},
        {Mastery::Method::DecayingAverage, tr("Decaying average")},
        {Mastery::Method::NMastery, tr("n scores at mastery level")},
        {Mastery::Method::PowerLaw, tr("Power law (Marzano)")}};
    for (const auto &[method, label] : methods)
        m_method->addItem(label, Mastery::methodKey(method));
    m_method->setCurrentIndex(std::max(0, m_method->findData(schoolClass.masteryMethod)));
    m_param = new QDoubleSpinBox(this);
    m_param->setObjectName(u"masteryParam"_s);
    m_param->setRange(1, 99);
    m_param->setSuffix(tr(" %"));
    m_param->setValue(schoolClass.masteryParam);
    m_paramLabel = new QLabel(this);
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setRange(0, 100);
    m_threshold->setValue(schoolClass.masteryThreshold);
    m_n = new QSpinBox(this);
    m_n->setRange(1, 20);
    m_n->setValue(schoolClass.masteryN);
    auto *form = new QFormLayout;
    form->addRow(tr("&Method:"), m_method);
    form->addRow(m_paramLabel, m_param);
    form->addRow(tr("Mastery &level:"), m_threshold);
    form->addRow(tr("Scores &needed:"), m_n);
    connect(m_method, &QComboBox::currentIndexChanged, this, &MasterySettingsPage::updateMethodFields);
    updateMethodFields();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(createScaleGroup(), 1);
    setScale(ProficiencyScale::forClass(schoolClass));
}

QWidget *MasterySettingsPage::createScaleGroup()
{
    auto *group = new QGroupBox(tr("Proficiency scale"), this);
    m_levels = new QTableWidget(0, 2, group);
    m_levels->setObjectName(u"proficiencyLevels"_s);
    m_levels->setAccessibleName(tr("Proficiency levels"));
    m_levels->setTabKeyNavigation(false); // Tab leaves the table (it went round its cells for ever)
    m_levels->setHorizontalHeaderLabels({tr("Level"), tr("Label")});
    m_levels->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_levels->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_levels->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add Level"), group);
    add->setObjectName(u"addProficiencyLevel"_s);
    auto *remove = new QPushButton(tr("Remove Level"), group);
    remove->setObjectName(u"removeProficiencyLevel"_s);
    auto *reset = new QPushButton(tr("Reset to Default 1-4"), group);
    reset->setObjectName(u"resetProficiencyScale"_s);
    // Enter anywhere in the dialog means OK, never "Add Level".
    for (QPushButton *b : {add, remove, reset})
        b->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        // One above the top, so the new level goes on the end of a scale that goes up.
        double next = 1;
        for (int i = 0; i < m_levels->rowCount(); ++i) {
            bool ok = false;
            const double v = QLocale().toDouble(m_levels->item(i, 0) ? m_levels->item(i, 0)->text() : QString(), &ok);
            if (ok)
                next = std::max(next, v + 1);
        }
        const int row = m_levels->rowCount();
        m_levels->insertRow(row);
        m_levels->setItem(row, 0, new QTableWidgetItem(QLocale().toString(next)));
        m_levels->setItem(row, 1, new QTableWidgetItem());
        m_levels->setCurrentCell(row, 1);
        m_levels->editItem(m_levels->item(row, 1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_levels->currentRow() >= 0)
            m_levels->removeRow(m_levels->currentRow());
    });
    connect(reset, &QPushButton::clicked, this, [this] { setScale(ProficiencyScale::defaultScale()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(reset);
    auto *note = new QLabel(tr("Lowest first. A standard's score takes the label of the highest level at or below "
                               "it (2.6 is the level of 2); levels may be entered up to twice the top level."),
                            group);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(note);
    layout->addWidget(m_levels, 1);
    layout->addLayout(buttons);
    return group;
}

void MasterySettingsPage::setScale(const ProficiencyScale &scale)
{
    m_levels->setRowCount(int(scale.levels().size()));
    for (int i = 0; i < scale.levels().size(); ++i) {
        const ProficiencyScale::Level &l = scale.levels().at(i);
        m_levels->setItem(i, 0, new QTableWidgetItem(QLocale().toString(l.value)));
        m_levels->setItem(i, 1, new QTableWidgetItem(l.label));
    }
}

Result<ProficiencyScale> MasterySettingsPage::editedScale() const
{
    QList<ProficiencyScale::Level> levels;
    for (int i = 0; i < m_levels->rowCount(); ++i) {
        const QString text = m_levels->item(i, 0) ? m_levels->item(i, 0)->text().trimmed() : QString();
        bool ok = false;
        double value = QLocale().toDouble(text, &ok);
        if (!ok)
            value = QLocale::c().toDouble(text, &ok);
        if (!ok)
            return fail(tr("Proficiency scale, row %1: \"%2\" is not a number.").arg(i + 1).arg(text));
        const QString label = m_levels->item(i, 1) ? m_levels->item(i, 1)->text().trimmed() : QString();
        if (label.isEmpty())
            return fail(tr("Proficiency scale, row %1: the level needs a label.").arg(i + 1));
        levels.append({value, label});
    }
    Result<ProficiencyScale> scale = ProficiencyScale::fromLevels(levels);
    if (!scale)
        return fail(tr("Proficiency scale: %1").arg(scale.error()));
    return scale;
}

QString MasterySettingsPage::problem() const
{
    const Result<ProficiencyScale> scale = editedScale();
    return scale ? QString() : scale.error();
}

void MasterySettingsPage::applyTo(SchoolClass &c) const
{
    c.masteryMethod = m_method->currentData().toString();
    c.masteryParam = m_param->value();
    c.masteryThreshold = m_threshold->value();
    c.masteryN = m_n->value();
    if (const Result<ProficiencyScale> scale = editedScale())
        c.proficiencyScale = scale->toJson();
}

void MasterySettingsPage::updateMethodFields()
{
    const QString key = m_method->currentData().toString();
    const bool weighted = key == u"weighted_average"_s;
    const bool decaying = key == u"decaying_average"_s;
    const bool nMastery = key == u"n_mastery"_s;
    m_paramLabel->setText(weighted ? tr("Weight of the newest score:") : tr("Decay rate:"));
    m_param->setAccessibleName(m_paramLabel->text().chopped(1)); // its label changes with the method
    m_param->setEnabled(weighted || decaying);
    m_threshold->setEnabled(nMastery);
    m_n->setEnabled(nMastery);
}

} // namespace k12
