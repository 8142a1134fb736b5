#pragma once

#include "kernel/domain/Entities.h"

namespace k12 {

// Students typed or pasted as a list, one per line: "Family, Given" (or
// "Family<Tab>Given" from a spreadsheet) or "Given Family". List markers
// ("1.", "-", "•") are ignored. Every line that cannot be read is reported by
// its number; nothing is half-accepted.
class StudentNameList
{
    Q_DECLARE_TR_FUNCTIONS(k12::StudentNameList)

public:
    struct Outcome
    {
        QList<Student> students;
        QStringList problems;
        bool ok() const { return problems.isEmpty(); }
    };

    static Outcome parse(const QString &text);
    // Made-up students for trying the app out (removable like any student).
    static QList<Student> sample();
};

} // namespace k12
