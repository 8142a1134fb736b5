#include "FinalOverrideDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

FinalOverrideDialog::FinalOverrideDialog(const QString &title, const FinalGrade &current,
                                         const QList<LetterCutoff> &scale, QWidget *parent)
    : QDialog(parent)
    , m_letter(new QComboBox(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(u"finalOverrideDialog"_s);
    setWindowTitle(tr("Override Final Letter"));
    m_letter->setObjectName(u"overrideLetter"_s);
    m_reason->setObjectName(u"overrideReason"_s);
    m_reason->setPlaceholderText(tr("e.g. Completed the unit retake"));
    m_reason->setMinimumWidth(320);
    for (const LetterCutoff &c : scale)
        m_letter->addItem(c.letter.trimmed());
    const int at = m_letter->findText(current.letter);
    m_letter->setCurrentIndex(at >= 0 ? at : 0);
    m_reason->setText(current.reason);

    const QString computed =
        current.percent ? tr("%1 % (%2)").arg(QLocale().toString(*current.percent, 'f', 2), current.computedLetter)
                        : tr("nothing graded yet");
    auto *heading = new QLabel(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()), this);
    auto *note = new QLabel(tr("The percentage stays as computed; reports and exports show this letter, marked "
                               "with *, and the reason."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Computed:"), new QLabel(computed, this));
    form->addRow(tr("&Letter:"), m_letter);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Override"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &FinalOverrideDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    updateOk();
    m_reason->setFocus();
}

QString FinalOverrideDialog::letter() const
{
    return m_letter->currentText();
}

QString FinalOverrideDialog::reason() const
{
    return m_reason->text().trimmed();
}

void FinalOverrideDialog::updateOk()
{
    m_ok->setEnabled(!reason().isEmpty()); // a reason is required
}

} // namespace k12
