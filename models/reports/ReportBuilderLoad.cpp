#include "ReportBuilder.h"

#include "models/repositories/Repositories.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

// The reports' rows from the local store (k12_models); fromSource() computes
// them in k12_gradecore, where the server's family reports compute theirs.
Result<ReportBuilder> ReportBuilder::load(Store &store, const QString &classId, const ReportOptions &options)
{
    ReportSource source;
    if (!options.gradingPeriodId.isEmpty()) {
        source.period = GradingPeriodRepository(store).find(options.gradingPeriodId);
        if (!source.period || source.period->classId != classId)
            return fail(tr("That grading period is not one of this class's."));
    }
    Result<GradebookData> data = GradebookData::load(store, classId, gradebookPeriod(source.period));
    if (!data)
        return Error{data.error()};
    source.data = std::move(data).value();
    Result<MasteryReport> mastery = MasteryReport::build(store, classId);
    if (mastery)
        source.mastery = std::move(mastery).value();
    source.comments = Repository<ReportComment>(store).forClass(classId);
    source.overrides = Repository<FinalOverride>(store).forClass(classId);
    source.guardians = Repository<Guardian>(store).select();
    source.links = Repository<StudentGuardian>(store).select({}, {}, u"rowid"_s);
    return fromSource(std::move(source), options);
}

} // namespace k12
