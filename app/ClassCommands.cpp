// Headless commands for classes, students, rosters, categories, assignments and grades.
#include "CliContext.h"
#include "StandardCommands.h"

#include "models/actions/Actions.h"

#include "kernel/csv/RosterImport.h"
#include "models/grading/LateWork.h"
#include "models/grading/PeriodMembership.h"
#include "models/grading/ScoreEdit.h"
#include "models/repositories/CategoryRepository.h"
#include "models/repositories/ClassRepository.h"
#include "models/repositories/Repositories.h"
#include "models/repositories/ScoreRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::ClassCommands)
};

int classAdd(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"class add"_s, Text::tr("Create a class and print its id."));
    cli.addPositional(u"NAME"_s, Text::tr("Name of the class, e.g. \"Algebra I\"."));
    cli.addOption({u"subject"_s}, Text::tr("Subject, e.g. Mathematics."), u"S"_s);
    cli.addOption({u"term"_s}, Text::tr("Term, e.g. \"2026-27 Fall\"."), u"T"_s);
    cli.addOption({u"period"_s}, Text::tr("Period or block."), u"P"_s);
    cli.addOption({u"grade-level"_s}, Text::tr("Grade level, e.g. 9."), u"G"_s);
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    SchoolClass c;
    c.name = cli.positional().at(0).trimmed();
    c.subject = cli.value(u"subject"_s);
    c.term = cli.value(u"term"_s);
    c.period = cli.value(u"period"_s);
    c.gradeLevel = cli.value(u"grade-level"_s);
    Result<QString> id = Actions(*store).classes().create(c);
    if (!id)
        return printUserError(id.error());
    cliOut() << *id << Qt::endl;
    return ExitOk;
}

int classList(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"class list"_s, Text::tr("List the classes of the profile."));
    cli.addOption({u"json"_s}, Text::tr("Print a JSON array instead of a table."));
    cli.addOption({u"archived"_s}, Text::tr("Include archived classes."));
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    Store *store = ctx.store();
    if (!store)
        return ExitUserError;
    const QList<SchoolClass> classes = ClassRepository(*store).list(cli.isSet(u"archived"_s));
    if (cli.isSet(u"json"_s)) {
        QJsonArray array;
        for (const SchoolClass &c : classes) {
            array.append(QJsonObject{{u"id"_s, c.id},
                                     {u"name"_s, c.name},
                                     {u"subject"_s, c.subject},
                                     {u"grade_level"_s, c.gradeLevel},
                                     {u"term"_s, c.term},
                                     {u"period"_s, c.period},
                                     {u"archived"_s, c.archived}});
        }
        cliOut() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        cliOut().flush();
        return ExitOk;
    }
    for (const SchoolClass &c : classes) {
        cliOut() << c.id << u'\t' << c.name << u'\t' << c.subject << u'\t' << c.term << u'\t' << c.period
                 << (c.archived ? u"\tarchived"_s : QString()) << u'\n';
    }
    cliOut().flush();
    return ExitOk;
}

int studentAdd(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"student add"_s, Text::tr("Add a student to a class and print the student's id."));
    addClassOption(cli);
    cli.addPositional(u"GIVEN"_s, Text::tr("Given (first) name."));
    cli.addPositional(u"FAMILY"_s, Text::tr("Family (last) name."));
    cli.addOption({u"number"_s}, Text::tr("Student number from the school's system."), u"N"_s);
    cli.addOption({u"email"_s}, Text::tr("Email address."), u"E"_s);
    if (auto code = cli.parse(args, 2, 2))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    Student s;
    s.givenName = cli.positional().at(0);
    s.familyName = cli.positional().at(1);
    s.studentNumber = cli.value(u"number"_s);
    s.email = cli.value(u"email"_s);
    Result<QString> id = Actions(*store).roster().addStudent(s, c->id);
    if (!id)
        return printUserError(id.error());
    cliOut() << *id << Qt::endl;
    return ExitOk;
}

int rosterImport(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"roster import"_s,
                    Text::tr("Import students from a CSV file with a header row and the columns given_name, "
                             "family_name, student_number, email (any order), or from a Canvas gradebook export. "
                             "Nothing is imported if any row is bad."));
    addClassOption(cli);
    cli.addPositional(u"FILE.csv"_s, Text::tr("The roster file."));
    cli.addOption({u"dry-run"_s}, Text::tr("Check the file and report what would change; write nothing."));
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    const RosterImport::Outcome outcome = RosterImport::fromFile(cli.positional().at(0));
    QTextStream err(stderr);
    for (const QString &warning : outcome.warnings)
        err << Text::tr("warning: %1").arg(warning) << u'\n';
    if (!outcome.ok()) {
        for (const QString &problem : outcome.problems)
            err << problem << u'\n';
        err.flush();
        return printUserError(
            Text::tr("nothing was imported: %n problem(s) in the file.", nullptr, int(outcome.problems.size())));
    }
    err.flush();
    RosterActions roster = Actions(*store).roster();
    const Result<RosterActions::RosterPreview> preview =
        roster.previewRoster(outcome.students, c->id, outcome.guardians);
    if (!preview)
        return printUserError(Text::tr("nothing was imported: %1").arg(preview.error()));
    const int count = int(outcome.students.size());
    cliOut() << Text::tr("%1: %2, %3; %n student(s)", nullptr, count)
                    .arg(QFileInfo(cli.positional().at(0)).fileName(),
                         outcome.canvasExport ? Text::tr("Canvas gradebook export") : Text::tr("roster"),
                         outcome.encoding)
             << u'\n' << Text::tr("%n new", nullptr, preview->created) << u", "_s
             << Text::tr("%n already in the profile (enrolled in this class)", nullptr, preview->existing) << u'\n';
    if (preview->guardians > 0)
        cliOut() << Text::tr("%n new guardian(s)", nullptr, preview->guardians) << u'\n';
    if (cli.isSet(u"dry-run"_s)) {
        cliOut() << Text::tr("Dry run: nothing was written.") << Qt::endl;
        return ExitOk;
    }
    if (Status s = roster.importRoster(outcome.students, c->id, outcome.guardians); !s)
        return printUserError(Text::tr("nothing was imported: %1").arg(s.error()));
    cliOut() << Text::tr("Imported %n student(s).", nullptr, count) << Qt::endl;
    return ExitOk;
}

int categoryAdd(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"category add"_s, Text::tr("Add a grading category to a class and print its id."));
    addClassOption(cli);
    cli.addPositional(u"NAME"_s, Text::tr("Name, e.g. Homework."));
    cli.addOption({u"weight"_s}, Text::tr("Weight in percent (0 when the class grades by total points)."), u"W"_s);
    cli.addOption({u"drop-lowest"_s}, Text::tr("Drop this many lowest scores."), u"N"_s);
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    if (!cli.isSet(u"weight"_s))
        return cli.usageError(Text::tr("--weight is required"));
    const std::optional<double> weight = cli.number(u"weight"_s);
    if (!weight)
        return ExitUsage;
    std::optional<int> drop = 0;
    if (cli.isSet(u"drop-lowest"_s) && !(drop = cli.integer(u"drop-lowest"_s)))
        return ExitUsage;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    Category cat;
    cat.classId = c->id;
    cat.name = cli.positional().at(0);
    cat.weight = *weight;
    cat.dropLowest = *drop;
    Result<QString> id = Actions(*store).categories().add(cat);
    if (!id)
        return printUserError(id.error());
    cliOut() << *id << Qt::endl;
    return ExitOk;
}

int assignmentAdd(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"assignment add"_s, Text::tr("Add an assignment to a class and print its id."));
    addClassOption(cli);
    cli.addPositional(u"TITLE"_s, Text::tr("Title, e.g. \"Quiz 1\"."));
    cli.addOption({u"points"_s}, Text::tr("Points possible (0 = extra credit)."), u"P"_s);
    cli.addOption({u"category"_s}, Text::tr("Category name or id."), u"NAME"_s);
    cli.addOption({u"due"_s}, Text::tr("Due date."), u"YYYY-MM-DD"_s);
    cli.addOption({u"letter"_s}, Text::tr("Grade this assignment with letters."));
    cli.addOption({u"period"_s},
                  Text::tr("Grading period (name or id) to put it in; without it, the period containing the due "
                           "date."),
                  u"NAME"_s);
    if (auto code = cli.parse(args, 1, 1))
        return *code;
    if (!cli.isSet(u"points"_s))
        return cli.usageError(Text::tr("--points is required"));
    const std::optional<double> points = cli.number(u"points"_s);
    if (!points)
        return ExitUsage;
    std::optional<QDate> due = QDate();
    if (cli.isSet(u"due"_s) && !(due = cli.date(u"due"_s)))
        return ExitUsage;
    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    Assignment a;
    a.classId = c->id;
    a.title = cli.positional().at(0);
    a.pointsPossible = *points;
    a.dueDate = *due;
    a.gradingType = cli.isSet(u"letter"_s) ? u"letter"_s : u"points"_s;
    if (cli.isSet(u"category"_s)) {
        Result<Category> cat = CategoryRepository(*store).resolve(c->id, cli.value(u"category"_s));
        if (!cat)
            return printUserError(cat.error());
        a.categoryId = cat->id;
    }
    if (cli.isSet(u"period"_s)) {
        const PeriodMembership periods(GradingPeriodRepository(*store).forClass(c->id));
        const GradingPeriod *p = periods.byNameOrId(cli.value(u"period"_s));
        if (!p)
            return printUserError(Text::tr("The class has no grading period \"%1\".").arg(cli.value(u"period"_s)));
        a.gradingPeriodId = p->id;
    }
    Result<QString> id = Actions(*store).assignments().add(a);
    if (!id)
        return printUserError(id.error());
    cliOut() << *id << Qt::endl;
    return ExitOk;
}

int gradeSet(CliContext &ctx, const QStringList &args)
{
    CommandLine cli(u"grade set"_s,
                    Text::tr("Set one student's grade on one assignment: points, or a flag, or clear it."));
    addClassOption(cli);
    cli.addOption({u"assignment"_s}, Text::tr("Assignment title or id."), u"ASSIGNMENT"_s);
    cli.addOption({u"student"_s}, Text::tr("Student number or id."), u"STUDENT"_s);
    cli.addOption({u"points"_s}, Text::tr("Points earned (clears missing and excused)."), u"X"_s);
    cli.addOption({u"letter"_s}, Text::tr("Letter grade, for letter-graded assignments."), u"L"_s);
    cli.addOption({u"missing"_s}, Text::tr("Mark missing (not turned in)."));
    cli.addOption({u"excused"_s}, Text::tr("Mark excused (left out of averages)."));
    cli.addOption({u"late"_s}, Text::tr("Mark late (keeps the points; may combine with --points)."));
    cli.addOption({u"days-late"_s}, Text::tr("Days late, for a late penalty policy."), u"N"_s);
    cli.addOption({u"turned-in"_s},
                  Text::tr("The date the work was turned in: the school days (Monday to Friday) after the "
                           "assignment's due date make it late, or on time (keeps the points; may combine with "
                           "--points)."),
                  u"YYYY-MM-DD"_s);
    cli.addOption({u"clear"_s}, Text::tr("Clear the grade and its flags."));
    cli.addOption({u"comment"_s}, Text::tr("The cell's comment (replaces it; \"\" removes it); alone or with a grade."),
                  u"TEXT"_s);
    addStandardLevelOptions(cli);
    if (auto code = cli.parse(args, 0, 0))
        return *code;
    if (isStandardLevel(cli)) // a level on a standard, not points (StandardCommands)
        return gradeSetStandardLevel(ctx, cli);
    for (const QString &required : {u"assignment"_s, u"student"_s}) {
        if (!cli.isSet(required))
            return cli.usageError(Text::tr("--%1 is required").arg(required));
    }
    const QStringList kinds{u"points"_s, u"letter"_s, u"missing"_s, u"excused"_s, u"clear"_s};
    qsizetype chosen = std::count_if(kinds.cbegin(), kinds.cend(), [&](const QString &k) { return cli.isSet(k); });
    if (chosen > 1)
        return cli.usageError(Text::tr("give only one of --points, --letter, --missing, --excused, --clear"));
    if (chosen == 0 && !cli.isSet(u"late"_s) && !cli.isSet(u"turned-in"_s) && !cli.isSet(u"comment"_s))
        return cli.usageError(Text::tr("say what to set: --points X, --letter L, --missing, --excused, --late, "
                                       "--turned-in D, --comment TEXT or --clear"));
    if (cli.isSet(u"clear"_s) && cli.isSet(u"late"_s))
        return cli.usageError(Text::tr("--clear cannot be combined with --late"));
    // Late work and work turned in on a date came in: it is not missing.
    if (cli.isSet(u"missing"_s) && (cli.isSet(u"late"_s) || cli.isSet(u"turned-in"_s)))
        return cli.usageError(Text::tr("--missing cannot be combined with --late or --turned-in (that work came in)"));
    if (cli.isSet(u"turned-in"_s)) {
        for (const QString &other : {u"late"_s, u"days-late"_s, u"clear"_s}) {
            if (cli.isSet(other))
                return cli.usageError(
                    Text::tr("--turned-in cannot be combined with --%1 (the due date makes the days late)").arg(other));
        }
    }
    std::optional<QDate> turnedIn;
    if (cli.isSet(u"turned-in"_s) && !(turnedIn = cli.date(u"turned-in"_s)))
        return ExitUsage;
    std::optional<double> points;
    if (cli.isSet(u"points"_s) && !(points = cli.number(u"points"_s)))
        return ExitUsage;
    std::optional<int> daysLate = 0;
    if (cli.isSet(u"days-late"_s) && !(daysLate = cli.integer(u"days-late"_s)))
        return ExitUsage;

    int code = ExitOk;
    Store *store = nullptr;
    const std::optional<SchoolClass> c = ctx.requireClass(cli, &store, &code);
    if (!c)
        return code;
    Result<Assignment> assignment = AssignmentRepository(*store).resolve(c->id, cli.value(u"assignment"_s));
    if (!assignment)
        return printUserError(assignment.error());
    Result<Student> student = StudentRepository(*store).resolveInClass(c->id, cli.value(u"student"_s));
    if (!student)
        return printUserError(student.error());

    QList<ScoreEdit> edits;
    if (points)
        edits.append(ScoreEdit::setPoints(*points));
    if (cli.isSet(u"letter"_s))
        edits.append(ScoreEdit::setLetter(cli.value(u"letter"_s)));
    if (cli.isSet(u"missing"_s))
        edits.append(ScoreEdit::missing());
    if (cli.isSet(u"excused"_s))
        edits.append(ScoreEdit::excused());
    if (cli.isSet(u"late"_s))
        edits.append(ScoreEdit::late(true, *daysLate));
    std::optional<int> schoolDaysLate;
    if (turnedIn) {
        // The grid's Turned In On... reads the date the same way.
        Result<ScoreEdit> edit = LateWork::turnedIn(*assignment, *turnedIn);
        if (!edit)
            return printUserError(edit.error());
        schoolDaysLate = edit->daysLate;
        edits.append(*edit);
    }
    if (cli.isSet(u"clear"_s))
        edits.append(ScoreEdit::clear());
    if (cli.isSet(u"comment"_s)) // after --clear: "clear the grade, leave this note"
        edits.append(ScoreEdit::comment(cli.value(u"comment"_s)));

    if (Status s = Actions(*store).grades().setGrade(c->id, *assignment, student->id, edits); !s)
        return printUserError(s.error());
    if (schoolDaysLate)
        cliOut() << Text::tr("Due %1, turned in %2: %3.")
                        .arg(assignment->dueDate.toString(Qt::ISODate), turnedIn->toString(Qt::ISODate),
                             LateWork::daysText(*schoolDaysLate))
                 << Qt::endl;
    return ExitOk;
}

} // namespace

void addClassCommands(QList<CliCommand> &commands)
{
    commands.append({{u"class"_s, u"add"_s},
                     u"NAME [--subject S] [--term T] [--period P]"_s,
                     Text::tr("Create a class; prints its id."),
                     classAdd});
    commands.append({{u"class"_s, u"list"_s}, u"[--json]"_s, Text::tr("List classes."), classList});
    commands.append({{u"student"_s, u"add"_s},
                     u"--class CLASS GIVEN FAMILY [--number N] [--email E]"_s,
                     Text::tr("Add a student to a class."),
                     studentAdd});
    commands.append({{u"roster"_s, u"import"_s},
                     u"FILE.csv --class CLASS [--dry-run]"_s,
                     Text::tr("Import a roster CSV or a Canvas gradebook export (all rows or none)."),
                     rosterImport});
    commands.append({{u"category"_s, u"add"_s},
                     u"--class CLASS NAME --weight W [--drop-lowest N]"_s,
                     Text::tr("Add a grading category."),
                     categoryAdd});
    commands.append({{u"assignment"_s, u"add"_s},
                     u"--class CLASS TITLE --points P [--category NAME] [--due YYYY-MM-DD] [--period NAME]"_s,
                     Text::tr("Add an assignment."),
                     assignmentAdd});
    commands.append(
        {{u"grade"_s, u"set"_s},
         u"--class CLASS --assignment A --student S (--points X | --missing | --excused | --late | "
         "--turned-in YYYY-MM-DD | --clear | --comment TEXT | --standard CODE (--level X [--assessed YYYY-MM-DD] | --clear))"_s,
         Text::tr("Set one grade."),
         gradeSet});
}

} // namespace k12
