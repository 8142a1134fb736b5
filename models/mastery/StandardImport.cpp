#include "StandardImport.h"

#include "kernel/domain/EntitySchema.h"
#include "kernel/domain/Ids.h"
#include "kernel/domain/RowRules.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

// Header spellings of standards documents, folded to our three columns.
QString canonical(const QString &header)
{
    const QString h = header.trimmed().toLower().replace(u' ', u'_');
    if (h == u"code"_s || h == u"standard"_s || h == u"standard_code"_s || h == u"id"_s)
        return u"code"_s;
    if (h == u"description"_s || h == u"desc"_s || h == u"statement"_s || h == u"text"_s)
        return u"description"_s;
    if (h == u"parent"_s || h == u"strand"_s || h == u"parent/strand"_s || h == u"domain"_s)
        return u"strand"_s;
    return {};
}

} // namespace

QString StandardImport::describe(const QString &strand, const QString &description)
{
    if (strand.trimmed().isEmpty())
        return description.trimmed();
    return tr("Strand: %1 - %2").arg(strand.trimmed(), description.trimmed());
}

StandardImport::Outcome StandardImport::check(const CsvTable &table, const QString &classId,
                                              const QList<Standard> &existing)
{
    Outcome out;
    QHash<QString, int> column;
    QHash<QString, QString> headerOf; // our column -> the file's header text, for messages
    for (int i = 0; i < table.header.size(); ++i) {
        const QString name = canonical(table.header.at(i));
        if (name.isEmpty()) {
            out.ignoredColumns.append(table.header.at(i).trimmed());
            continue;
        }
        if (column.contains(name)) {
            out.problems.append(tr("%1, line %2: the column \"%3\" appears twice.")
                                    .arg(table.fileName)
                                    .arg(table.headerLine)
                                    .arg(table.header.at(i).trimmed()));
            continue;
        }
        column.insert(name, i);
        headerOf.insert(name, table.header.at(i).trimmed());
    }
    if (!column.contains(u"code"_s)) {
        out.problems.append(tr("%1, line %2: the header has no \"code\" column (found: %3).")
                                .arg(table.fileName)
                                .arg(table.headerLine)
                                .arg(table.header.join(u", "_s)));
    }
    if (!out.problems.isEmpty())
        return out;

    QHash<QString, Standard> known; // folded code -> stored standard
    for (const Standard &s : existing)
        known.insert(s.code.trimmed().toCaseFolded(), s);
    QHash<QString, int> seenOnLine;
    const EntityDef &def = *EntitySchema::find(u"standard");
    auto cell = [&](const CsvRow &row, const QString &name) {
        const int i = column.value(name, -1);
        return i >= 0 ? row.cells.value(i).trimmed() : QString();
    };
    for (const CsvRow &row : table.rows) {
        auto problem = [&](const QString &name, const QString &text) {
            out.problems.append(
                tr("%1, line %2, column %3: %4").arg(table.fileName).arg(row.line).arg(headerOf.value(name), text));
        };
        const QString code = cell(row, u"code"_s);
        if (code.isEmpty()) {
            problem(u"code"_s, tr("the code is empty."));
            continue;
        }
        const QString folded = code.toCaseFolded();
        if (const int first = seenOnLine.value(folded, 0); first > 0) {
            problem(u"code"_s, tr("the code \"%1\" is already on line %2.").arg(code).arg(first));
            continue;
        }
        seenOnLine.insert(folded, row.line);
        Standard s = known.value(folded);
        const bool isNew = s.id.isEmpty();
        const QString description = describe(cell(row, u"strand"_s), cell(row, u"description"_s));
        if (isNew) {
            s.id = newId();
            s.classId = classId;
            s.code = code;
        }
        const bool changes = isNew || (!description.isEmpty() && description != s.description);
        if (!description.isEmpty())
            s.description = description;
        // The code alone first, so that a problem names the column it is in.
        Standard codeOnly = s;
        codeOnly.description.clear();
        if (const QString rule = RowRules::problem(def, codeOnly.toFields()); !rule.isEmpty()) {
            problem(u"code"_s, rule);
            continue;
        }
        if (const QString rule = RowRules::problem(def, s.toFields()); !rule.isEmpty()) {
            problem(column.contains(u"description"_s) ? u"description"_s : u"strand"_s, rule);
            continue;
        }
        if (isNew)
            out.added.append(s);
        else if (changes)
            out.updated.append(s);
        else
            ++out.unchanged;
    }
    if (table.rows.isEmpty())
        out.problems.append(tr("%1: no standards below the header.").arg(table.fileName));
    return out;
}

} // namespace k12
