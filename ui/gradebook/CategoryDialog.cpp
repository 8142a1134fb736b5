#include "CategoryDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

CategoryDialog::CategoryDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_weight(new QDoubleSpinBox(this))
    , m_drop(new QDoubleSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"categoryDialog"_s);
    setWindowTitle(tr("New Category"));
    m_name->setObjectName(u"categoryName"_s);
    m_name->setPlaceholderText(tr("e.g. Homework"));
    m_weight->setObjectName(u"categoryWeight"_s);
    m_weight->setRange(0, 1000);
    m_weight->setSuffix(tr(" %"));
    m_weight->setToolTip(tr("Leave every weight at 0 to grade by total points."));
    m_drop->setObjectName(u"categoryDrop"_s);
    m_drop->setRange(0, 50);
    m_drop->setDecimals(0);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(tr("&Drop lowest:"), m_drop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

void CategoryDialog::setCategory(const Category &category)
{
    m_category = category;
    if (!category.id.isEmpty())
        setWindowTitle(tr("Edit Category"));
    m_name->setText(category.name);
    m_weight->setValue(category.weight);
    m_drop->setValue(category.dropLowest);
}

Category CategoryDialog::category() const
{
    Category c = m_category;
    c.name = m_name->text().trimmed();
    c.weight = m_weight->value();
    c.dropLowest = int(m_drop->value());
    return c;
}

} // namespace k12
