#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

// Plain value types of the synced entities (DESIGN.md "Data model"). Each knows
// its wire/table name, how to turn itself into the field map the store writes,
// and how to read itself back from a row. Field names match EntitySchema.

namespace k12 {

struct SchoolClass
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "class";
    QString id;
    qint64 rev = 0;
    QString name;
    QString subject;
    QString gradeLevel;
    QString term;
    QString period;
    bool archived = false;
    QString missingPolicy = QStringLiteral("zero"); // "zero" or "exclude"
    bool latePenaltyEnabled = false;
    double latePenaltyPerDay = 0; // percent of the earned points per day late
    double latePenaltyFloor = 0;  // a late score never drops below this percent of what was earned
    QString masteryMethod = QStringLiteral("most_recent");
    double masteryParam = 65;
    double masteryThreshold = 3;
    int masteryN = 2;
    // JSON [{"value": 1, "label": "Beginning"}, ...], lowest first; empty or
    // [] is the default 1-4 scale (models/mastery/ProficiencyScale reads it).
    QString proficiencyScale;
    bool autoMissing = false; // mark missing once the due date has passed
    double riskBelowPercent = 70;
    int riskMissingCount = 3;
    double riskDropPoints = 10;
    bool familyShowFinal = true; // families see Final % and letter

    QVariantMap toFields() const;
    static SchoolClass fromRow(const QVariantMap &row);
    QString problem() const;
};

struct Student
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "student";
    QString id;
    qint64 rev = 0;
    QString givenName;
    QString familyName;
    QString studentNumber;
    QString email;

    QString displayName() const { return familyName + QStringLiteral(", ") + givenName; }
    QVariantMap toFields() const;
    static Student fromRow(const QVariantMap &row);
    QString problem() const;
};

struct Enrollment
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "enrollment";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString studentId;
    QString status = QStringLiteral("active");

    QVariantMap toFields() const;
    static Enrollment fromRow(const QVariantMap &row);
    QString problem() const;
};

// One weighted part of a term final: another period's grade, one
// assignment's percentage (a final exam) or one category's.
struct FormulaPart
{
    QString periodId;
    QString assignmentId;
    QString categoryId;
    double weight = 0;

    bool operator==(const FormulaPart &) const = default;
};

struct GradingPeriod
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "grading_period";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString name;
    QDate startDate;
    QDate endDate;
    QList<FormulaPart> formula; // empty: the grade of the period's own assignments

    static QString formulaJson(const QList<FormulaPart> &parts);
    static QList<FormulaPart> parseFormula(const QString &json);

    QVariantMap toFields() const;
    static GradingPeriod fromRow(const QVariantMap &row);
    QString problem() const;
};

struct Category
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "category";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString name;
    double weight = 0;
    int dropLowest = 0;
    int position = 0;

    QVariantMap toFields() const;
    static Category fromRow(const QVariantMap &row);
    QString problem() const;
};

struct Assignment
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "assignment";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString categoryId;
    QString gradingPeriodId;
    QString title;
    QString description;
    double pointsPossible = 10;
    QDate dueDate;
    QString gradingType = QStringLiteral("points"); // "points" or "letter"
    bool published = true;
    int position = 0;

    QVariantMap toFields() const;
    static Assignment fromRow(const QVariantMap &row);
    QString problem() const;
};

struct Score
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "score";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString assignmentId;
    QString studentId;
    std::optional<double> points;
    QString letter;
    bool missing = false;
    bool late = false;
    bool excused = false;
    bool exempt = false;
    int daysLate = 0;
    QString comment;

    static QString idFor(const QString &assignmentId, const QString &studentId);
    bool isEmpty() const
    {
        return !points && letter.isEmpty() && !missing && !late && !excused && !exempt && comment.isEmpty();
    }
    QVariantMap toFields() const;
    // Only the fields that differ from `before` (all of them when before is a
    // different row): bulk writes send just what changed.
    QVariantMap changedFields(const Score &before) const;
    static Score fromRow(const QVariantMap &row);
    QString problem() const;
};

struct Standard
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "standard";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString code;
    QString description;
    QString masteryMethod;              // empty: the class's method
    std::optional<double> masteryParam; // the override's parameter, when it has one

    QVariantMap toFields() const;
    static Standard fromRow(const QVariantMap &row);
    QString problem() const;
};

struct AssignmentStandard
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "assignment_standard";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString assignmentId;
    QString standardId;

    static QString idFor(const QString &assignmentId, const QString &standardId);
    QVariantMap toFields() const;
    static AssignmentStandard fromRow(const QVariantMap &row);
    QString problem() const;
};

struct MasteryScore
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "mastery_score";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString standardId;
    QString studentId;
    QString assignmentId;
    double score = 0;
    QString assessedAt; // ISO date-time; orders scores oldest to newest

    QVariantMap toFields() const;
    static MasteryScore fromRow(const QVariantMap &row);
    QString problem() const;
};

struct LetterCutoff
{
    QString letter;
    double minPercent = 0;
};

struct GradingScale
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "grading_scale";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString name;
    QList<LetterCutoff> cutoffs; // highest first

    static QString idFor(const QString &classId);
    static QList<LetterCutoff> defaultCutoffs();
    QVariantMap toFields() const;
    static GradingScale fromRow(const QVariantMap &row);
    QString problem() const;
};

struct UnitPlan
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "unit_plan";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString title;
    QDate startDate;
    QDate endDate;
    QString summary;
    QString essentialQuestions;
    QStringList standardIds;
    QString status = QStringLiteral("draft"); // "draft" or "ready"
    int position = 0;

    QVariantMap toFields() const;
    static UnitPlan fromRow(const QVariantMap &row);
    QString problem() const;
};

struct Lesson
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "lesson";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString unitId;
    QDate date;
    QString title;
    QString objectives;
    QString activities; // rich text (HTML)
    QString materials;
    QString homework;
    QStringList standardIds;
    QString assignmentId;
    int position = 0;

    QVariantMap toFields() const;
    static Lesson fromRow(const QVariantMap &row);
    QString problem() const;
};

struct FinalOverride
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "final_override";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString studentId;
    QString gradingPeriodId; // empty: the course's final
    QString letter;
    QString reason;

    // One override per student and period: the id is made from the pair.
    static QString idFor(const QString &classId, const QString &studentId, const QString &gradingPeriodId);
    QVariantMap toFields() const;
    static FinalOverride fromRow(const QVariantMap &row);
    QString problem() const;
};

struct ReportComment
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "report_comment";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString studentId;
    QString gradingPeriodId; // empty: the whole course
    QString comment;

    static QString idFor(const QString &classId, const QString &studentId, const QString &gradingPeriodId);
    QVariantMap toFields() const;
    static ReportComment fromRow(const QVariantMap &row);
    QString problem() const;
};

struct Guardian
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "guardian";
    QString id;
    qint64 rev = 0;
    QString givenName;
    QString familyName;
    QString email;
    QString phone;
    QString relationship; // free text: "Mother", "Grandfather", "Guardian"
    QString language;     // BCP 47 language of reports ("es"); empty: the teacher's
    bool receivesReports = true;

    QString displayName() const { return givenName + QStringLiteral(" ") + familyName; }
    QVariantMap toFields() const;
    static Guardian fromRow(const QVariantMap &row);
    QString problem() const;
};

struct StudentGuardian
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "student_guardian";
    QString id;
    qint64 rev = 0;
    QString studentId;
    QString guardianId;

    static QString idFor(const QString &studentId, const QString &guardianId);
    QVariantMap toFields() const;
    static StudentGuardian fromRow(const QVariantMap &row);
    QString problem() const;
};

struct CommentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "comment_template";
    QString id;
    qint64 rev = 0;
    QString text; // with {first_name}, {final_letter}, {missing_count}
    QString category;
    int position = 0;

    QVariantMap toFields() const;
    static CommentTemplate fromRow(const QVariantMap &row);
    QString problem() const;
};

// Schema 6 (issue 18). A teacher's request that the server invite a guardian
// to the family portal: one row per invitation (a new one re-sends). The
// server emails the one-time link; the row itself never changes.
struct GuardianInvitation
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "guardian_invitation";
    QString id;
    qint64 rev = 0;
    QString guardianId;
    QString requestedAt; // ISO 8601 UTC, when the teacher asked

    QVariantMap toFields() const;
    static GuardianInvitation fromRow(const QVariantMap &row);
    QString problem() const;
};

// A missing-work notice the teacher sent for one student of a class: the
// server emails it to every guardian of the student who has an email. It
// names the assignments the teacher saw in the preview, so the email says
// exactly what was previewed.
struct FamilyNotice
{
    Q_DECLARE_TR_FUNCTIONS(k12::Entities)

public:
    static constexpr auto entity = "family_notice";
    QString id;
    qint64 rev = 0;
    QString classId;
    QString studentId;
    QString kind = QStringLiteral("missing");
    QStringList assignmentIds;
    QString requestedAt; // ISO 8601 UTC

    QVariantMap toFields() const;
    static FamilyNotice fromRow(const QVariantMap &row);
    QString problem() const;
};

} // namespace k12
