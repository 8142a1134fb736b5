#pragma once

#include "kernel/domain/Result.h"
#include "models/sheet/Sheet.h"

#include <QByteArray>
#include <QCoreApplication>

namespace k12 {

class MasteryReport;
class Store;

// `export mastery`: a class's mastery as CSV. Header row: Student, Student
// Number, then one column per standard code (the order of the Mastery view);
// one row per active student ("Family, Given"); each standard's cell is the
// mastery score with 2 decimals, empty when the method gives no result. The
// class's method decides the scores. UTF-8 with a byte order mark, written as
// `export gradebook` writes (replaced atomically, 0600).
class MasteryExport
{
    Q_DECLARE_TR_FUNCTIONS(k12::MasteryExport)

public:
    // The same table as typed cells (scores as numbers with 2 decimals): the CSV, and the
    // "Standards" sheet of an XLSX gradebook export.
    static Sheet toSheet(const MasteryReport &report);
    static QByteArray toCsv(const MasteryReport &report);
    static Status writeFile(Store &store, const QString &classId, const QString &path);
};

} // namespace k12
