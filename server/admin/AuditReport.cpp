#include "AuditReport.h"

#include "server/store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

// Text a client sent (a value, a refused value quoted in a reason) goes to an
// administrator's terminal: control and format characters (escape sequences,
// a bidi override that reorders the line) are shown as \uXXXX instead.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Separator_Line ||
            cat == QChar::Separator_Paragraph)
            out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

} // namespace

Result<QString> AuditReport::normalizeSince(const QString &since)
{
    if (since.isEmpty())
        return QString();
    QDateTime at = QDateTime::fromString(since, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QDate day = QDate::fromString(since, Qt::ISODate);
        if (day.isValid())
            at = day.startOfDay(QTimeZone::utc());
    }
    if (!at.isValid())
        return fail(
            u"--since must be an ISO date or date-time (2026-09-01 or 2026-09-01T08:00:00Z), not \"%1\"."_s.arg(since));
    if (at.timeSpec() == Qt::LocalTime && !since.contains(u'+') && !since.endsWith(u'Z'))
        at.setTimeZone(QTimeZone::utc());
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Result<QString> AuditReport::render(Database &db, const QString &since, bool json, Scope scope)
{
    Result<QString> from = normalizeSince(since);
    if (!from)
        return Error{from.error()};
    // Stored times are all "yyyy-MM-ddTHH:mm:ss.zzzZ": text order is time order.
    const QString ops = scope == Scope::Everything ? QString()
                        : scope == Scope::Denied   ? u" AND \"op\" = 'rejected'"_s
                                                   : u" AND \"op\" IN ('create', 'update', 'delete', 'restore')"_s;
    QSqlQuery *q = db.prepared(u"SELECT \"at\", \"rev\", \"actor\", \"teacher_id\", \"client_id\", \"mutation_id\", "
                               "\"entity\", \"row_id\", \"op\", \"changes\", \"answer\" FROM \"mutation_log\" WHERE "
                               "\"at\" >= ?"_s +
                               ops + u" ORDER BY \"rev\", \"seq\""_s);
    q->bindValue(0, from->isEmpty() ? u""_s : *from);
    if (Status s = db.run(q, u"reading the audit log"_s); !s)
        return Error{s.error()};
    QJsonArray entries;
    QString text;
    while (q->next()) {
        const QString actor =
            q->value(2).toString() == u"admin"_s ? u"admin"_s : u"teacher:"_s + q->value(3).toString();
        QJsonObject changes = QJsonDocument::fromJson(q->value(9).toString().toUtf8()).object();
        // A new row's fields are stored without "old": it was null.
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            QJsonObject change = it.value().toObject();
            if (!change.contains(u"old"))
                change.insert(u"old"_s, QJsonValue::Null);
            it.value() = change;
        }
        // A refused mutation: why, in the words the client was told.
        const QJsonObject answer = QJsonDocument::fromJson(q->value(10).toString().toUtf8()).object();
        const QString reason = q->value(8).toString() == u"rejected"_s ? answer.value(u"reason").toString() : QString();
        if (json) {
            QJsonObject entry{{u"at"_s, q->value(0).toString()},
                              {u"rev"_s, q->value(1).toLongLong()},
                              {u"actor"_s, actor},
                              {u"client_id"_s, q->value(4).toString()},
                              {u"mutation_id"_s, q->isNull(5) ? QJsonValue() : q->value(5).toString()},
                              {u"entity"_s, q->value(6).toString()},
                              {u"row_id"_s, q->value(7).toString()},
                              {u"op"_s, q->value(8).toString()},
                              {u"changes"_s, changes}};
            if (!reason.isEmpty())
                entry.insert(u"reason"_s, reason);
            entries.append(entry);
            continue;
        }
        const QString head = u"%1 rev %2 %3 client %4 %5 %6 %7"_s.arg(q->value(0).toString())
                                 .arg(q->value(1).toLongLong())
                                 .arg(actor, q->value(4).toString(), q->value(8).toString(), q->value(6).toString(),
                                      q->value(7).toString());
        // Values as JSON (strings quoted), so "" and null stay distinguishable.
        auto show = [](const QJsonValue &v) {
            return printable(
                QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        };
        if (!reason.isEmpty())
            text += head + u" reason: "_s + printable(reason) + u'\n';
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            const QJsonObject change = it.value().toObject();
            text += head + u' ' + printable(it.key()) + u": "_s + show(change.value(u"old")) + u" -> "_s +
                    show(change.value(u"new")) + u'\n';
        }
    }
    q->finish();
    if (json)
        return QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Indented));
    return text;
}

} // namespace k12::server
