#include "ReportBuilder.h"

#include "kernel/domain/Clock.h"
#include "models/grading/TermFinals.h"
#include "models/mastery/ProficiencyScale.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// The method a standard's mastery is computed with: its own when it names a
// known one, else the class's (as MasteryReport does).
std::pair<Mastery::Method, Mastery::Params> methodFor(const SchoolClass &c, const Standard &s)
{
    Mastery::Params params = MasteryReport::paramsOf(c);
    const std::optional<Mastery::Method> own = Mastery::methodFromKey(s.masteryMethod);
    if (s.masteryMethod.isEmpty() || !own)
        return {MasteryReport::methodOf(c), params};
    if (s.masteryParam)
        params = MasteryReport::withParam(params, *own, *s.masteryParam);
    return {*own, params};
}

} // namespace

ReportBuilder ReportBuilder::fromSource(ReportSource source, const ReportOptions &options)
{
    ReportBuilder b;
    b.m_options = options;
    if (!b.m_options.asOf.isValid())
        b.m_options.asOf = Clock::today();
    b.m_period = std::move(source.period);
    const bool term = isTerm(b.m_period);
    b.m_data = std::move(source.data);
    if (term) {
        const TermFinals finals(b.m_data);
        b.m_termAssignments = finals.assignmentsIn(options.gradingPeriodId);
        b.m_termPercents = finals.percents(options.gradingPeriodId);
        for (const std::optional<double> &p : b.m_termPercents)
            b.m_termLetters << finals.letterFor(p);
    }

    // The same engine, with unpublished assignments not counting: families never see them.
    std::vector<EngineAssignment> assignments = b.m_data.engine().assignments();
    for (int i = 0; i < b.m_data.assignmentCount(); ++i) {
        const Assignment &a = b.m_data.assignments.at(i);
        b.m_publishedById.insert(a.id, a.published);
        if (!a.published || (term && !b.m_termAssignments.at(size_t(i))))
            assignments[size_t(i)].counts = false;
    }
    b.m_published = GradeEngine(b.m_data.engine().policy(), b.m_data.engine().categories(), std::move(assignments));

    if (source.mastery) {
        b.m_mastery = std::move(source.mastery);
        for (int i = 0; i < b.m_mastery->students().size(); ++i)
            b.m_masteryStudent.insert(b.m_mastery->students().at(i).id, i);
    }

    QSet<QString> enrolled;
    for (const Student &s : std::as_const(b.m_data.students))
        enrolled.insert(s.id);
    for (const ReportComment &c : std::as_const(source.comments)) {
        if (c.gradingPeriodId == options.gradingPeriodId)
            b.m_comments.insert(c.studentId, c.comment);
    }
    for (const FinalOverride &o : std::as_const(source.overrides)) {
        if (o.gradingPeriodId == options.gradingPeriodId && !o.letter.trimmed().isEmpty())
            b.m_overrides.insert(o.studentId, o.letter.trimmed());
    }
    // The first guardian (in the order they were linked) who receives reports speaks for the student.
    QHash<QString, Guardian> guardians;
    for (const Guardian &g : std::as_const(source.guardians))
        guardians.insert(g.id, g);
    for (const StudentGuardian &link : std::as_const(source.links)) {
        if (!enrolled.contains(link.studentId) || b.m_guardianLanguage.contains(link.studentId))
            continue;
        const auto g = guardians.constFind(link.guardianId);
        if (g != guardians.cend() && g->receivesReports)
            b.m_guardianLanguage.insert(link.studentId, g->language.trimmed().toLower());
    }
    return b;
}

ProgressReport ReportBuilder::report(int student) const
{
    const Student &s = m_data.students.at(student);
    ProgressReport r;
    r.studentId = s.id;
    r.givenName = s.givenName;
    r.familyName = s.familyName;
    r.studentNumber = s.studentNumber;
    r.className = m_data.schoolClass.name;
    r.teacherName = m_options.teacherName;
    r.schoolName = m_options.schoolName;
    r.schoolLogoPath = m_options.schoolLogoPath;
    r.asOf = m_options.asOf;
    if (m_period) {
        r.periodName = m_period->name;
        r.periodStart = m_period->startDate;
        r.periodEnd = m_period->endDate;
    }

    const StudentGrade grade = m_published.compute(m_data.row(student));
    r.weighted = m_published.weighted();
    r.showFinal = m_data.schoolClass.familyShowFinal;
    if (m_termPercents.empty()) {
        for (int c = 0; c < m_data.categories.size(); ++c) {
            const Category &category = m_data.categories.at(c);
            r.categories.append(
                {category.name, r.weighted ? category.weight : 0, grade.categories.at(size_t(c)).percent});
        }
        r.finalPercent = grade.finalPercent;
        r.finalLetter = grade.letter;
    } else {
        // A term's grade is its formula's (its parts' weights, not the categories').
        r.finalPercent = m_termPercents.at(size_t(student));
        r.finalLetter = m_termLetters.at(student);
    }
    if (const auto o = m_overrides.constFind(s.id); o != m_overrides.cend()) {
        r.finalLetter = *o;
        r.letterOverridden = true;
    }

    QHash<QString, QString> categoryNames;
    for (const Category &c : m_data.categories)
        categoryNames.insert(c.id, c.name);
    for (int i = 0; i < m_data.assignmentCount(); ++i) {
        const Assignment &a = m_data.assignments.at(i);
        if (!a.published || !m_published.assignments().at(size_t(i)).counts)
            continue; // unpublished, or outside the period
        const GradeCell &cell = m_data.cell(student, i);
        ProgressReport::AssignmentLine line;
        line.assignmentId = a.id;
        line.title = a.title;
        line.category = categoryNames.value(a.categoryId);
        line.dueDate = a.dueDate;
        line.pointsPossible = a.pointsPossible;
        line.letterGraded = a.gradingType == u"letter"_s;
        if (const GradebookData::CellExtra *extra = m_data.extra(student, i); extra && line.letterGraded)
            line.letter = extra->letter;
        if (cell.hasPoints())
            line.points = cell.points;
        line.missing = cell.missing;
        line.late = cell.late;
        line.daysLate = cell.daysLate;
        line.excused = cell.excused;
        line.exempt = cell.exempt;
        r.assignments.append(line);
        if (line.missing && !line.excused && !line.exempt)
            r.missing.append(line);
    }
    std::stable_sort(r.missing.begin(), r.missing.end(), [](const auto &x, const auto &y) {
        // No due date last.
        if (x.dueDate.isValid() != y.dueDate.isValid())
            return x.dueDate.isValid();
        return x.dueDate < y.dueDate;
    });
    r.standards = standardsOf(student);
    r.comment = m_comments.value(s.id);
    return r;
}

QList<ProgressReport::StandardLine> ReportBuilder::standardsOf(int student) const
{
    QList<ProgressReport::StandardLine> lines;
    if (!m_mastery)
        return lines;
    const int row = m_masteryStudent.value(m_data.students.at(student).id, -1);
    if (row < 0)
        return lines;
    for (int st = 0; st < m_mastery->standards().size(); ++st) {
        const Standard &standard = m_mastery->standards().at(st);
        const MasteryReport::Cell &cell = m_mastery->cell(row, st);
        // Evidence from an unpublished assignment is not the family's to see yet.
        std::vector<double> scores;
        bool hidden = false;
        for (const MasteryReport::Evidence &e : cell.evidence) {
            if (!e.assignmentId.isEmpty() && !m_publishedById.value(e.assignmentId, true)) {
                hidden = true;
                continue;
            }
            scores.push_back(e.score);
        }
        QString level = cell.level;
        int levelIndex = cell.levelIndex;
        if (hidden) {
            const auto [method, params] = methodFor(m_mastery->schoolClass(), standard);
            const std::optional<double> score = Mastery::compute(method, scores, params);
            level = score ? m_mastery->scale().label(*score) : QString();
            levelIndex = score ? m_mastery->scale().levelIndex(*score) : -1;
        }
        if (!level.isEmpty()) {
            const char *source =
                m_mastery->scale().isDefault() ? ProficiencyScale::defaultLabelSource(levelIndex) : nullptr;
            lines.append({standard.code, standard.description, level, source});
        }
    }
    return lines;
}

} // namespace k12
