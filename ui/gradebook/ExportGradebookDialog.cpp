#include "ExportGradebookDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

ExportGradebookDialog::ExportGradebookDialog(QWidget *parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_bom(new QCheckBox(tr("For Excel (adds a UTF-8 byte order mark)"), this))
{
    setObjectName(u"exportGradebookDialog"_s);
    setWindowTitle(tr("Export Gradebook"));
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("K12 Teacher CSV (opens in Excel, LibreOffice, Google Sheets)"), u"k12"_s);
    m_format->addItem(tr("Canvas gradebook CSV (for Canvas's gradebook import)"), u"canvas"_s);
    m_bom->setObjectName(u"exportBom"_s);
    m_bom->setChecked(true);
    auto *hint = new QLabel(tr("The file holds your students' grades: it is saved readable by you only."), this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Layout:"), m_format);
    form->addRow(QString(), m_bom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Choose File..."), QDialogButtonBox::AcceptRole)->setObjectName(u"exportChooseFile"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

GradebookExport::Options ExportGradebookDialog::options() const
{
    GradebookExport::Options o;
    o.format = *GradebookExport::formatFromKey(m_format->currentData().toString());
    o.byteOrderMark = m_bom->isChecked();
    return o;
}

} // namespace k12
