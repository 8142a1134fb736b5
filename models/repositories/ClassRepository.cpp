#include "ClassRepository.h"

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QList<SchoolClass> ClassRepository::list(bool includeArchived) const
{
    return select(includeArchived ? QString() : u"archived = 0"_s, {}, u"name COLLATE NOCASE, period"_s);
}

Result<SchoolClass> ClassRepository::resolve(const QString &idOrName) const
{
    if (isId(idOrName)) {
        if (std::optional<SchoolClass> c = find(idOrName))
            return *c;
    }
    const QList<SchoolClass> named = select(u"name = ?"_s, {idOrName});
    if (named.size() > 1)
        return fail(tr("%n class(es) are named \"%1\"; use the class id instead (see \"class list\").", nullptr,
                       int(named.size()))
                        .arg(idOrName));
    if (named.isEmpty())
        return fail(tr("No class is named \"%1\".").arg(idOrName));
    return named.constFirst();
}

Status ClassRepository::rename(const QString &id, const QString &name)
{
    return update(id, {{u"name"_s, name.trimmed()}}, u"class.rename"_s);
}

Status ClassRepository::setArchived(const QString &id, bool archived)
{
    return update(id, {{u"archived"_s, archived}}, archived ? u"class.archive"_s : u"class.unarchive"_s);
}

} // namespace k12
