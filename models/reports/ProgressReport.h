#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace k12 {

// One student's progress report as a family reads it: plain values, already
// filtered to what families may see (published assignments only) and computed
// by the grade engine. ReportBuilder makes it; ReportDocument prints it.
struct ProgressReport
{
    struct CategoryLine
    {
        QString name;
        double weight = 0;             // percent of the final; 0 when the class is not weighted
        std::optional<double> percent; // empty when nothing in it counts yet
    };

    struct AssignmentLine
    {
        QString assignmentId; // what a missing-work notice names (FamilyNotice::assignmentIds)
        QString title;
        QString category;
        QDate dueDate;
        std::optional<double> points; // empty when not graded
        QString letter;               // a letter-graded assignment's letter
        double pointsPossible = 0;
        bool letterGraded = false;
        bool missing = false;
        bool late = false;
        int daysLate = 0;
        bool excused = false;
        bool exempt = false;
    };

    struct StandardLine
    {
        QString code;
        QString description;
        QString level; // the class's proficiency label ("Proficient"), in the window's language
        // The default scale's label as marked for translation, which the report prints in its own
        // language ("Competente"); nullptr for a class's own scale, whose labels print as typed.
        const char *levelSource = nullptr;
    };

    QString studentId;
    QString givenName;
    QString familyName;
    QString studentNumber;
    QString language = QStringLiteral("en"); // the language it is printed in

    QString className;
    QString teacherName;
    QString periodName; // empty: the whole course
    QDate periodStart;
    QDate periodEnd;
    QDate asOf;
    QString schoolName;
    QString schoolLogoPath; // an image file; empty or unreadable: no logo

    bool weighted = false;
    QList<CategoryLine> categories;
    bool showFinal = true; // class.family_show_final
    std::optional<double> finalPercent;
    QString finalLetter; // the override's letter when there is one
    bool letterOverridden = false;

    QList<AssignmentLine> assignments; // published ones, in gradebook order
    QList<AssignmentLine> missing;     // the missing ones among them, oldest due first
    QList<StandardLine> standards;     // standards with evidence for this student
    QString comment;                   // the teacher's comment for this period

    QString displayName() const { return givenName + QStringLiteral(" ") + familyName; }
    int missingCount() const { return int(missing.size()); }
};

} // namespace k12
