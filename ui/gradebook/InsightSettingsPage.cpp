#include "InsightSettingsPage.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

InsightSettingsPage::InsightSettingsPage(const SchoolClass &schoolClass, QWidget *parent)
    : QWidget(parent)
    , m_below(new QDoubleSpinBox(this))
    , m_missing(new QSpinBox(this))
    , m_drop(new QDoubleSpinBox(this))
{
    setObjectName(u"insightSettingsPage"_s);
    m_below->setObjectName(u"riskBelowPercent"_s);
    m_below->setRange(0, 100);
    m_below->setSuffix(tr(" %"));
    m_below->setValue(schoolClass.riskBelowPercent);
    m_missing->setObjectName(u"riskMissingCount"_s);
    m_missing->setRange(0, 1000);
    m_missing->setSpecialValueText(tr("Never")); // 0: missing work alone never makes a student at risk
    m_missing->setSuffix(tr(" or more"));
    m_missing->setValue(schoolClass.riskMissingCount);
    m_drop->setObjectName(u"riskDropPoints"_s);
    m_drop->setRange(0, 100);
    m_drop->setSuffix(tr(" points or more"));
    m_drop->setValue(schoolClass.riskDropPoints);
    auto *note = new QLabel(tr("The Insight tab lists a student as at risk when any of these holds."), this);
    note->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(note);
    form->addRow(tr("Final % &below:"), m_below);
    form->addRow(tr("&Missing assignments:"), m_missing);
    form->addRow(tr("&Drop over two weeks:"), m_drop);
}

void InsightSettingsPage::applyTo(SchoolClass &c) const
{
    c.riskBelowPercent = m_below->value();
    c.riskMissingCount = m_missing->value();
    c.riskDropPoints = m_drop->value();
}

} // namespace k12
