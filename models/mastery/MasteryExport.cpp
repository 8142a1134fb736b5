#include "MasteryExport.h"

#include "MasteryReport.h"
#include "models/csv/CsvWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

Sheet MasteryExport::toSheet(const MasteryReport &report)
{
    Sheet sheet;
    sheet.name = u"Standards"_s;
    // Column names stay English like the gradebook export's: scripts and other tools read them.
    QList<SheetCell> header{SheetCell::ofText(u"Student"_s), SheetCell::ofText(u"Student Number"_s)};
    for (const Standard &s : report.standards())
        header.append(SheetCell::ofText(s.code.trimmed()));
    sheet.rows.append(header);
    for (int i = 0; i < report.students().size(); ++i) {
        const Student &student = report.students().at(i);
        QList<SheetCell> row{SheetCell::ofText(student.displayName()), SheetCell::ofText(student.studentNumber)};
        for (int t = 0; t < report.standards().size(); ++t) {
            const std::optional<double> score = report.cell(i, t).score;
            SheetCell cell = score ? SheetCell::ofNumber(*score, QString::number(*score, 'f', 2)) : SheetCell();
            cell.decimals = 2;
            row.append(cell);
        }
        sheet.rows.append(row);
    }
    sheet.frozenRows = 1;
    sheet.frozenColumns = 1;
    sheet.columnWidths = {28, 17};
    return sheet;
}

QByteArray MasteryExport::toCsv(const MasteryReport &report)
{
    CsvWriter::Dialect dialect;
    dialect.byteOrderMark = true;
    return CsvWriter::fromSheet(toSheet(report), dialect);
}

Status MasteryExport::writeFile(Store &store, const QString &classId, const QString &path)
{
    Result<MasteryReport> report = MasteryReport::build(store, classId);
    if (!report)
        return fail(report.error());
    return CsvWriter::writeFile(path, toCsv(*report));
}

} // namespace k12
