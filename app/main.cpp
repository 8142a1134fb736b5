// k12-teacher: the composition root. Opens the window, or runs one headless
// command when the arguments name one.
#include "Cli.h"
#include "CliContext.h"
#include "CommandLine.h"
#include "ReportCommands.h"
#include "StartupBenchmark.h"
#include "kernel/logging/Logging.h"
#include "models/backup/BackupScheduler.h"
#include "models/backup/BackupService.h"
#include "models/settings/LanguageSetting.h"
#include "models/store/Store.h"
#include "sync/SyncService.h"
#include "sync/client/TrustedAuthority.h"
#include "ui/MainWindow.h"
#include "ui/reminders/DesktopNotifier.h"
#include "ui/reminders/ReminderService.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kDailyBackupDelayMs = 5000;

struct GlobalOptions
{
    QString profileDir;
    bool verbose = false;
    bool benchmarkStartup = false; // --benchmark-startup: time to the first paint of the grid, then quit
    QStringList rest;
    bool badUsage = false;
};

// --profile and --verbose may come anywhere on the command line.
GlobalOptions scanGlobalOptions(int argc, char **argv)
{
    GlobalOptions g;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == u"--profile"_s) {
            if (i + 1 >= argc) {
                g.badUsage = true;
                break;
            }
            g.profileDir = QString::fromLocal8Bit(argv[++i]);
        } else if (arg.startsWith(u"--profile="_s)) {
            g.profileDir = arg.mid(10);
        } else if (arg == u"--verbose"_s) {
            g.verbose = true;
        } else if (arg == u"--benchmark-startup"_s) {
            g.benchmarkStartup = true;
        } else {
            g.rest.append(arg);
        }
    }
    return g;
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"K12"_s);
    QCoreApplication::setOrganizationDomain(u"k12teacher.org"_s);
    QCoreApplication::setApplicationName(u"k12-teacher"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(K12_VERSION));
}

// The language the teacher chose in Settings (LanguageSetting, [ui] language in
// the profile's k12-teacher.ini), else the system's: it becomes the default
// locale, so numbers and dates follow it too (9,5 in French), then Qt's own
// strings (qtbase: dialog buttons) and the app's are loaded for it.
void installTranslations(QCoreApplication &app, const QString &profile)
{
    const QString chosen = k12::LanguageSetting::load(profile);
    if (!chosen.isEmpty())
        QLocale::setDefault(k12::LanguageSetting::localeFor(chosen));
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    // English is a translation too: it holds the plural forms ("1 student",
    // "2 students") of the "%n student(s)" sources; other locales fall back to it.
    if (translator->load(QLocale(), u"k12_teacher"_s, u"_"_s, u":/i18n"_s) ||
        translator->load(u"k12_teacher_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
}

bool isGuiArgument(const QString &arg)
{
    // Qt's own GUI options (-platform offscreen, -style fusion, ...) still open the window.
    return arg.startsWith(u'-') && !arg.startsWith(u"--"_s) && arg != u"-h"_s;
}

int runWindow(int argc, char **argv, const GlobalOptions &g)
{
    QApplication app(argc, argv);
    setIdentity();
    const QString profile = g.profileDir.isEmpty() ? k12::Store::defaultProfileDir() : g.profileDir;
    installTranslations(app, profile);
    const k12::Status trusted = k12::TrustedAuthority::applyFrom(profile); // [sync] ca_file
    QApplication::setApplicationDisplayName(QApplication::translate("main", "K12 Teacher"));
    // The packaged desktop entry's name (packaging/, K12_APP_ID): the window's app id on
    // Wayland, so the shell shows the packaged icon and groups the windows under the launcher.
    QGuiApplication::setDesktopFileName(u"org.k12teacher.K12Teacher"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/k12-teacher.svg"_s));
    k12::logging::init({QDir(profile).filePath(u"logs"_s), u"k12-teacher.log"_s, g.verbose, false});
    k12::logging::channel("app")->info("k12-teacher {} starting (window)", K12_VERSION);
    if (!trusted)
        QMessageBox::warning(nullptr, QApplication::translate("main", "Certificate authority"), trusted.error());

    int code = 0;
    // The window closes for a restore chosen in File > Backups...: everything using the
    // database goes, the backup is put in place, and a new store and window open.
    for (QString restore;; restore.clear()) {
        k12::Result<std::unique_ptr<k12::Store>> store = k12::Store::open(profile);
        if (!store) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "K12 Teacher cannot start"), store.error());
            return k12::ExitUserError;
        }
        // The day's backup copies the whole database on a thread of its own: started a few
        // seconds after the window opens, so the first start of a day is not slowed by it
        // (on two cores it made the first paint ~0.6 s later with a 200 x 1000 class; issue 22).
        k12::BackupScheduler daily(profile);
        QTimer::singleShot(kDailyBackupDelayMs, &daily, [&daily] { daily.start(); });
        {
            // Declared between the store and the window: destroyed after the window and
            // before the store, whose database the sync thread also uses.
            k12::SyncService sync(**store);
            k12::MainWindow window(**store);
            window.setSyncService(&sync);
            window.show();
            window.openStartPage(); // Today, once there are classes (issue 20)
            std::unique_ptr<k12::StartupBenchmark> benchmark;
            if (g.benchmarkStartup)
                benchmark = std::make_unique<k12::StartupBenchmark>(window);
            else
                window.openWalkthroughIfFirstRun();
            // Reminders: once the window is up, then hourly (ReminderService).
            k12::DesktopNotifier notifier;
            k12::ReminderService reminders(**store, notifier);
            QTimer::singleShot(2000, &reminders, &k12::ReminderService::start);
            code = QApplication::exec();
            restore = window.pendingRestore();
        }
        if (restore.isEmpty())
            break;
        daily.wait();
        store.value().reset();
        if (k12::Status restored = k12::BackupService(profile).restore(restore); !restored)
            QMessageBox::warning(nullptr, QApplication::translate("main", "Restore"), restored.error());
        else
            k12::logging::channel("app")->info("backup {} restored from the window", restore.toStdString());
    }
    k12::logging::channel("app")->info("k12-teacher exiting with {}", code);
    k12::logging::shutdown();
    return code;
}

int runCommand(int argc, char **argv, const GlobalOptions &g)
{
    // A command that lays out text (PDF export) needs fonts, which only a GUI
    // application loads; the offscreen platform needs no display.
    std::unique_ptr<QCoreApplication> app;
    if (k12::commandNeedsFonts(g.rest) || k12::reportNeedsFonts(g.rest)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setIdentity();
    const QString profile = g.profileDir.isEmpty() ? k12::Store::defaultProfileDir() : g.profileDir;
    installTranslations(*app, profile);
    // The school's CA ([sync] ca_file) for the commands that reach the server; a bad file is
    // said once here, and a sync that needs it then fails on the certificate.
    if (const k12::Status trusted = k12::TrustedAuthority::applyFrom(profile); !trusted)
        QTextStream(stderr) << trusted.error() << Qt::endl;
    k12::logging::init({QDir(profile).filePath(u"logs"_s), u"k12-teacher.log"_s, g.verbose, true});
    k12::logging::channel("app")->info("k12-teacher {} command {}", K12_VERSION,
                                       g.rest.mid(0, 2).join(u' ').toStdString());
    const int code = k12::Cli::run(profile, g.verbose, g.rest);
    k12::logging::channel("app")->info("command finished with {}", code);
    k12::logging::shutdown();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    k12::StartupBenchmark::markMain();
    // Everything the app creates (database, logs, exports) is for this user only.
    ::umask(077);
    const GlobalOptions g = scanGlobalOptions(argc, argv);
    if (g.badUsage) {
        QTextStream(stderr) << "k12-teacher: --profile needs a folder\n";
        return k12::ExitUsage;
    }
    const bool window = std::all_of(g.rest.cbegin(), g.rest.cend(), isGuiArgument);
    return window ? runWindow(argc, argv, g) : runCommand(argc, argv, g);
}
