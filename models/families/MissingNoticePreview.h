#pragma once

#include "kernel/domain/Entities.h"
#include "kernel/domain/Result.h"
#include "models/reports/ProgressReport.h"

#include <QCoreApplication>
#include <QList>

namespace k12 {

class Store;

// What a missing-work notice for some students of a class would say and to
// whom, before anything is sent: per student, the missing published
// assignments (the progress report's missing list, computed by ReportBuilder:
// excused, exempt and unpublished work is never listed), the guardians who
// get it (an email and "receives reports"), and the guardians who cannot
// (no email; reports turned off), named so the teacher can fix them first.
// FamilyActions::sendMissingNotices sends exactly what a preview shows.
struct MissingNoticePreview
{
    Q_DECLARE_TR_FUNCTIONS(k12::MissingNoticePreview)

public:
    enum class Skip
    {
        None,           // a notice goes out
        NothingMissing, // no missing published work
        NoRecipient     // missing work, but no guardian with an email who receives reports
    };

    struct Entry
    {
        QString studentId;
        QString studentNumber;
        QString givenName;
        QString familyName;
        QList<ProgressReport::AssignmentLine> missing; // oldest due first
        QList<Guardian> recipients;                    // an email and receives reports
        QList<Guardian> withoutEmail;                  // no email: cannot be reached
        QList<Guardian> reportsOff;                    // an email, but reports turned off
        Skip skip = Skip::None;

        bool willSend() const { return skip == Skip::None; }
        QString displayName() const { return givenName + QStringLiteral(" ") + familyName; }
        QStringList assignmentIds() const;
        // Why no notice goes out for this student; empty when one does.
        QString reason() const;
    };

    QString classId;
    QString className;
    QList<Entry> entries; // in the class's roster order

    int sendCount() const;

    // The preview for these students of the class (all its students when
    // empty). A student not in the class is refused, naming them.
    [[nodiscard]] static Result<MissingNoticePreview> build(Store &store, const QString &classId,
                                                            const QStringList &studentIds = {});
};

} // namespace k12
