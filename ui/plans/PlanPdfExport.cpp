#include "PlanPdfExport.h"
#include "ui/common/Ask.h"

#include "models/plans/PlanDocument.h"

#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

bool PlanPdfExport::run(QWidget *parent, const QString &caption, const QString &title, const QString &done,
                        const std::function<Status(const QString &path)> &write)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = Ask::saveFileName(
        parent, caption, QDir(folder).filePath(PlanDocument::suggestedFileName(title)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    if (const Status s = write(path); !s) {
        QMessageBox::warning(parent, tr("PDF not written"), s.error());
        return false;
    }
    if (auto *window = qobject_cast<QMainWindow *>(parent->window()))
        window->statusBar()->showMessage(done.arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

} // namespace k12
