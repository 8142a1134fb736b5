#include "RosterImport.h"

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

RosterImport::Outcome RosterImport::fromTable(const CsvTable &table)
{
    Outcome out;
    QHash<QString, int> column;
    for (int i = 0; i < table.header.size(); ++i) {
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
    QHash<QString, int> numbersSeen;
    for (const CsvRow &row : table.rows) {
        Student s;
        s.givenName = cellOf(row, u"given_name"_s);
        s.familyName = cellOf(row, u"family_name"_s);
        s.studentNumber = cellOf(row, u"student_number"_s);
        s.email = cellOf(row, u"email"_s);
        auto problem = [&](const QString &col, const QString &text) {
            out.problems.append(tr("%1, line %2, column %3: %4").arg(table.fileName).arg(row.line).arg(col, text));
        };
        if (row.cells.size() > table.header.size())
            problem(QString::number(table.header.size() + 1), tr("the row has more cells than the header."));
        if (s.givenName.isEmpty())
            problem(u"given_name"_s, tr("the given name is empty."));
        if (s.familyName.isEmpty())
            problem(u"family_name"_s, tr("the family name is empty."));
        if (!s.email.isEmpty() && !s.problem().isEmpty() && !s.givenName.isEmpty() && !s.familyName.isEmpty())
            problem(u"email"_s, tr("\"%1\" is not an email address.").arg(s.email));
        if (!s.studentNumber.isEmpty()) {
            if (const int first = numbersSeen.value(s.studentNumber); first > 0)
                problem(u"student_number"_s,
                        tr("the student number \"%1\" is already on line %2.").arg(s.studentNumber).arg(first));
            else
                numbersSeen.insert(s.studentNumber, row.line);
        }
        out.students.append(s);
    }
    if (out.students.isEmpty() && out.problems.isEmpty())
        out.problems.append(tr("%1: the file has a header but no students.").arg(table.fileName));
    if (!out.problems.isEmpty())
        out.students.clear();
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
