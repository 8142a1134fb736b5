// Backups (issue 19): a snapshot and a restore of a 200 x 1000 profile (one class of
// 200 students and 1000 assignments, ~180,000 scores), with the medians of 5 runs.
// Targets: backup < 1 s, restore < 2 s.
//
//   bench_backup [STUDENTS ASSIGNMENTS]   (default 200 1000)
#include "common/BenchOutput.h"
#include "common/ClassGenerator.h"
#include "models/backup/BackupService.h"
#include "models/store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using k12::bench::out;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ClassGenerator::Spec spec;
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2) {
        spec.students = args.at(0).toInt();
        spec.assignments = args.at(1).toInt();
    }
    QTemporaryDir dir;
    {
        Result<std::unique_ptr<Store>> opened = Store::open(dir.path());
        if (!opened) {
            QTextStream(stderr) << opened.error() << u'\n';
            return 1;
        }
        Result<ClassGenerator::Generated> generated = ClassGenerator::generate(**opened, spec);
        if (!generated) {
            QTextStream(stderr) << generated.error() << u'\n';
            return 1;
        }
    }
    BackupService service(dir.path());
    out() << u"Profile %1 x %2: database %3 MB.\n\n"_s.arg(spec.students)
                 .arg(spec.assignments)
                 .arg(double(QFileInfo(service.databasePath()).size()) / 1e6, 0, 'f', 1);

    std::vector<double> backups;
    std::vector<double> restores;
    QString id;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        Result<BackupInfo> made = service.snapshot(BackupReason::manual);
        backups.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!made) {
            QTextStream(stderr) << made.error() << u'\n';
            return 1;
        }
        id = made->id;
    }
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        // What `backup restore` and the dialog do: restore (with its before-restore snapshot), then reopen.
        if (Status s = service.restore(id); !s) {
            QTextStream(stderr) << s.error() << u'\n';
            return 1;
        }
        Result<std::unique_ptr<Store>> reopened = Store::open(dir.path());
        restores.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!reopened) {
            QTextStream(stderr) << reopened.error() << u'\n';
            return 1;
        }
    }
    out() << u"| step | median (ms) | target |\n|---|---|---|\n"_s;
    out() << u"| backup (online backup API, flushed, renamed) | %1 | < 1000 |\n"_s.arg(bench::median(backups), 0, 'f',
                                                                                       0);
    out() << u"| restore (quick_check, before-restore link, copy, rename, reopen) | %1 | < 2000 |\n"_s.arg(
        bench::median(restores), 0, 'f', 0);
    out().flush();
    return 0;
}
