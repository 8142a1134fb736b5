#pragma once

#include "kernel/domain/Entities.h"
#include "kernel/domain/Result.h"
#include "models/store/Change.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace k12 {

class Store;

// What a rollover copies into the new term's classes (issue 19). Students,
// scores, mastery evidence, final overrides and report comments never carry;
// the roster only with keepRoster.
namespace Carry {
enum : unsigned
{
    Categories = 1 << 0,  // categories with their weights and drop-lowest
    Scale = 1 << 1,       // the letter scale
    Policies = 1 << 2,    // missing/late/mastery settings, automatic missing, at-risk thresholds, proficiency scale
    Standards = 1 << 3,   // the class's standards with their own mastery method
    Periods = 1 << 4,     // grading periods (dates shifted, formulas remapped)
    Plans = 1 << 5,       // units and lessons (dates shifted, standards and assignment links remapped)
    Assignments = 1 << 6, // as unpublished templates without scores, due dates shifted
    All = (1 << 7) - 1
};
// "categories,scale,policies,standards,plans,assignments" (and "periods"):
// the flags, or nothing with `error` set naming the unknown word.
std::optional<unsigned> parse(const QString &list, QString *error);
QStringList names(unsigned carry);
} // namespace Carry

struct RolloverOptions
{
    QStringList classIds; // the classes to roll over (see RolloverPlanner::courseGroups)
    QString toTerm;
    // How dates move. shiftDays: exactly that many days (a lesson or unit start
    // landing on a weekend goes to the next Monday). startDate: whole weeks, so
    // the earliest date lands in the week of startDate on its own weekday.
    // Neither: whole weeks, so the earliest date lands in the week after the
    // latest date of the classes rolled over. Whole weeks keep every weekday.
    std::optional<int> shiftDays;
    std::optional<QDate> startDate;
    unsigned carry = Carry::All;
    bool keepRoster = false; // year-long courses: the same students, enrolled in the new class
};

// What will be created for one class, for the review page and the dry run.
struct RolloverClassPlan
{
    SchoolClass source;
    QString newClassId;
    int categories = 0;
    bool scale = false;
    bool policies = false;
    int standards = 0;
    int periods = 0;
    int units = 0;
    int lessons = 0;
    int assignments = 0;
    int standardTags = 0;
    int enrollments = 0;
};

struct RolloverPlan
{
    RolloverOptions options;
    int shiftDays = 0;
    QList<RolloverClassPlan> classes;
    ChangeList changes; // everything, in the order it is written; the old classes archived last
};

// Builds a rollover from the profile's rows: new ids for every copied row,
// references remapped to them, dates shifted. Reads only; RolloverActions writes.
class RolloverPlanner
{
    Q_DECLARE_TR_FUNCTIONS(k12::RolloverPlanner)

public:
    explicit RolloverPlanner(Store &store)
        : m_store(store)
    {}

    Result<RolloverPlan> plan(const RolloverOptions &options) const;

    // Classes of one course: the same subject and name without its period
    // suffix ("Algebra I - P2", "Algebra I (Period 3)", "Algebra I Block B"),
    // lower-cased. Classes with the same key roll over together.
    static QString courseKey(const SchoolClass &c);
    // `classes` grouped by courseKey, groups in the order of their first class.
    static QList<QList<SchoolClass>> courseGroups(const QList<SchoolClass> &classes);
    // The shift the options give for source dates from `earliest` to `latest`.
    static int shiftFor(const RolloverOptions &options, const QDate &earliest, const QDate &latest);

private:
    Store &m_store;
};

} // namespace k12
