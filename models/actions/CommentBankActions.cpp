#include "CommentBankActions.h"

#include "kernel/domain/Ids.h"
#include "models/repositories/Repository.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QList<CommentTemplate> CommentBankActions::list(Store &store)
{
    return Repository<CommentTemplate>(store).select({}, {}, u"position, rowid"_s);
}

Result<QString> CommentBankActions::add(const QString &text, const QString &category)
{
    CommentTemplate t;
    t.id = newId();
    t.text = text.trimmed();
    t.category = category.trimmed();
    const QList<CommentTemplate> bank = list(m_runner.store());
    t.position = bank.isEmpty() ? 0 : bank.constLast().position + 1;
    if (const QString problem = t.problem(); !problem.isEmpty())
        return fail(problem);
    Result<QList<AppliedChange>> r = m_runner.write(tr("Add Comment to Bank"), u"comment_bank.add"_s,
                                                    {Change::upsert(u"comment_template"_s, t.id, t.toFields())});
    if (!r)
        return Error{r.error()};
    return t.id;
}

Status CommentBankActions::edit(const QString &templateId, const QString &text, const QString &category)
{
    std::optional<CommentTemplate> t = Repository<CommentTemplate>(m_runner.store()).find(templateId);
    if (!t)
        return fail(tr("That comment is no longer in the bank."));
    t->text = text.trimmed();
    t->category = category.trimmed();
    if (const QString problem = t->problem(); !problem.isEmpty())
        return fail(problem);
    Result<QList<AppliedChange>> r = m_runner.write(
        tr("Edit Bank Comment"), u"comment_bank.edit"_s,
        {Change::upsert(u"comment_template"_s, t->id, {{u"text"_s, t->text}, {u"category"_s, t->category}})});
    return r ? Status{} : Status{fail(r.error())};
}

Status CommentBankActions::remove(const QString &templateId)
{
    if (!Repository<CommentTemplate>(m_runner.store()).find(templateId))
        return fail(tr("That comment is no longer in the bank."));
    Result<QList<AppliedChange>> r = m_runner.write(tr("Remove Bank Comment"), u"comment_bank.remove"_s,
                                                    {Change::remove(u"comment_template"_s, templateId)});
    return r ? Status{} : Status{fail(r.error())};
}

Status CommentBankActions::move(const QString &templateId, int index)
{
    QList<CommentTemplate> bank = list(m_runner.store());
    const auto it = std::find_if(bank.begin(), bank.end(), [&](const auto &t) { return t.id == templateId; });
    if (it == bank.end())
        return fail(tr("That comment is no longer in the bank."));
    const int from = int(it - bank.begin());
    const int to = std::clamp(index, 0, int(bank.size()) - 1);
    if (from == to)
        return {};
    bank.move(from, to);
    // Positions 0..n-1 again; only the rows whose position changes are written.
    ChangeList changes;
    for (int i = 0; i < bank.size(); ++i) {
        if (bank.at(i).position != i)
            changes.append(Change::upsert(u"comment_template"_s, bank.at(i).id, {{u"position"_s, i}}));
    }
    Result<QList<AppliedChange>> r = m_runner.write(tr("Reorder Bank Comments"), u"comment_bank.move"_s, changes);
    return r ? Status{} : Status{fail(r.error())};
}

} // namespace k12
