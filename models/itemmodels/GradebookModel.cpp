#include "GradebookModel.h"

#include "kernel/domain/NumberText.h"
#include "models/grading/LateWork.h"
#include "models/grading/ScoreInput.h"
#include "models/repositories/Repository.h"
#include "models/store/Store.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Cell colours chosen to stay readable in light themes and for colour-blind
// teachers (each state also has its own text: M, EX, a tooltip).
const QColor kMissing(0xfd, 0xe2, 0xe1);
const QColor kLate(0xff, 0xf3, 0xcd);
const QColor kExcused(0xe9, 0xec, 0xef);
const QColor kComputed(0xf1, 0xf6, 0xfb);
const QColor kTintText(Qt::black);

// Entities whose change alters the grid's shape or rules: reload everything.
const QStringList kStructural{u"class"_s,      u"category"_s,      u"assignment"_s,    u"student"_s,
                              u"enrollment"_s, u"grading_scale"_s, u"grading_period"_s};

} // namespace

GradebookModel::GradebookModel(Store &store, QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_actions(store, undoStack)
{
    connect(&m_store, &Store::changesApplied, this, &GradebookModel::onChangesApplied);
    connect(&m_store, &Store::changed, this, &GradebookModel::onStoreChanged);
    // Scores pulled from the server arrive without their details: reload.
    connect(&m_store, &Store::externallyChanged, this, [this](const QStringList &entities) {
        if (!m_classId.isEmpty() && entities.contains(u"score"_s) &&
            std::none_of(entities.cbegin(), entities.cend(), [](const QString &e) { return kStructural.contains(e); }))
            reload();
        else if (!m_classId.isEmpty() && entities.contains(u"final_override"_s))
            onFinalOverridesChanged();
    });
}

void GradebookModel::setClassId(const QString &classId)
{
    if (classId == m_classId)
        return;
    m_classId = classId;
    reload();
}

void GradebookModel::setGradingPeriod(const QString &gradingPeriodId)
{
    m_data.gradingPeriodId = gradingPeriodId;
    m_data.rebuildEngine();
    recomputeAll();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, finalColumn() - int(m_data.categories.size())),
                           index(rowCount() - 1, letterColumn()));
}

void GradebookModel::reload()
{
    beginResetModel();
    const QString period = m_data.gradingPeriodId;
    m_data = GradebookData();
    m_grades.clear();
    if (!m_classId.isEmpty()) {
        Result<GradebookData> loaded = GradebookData::load(m_store, m_classId, period);
        if (loaded)
            m_data = std::move(loaded).value();
        else
            m_classId.clear();
    }
    recomputeAll();
    endResetModel();
}

void GradebookModel::recomputeAll()
{
    m_grades.resize(size_t(m_data.studentCount()));
    for (int s = 0; s < m_data.studentCount(); ++s)
        m_grades[size_t(s)] = m_data.gradeOf(s);
    refreshFinals();
    Q_EMIT gradesRecomputed();
}

void GradebookModel::refreshFinals(const QList<int> &students)
{
    QList<int> rows = students;
    if (students.isEmpty() || m_finals.size() != size_t(m_data.studentCount())) {
        m_finals.assign(size_t(m_data.studentCount()), FinalGrade{});
        rows.clear();
        for (int s = 0; s < m_data.studentCount(); ++s)
            rows << s;
    }
    const GradingPeriod *period = m_data.periods.find(m_data.gradingPeriodId);
    const bool byFormula = period && !period->formula.isEmpty();
    std::optional<FinalGrades> finals;
    if (byFormula || !m_data.finalOverrides.isEmpty())
        finals.emplace(m_data, rows);
    for (int s : std::as_const(rows)) {
        m_finals[size_t(s)] = FinalGrade{};
        FinalGrade &g = m_finals[size_t(s)];
        if (byFormula) {
            g = finals->of(s, m_data.gradingPeriodId);
            continue;
        }
        // Its own assignments: the engine's grade already computed for the row.
        g.percent = m_grades[size_t(s)].finalPercent;
        g.computedLetter = g.letter = m_grades[size_t(s)].letter;
        if (finals) {
            const FinalGrade o = finals->of(s, m_data.gradingPeriodId);
            g.overridden = o.overridden;
            g.reason = o.reason;
            if (o.overridden)
                g.letter = o.letter;
        }
    }
}

void GradebookModel::onFinalOverridesChanged()
{
    m_data.finalOverrides = Repository<FinalOverride>(m_store).forClass(m_classId);
    refreshFinals();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, finalColumn()), index(rowCount() - 1, letterColumn()));
    Q_EMIT gradesRecomputed();
}

void GradebookModel::recompute(int student)
{
    m_grades[size_t(student)] = m_data.gradeOf(student);
}

void GradebookModel::onStoreChanged(const QStringList &entities)
{
    if (m_classId.isEmpty())
        return;
    if (entities.contains(u"final_override"_s) &&
        std::none_of(entities.cbegin(), entities.cend(), [](const QString &e) { return kStructural.contains(e); }))
        onFinalOverridesChanged();
    for (const QString &e : entities) {
        if (kStructural.contains(e)) {
            reload();
            return;
        }
    }
}

void GradebookModel::onChangesApplied(const QList<AppliedChange> &changes)
{
    if (m_classId.isEmpty())
        return;
    QSet<int> students;
    int firstRow = INT_MAX, lastRow = -1, firstCol = INT_MAX, lastCol = -1;
    for (const AppliedChange &c : changes) {
        if (c.entity != u"score"_s)
            continue;
        if (c.refs.value(u"class_id"_s).toString() != m_classId)
            continue;
        const int a = m_data.assignmentIndex(c.refs.value(u"assignment_id"_s).toString());
        const int s = m_data.studentIndex(c.refs.value(u"student_id"_s).toString());
        if (s < 0 || a < 0)
            continue; // a dropped student or a deleted assignment
        Score score = m_data.scoreAt(s, a);
        if (c.op == ChangeOp::Delete) {
            Score empty;
            empty.id = score.id;
            empty.classId = score.classId;
            empty.assignmentId = score.assignmentId;
            empty.studentId = score.studentId;
            score = empty;
        } else {
            QVariantMap fields = score.toFields();
            for (auto it = c.after.cbegin(); it != c.after.cend(); ++it)
                fields.insert(it.key(), it.value());
            fields.insert(u"id"_s, score.id);
            score = Score::fromRow(fields);
        }
        m_data.setScore(s, a, score, c.op != ChangeOp::Delete);
        students.insert(s);
        firstRow = std::min(firstRow, s);
        lastRow = std::max(lastRow, s);
        firstCol = std::min(firstCol, columnForAssignment(a));
        lastCol = std::max(lastCol, columnForAssignment(a));
    }
    if (students.isEmpty())
        return;
    for (int s : std::as_const(students))
        recompute(s);
    refreshFinals(students.values()); // a student's term final reads only that student's row
    Q_EMIT dataChanged(index(firstRow, firstCol), index(lastRow, lastCol));
    Q_EMIT dataChanged(index(firstRow, 1 + m_data.assignmentCount()), index(lastRow, letterColumn()));
    Q_EMIT gradesRecomputed();
}

GradebookModel::ColumnKind GradebookModel::columnKind(int column) const
{
    if (column == 0)
        return ColumnKind::Student;
    if (column <= m_data.assignmentCount())
        return ColumnKind::Assignment;
    if (column < finalColumn())
        return ColumnKind::CategoryPercent;
    return column == finalColumn() ? ColumnKind::FinalPercent : ColumnKind::Letter;
}

int GradebookModel::assignmentForColumn(int column) const
{
    return column >= 1 && column <= m_data.assignmentCount() ? column - 1 : -1;
}

int GradebookModel::categoryForColumn(int column) const
{
    return columnKind(column) == ColumnKind::CategoryPercent ? column - 1 - m_data.assignmentCount() : -1;
}

int GradebookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_data.studentCount();
}

int GradebookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_classId.isEmpty() ? 0 : letterColumn() + 1;
}

// The app's locale (the teacher's language, app/main.cpp) for scores: its decimal separator, no grouping.
QLocale GradebookModel::numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

QString GradebookModel::formatNumber(double value, int maxDecimals) const
{
    // Up to maxDecimals, without trailing zeros: 9.5, 10, 8.25 (9,5 in French). No thousands
    // separator: 1500 shown as "1,500" would be refused, typed back, as ambiguous (ScoreInput).
    return shortNumber(numberLocale(), value, maxDecimals);
}

QVariant GradebookModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int s = index.row();
    const ColumnKind kind = columnKind(index.column());
    if (role == ColumnKindRole)
        return int(kind);
    if (role == StudentIdRole)
        return m_data.students.at(s).id;
    switch (kind) {
    case ColumnKind::Student: {
        const Student &st = m_data.students.at(s);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case RawValueRole:
            return st.displayName();
        case Qt::ToolTipRole:
            return st.studentNumber.isEmpty() ? st.displayName()
                                              : tr("%1 (student number %2)").arg(st.displayName(), st.studentNumber);
        default:
            return {};
        }
    }
    case ColumnKind::Assignment:
        return assignmentCellData(s, index.column() - 1, role);
    default:
        return computedCellData(s, index.column(), role);
    }
}

QVariant GradebookModel::assignmentCellData(int s, int a, int role) const
{
    const GradeCell &cell = m_data.cell(s, a);
    const GradebookData::CellExtra *extra = m_data.extra(s, a);
    const Assignment &as = m_data.assignments.at(a);
    switch (role) {
    case Qt::DisplayRole: {
        if (cell.excused)
            return tr("EX");
        if (cell.exempt)
            return tr("Exempt");
        QString text;
        if (extra && !extra->letter.isEmpty())
            text = extra->letter;
        else if (cell.hasPoints())
            text = formatNumber(cell.points);
        else if (cell.missing)
            return tr("M");
        // Late work keeps its points; a trailing L (and the amber cell) says it was late, with
        // the days as the teacher types them ("9 L3"), since they decide the penalty.
        if (cell.late) {
            const QString late = cell.daysLate > 0 ? tr("L%1").arg(cell.daysLate) : tr("L");
            text = text.isEmpty() ? late : tr("%1 %2").arg(text, late);
        }
        return text;
    }
    case Qt::EditRole:
        if (extra && !extra->letter.isEmpty())
            return extra->letter;
        return cell.hasPoints() ? formatNumber(cell.points, 4) : QString();
    case RawValueRole:
        return cell.hasPoints() ? cell.points : -1.0;
    case AssignmentIdRole:
        return as.id;
    case MissingRole:
        return cell.missing;
    case LateRole:
        return cell.late;
    case ExcusedRole:
        return cell.excused;
    case CommentRole:
        return extra ? extra->comment : QString();
    case Qt::BackgroundRole:
        if (cell.missing && !cell.hasPoints())
            return QBrush(kMissing);
        if (cell.excused || cell.exempt)
            return QBrush(kExcused);
        if (cell.late)
            return QBrush(kLate);
        return {};
    case Qt::ForegroundRole:
        // Black on the light tints whatever the palette: the palette's own text colour (white on a dark
        // or high-contrast theme) vanished on them. Above 14:1 on each tint (tst_a11yviews).
        return assignmentCellData(s, a, Qt::BackgroundRole).isValid() ? QBrush(kTintText) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList parts;
        if (role == Qt::AccessibleTextRole)
            parts << m_data.students.at(s).displayName() << as.title;
        // A letter-graded cell shows its letter: a screen reader says that letter first, then the
        // points it stands for (what the averages count), not the points alone.
        const bool letter = extra && !extra->letter.isEmpty();
        if (letter && cell.hasPoints())
            parts << tr("letter %1, %2 of %3 points")
                         .arg(extra->letter, formatNumber(cell.points), formatNumber(as.pointsPossible));
        else if (letter)
            parts << tr("letter %1").arg(extra->letter);
        else if (cell.hasPoints())
            parts << tr("%1 of %2 points").arg(formatNumber(cell.points), formatNumber(as.pointsPossible));
        else if (role == Qt::AccessibleTextRole && !cell.missing && !cell.excused && !cell.exempt)
            parts << tr("not graded"); // not "not graded; excused": an excused cell is settled
        if (cell.missing)
            parts << tr("missing");
        if (cell.excused)
            parts << tr("excused");
        if (cell.exempt)
            parts << tr("exempt");
        // What the class's late penalty took, and why, from the engine the Final % uses.
        if (cell.late)
            parts << LateWork::penaltyText(m_data.engine(), cell);
        if (extra && !extra->comment.isEmpty())
            parts << tr("comment: %1").arg(extra->comment);
        return parts.join(role == Qt::ToolTipRole ? u"\n"_s : u"; "_s);
    }
    default:
        return {};
    }
}

QVariant GradebookModel::computedCellData(int s, int column, int role) const
{
    const StudentGrade &grade = m_grades.at(size_t(s));
    const ColumnKind kind = columnKind(column);
    std::optional<double> percent;
    if (kind == ColumnKind::CategoryPercent) {
        const size_t c = size_t(categoryForColumn(column));
        if (c < grade.categories.size())
            percent = grade.categories[c].percent;
    } else {
        percent = m_finals.at(size_t(s)).percent;
    }
    const FinalGrade &final = m_finals.at(size_t(s));
    switch (role) {
    case Qt::DisplayRole:
        if (kind == ColumnKind::Letter)
            return final.letter.isEmpty() ? u"—"_s : FinalGrades::shownLetter(final);
        return percent ? numberLocale().toString(*percent, 'f', 2) : u"—"_s;
    case RawValueRole:
        return percent ? *percent : -1.0;
    case Qt::BackgroundRole:
        return QBrush(kComputed);
    case Qt::ForegroundRole:
        return QBrush(kTintText);
    case Qt::TextAlignmentRole:
        return int((kind == ColumnKind::Letter ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter);
    case Qt::FontRole:
        if (kind != ColumnKind::CategoryPercent) {
            QFont f;
            f.setBold(true);
            f.setItalic(kind == ColumnKind::Letter && final.overridden); // with its "*": not the computed letter
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (kind == ColumnKind::CategoryPercent) {
            const CategoryResult &r = grade.categories[size_t(categoryForColumn(column))];
            return tr("%1 of %2 points counted; %n score(s) dropped", nullptr, r.dropped)
                .arg(formatNumber(r.earned), formatNumber(r.possible));
        }
        if (final.overridden)
            return FinalGrades::overrideNote(final);
        if (const GradingPeriod *p = m_data.periods.find(m_data.gradingPeriodId); p && !p->formula.isEmpty())
            return TermFinals::formulaText(*p, m_data.periods.periods(), m_data.assignments, m_data.categories);
        return tr("%1 of %2 points in total").arg(formatNumber(grade.earned), formatNumber(grade.possible));
    case Qt::AccessibleTextRole: {
        // A screen reader moving along a row hears whose grade and which column, not a bare "80.00".
        QStringList parts{m_data.students.at(s).displayName(),
                          headerData(column, Qt::Horizontal).toString().section(u'\n', 0, 0)};
        const QString shown = data(index(s, column), Qt::DisplayRole).toString();
        parts << (shown == u"—"_s ? tr("no grade yet") : shown);
        if (kind == ColumnKind::Letter && final.overridden)
            parts << tr("set by hand");
        return parts.join(u"; "_s);
    }
    default:
        return {};
    }
}

QVariant GradebookModel::assignmentHeader(int a, int role) const
{
    const Assignment &as = m_data.assignments.at(a);
    const int c = m_data.categoryIndex(as.categoryId);
    switch (role) {
    case Qt::DisplayRole:
        return as.pointsPossible > 0 ? tr("%1\n%2 pts").arg(as.title, formatNumber(as.pointsPossible))
                                     : tr("%1\nextra credit").arg(as.title);
    case Qt::ToolTipRole: {
        QStringList lines{as.title};
        lines << (c >= 0 ? tr("Category: %1").arg(m_data.categories.at(c).name) : tr("No category"));
        lines << tr("Points possible: %1").arg(formatNumber(as.pointsPossible));
        if (as.dueDate.isValid())
            lines << tr("Due: %1").arg(QLocale().toString(as.dueDate, QLocale::ShortFormat));
        if (as.gradingType == u"letter"_s)
            lines << tr("Graded with letters");
        if (!as.published)
            lines << tr("Hidden from students");
        return lines.join(u'\n');
    }
    case AssignmentIdRole:
        return as.id;
    default:
        return {};
    }
}

QVariant GradebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= columnCount())
        return {};
    if (role == ColumnKindRole)
        return int(columnKind(section));
    switch (columnKind(section)) {
    case ColumnKind::Student:
        return role == Qt::DisplayRole ? QVariant(tr("Student")) : QVariant();
    case ColumnKind::Assignment:
        return assignmentHeader(section - 1, role);
    case ColumnKind::CategoryPercent: {
        const Category &cat = m_data.categories.at(categoryForColumn(section));
        if (role == Qt::DisplayRole)
            return m_data.engine().weighted() ? tr("%1 %\n(weight %2)").arg(cat.name, formatNumber(cat.weight))
                                              : tr("%1 %").arg(cat.name);
        if (role == Qt::ToolTipRole && cat.dropLowest > 0)
            return tr("Drops the lowest %n score(s)", nullptr, cat.dropLowest);
        return {};
    }
    case ColumnKind::FinalPercent:
        return role == Qt::DisplayRole ? QVariant(tr("Final %")) : QVariant();
    case ColumnKind::Letter:
        return role == Qt::DisplayRole ? QVariant(tr("Letter")) : QVariant();
    }
    return {};
}

Qt::ItemFlags GradebookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (columnKind(index.column()) == ColumnKind::Assignment)
        f |= Qt::ItemIsEditable;
    return f;
}

bool GradebookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || columnKind(index.column()) != ColumnKind::Assignment)
        return false;
    const Result<int> written =
        m_actions.grades().typeInCell(m_data, CellRef{index.row(), index.column() - 1}, value.toString());
    if (!written)
        Q_EMIT editRejected(written.error());
    return written.ok();
}

QList<CellRef> GradebookModel::cellsOf(const QModelIndexList &indexes) const
{
    QList<CellRef> cells;
    cells.reserve(indexes.size());
    for (const QModelIndex &index : indexes) {
        const int a = assignmentForColumn(index.column());
        if (a >= 0 && index.row() >= 0 && index.row() < rowCount())
            cells.append({index.row(), a});
    }
    // Row-major order: the outbox and the audit log read top to bottom.
    std::sort(cells.begin(), cells.end(), [](const CellRef &x, const CellRef &y) {
        return x.student != y.student ? x.student < y.student : x.assignment < y.assignment;
    });
    return cells;
}

} // namespace k12
