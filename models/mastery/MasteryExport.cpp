#include "MasteryExport.h"

#include "MasteryReport.h"
#include "models/csv/CsvWriter.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QByteArray MasteryExport::toCsv(const MasteryReport &report)
{
    CsvWriter csv(true);
    // Column names stay English like the gradebook export's: scripts and other tools read them.
    QStringList header{u"Student"_s, u"Student Number"_s};
    for (const Standard &s : report.standards())
        header.append(s.code.trimmed());
    csv.addRow(header);
    for (int i = 0; i < report.students().size(); ++i) {
        const Student &student = report.students().at(i);
        QStringList row{student.displayName(), student.studentNumber};
        for (int t = 0; t < report.standards().size(); ++t) {
            const std::optional<double> score = report.cell(i, t).score;
            row.append(score ? QString::number(*score, 'f', 2) : QString());
        }
        csv.addRow(row);
    }
    return csv.data();
}

Status MasteryExport::writeFile(Store &store, const QString &classId, const QString &path)
{
    Result<MasteryReport> report = MasteryReport::build(store, classId);
    if (!report)
        return fail(report.error());
    return CsvWriter::writeFile(path, toCsv(*report));
}

} // namespace k12
