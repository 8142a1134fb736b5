#pragma once

#include <QCoreApplication>
#include <QString>

namespace k12 {

// The columns of gradebook files that are not assignments: which headers
// name or identify the student and which are computed. The export uses this to
// know when an assignment title would be read as one of them (it then adds the
// assignment's id), the import to skip them and say why.
class GradebookColumns
{
    Q_DECLARE_TR_FUNCTIONS(k12::GradebookColumns)

public:
    static bool isK12Identity(const QString &header); // Student, Student Number
    static bool isK12Computed(const QString &header); // "<category> %", Final %, Letter
    static bool isCanvasIdentity(const QString &header);
    static bool isCanvasComputed(const QString &header);
    // Generic sheets: a column that names the student or is not a score
    // (names, email, section); the reason is shown to the teacher.
    static QString genericSkipReason(const QString &header);
    static bool isStudentNumber(const QString &header);
    static bool isStudentName(const QString &header);

    // "Title (id)" -> id, when the text in the trailing brackets is an id a
    // gradebook writes (digits, as Canvas's, or one of our UUIDs); else empty.
    static QString trailingId(const QString &header, QString *title = nullptr);
    static QString withId(const QString &title, const QString &id);

    // Header text compared loosely: spaces collapsed, case folded.
    static QString folded(const QString &text);
};

} // namespace k12
