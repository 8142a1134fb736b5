#pragma once

#include "models/grading/GradebookData.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace k12 {

// Every missing score of a class (marked missing, no points, not excused or
// exempt), listed by student and by assignment, and as CSV for the clipboard
// or a file. Pure computation on the in-memory gradebook.
class MissingWork
{
    Q_DECLARE_TR_FUNCTIONS(k12::MissingWork)

public:
    struct Item
    {
        int student = -1;    // gradebook order
        int assignment = -1; // gradebook order
    };
    enum class Order
    {
        ByStudent,   // students in gradebook order, each one's assignments in gradebook order
        ByAssignment // assignments in gradebook order, each one's students in gradebook order
    };

    static MissingWork compute(const GradebookData &data);
    static bool isMissing(const GradeCell &cell)
    {
        return cell.missing && !cell.hasPoints() && !cell.excused && !cell.exempt;
    }

    const std::vector<Item> &items(Order order) const
    {
        return order == Order::ByStudent ? m_byStudent : m_byAssignment;
    }
    int count() const { return int(m_byStudent.size()); }
    // Header plus one row per item: student number, family name, given name,
    // assignment, category, due date, points possible.
    static QStringList csvHeader();
    QStringList csvRow(const GradebookData &data, const Item &item) const;
    QByteArray toCsv(const GradebookData &data, Order order) const;

private:
    std::vector<Item> m_byStudent;
    std::vector<Item> m_byAssignment;
};

} // namespace k12
