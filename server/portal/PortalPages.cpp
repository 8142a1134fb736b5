#include "PortalPages.h"

#include "PortalStrings.h"
#include "PortalView.h"
#include "kernel/domain/NumberText.h"
#include "server/families/FamilyText.h"

#include <QUrlQuery>

namespace k12::server {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QString fullName(const QString &given, const QString &family)
{
    return QString(given + QLatin1Char(' ') + family).trimmed();
}

} // namespace

QString PortalPages::number(double value, const QString &language)
{
    return shortNumber(FamilyText::locale(language), value, 2);
}

QString PortalPages::percent(double value, const QString &language)
{
    return FamilyText::locale(language).toString(value, 'f', 1) + QLatin1Char('%');
}

QString PortalPages::date(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    // Day first in Spanish and French ("7 sept. 2026"), month first in English.
    const bool dayFirst = FamilyText::language(language) != QLatin1String(FamilyText::kEnglish);
    return FamilyText::locale(language).toString(date, dayFirst ? QStringLiteral("d MMM yyyy")
                                                                : QStringLiteral("MMM d, yyyy"));
}

QString PortalPages::reportPath(const QString &studentId, const QString &classId, const QString &periodId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("student"), studentId);
    query.addQueryItem(QStringLiteral("class"), classId);
    if (!periodId.isEmpty())
        query.addQueryItem(QStringLiteral("period"), periodId);
    return QStringLiteral("/portal/report?") + query.toString(QUrl::FullyEncoded);
}

mstch::map PortalPages::home(const QList<FamilyStudent> &students)
{
    mstch::array out;
    for (const FamilyStudent &student : students) {
        mstch::array classes;
        for (const FamilyClass &c : student.classes) {
            classes.push_back(mstch::map{{"name", s(c.name)},
                                         {"teacher", s(c.teacherName)},
                                         {"term", s(c.term)},
                                         {"href", s(reportPath(student.studentId, c.classId))}});
        }
        out.push_back(mstch::map{{"id", s(student.studentId)},
                                 {"name", s(fullName(student.givenName, student.familyName))},
                                 {"classes", classes}});
    }
    return mstch::map{{"students", out}};
}

mstch::map PortalPages::report(const ProgressReport &report, const FamilyClass &klass, const QList<Period> &periods,
                               const QString &selectedPeriod, const QString &language)
{
    const auto t = [&](const char *key) { return PortalStrings::text(language, key); };
    mstch::map map{{"student", s(report.displayName())},
                   {"student_id", s(report.studentId)},
                   {"class_id", s(klass.classId)},
                   {"class_name", s(report.className.isEmpty() ? klass.name : report.className)},
                   {"teacher", s(report.teacherName.isEmpty() ? klass.teacherName : report.teacherName)},
                   {"term", s(klass.term)},
                   {"period_name", s(report.periodName)},
                   {"comment", s(report.comment)}};

    mstch::array periodList;
    for (const Period &p : periods)
        periodList.push_back(mstch::map{{"id", s(p.id)}, {"name", s(p.name)}, {"selected", p.id == selectedPeriod}});
    map.emplace("has_periods", !periods.isEmpty());
    map.emplace("whole_course", selectedPeriod.isEmpty());
    map.emplace("periods", periodList);

    map.emplace("show_final", report.showFinal);
    if (report.showFinal && report.finalPercent) {
        map.emplace("final_percent", s(percent(*report.finalPercent, language)));
        map.emplace("final_letter", s(report.finalLetter));
    } else {
        map.emplace("final_percent", false);
    }

    mstch::array missing;
    for (const ProgressReport::AssignmentLine &line : report.missing)
        missing.push_back(mstch::map{{"title", s(line.title)}, {"due", s(date(line.dueDate, language))}});
    map.emplace("has_missing", !missing.empty());
    map.emplace("missing", missing);

    mstch::array assignments;
    for (const ProgressReport::AssignmentLine &line : report.assignments) {
        QString score;
        if (line.letterGraded && !line.letter.isEmpty())
            score = line.letter;
        else if (line.points)
            score = number(*line.points, language) + QStringLiteral(" / ") + number(line.pointsPossible, language);
        else if (!line.missing && !line.excused && !line.exempt)
            score = t("not_graded");
        QString flag;
        if (line.missing)
            flag = t("missing");
        else if (line.excused)
            flag = t("excused");
        else if (line.exempt)
            flag = t("exempt");
        else if (line.late)
            flag = t("late");
        assignments.push_back(mstch::map{{"title", s(line.title)},
                                         {"category", s(line.category)},
                                         {"due", s(date(line.dueDate, language))},
                                         {"score", s(score)},
                                         {"flag", s(flag)}});
    }
    map.emplace("has_assignments", !assignments.empty());
    map.emplace("assignments", assignments);

    mstch::array categories;
    for (const ProgressReport::CategoryLine &c : report.categories) {
        categories.push_back(mstch::map{{"name", s(c.name)},
                                        {"weight", s(number(c.weight, language) + QLatin1Char('%'))},
                                        {"percent", s(c.percent ? percent(*c.percent, language) : QStringLiteral("—"))},
                                        {"weighted", report.weighted}});
    }
    map.emplace("has_categories", !categories.empty());
    map.emplace("weighted", report.weighted);
    map.emplace("categories", categories);

    mstch::array standards;
    for (const ProgressReport::StandardLine &line : report.standards)
        standards.push_back(
            mstch::map{{"code", s(line.code)}, {"description", s(line.description)}, {"level", s(line.level)}});
    map.emplace("has_standards", !standards.empty());
    map.emplace("standards", standards);
    return map;
}

} // namespace k12::server
