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

namespace {

enum Dialect
{
    CommaPoint,
    SemicolonComma
};

} // namespace

ExportGradebookDialog::ExportGradebookDialog(QWidget *parent, const QLocale &locale)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_fileType(new QComboBox(this))
    , m_dialect(new QComboBox(this))
    , m_bom(new QCheckBox(tr("For Excel (adds a UTF-8 byte order mark)"), this))
    , m_example(new QLabel(this))
{
    setObjectName(u"exportGradebookDialog"_s);
    setWindowTitle(tr("Export Gradebook"));
    m_format->setObjectName(u"exportFormat"_s);
    m_format->addItem(tr("K12 Teacher (opens in Excel, LibreOffice, Google Sheets)"), u"k12"_s);
    m_format->addItem(tr("Canvas gradebook (for Canvas's gradebook import)"), u"canvas"_s);
    m_fileType->setObjectName(u"exportFileType"_s);
    m_fileType->addItem(tr("Excel workbook (.xlsx): the same in every language and spreadsheet"), u"xlsx"_s);
    m_fileType->addItem(tr("CSV text (.csv)"), u"csv"_s);
    m_dialect->setObjectName(u"exportDialect"_s);
    m_dialect->addItem(tr("Commas between cells, decimal point (9.5)"), CommaPoint);
    m_dialect->addItem(tr("Semicolons between cells, decimal comma (9,5)"), SemicolonComma);
    // The dialect a spreadsheet in the teacher's language opens with numbers as numbers.
    const GradebookExport::Options local = GradebookExport::localeDefaults(locale);
    m_dialect->setCurrentIndex(local.decimalComma ? SemicolonComma : CommaPoint);
    m_bom->setObjectName(u"exportBom"_s);
    m_bom->setChecked(true);
    m_example->setObjectName(u"exportDialectHint"_s);
    m_example->setWordWrap(true);
    auto *hint = new QLabel(tr("The file holds your students' grades: it is saved readable by you only."), this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Layout:"), m_format);
    form->addRow(tr("File &type:"), m_fileType);
    form->addRow(tr("&Numbers and cells:"), m_dialect);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_example);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Choose File..."), QDialogButtonBox::AcceptRole)->setObjectName(u"exportChooseFile"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fileType, &QComboBox::currentIndexChanged, this, &ExportGradebookDialog::onFileTypeChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    onFileTypeChanged();
}

void ExportGradebookDialog::onFileTypeChanged()
{
    const bool csv = m_fileType->currentData().toString() == u"csv"_s;
    m_dialect->setEnabled(csv);
    m_bom->setEnabled(csv);
    m_example->setText(csv ? tr("Student numbers such as 00123 lose their leading zeros when a spreadsheet opens a "
                                "CSV file; the workbook keeps them.")
                           : tr("Numbers stay numbers and student numbers stay text in every spreadsheet, "
                                "whatever its language."));
}

GradebookExport::Options ExportGradebookDialog::options() const
{
    GradebookExport::Options o;
    o.format = *GradebookExport::formatFromKey(m_format->currentData().toString());
    o.fileType = *GradebookExport::fileTypeFromKey(m_fileType->currentData().toString());
    const bool semicolons = m_dialect->currentData().toInt() == SemicolonComma;
    o.delimiter = semicolons ? u';' : u',';
    o.decimalComma = semicolons;
    o.byteOrderMark = m_bom->isChecked();
    return o;
}

QString ExportGradebookDialog::fileFilter() const
{
    return m_fileType->currentData().toString() == u"xlsx"_s ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
}

} // namespace k12
