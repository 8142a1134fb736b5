#include "ExportYearDialog.h"

#include "models/reports/ReportSettings.h"
#include "models/store/Store.h"
#include "models/yearend/YearExport.h"
#include "models/yearend/YearExportJob.h"
#include "sync/engine/SyncState.h"
#include "ui/common/Ask.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

ExportYearDialog::ExportYearDialog(Store &store, const QString &currentTerm, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_term(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_export(new QPushButton(tr("&Export"), this))
{
    setObjectName(u"exportYearDialog"_s);
    setWindowTitle(tr("Export the Year"));
    auto *intro = new QLabel(tr("One zip file with every class of the term, archived ones too: each gradebook as CSV "
                                "and XLSX, the progress reports as one PDF per class, and the unit plans as PDF. "
                                "The file holds students' names and grades: keep it private."),
                             this);
    intro->setWordWrap(true);
    m_term->setObjectName(u"exportYearTerm"_s);
    const QStringList terms = YearExport::terms(store);
    m_term->addItems(terms);
    const int current = terms.indexOf(currentTerm.trimmed());
    m_term->setCurrentIndex(current >= 0 ? current : 0); // the shown class's term, else the latest
    m_path->setObjectName(u"exportYearPath"_s);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Term:"), m_term);
    auto *fileLabel = new QLabel(tr("&File:"), this); // a row of two widgets: the label needs its buddy named
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export->setObjectName(u"exportYearButton"_s);
    m_export->setDefault(true);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(browse, &QPushButton::clicked, this, &ExportYearDialog::browse);
    connect(m_term, &QComboBox::currentTextChanged, this, &ExportYearDialog::onTermChanged);
    connect(m_path, &QLineEdit::textChanged, this,
            [this] { m_export->setEnabled(m_term->count() > 0 && !m_path->text().trimmed().isEmpty()); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (exportNow())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onTermChanged();
}

void ExportYearDialog::onTermChanged()
{
    const QString suggested = YearExport::suggestedFileName(m_term->currentText());
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || QFileInfo(path).fileName() == m_suggested) {
        const QString dir = path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                           : QFileInfo(path).absolutePath();
        m_path->setText(QDir::toNativeSeparators(QDir(dir).filePath(suggested)));
    }
    m_suggested = suggested;
    m_export->setEnabled(m_term->count() > 0 && !m_path->text().trimmed().isEmpty());
}

void ExportYearDialog::browse()
{
    const QString chosen = Ask::saveFileName(this, tr("Export the Year"), m_path->text(), tr("Zip files (*.zip)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(
        QDir::toNativeSeparators(chosen.endsWith(u".zip"_s, Qt::CaseInsensitive) ? chosen : chosen + u".zip"_s));
}

bool ExportYearDialog::exportNow()
{
    YearExport::Options options;
    options.term = m_term->currentText();
    options.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const ReportSettings settings = ReportSettings::load(m_store.profileDir());
    options.reports.schoolName = settings.schoolName;
    options.reports.schoolLogoPath = settings.schoolLogoPath;
    options.reports.teacherName =
        settings.teacherName.isEmpty() ? SyncState(m_store.database()).teacherName() : settings.teacherName;
    if (QFileInfo::exists(options.path) &&
        Ask::question(this, tr("Export the Year"),
                      tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(options.path)),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;

    // Written on a worker thread with its own connection: the window repaints, names the class being
    // written and answers Cancel (nothing is left on disk then) while a big term takes its time.
    YearExportJob job;
    QProgressDialog progress(tr("Writing the year's export..."), tr("Cancel"), 0, 0, this);
    progress.setObjectName(u"exportYearProgress"_s);
    progress.setWindowTitle(tr("Export the Year"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumWidth(420);
    std::optional<Result<YearExport::Outcome>> written;
    QEventLoop loop;
    connect(&job, &YearExportJob::progressed, &progress,
            [&progress, this](int done, int total, const QString &current) {
                progress.setMaximum(total);
                progress.setValue(done);
                if (!current.isEmpty())
                    progress.setLabelText(tr("Writing %1 (class %2 of %3)...")
                                              .arg(current, QLocale().toString(done + 1), QLocale().toString(total)));
                Q_EMIT exportProgressed(done, total, current);
            });
    connect(&job, &YearExportJob::finished, &loop, [&written, &loop](const Result<YearExport::Outcome> &result) {
        written = result;
        loop.quit();
    });
    connect(&progress, &QProgressDialog::canceled, &job, [&job, &progress] {
        job.cancel();
        progress.setLabelText(tr("Cancelling..."));
        progress.setCancelButtonText(QString()); // asked once; the worker stops at the next part
    });
    progress.show();
    job.start(m_store.profileDir(), options);
    loop.exec();
    progress.close();
    if (!*written) {
        Ask::question(this, tr("Export the Year"), written->error(), QMessageBox::Ok, QMessageBox::Ok);
        return false;
    }
    Ask::question(
        this, tr("Export the Year"),
        tr("Wrote %1: %n class(es).", nullptr, (*written)->classes).arg(QDir::toNativeSeparators(options.path)),
        QMessageBox::Ok, QMessageBox::Ok);
    return true;
}

} // namespace k12
