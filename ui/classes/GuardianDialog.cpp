#include "GuardianDialog.h"
#include "ui/common/ProblemText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

GuardianDialog::GuardianDialog(QWidget *parent)
    : QDialog(parent)
    , m_given(new QLineEdit(this))
    , m_family(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_relationship(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_reports(new QCheckBox(tr("&Receives progress reports"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Guardian"));
    setObjectName(u"guardianDialog"_s);
    m_given->setObjectName(u"guardianGiven"_s);
    m_family->setObjectName(u"guardianFamily"_s);
    m_email->setObjectName(u"guardianEmail"_s);
    m_phone->setObjectName(u"guardianPhone"_s);
    m_relationship->setObjectName(u"guardianRelationship"_s);
    m_language->setObjectName(u"guardianLanguage"_s);
    m_reports->setObjectName(u"guardianReports"_s);
    m_problem->setObjectName(u"guardianProblem"_s);
    markAsProblemText(m_problem);
    m_problem->setWordWrap(true);
    m_email->setPlaceholderText(tr("optional; siblings' guardians are matched by email"));
    m_phone->setPlaceholderText(tr("optional"));
    m_relationship->setEditable(true);
    m_relationship->addItems(
        {tr("Mother"), tr("Father"), tr("Parent"), tr("Guardian"), tr("Grandparent"), tr("Other")});
    m_relationship->setCurrentText(QString());
    m_relationship->lineEdit()->setPlaceholderText(tr("pick or type"));
    // Languages with a report translation; the data is the BCP 47 code kept on the guardian.
    m_language->addItem(tr("The teacher's language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Español"_s, u"es"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_reports->setChecked(true);
    m_relationship->setAccessibleName(tr("Relationship"));
    m_language->setAccessibleName(tr("Report language"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("Re&lationship:"), m_relationship);
    form->addRow(tr("Report l&anguage:"), m_language);
    form->addRow(QString(), m_reports);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_given, m_family, m_email, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &GuardianDialog::validate);
    validate();
    resize(420, sizeHint().height());
}

void GuardianDialog::setGuardian(const Guardian &guardian)
{
    m_guardian = guardian;
    setWindowTitle(tr("Edit Guardian"));
    m_given->setText(guardian.givenName);
    m_family->setText(guardian.familyName);
    m_email->setText(guardian.email);
    m_phone->setText(guardian.phone);
    m_relationship->setCurrentText(guardian.relationship);
    int language = m_language->findData(guardian.language);
    if (language < 0) {
        // A code from an import with no entry here ("vi"): kept, shown as it is.
        m_language->addItem(guardian.language, guardian.language);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_reports->setChecked(guardian.receivesReports);
}

Guardian GuardianDialog::guardian() const
{
    Guardian g = m_guardian;
    g.givenName = m_given->text().trimmed();
    g.familyName = m_family->text().trimmed();
    g.email = m_email->text().trimmed();
    g.phone = m_phone->text().trimmed();
    g.relationship = m_relationship->currentText().trimmed();
    g.language = m_language->currentData().toString();
    g.receivesReports = m_reports->isChecked();
    return g;
}

void GuardianDialog::validate()
{
    const QString problem = guardian().problem();
    const bool touched = m_given->isModified() || m_family->isModified() || m_email->isModified();
    m_problem->setText(touched ? problem : QString());
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace k12
