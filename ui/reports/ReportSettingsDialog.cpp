#include "ReportSettingsDialog.h"

#include "models/reports/ReportSettings.h"
#include "ui/common/Ask.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

ReportSettingsDialog::ReportSettingsDialog(QString profileDir, QWidget *parent)
    : QDialog(parent)
    , m_profileDir(std::move(profileDir))
    , m_school(new QLineEdit(this))
    , m_logo(new QLineEdit(this))
    , m_teacher(new QLineEdit(this))
{
    setWindowTitle(tr("Report Settings"));
    const ReportSettings s = ReportSettings::load(m_profileDir);
    m_school->setText(s.schoolName);
    m_school->setPlaceholderText(tr("e.g. Lincoln Middle School"));
    m_logo->setText(s.schoolLogoPath);
    m_logo->setPlaceholderText(tr("An image file (PNG, JPEG, SVG); empty for none"));
    m_teacher->setText(s.teacherName);
    m_teacher->setPlaceholderText(tr("Your name as families read it; empty: your sync account's name"));

    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, &ReportSettingsDialog::onBrowseLogo);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&School name:"), m_school);
    form->addRow(tr("School &logo:"), logoRow);
    form->addRow(tr("&Teacher name:"), m_teacher);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ReportSettingsDialog::onBrowseLogo()
{
    const QString path = Ask::openFileName(this, tr("School Logo"), QFileInfo(m_logo->text()).absolutePath(),
                                           tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"));
    if (!path.isEmpty())
        m_logo->setText(path);
}

void ReportSettingsDialog::accept()
{
    const QString logo = m_logo->text().trimmed();
    if (!logo.isEmpty() && QImageReader(logo).size().isEmpty() && !QImageReader(logo).canRead()) {
        Ask::question(this, tr("School Logo"), tr("\"%1\" is not an image this app can read.").arg(logo),
                      QMessageBox::Ok);
        return;
    }
    ReportSettings{m_school->text(), logo, m_teacher->text()}.save(m_profileDir);
    QDialog::accept();
}

} // namespace k12
