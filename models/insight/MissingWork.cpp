#include "MissingWork.h"

#include "models/csv/CsvWriter.h"

#include <QLocale>

namespace k12 {

MissingWork MissingWork::compute(const GradebookData &data)
{
    MissingWork result;
    const int students = data.studentCount();
    const int assignments = data.assignmentCount();
    for (int s = 0; s < students; ++s) {
        const GradeCell *row = data.row(s);
        for (int a = 0; a < assignments; ++a) {
            if (isMissing(row[a]))
                result.m_byStudent.push_back({s, a});
        }
    }
    result.m_byAssignment = result.m_byStudent;
    std::stable_sort(result.m_byAssignment.begin(), result.m_byAssignment.end(),
                     [](const Item &x, const Item &y) { return x.assignment < y.assignment; });
    return result;
}

QStringList MissingWork::csvHeader()
{
    return {tr("Student number"), tr("Family name"), tr("Given name"),     tr("Assignment"),
            tr("Category"),       tr("Due date"),    tr("Points possible")};
}

QStringList MissingWork::csvRow(const GradebookData &data, const Item &item) const
{
    const Student &st = data.students.at(item.student);
    const Assignment &a = data.assignments.at(item.assignment);
    const int category = data.categoryIndex(a.categoryId);
    // Dates as ISO and numbers with a point: the file is read by spreadsheets in any locale.
    return {st.studentNumber,
            st.familyName,
            st.givenName,
            a.title,
            category >= 0 ? data.categories.at(category).name : QString(),
            a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : QString(),
            QString::number(a.pointsPossible)};
}

QByteArray MissingWork::toCsv(const GradebookData &data, Order order) const
{
    CsvWriter writer;
    writer.addRow(csvHeader());
    for (const Item &item : items(order))
        writer.addRow(csvRow(data, item));
    return writer.data();
}

} // namespace k12
