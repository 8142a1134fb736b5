#include "MutationResult.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "ProtocolConstants.h"

using namespace Qt::Literals::StringLiterals;

namespace k12::protocol {

MutationResult MutationResult::applied(const QString &mutationId, qint64 rev)
{
    MutationResult r;
    r.mutationId = mutationId;
    r.status = Status::Applied;
    r.rev = rev;
    return r;
}

MutationResult MutationResult::rejected(const QString &mutationId, Code code, const QString &reason)
{
    MutationResult r;
    r.mutationId = mutationId;
    r.status = Status::Rejected;
    r.code = code;
    r.reason = reason;
    return r;
}

QString MutationResult::statusName(Status status)
{
    switch (status) {
    case Status::Applied:
        return u"applied"_s;
    case Status::Conflict:
        return u"conflict"_s;
    case Status::Rejected:
        return u"rejected"_s;
    }
    return {};
}

QString MutationResult::codeName(Code code)
{
    switch (code) {
    case Code::Validation:
        return u"validation"_s;
    case Code::Permission:
        return u"permission"_s;
    case Code::NotFound:
        return u"not_found"_s;
    case Code::None:
        break;
    }
    return {};
}

void MutationResult::write(JsonWriter &w) const
{
    w.beginObject();
    w.key("mutation_id");
    w.string(mutationId);
    w.key("status");
    w.string(statusName(status));
    if (status == Status::Rejected) {
        w.key("code");
        w.string(codeName(code));
        w.key("reason");
        w.string(reason);
    } else {
        w.key("rev");
        w.integer(rev);
    }
    if (status == Status::Conflict) {
        w.key("conflicts");
        w.beginArray();
        for (const FieldConflict &c : conflicts) {
            w.beginObject();
            w.key("field");
            w.string(c.field);
            w.key("mine");
            w.value(c.mine);
            w.key("server");
            w.value(c.server);
            w.endObject();
        }
        w.endArray();
        if (row) {
            w.key("row");
            row->write(w);
        }
    }
    w.endObject();
}

QByteArray MutationResult::toJson() const
{
    QByteArray out;
    JsonWriter w(&out);
    write(w);
    return out;
}

Result<MutationResult> MutationResult::fromJsonObject(const QJsonObject &object, const QString &path)
{
    JsonReader r(object, path);
    MutationResult result;
    result.mutationId = r.uuid(u"mutation_id");
    const QString status = r.string(u"status");
    if (!r.ok())
        return fail(r.error());
    if (status == u"applied"_s || status == u"conflict"_s) {
        result.status = status == u"applied"_s ? Status::Applied : Status::Conflict;
        result.rev = r.integer(u"rev", 0, kMaxJsonInteger);
    } else if (status == u"rejected"_s) {
        result.status = Status::Rejected;
        const QString code = r.string(u"code");
        result.reason = r.string(u"reason");
        if (code == u"validation"_s)
            result.code = Code::Validation;
        else if (code == u"permission"_s)
            result.code = Code::Permission;
        else if (code == u"not_found"_s)
            result.code = Code::NotFound;
        else if (r.ok())
            r.setError(u"\"%1\" must be validation, permission or not_found."_s.arg(r.pathOf(u"code")));
    } else {
        r.setError(u"\"%1\" must be applied, conflict or rejected."_s.arg(r.pathOf(u"status")));
    }
    if (!r.ok())
        return fail(r.error());
    if (result.status == Status::Conflict) {
        const QJsonArray list = r.array(u"conflicts");
        const QString listPath = r.pathOf(u"conflicts");
        for (qsizetype i = 0; r.ok() && i < list.size(); ++i) {
            JsonReader c(list.at(i).toObject(), JsonReader::index(listPath, i));
            FieldConflict conflict;
            conflict.field = c.string(u"field");
            if (!c.contains(u"mine") || !c.contains(u"server"))
                c.setError(u"\"%1\" needs \"mine\" and \"server\"."_s.arg(JsonReader::index(listPath, i)));
            conflict.mine = c.json().value(u"mine");
            conflict.server = c.json().value(u"server");
            if (!c.ok())
                return fail(c.error());
            result.conflicts.append(conflict);
        }
        const QJsonObject rowObject = r.object(u"row");
        if (!r.ok())
            return fail(r.error());
        Result<SyncRow> row = SyncRow::fromJsonObject(rowObject, r.pathOf(u"row"));
        if (!row)
            return Error{row.error()};
        result.row = *row;
    }
    return result;
}

} // namespace k12::protocol
