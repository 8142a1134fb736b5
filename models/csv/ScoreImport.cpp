#include "ScoreImport.h"

#include "kernel/csv/CsvReader.h"
#include "kernel/domain/Ids.h"
#include "models/grading/ScoreInput.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString folded(const QString &s)
{
    return s.simplified().toCaseFolded();
}

// Columns of a Canvas export that identify the student or are computed by Canvas.
bool isCanvasIdentity(const QString &h)
{
    static const QStringList names{u"Student"_s,        u"ID"_s,           u"SIS User ID"_s, u"SIS Login ID"_s,
                                   u"Integration ID"_s, u"Root Account"_s, u"Section"_s};
    return names.contains(h);
}

bool isCanvasComputed(const QString &h)
{
    static const QStringList suffixes{
        u"Current Score"_s,  u"Unposted Current Score"_s,  u"Final Score"_s,  u"Unposted Final Score"_s,
        u"Current Points"_s, u"Unposted Current Points"_s, u"Final Points"_s, u"Unposted Final Points"_s,
        u"Current Grade"_s,  u"Unposted Current Grade"_s,  u"Final Grade"_s,  u"Unposted Final Grade"_s,
        u"Override Score"_s, u"Override Grade"_s};
    for (const QString &s : suffixes) {
        if (h == s || h.endsWith(u' ' + s))
            return true;
    }
    return false;
}

bool isK12Computed(const QString &h)
{
    return h.endsWith(u" %"_s) || h == u"Final %"_s || h == u"Letter"_s;
}

bool isNumberColumn(const QString &h)
{
    static const QStringList names{u"student number"_s, u"student_number"_s, u"student id"_s, u"student_id"_s,
                                   u"sis user id"_s,    u"number"_s,         u"id number"_s,  u"id"_s};
    return names.contains(folded(h));
}

bool isNameColumn(const QString &h)
{
    static const QStringList names{u"student"_s, u"name"_s, u"student name"_s};
    return names.contains(folded(h));
}

struct Column
{
    int index = -1;
    QString header;
    QString title;
    QString id; // the id in "Title (id)"
    int assignment = -1;
    int newAssignment = -1;
};

} // namespace

QString ScoreImport::Problem::text(const QString &fileName) const
{
    if (column.isEmpty())
        return tr("%1, line %2: %3").arg(fileName).arg(line).arg(message);
    return tr("%1, line %2, column \"%3\": %4").arg(fileName).arg(line).arg(column, message);
}

bool ScoreImport::Plan::headerProblem() const
{
    for (const Problem &p : problems) {
        if (p.line <= 1)
            return true;
    }
    return false;
}

QString ScoreImport::formatName(Format format)
{
    switch (format) {
    case Format::K12:
        return tr("K12 Teacher export");
    case Format::Canvas:
        return tr("Canvas gradebook export");
    case Format::Generic:
        return tr("student number + one column per assignment");
    case Format::Unknown:
        break;
    }
    return tr("unknown layout");
}

ScoreImport::Plan ScoreImport::analyze(const QByteArray &bytes, const QString &fileName, const GradebookData &data,
                                       const Options &options, const Progress &progress,
                                       const std::atomic<bool> *cancel)
{
    Plan plan;
    plan.fileName = fileName;
    auto problem = [&plan](int line, const QString &column, const QString &message) {
        plan.problems.append({line, column, message});
    };
    if (const QString wrong = CsvReader::encodingProblem(bytes); !wrong.isEmpty()) {
        problem(1, {}, wrong); // the same words as the roster import
        return plan;
    }
    Result<CsvTable> parsed = CsvReader::parse(bytes, fileName);
    if (!parsed) {
        problem(1, {}, parsed.error());
        return plan;
    }
    const CsvTable &table = *parsed;
    plan.encoding = table.encoding;
    const QStringList &header = table.header;

    // Which layout, and which column names the student.
    int numberColumn = -1;
    int nameColumn = -1;
    if (header.size() >= 2 && header.at(0) == u"Student"_s && header.at(1) == u"ID"_s) {
        plan.format = Format::Canvas;
        nameColumn = 0;
        numberColumn = int(header.indexOf(u"SIS User ID"_s));
    } else if (header.size() >= 2 && header.at(0) == u"Student"_s && header.at(1) == u"Student Number"_s) {
        plan.format = Format::K12;
        nameColumn = 0;
        numberColumn = 1;
    } else {
        for (int i = 0; i < header.size(); ++i) {
            if (numberColumn < 0 && isNumberColumn(header.at(i)))
                numberColumn = i;
            else if (nameColumn < 0 && isNameColumn(header.at(i)))
                nameColumn = i;
        }
        if (numberColumn >= 0)
            plan.format = Format::Generic;
    }
    if (plan.format == Format::Unknown) {
        problem(1, {},
                tr("cannot tell which student each row is: the header needs a student number column "
                   "(\"Student Number\", \"SIS User ID\") or the layout of a K12 Teacher or Canvas export."));
        return plan;
    }

    // Points Possible row (K12 and Canvas exports): points of each column, for new assignments.
    QList<CsvRow> rows = table.rows;
    QHash<int, double> pointsRow;
    if (!rows.isEmpty() && rows.constFirst().cells.value(0).trimmed() == u"Points Possible"_s) {
        const CsvRow &pp = rows.constFirst();
        for (int i = 0; i < pp.cells.size(); ++i) {
            bool ok = false;
            const double v = QString(pp.cells.at(i)).replace(u',', u'.').trimmed().toDouble(&ok);
            if (ok)
                pointsRow.insert(i, v);
        }
        rows.removeFirst();
    }

    // Assignment columns.
    static const QRegularExpression titleWithId(u"^(.*\\S)\\s*\\(([^()]+)\\)$"_s);
    QList<Column> columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i);
        if (i == numberColumn || i == nameColumn || h.isEmpty())
            continue;
        if (plan.format == Format::Canvas && (isCanvasIdentity(h) || isCanvasComputed(h)))
            continue;
        if (plan.format == Format::K12 && isK12Computed(h))
            continue;
        if (plan.format == Format::Generic &&
            (isNameColumn(h) || folded(h) == u"email"_s || folded(h).contains(u"name"_s)))
            continue;
        Column col;
        col.index = i;
        col.header = h;
        col.title = h;
        if (const QRegularExpressionMatch m = titleWithId.match(h); m.hasMatch() && plan.format != Format::K12) {
            col.title = m.captured(1);
            col.id = m.captured(2).trimmed();
        }
        col.assignment = data.assignmentIndex(col.id);
        for (int a = 0; a < data.assignmentCount() && col.assignment < 0; ++a) {
            if (data.assignments.at(a).title == col.title)
                col.assignment = a;
        }
        for (int a = 0; a < data.assignmentCount() && col.assignment < 0; ++a) {
            if (folded(data.assignments.at(a).title) == folded(col.title))
                col.assignment = a;
        }
        if (col.assignment < 0) {
            if (!options.createAssignments) {
                problem(1, h,
                        tr("unknown assignment \"%1\" (create it first, or allow new assignments).").arg(col.title));
                continue; // its cells are not read: the file cannot be imported anyway
            } else {
                Assignment a;
                a.id = newId();
                a.classId = data.schoolClass.id;
                a.title = col.title;
                a.pointsPossible = pointsRow.value(i, 100);
                a.position = data.assignmentCount() + int(plan.newAssignments.size());
                col.newAssignment = int(plan.newAssignments.size());
                plan.newAssignments.append(a);
            }
        }
        columns.append(col);
    }
    plan.assignmentColumns = int(columns.size());
    if (columns.isEmpty())
        problem(1, {}, tr("no assignment columns found."));

    // Students by number and by name.
    QHash<QString, int> byNumber;
    QHash<QString, int> byName;
    QHash<QString, int> byFoldedName;
    for (int s = 0; s < data.studentCount(); ++s) {
        const Student &st = data.students.at(s);
        if (!st.studentNumber.isEmpty())
            byNumber.insert(st.studentNumber, s);
        for (const QString &name : {st.displayName(), QString(st.givenName + u' ' + st.familyName)}) {
            byName.insert(name, s);
            byFoldedName.insert(folded(name), s);
        }
    }

    const qsizetype total = rows.size();
    QHash<int, int> lineOfStudent;
    const QChar sep = table.separator;
    for (qsizetype r = 0; r < total; ++r) {
        if (cancel && cancel->load()) {
            plan.cancelled = true;
            return plan;
        }
        if (progress && (r % 256 == 0))
            progress(r, total);
        const CsvRow &row = rows.at(r);
        ++plan.rows;
        const QString number = numberColumn >= 0 ? row.cells.value(numberColumn).trimmed() : QString();
        const QString name = nameColumn >= 0 ? row.cells.value(nameColumn).trimmed() : QString();
        if (plan.format == Format::Canvas && (name == u"Student, Test"_s || name == u"Test Student"_s))
            continue; // Canvas's own test student
        int student = number.isEmpty() ? -1 : byNumber.value(number, -1);
        if (student < 0 && !name.isEmpty())
            student = byName.value(name, byFoldedName.value(folded(name), -1));
        if (student < 0) {
            const QString column = numberColumn >= 0 ? header.at(numberColumn) : header.value(nameColumn);
            problem(row.line, column,
                    tr("unknown student \"%1\" (no student in this class has that number or name).")
                        .arg(number.isEmpty() ? name : number));
            continue;
        }
        if (const int first = lineOfStudent.value(student, 0); first > 0) {
            problem(
                row.line, {},
                tr("duplicate row: %1 is already on line %2.").arg(data.students.at(student).displayName()).arg(first));
            continue;
        }
        lineOfStudent.insert(student, row.line);
        ++plan.studentsMatched;

        for (const Column &col : std::as_const(columns)) {
            QString cell = row.cells.value(col.index).trimmed();
            if (cell.isEmpty() || cell.compare(u"N/A"_s, Qt::CaseInsensitive) == 0)
                continue;
            const Assignment &as =
                col.assignment >= 0 ? data.assignments.at(col.assignment) : plan.newAssignments.at(col.newAssignment);
            Score before = col.assignment >= 0 ? data.scoreAt(student, col.assignment) : Score();
            if (col.assignment < 0) {
                before.id = Score::idFor(as.id, data.students.at(student).id);
                before.classId = data.schoolClass.id;
                before.assignmentId = as.id;
                before.studentId = data.students.at(student).id;
            }
            const QString lower = cell.toLower();
            std::optional<ScoreEdit> edit;
            if (lower == u"ex"_s || lower == u"excused"_s)
                edit = ScoreEdit::excused();
            else if (lower == u"missing"_s || lower == u"m"_s)
                edit = ScoreEdit::missing();
            else if (lower == u"exempt"_s)
                edit = ScoreEdit::exempt();
            if (!edit) {
                // Decimal commas: always in `;`-separated files, and in quoted cells of others.
                if (sep != u',' || !cell.contains(u'.'))
                    cell.replace(u',', u'.');
                bool ok = false;
                const double v = cell.toDouble(&ok);
                if (ok) {
                    if (!std::isfinite(v) || v < 0) {
                        problem(row.line, col.header, tr("\"%1\" is negative; scores start at 0.").arg(cell));
                        continue;
                    }
                    if (as.pointsPossible > 0 && v > as.pointsPossible) {
                        problem(row.line, col.header,
                                tr("%1 is above the points possible (%2).").arg(cell).arg(as.pointsPossible));
                        continue;
                    }
                    edit = ScoreEdit::setPoints(v);
                } else if (as.gradingType == u"letter"_s) {
                    Result<ScoreEdit> letter = ScoreInput::parse(cell, as, data.scale);
                    if (!letter || letter->kind != ScoreEdit::Kind::SetLetter) {
                        problem(row.line, col.header,
                                tr("\"%1\" is not a number or a letter of the class's scale.")
                                    .arg(row.cells.value(col.index).trimmed()));
                        continue;
                    }
                    edit = *letter;
                } else {
                    problem(row.line, col.header,
                            tr("\"%1\" is not a number (nor EX, MISSING or EXEMPT).")
                                .arg(row.cells.value(col.index).trimmed()));
                    continue;
                }
            }
            const Score after = edit->appliedTo(before);
            if (col.assignment >= 0 && after.points == before.points && after.letter == before.letter &&
                after.missing == before.missing && after.excused == before.excused && after.exempt == before.exempt) {
                ++plan.unchanged;
                continue;
            }
            plan.entries.append({row.line, after});
        }
    }
    if (progress)
        progress(total, total);
    if (plan.rows == 0)
        problem(1, {}, tr("the file has a header but no rows of scores."));
    return plan;
}

ChangeList ScoreImport::changes(const Plan &plan, bool skipBadRows)
{
    QSet<int> badLines;
    if (skipBadRows) {
        for (const Problem &p : plan.problems)
            badLines.insert(p.line);
    }
    ChangeList changes;
    changes.reserve(plan.newAssignments.size() + plan.entries.size());
    for (const Assignment &a : plan.newAssignments)
        changes.append(Change::upsert(u"assignment"_s, a.id, a.toFields()));
    for (const Entry &e : plan.entries) {
        if (!badLines.contains(e.line))
            changes.append(Change::upsert(u"score"_s, e.score.id, e.score.toFields()));
    }
    return changes;
}

} // namespace k12
