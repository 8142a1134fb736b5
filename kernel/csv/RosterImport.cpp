#include "RosterImport.h"

#include "GuardianColumns.h"

#include <QHash>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QString RosterImport::canonicalColumn(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.replace(u' ', u'_').replace(u'-', u'_');
    static const QHash<QString, QString> aliases{
        {u"given_name"_s, u"given_name"_s},
        {u"first_name"_s, u"given_name"_s},
        {u"firstname"_s, u"given_name"_s},
        {u"given"_s, u"given_name"_s},
        {u"family_name"_s, u"family_name"_s},
        {u"last_name"_s, u"family_name"_s},
        {u"lastname"_s, u"family_name"_s},
        {u"surname"_s, u"family_name"_s},
        {u"family"_s, u"family_name"_s},
        {u"student_number"_s, u"student_number"_s},
        {u"student_id"_s, u"student_number"_s},
        {u"number"_s, u"student_number"_s},
        {u"sis_user_id"_s, u"student_number"_s},
        {u"id_number"_s, u"student_number"_s},
        {u"email"_s, u"email"_s},
        {u"email_address"_s, u"email"_s},
        {u"e_mail"_s, u"email"_s},
    };
    return aliases.value(key);
}

namespace {

// The header text the problems name for each field: our column names, or a Canvas export's.
struct FieldColumns
{
    QString given;
    QString family;
    QString number;
    QString email;
};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(k12::RosterImport)
};

// The checks of one student row, in the order the columns are named.
void checkStudent(const QString &fileName, int line, const Student &s, const FieldColumns &columns,
                  QHash<QString, int> &numbersSeen, QStringList &problems, QStringList &warnings)
{
    auto problem = [&](const QString &col, const QString &text) {
        problems.append(Text::tr("%1, line %2, column %3: %4").arg(fileName).arg(line).arg(col, text));
    };
    if (s.givenName.isEmpty())
        problem(columns.given, Text::tr("the given name is empty."));
    if (s.familyName.isEmpty())
        problem(columns.family, Text::tr("the family name is empty."));
    if (!s.email.isEmpty() && !s.problem().isEmpty() && !s.givenName.isEmpty() && !s.familyName.isEmpty())
        problem(columns.email, Text::tr("\"%1\" is not an email address.").arg(s.email));
    if (!s.studentNumber.isEmpty()) {
        if (const int first = numbersSeen.value(s.studentNumber); first > 0)
            problem(columns.number,
                    Text::tr("the student number \"%1\" is already on line %2.").arg(s.studentNumber).arg(first));
        else
            numbersSeen.insert(s.studentNumber, line);
    }
    const std::pair<QString, QString> fields[] = {{columns.given, s.givenName},
                                                  {columns.family, s.familyName},
                                                  {columns.number, s.studentNumber},
                                                  {columns.email, s.email}};
    QSet<QString> warned; // a Canvas "Student" cell holds both names: one warning
    for (const auto &[column, value] : fields) {
        if (!RosterImport::looksLikeLostLetters(value) || warned.contains(column))
            continue;
        warned.insert(column);
        warnings.append(Text::tr("%1, line %2, column %3: \"%4\" looks like letters lost when the file was saved in "
                                 "an encoding that cannot hold them; save it as CSV UTF-8.")
                            .arg(fileName)
                            .arg(line)
                            .arg(column, value));
    }
}

void finish(const CsvTable &table, RosterImport::Outcome &out)
{
    if (out.students.isEmpty() && out.problems.isEmpty())
        out.problems.append(Text::tr("%1: the file has a header but no students.").arg(table.fileName));
    if (!out.problems.isEmpty()) {
        out.students.clear();
        out.lines.clear();
        out.guardians.clear();
    }
}

} // namespace

bool RosterImport::looksLikeLostLetters(const QString &cell)
{
    if (cell.contains(u"??"_s))
        return true;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell.at(i) != u'?')
            continue;
        if ((i > 0 && cell.at(i - 1).isLetter()) || (i + 1 < cell.size() && cell.at(i + 1).isLetter()))
            return true; // inside or at the edge of a word: "M?ller", "Jos?", "?lvarez"
    }
    return false;
}

std::pair<QString, QString> RosterImport::splitCanvasName(const QString &name)
{
    const QString simple = name.simplified();
    if (const qsizetype comma = simple.indexOf(u','); comma >= 0)
        return {simple.mid(comma + 1).trimmed(), simple.left(comma).trimmed()};
    const qsizetype space = simple.lastIndexOf(u' ');
    if (space < 0)
        return {QString(), simple};
    return {simple.left(space), simple.mid(space + 1)};
}

RosterImport::Outcome RosterImport::fromCanvas(const CsvTable &table)
{
    Outcome out;
    out.encoding = table.encoding;
    out.canvasExport = true;
    const int numberColumn = int(table.header.indexOf(u"SIS User ID"_s));
    const int loginColumn = int(table.header.indexOf(u"SIS Login ID"_s));
    const FieldColumns columns{table.header.at(0), table.header.at(0), u"SIS User ID"_s, u"SIS Login ID"_s};
    QHash<QString, int> numbersSeen;
    for (const CsvRow &row : table.rows) {
        const QString name = row.cells.value(0).trimmed();
        if (name == u"Points Possible"_s)
            continue;
        if (name == u"Student, Test"_s || name == u"Test Student"_s)
            continue; // Canvas's own test student
        const QString number = numberColumn >= 0 ? row.cells.value(numberColumn).trimmed() : QString();
        const QString login = loginColumn >= 0 ? row.cells.value(loginColumn).trimmed() : QString();
        if (name.isEmpty() && row.cells.value(1).trimmed().isEmpty() && number.isEmpty())
            continue; // Canvas's "Manual Posting" / "(read only)" rows name no student
        Student s;
        std::tie(s.givenName, s.familyName) = splitCanvasName(name);
        s.studentNumber = number;
        if (login.contains(u'@'))
            s.email = login;
        checkStudent(table.fileName, row.line, s, columns, numbersSeen, out.problems, out.warnings);
        out.students.append(s);
        out.lines.append(row.line);
        out.guardians.append(QList<Guardian>());
    }
    finish(table, out);
    return out;
}

RosterImport::Outcome RosterImport::fromTable(const CsvTable &table)
{
    if (table.header.size() >= 2 && table.header.at(0) == u"Student"_s && table.header.at(1) == u"ID"_s)
        return fromCanvas(table);
    Outcome out;
    out.encoding = table.encoding;
    const GuardianColumns::Layout guardianColumns = GuardianColumns::find(table);
    out.problems += guardianColumns.problems;
    QHash<QString, int> column;
    for (int i = 0; i < table.header.size(); ++i) {
        if (guardianColumns.columns.contains(i))
            continue; // "Parent Email" is not the student's email
        const QString canonical = canonicalColumn(table.header.at(i));
        if (canonical.isEmpty())
            continue;
        if (column.contains(canonical)) {
            out.problems.append(tr("%1, line %2: the column \"%3\" appears twice.")
                                    .arg(table.fileName)
                                    .arg(table.headerLine)
                                    .arg(canonical));
        }
        column.insert(canonical, i);
    }
    for (const QString &required : {u"given_name"_s, u"family_name"_s}) {
        if (!column.contains(required)) {
            out.problems.append(tr("%1, line %2: the header has no \"%3\" column (found: %4).")
                                    .arg(table.fileName)
                                    .arg(table.headerLine)
                                    .arg(required, table.header.join(u", "_s)));
        }
    }
    if (!out.problems.isEmpty())
        return out;

    auto cellOf = [&](const CsvRow &row, const QString &name) {
        const int i = column.value(name, -1);
        return i >= 0 && i < row.cells.size() ? row.cells.at(i).trimmed() : QString();
    };
    const FieldColumns columns{u"given_name"_s, u"family_name"_s, u"student_number"_s, u"email"_s};
    QHash<QString, int> numbersSeen;
    for (const CsvRow &row : table.rows) {
        Student s;
        s.givenName = cellOf(row, u"given_name"_s);
        s.familyName = cellOf(row, u"family_name"_s);
        s.studentNumber = cellOf(row, u"student_number"_s);
        s.email = cellOf(row, u"email"_s);
        if (row.cells.size() > table.header.size()) {
            out.problems.append(
                tr("%1, line %2, column %3: %4")
                    .arg(table.fileName)
                    .arg(row.line)
                    .arg(QString::number(table.header.size() + 1), tr("the row has more cells than the header.")));
        }
        checkStudent(table.fileName, row.line, s, columns, numbersSeen, out.problems, out.warnings);
        out.students.append(s);
        out.lines.append(row.line);
        out.guardians.append(GuardianColumns::read(guardianColumns, table, row, &out.problems));
    }
    finish(table, out);
    return out;
}

RosterImport::Outcome RosterImport::fromFile(const QString &path)
{
    Result<CsvTable> table = CsvReader::readFile(path);
    if (!table) {
        Outcome out;
        out.problems.append(table.error());
        return out;
    }
    return fromTable(*table);
}

} // namespace k12
