#include "MissingNoticePreview.h"

#include "models/reports/ReportBuilder.h"
#include "models/repositories/GuardianRepository.h"
#include "models/repositories/StudentRepository.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QStringList MissingNoticePreview::Entry::assignmentIds() const
{
    QStringList ids;
    for (const ProgressReport::AssignmentLine &line : missing)
        ids << line.assignmentId;
    return ids;
}

QString MissingNoticePreview::Entry::reason() const
{
    switch (skip) {
    case Skip::None:
        return {};
    case Skip::NothingMissing:
        return tr("Nothing missing.");
    case Skip::NoRecipient:
        return withoutEmail.isEmpty() && reportsOff.isEmpty() ? tr("No guardian on file.")
                                                              : tr("No guardian with an email who receives reports.");
    }
    return {};
}

int MissingNoticePreview::sendCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const Entry &e) { return e.willSend(); }));
}

Result<MissingNoticePreview> MissingNoticePreview::build(Store &store, const QString &classId,
                                                         const QStringList &studentIds)
{
    // The whole course, as of today: the same missing list a progress report prints.
    Result<ReportBuilder> builder = ReportBuilder::load(store, classId, ReportOptions{});
    if (!builder)
        return Error{builder.error()};
    MissingNoticePreview preview;
    preview.classId = classId;
    preview.className = builder->schoolClass().name;

    QList<int> rows;
    if (studentIds.isEmpty()) {
        for (int i = 0; i < builder->students().size(); ++i)
            rows << i;
    } else {
        QSet<QString> seen;
        for (const QString &id : studentIds) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const int row = builder->studentIndex(id);
            if (row < 0) {
                const std::optional<Student> s = StudentRepository(store).find(id);
                return fail(s ? tr("%1 %2 is not a student of %3.").arg(s->givenName, s->familyName, preview.className)
                              : tr("That student no longer exists."));
            }
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
    }

    const QHash<QString, QList<Guardian>> guardians = GuardianRepository(store).ofClass(classId);
    for (const int row : std::as_const(rows)) {
        const Student &s = builder->students().at(row);
        Entry e;
        e.studentId = s.id;
        e.studentNumber = s.studentNumber;
        e.givenName = s.givenName;
        e.familyName = s.familyName;
        e.missing = builder->report(row).missing;
        for (const Guardian &g : guardians.value(s.id)) {
            if (g.email.trimmed().isEmpty())
                e.withoutEmail << g;
            else if (!g.receivesReports)
                e.reportsOff << g;
            else
                e.recipients << g;
        }
        if (e.missing.isEmpty())
            e.skip = Skip::NothingMissing;
        else if (e.recipients.isEmpty())
            e.skip = Skip::NoRecipient;
        preview.entries << e;
    }
    return preview;
}

} // namespace k12
