#pragma once

#include "kernel/domain/Entities.h"

#include <QDate>
#include <QList>

namespace k12 {

class GradebookData;

// "Mark missing automatically after the due date": the empty cells of a
// class that are past due. A cell qualifies when its assignment is published,
// has a due date before `asOf` and is not extra credit (0 points possible:
// not doing extra work is not missing work), its student is enrolled and
// active (GradebookData holds only those), and the cell holds nothing at all
// (no points, letter, flag or comment): a cell with anything in it is the
// teacher's and is never touched. Pure: the action writes what this returns,
// so a second run finds nothing.
class AutoMissing
{
public:
    struct Outcome
    {
        QList<Score> scores; // the cells as they become: missing, nothing else
        int assignments = 0; // how many assignments they are on
    };

    static Outcome pastDue(const GradebookData &data, const QDate &asOf);
    static bool qualifies(const Assignment &assignment, const QDate &asOf);
};

} // namespace k12
