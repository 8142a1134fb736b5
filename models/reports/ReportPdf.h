#pragma once

#include "ProgressReport.h"
#include "kernel/domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QIODevice;

namespace k12 {

class ReportLayouts;

// Progress reports on paper: each report starts on a new page (one page per
// student unless the report is long), A4 or Letter from the locale, with a
// footer naming the student. Written as one combined PDF or one PDF per
// student in a folder, every file readable by the user alone (0600).
// Needs a QGuiApplication (fonts). Runs on the calling thread; a long batch
// stays responsive through the progress callback (the window pumps events
// there and answers Cancel).
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(k12::ReportPdf)

public:
    // Called after each report: done of total; return false to stop the batch.
    using Progress = std::function<bool(int done, int total)>;

    struct Outcome
    {
        QStringList files; // written, complete
        int reports = 0;   // reports in them
        bool cancelled = false;
    };

    // One PDF with every report. Cancelled: the partial file is removed.
    static Result<Outcome> writeCombined(const QList<ProgressReport> &reports, const QString &path,
                                         const Progress &progress = {});
    // One PDF per student in `folder` (made when missing). Cancelled: the
    // reports written so far stay; the one in progress is removed.
    static Result<Outcome> writeEach(const QList<ProgressReport> &reports, const QString &folder,
                                     const Progress &progress = {});
    // The PDF of the reports in memory (the window's preview).
    static Result<QByteArray> toBytes(const QList<ProgressReport> &reports);

    // "Ávila, Ana.pdf": family and given name with characters no file system
    // accepts replaced, unique among `taken` ("Lee, Sam (2).pdf").
    static QString fileNameFor(const ProgressReport &report, const QStringList &taken = {});

private:
    // Paints reports first..first+count-1 of the layouts into one PDF on `device`; done/total feed `progress`.
    static Result<int> paint(ReportLayouts &layouts, int first, int count, QIODevice *device, const Progress &progress,
                             int done, int total, bool *cancelled);
};

} // namespace k12
