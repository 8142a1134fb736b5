// `k12-teacher today`: the same TodayReport the Today page shows, as text
// sections (tab-separated lines under a header) or one JSON object. Names are
// printed: this is the teacher's own terminal.
#include "TodayCommands.h"

#include "models/store/Store.h"
#include "models/today/CountText.h"
#include "models/today/TodayReport.h"
#include "ui/reminders/DesktopNotifier.h"
#include "ui/reminders/ReminderService.h"

#include "kernel/domain/Clock.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::TodayCommands)
};

QJsonArray lessonsJson(const QList<TodayReport::LessonItem> &items)
{
    QJsonArray array;
    for (const TodayReport::LessonItem &l : items)
        array.append(QJsonObject{{u"class"_s, l.className},
                                 {u"class_id"_s, l.classId},
                                 {u"unit_id"_s, l.unitId},
                                 {u"unit"_s, l.unitTitle},
                                 {u"lesson_id"_s, l.lessonId},
                                 {u"title"_s, l.title},
                                 {u"date"_s, cliDate(l.date)},
                                 {u"no_plan"_s, l.noPlan()}});
    return array;
}

QJsonArray assignmentsJson(const QList<TodayReport::AssignmentItem> &items)
{
    QJsonArray array;
    for (const TodayReport::AssignmentItem &a : items)
        array.append(QJsonObject{{u"class"_s, a.className},
                                 {u"class_id"_s, a.classId},
                                 {u"assignment_id"_s, a.assignmentId},
                                 {u"title"_s, a.title},
                                 {u"due_date"_s, cliDate(a.dueDate)},
                                 {u"ungraded"_s, a.ungraded}});
    return array;
}

QJsonObject toJson(const TodayReport &r)
{
    QJsonArray students;
    for (const TodayReport::StudentItem &s : r.studentsMissing)
        students.append(QJsonObject{{u"class"_s, s.className},
                                    {u"class_id"_s, s.classId},
                                    {u"student_id"_s, s.studentId},
                                    {u"student"_s, s.name},
                                    {u"missing"_s, s.missing},
                                    {u"threshold"_s, s.threshold}});
    QJsonArray conflicts;
    for (const TodayReport::ConflictItem &c : r.conflicts)
        conflicts.append(QJsonObject{{u"id"_s, c.id},
                                     {u"entity"_s, c.entity},
                                     {u"row_id"_s, c.rowId},
                                     {u"field"_s, c.field},
                                     {u"detected_at"_s, c.detectedAt.toString(Qt::ISODate)}});
    QJsonArray rejected;
    for (const TodayReport::RejectedItem &c : r.rejected)
        rejected.append(
            QJsonObject{{u"seq"_s, c.seq}, {u"entity"_s, c.entity}, {u"row_id"_s, c.rowId}, {u"error"_s, c.error}});
    const QJsonObject sync{
        {u"signed_in"_s, r.sync.signedIn},
        {u"server"_s, r.sync.server},
        {u"last_sync"_s, r.sync.lastSync.isValid() ? r.sync.lastSync.toString(Qt::ISODate) : QString()},
        {u"last_error"_s, r.sync.lastError},
        {u"failures_in_row"_s, r.sync.errorStreak},
        {u"pending"_s, r.sync.pending},
        {u"held"_s, r.sync.held}};
    return {{u"date"_s, cliDate(r.today)},
            {u"tomorrow"_s, cliDate(r.tomorrow)},
            {u"lessons_today"_s, lessonsJson(r.lessonsToday)},
            {u"lessons_tomorrow"_s, lessonsJson(r.lessonsTomorrow)},
            {u"due_this_week"_s, assignmentsJson(r.dueThisWeek)},
            {u"ungraded_past_due"_s, assignmentsJson(r.ungradedPastDue)},
            {u"students_missing"_s, students},
            {u"conflicts"_s, conflicts},
            {u"rejected"_s, rejected},
            {u"sync"_s, sync}};
}

void printLessons(QTextStream &out, const QString &header, const QList<TodayReport::LessonItem> &items)
{
    out << header << u'\n';
    for (const TodayReport::LessonItem &l : items)
        out << u"  "_s << l.className << u'\t' << (l.noPlan() ? Text::tr("(no plan yet)") : l.title) << u'\t'
            << l.unitTitle << u'\n';
}

void printText(QTextStream &out, const TodayReport &r)
{
    printLessons(out, Text::tr("Today, %1").arg(cliDate(r.today)), r.lessonsToday);
    printLessons(out, Text::tr("Next school day, %1").arg(cliDate(r.tomorrow)), r.lessonsTomorrow);
    out << Text::tr("Due this week") << u'\n';
    for (const TodayReport::AssignmentItem &a : r.dueThisWeek)
        out << u"  "_s << a.className << u'\t' << a.title << u'\t' << cliDate(a.dueDate) << u'\n';
    out << Text::tr("Ungraded past due (class, assignment, due, empty cells)") << u'\n';
    for (const TodayReport::AssignmentItem &a : r.ungradedPastDue)
        out << u"  "_s << a.className << u'\t' << a.title << u'\t' << cliDate(a.dueDate) << u'\t'
            << CountText::grouped(a.ungraded) << u'\n';
    out << Text::tr("Students with missing work (class, student, missing)") << u'\n';
    for (const TodayReport::StudentItem &s : r.studentsMissing)
        out << u"  "_s << s.className << u'\t' << s.name << u'\t' << CountText::grouped(s.missing) << u'\n';
    out << Text::tr("Sync") << u'\n';
    out << u"  "_s << (r.sync.signedIn ? Text::tr("signed in to %1").arg(r.sync.server) : Text::tr("not signed in"))
        << u'\n';
    out << u"  "_s
        << Text::tr("last sync: %1")
               .arg(r.sync.lastSync.isValid() ? r.sync.lastSync.toString(Qt::ISODate) : Text::tr("never"))
        << u'\n';
    if (!r.sync.lastError.isEmpty())
        out << u"  "_s << Text::tr("last error: %1").arg(r.sync.lastError) << u'\n';
    out << u"  "_s
        << CountText::mended(Text::tr("%Ln change(s) waiting to sync", nullptr, int(r.sync.pending)),
                             int(r.sync.pending))
        << u'\n';
    out << u"  "_s
        << CountText::mended(Text::tr("%Ln open conflict(s)", nullptr, int(r.conflicts.size())),
                             int(r.conflicts.size()))
        << u'\n';
    out << u"  "_s
        << CountText::mended(Text::tr("%Ln rejected change(s)", nullptr, int(r.rejected.size())),
                             int(r.rejected.size()))
        << u'\n';
    if (r.sync.held > 0)
        out << u"  "_s
            << CountText::mended(Text::tr("%Ln row(s) held back", nullptr, int(r.sync.held)), int(r.sync.held))
            << u'\n';
}

int today(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"today"_s,
                    Text::tr("What the Today page shows, across all active classes: today's and the next school "
                             "day's lessons (and class days without a plan), assignments due this week, ungraded "
                             "work past its due date, students with missing work, and the state of sync."));
    cli.addOption({u"json"_s}, Text::tr("Print one JSON object instead of text sections."));
    cli.addOption({u"date"_s}, Text::tr("As if today were this day (default: today)."), u"YYYY-MM-DD"_s);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    QDate day = Clock::today();
    if (cli.isSet(u"date"_s)) {
        const std::optional<QDate> given = cli.date(u"date"_s);
        if (!given)
            return ExitUsage;
        day = *given;
    }
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    const TodayReport report = TodayReport::build(*store, day);
    QTextStream &out = cliOut();
    if (cli.isSet(u"json"_s))
        out << QString::fromUtf8(QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented));
    else
        printText(out, report);
    return ExitOk;
}

// The reminders the app would show now, sent to the desktop's notification
// service (the same ReminderService and settings as the window's hourly check).
int remind(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"remind"_s,
                    Text::tr("Check the reminders now and show the due ones as desktop notifications, as the app "
                             "does on start and every hour. Prints what was sent."));
    cli.addOption({u"force"_s}, Text::tr("Also the reminders already shown today or snoozed."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    DesktopNotifier notifier;
    if (!notifier.available())
        return printUserError(Text::tr("No desktop notification service is running (org.freedesktop.Notifications "
                                       "on the session bus)."));
    ReminderService service(*store, notifier);
    int answered = 0;
    QEventLoop loop;
    QObject::connect(&notifier, &DesktopNotifier::delivered, &loop, [&] {
        ++answered;
        loop.quit();
    });
    const QList<Reminder> sent = service.checkNow(cli.isSet(u"force"_s));
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    while (answered < sent.size() && loop.exec() == 0 && answered < sent.size()) {
    }
    QTextStream &out = cliOut();
    for (const Reminder &r : sent)
        out << r.summary << u'\t' << r.body << u'\n';
    if (sent.isEmpty())
        out << Text::tr("No reminders are due.") << u'\n';
    return ExitOk;
}

} // namespace

void addTodayCommands(QList<CliCommand> &commands)
{
    commands.append({{u"today"_s},
                     u"[--json] [--date D]"_s,
                     Text::tr("Today's lessons, due and ungraded work, students missing work, sync"),
                     today});
    commands.append(
        {{u"remind"_s}, u"[--force]"_s, Text::tr("Show the due reminders as desktop notifications now"), remind});
}

} // namespace k12
