#pragma once

#include "kernel/domain/Result.h"
#include "models/reports/ReportBuilder.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace k12 {

class Store;

// "Export the year" (issue 19): one zip file per term holding, for every class
// of the term (archived ones included), a folder named after the class with
//   Gradebook.csv and Gradebook.xlsx  (GradebookExport, our own layout),
//   Progress reports.pdf              (ReportPdf, every student, whole course),
//   Plans/<unit>.pdf                  (PlanDocument, each unit with its lessons),
// and README.txt at the top listing what is inside. Written atomically and
// private (ZipWriter: 0600, nothing under the final name until it is whole).
// Needs a QGuiApplication (fonts) for the PDFs; runs on any thread with a Store of its own there
// (YearExportJob, the window's worker).
class YearExport
{
    Q_DECLARE_TR_FUNCTIONS(k12::YearExport)

public:
    struct Options
    {
        QString term;
        QString path;          // the zip file to write
        ReportOptions reports; // school, teacher; the period is ignored (whole course)
        QString language;      // of the reports; empty: each student's guardian's, else the app's
    };
    struct Outcome
    {
        int classes = 0;
        QStringList files; // inside the zip, in order
        qint64 bytes = 0;  // of the zip file
    };
    // Called before each class and between its parts (done classes of total, `current` the class being
    // written), and once at the end (done == total, `current` empty); return false to stop: nothing is
    // written (the window's Cancel answers within one part of one class, not one whole class).
    using Progress = std::function<bool(int done, int total, const QString &current)>;

    // The terms of the profile's classes (archived ones too), latest first.
    static QStringList terms(Store &store);
    static Result<Outcome> write(Store &store, const Options &options, const Progress &progress = {});

    // A folder or file name every system accepts, unique (ignoring case) among `taken`, which it joins.
    static QString safeName(const QString &name, QStringList *taken);
    // "K12 Teacher - 2025-26 Spring.zip"
    static QString suggestedFileName(const QString &term);
};

} // namespace k12
