#include "MailPlanner.h"

#include "MailQueue.h"
#include "kernel/domain/Clock.h"
#include "server/ServerLog.h"
#include "server/auth/Tokens.h"
#include "server/families/FamilyReports.h"
#include "server/families/FamilyText.h"
#include "server/store/Database.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace k12::server {

namespace {

constexpr int kInviteDays = 7;

QString iso(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject unsubscribeHeaders(const QString &url)
{
    // RFC 2369 and RFC 8058 one-click: mail clients show an "Unsubscribe" button.
    return {{u"List-Unsubscribe"_s, QString(u'<' + url + u'>')},
            {u"List-Unsubscribe-Post"_s, u"List-Unsubscribe=One-Click"_s}};
}

Result<QStringList> ids(Database &db, const QString &sql, const QString &what)
{
    QSqlQuery *q = db.prepared(sql);
    if (Status s = db.run(q, what); !s)
        return Error{s.error()};
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    q->finish();
    return out;
}

} // namespace

MailPlanner::MailPlanner(Database &db, const QString &publicUrl)
    : m_db(db)
    , m_composer(publicUrl)
{}

QString MailPlanner::isoWeek(const QDate &date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QChar(u'0'));
}

QDateTime MailPlanner::weeklySlot(const QDateTime &nowLocal, int weekday, int hour)
{
    const QDate date = nowLocal.date().addDays(weekday - nowLocal.date().dayOfWeek());
    return QDateTime(date, QTime(hour, 0), nowLocal.timeSpec());
}

Result<QString> MailPlanner::languageFor(const QString &email, const QString &guardianLanguage)
{
    QSqlQuery *q = m_db.prepared(u"SELECT \"language\" FROM \"portal_account\" WHERE \"email\" = ?"_s);
    q->bindValue(0, email.trimmed().toLower());
    if (Status s = m_db.run(q, u"Cannot read a portal account"_s); !s)
        return Error{s.error()};
    const QString account = q->next() ? q->value(0).toString() : QString();
    q->finish();
    return FamilyText::language(account.isEmpty() ? guardianLanguage : account);
}

Status MailPlanner::markPlanned(const QString &source)
{
    QSqlQuery *q = m_db.prepared(u"INSERT INTO \"mail_plan\" (\"source\", \"planned_at\") VALUES (?, ?) "
                                 "ON CONFLICT (\"source\") DO NOTHING"_s);
    q->bindValue(0, source);
    q->bindValue(1, Clock::nowIso());
    if (Status s = m_db.run(q, u"Cannot mark a request planned"_s); !s)
        return s;
    q->finish();
    return {};
}

Result<MailPlanner::Counts> MailPlanner::planRequests()
{
    Counts counts;
    // Contract 2: invitations of guardians with an email and no invite link yet.
    Result<QStringList> invitations =
        ids(m_db,
            u"SELECT i.\"id\" FROM \"guardian_invitation\" i JOIN \"guardian\" g ON g.\"id\" = i.\"guardian_id\" "
            "WHERE i.\"deleted\" = 0 AND g.\"deleted\" = 0 AND COALESCE(g.\"email\", '') <> '' AND NOT EXISTS "
            "(SELECT 1 FROM \"portal_invite\" p WHERE p.\"invitation_id\" = i.\"id\") ORDER BY i.\"rev\""_s,
            u"Cannot read the invitations"_s);
    if (!invitations)
        return Error{invitations.error()};
    for (const QString &id : std::as_const(*invitations)) {
        if (Status s = planInvitation(id, counts); !s) {
            ++counts.errors;
            if (!m_reported.contains(u"invite:"_s + id)) {
                m_reported.insert(u"invite:"_s + id);
                serverLog()->error("mail: cannot plan invitation {}: {}", id.toStdString(), s.error().toStdString());
            }
        }
    }
    Result<QStringList> notices = ids(m_db,
                                      u"SELECT n.\"id\" FROM \"family_notice\" n WHERE n.\"deleted\" = 0 AND NOT "
                                      "EXISTS (SELECT 1 FROM \"mail_plan\" m WHERE m.\"source\" = 'notice:' || "
                                      "n.\"id\") ORDER BY n.\"rev\""_s,
                                      u"Cannot read the notices"_s);
    if (!notices)
        return Error{notices.error()};
    for (const QString &id : std::as_const(*notices)) {
        if (Status s = planNotice(id, counts); !s) {
            ++counts.errors;
            if (!m_reported.contains(u"notice:"_s + id)) {
                m_reported.insert(u"notice:"_s + id);
                serverLog()->error("mail: cannot plan notice {}: {}", id.toStdString(), s.error().toStdString());
            }
        }
    }
    return counts;
}

Status MailPlanner::planInvitation(const QString &invitationId, Counts &counts)
{
    Result<InvitationContent> content = FamilyReports(m_db).invitation(invitationId);
    if (!content)
        return Error{content.error()};
    if (content->email.isEmpty())
        return {}; // the guardian has no email (any more): nothing to send
    const QString email = content->email.trimmed().toLower();
    Result<QString> language = languageFor(email, content->language);
    if (!language)
        return Error{language.error()};

    const QString token = Tokens::generate();
    const QDateTime now = Clock::currentDateTimeUtc();
    const QDateTime expires = now.addDays(kInviteDays);
    const ComposedMail mail = m_composer.invitation(*content, m_composer.acceptUrl(token), expires, *language);

    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(tx.error());
    // The link and its email together: both or neither.
    QSqlQuery *invite =
        m_db.prepared(u"INSERT INTO \"portal_invite\" (\"token_hash\", \"invitation_id\", \"guardian_id\", \"email\", "
                      "\"created_at\", \"expires_at\", \"used_at\") VALUES (?, ?, ?, ?, ?, ?, NULL) "
                      "ON CONFLICT (\"invitation_id\") DO NOTHING"_s);
    const QVariantList values{Tokens::hash(token), invitationId, content->guardianId, email, iso(now), iso(expires)};
    for (int i = 0; i < values.size(); ++i)
        invite->bindValue(i, values.at(i));
    if (Status s = m_db.run(invite, u"Cannot store an invitation link"_s); !s)
        return s;
    const bool inserted = invite->numRowsAffected() == 1;
    invite->finish();
    if (!inserted)
        return {}; // another planner made it first; the transaction rolls back
    MailQueue queue(m_db);
    if (Result<QString> t = queue.unsubscribeToken(email); !t)
        return Error{t.error()};
    Result<bool> queued = queue.enqueue(
        {u"invite:"_s + invitationId, u"invitation"_s, email, mail.subject, mail.text, mail.html, QJsonObject{}});
    if (!queued)
        return Error{queued.error()};
    if (Status s = tx.commit(); !s)
        return s;
    counts.invitations += *queued ? 1 : 0;
    return {};
}

Status MailPlanner::planNotice(const QString &noticeId, Counts &counts)
{
    Result<NoticeContent> content = FamilyReports(m_db).notice(noticeId);
    if (!content)
        return Error{content.error()};
    struct Planned
    {
        QString key;
        QString email;
        FamilyRecipient recipient;
        QString language;
    };
    QList<Planned> planned;
    if (!content->assignments.isEmpty()) {
        for (const FamilyRecipient &r : std::as_const(content->recipients)) {
            const QString email = r.email.trimmed().toLower();
            if (email.isEmpty())
                continue;
            Result<QString> language = languageFor(email, r.language);
            if (!language)
                return Error{language.error()};
            planned.append({u"notice:%1:%2"_s.arg(noticeId, r.guardianId), email, r, *language});
        }
    }
    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(tx.error());
    MailQueue queue(m_db);
    int queuedNow = 0;
    for (const Planned &p : std::as_const(planned)) {
        Result<QString> token = queue.unsubscribeToken(p.email);
        if (!token)
            return Error{token.error()};
        const QString unsubscribe = m_composer.unsubscribeUrl(*token);
        const ComposedMail mail = m_composer.notice(*content, p.recipient, p.language, unsubscribe);
        Result<bool> queued = queue.enqueue(
            {p.key, u"notice"_s, p.email, mail.subject, mail.text, mail.html, unsubscribeHeaders(unsubscribe)});
        if (!queued)
            return Error{queued.error()};
        queuedNow += *queued ? 1 : 0;
    }
    if (Status s = markPlanned(u"notice:"_s + noticeId); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    ++counts.notices;
    counts.noticeEmails += queuedNow;
    return {};
}

Result<MailPlanner::Counts> MailPlanner::planDigests(const QDateTime &slotUtc, bool force)
{
    Counts counts;
    const QString weekKey = isoWeek(slotUtc.toLocalTime().date());
    QSqlQuery *q = m_db.prepared(
        u"SELECT \"id\", \"email\", COALESCE(\"last_digest_at\", '') FROM \"portal_account\" WHERE \"digest\" = 1 "
        "AND \"disabled\" = 0 AND (? = 1 OR \"last_digest_at\" IS NULL OR \"last_digest_at\" < ?) ORDER BY \"id\""_s);
    q->bindValue(0, force ? 1 : 0);
    q->bindValue(1, iso(slotUtc));
    if (Status s = m_db.run(q, u"Cannot read the portal accounts"_s); !s)
        return Error{s.error()};
    struct Account
    {
        QString id, email, last;
    };
    QList<Account> accounts;
    while (q->next())
        accounts.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    q->finish();
    for (const Account &a : std::as_const(accounts)) {
        if (Status s = planDigest(a.id, a.email, a.last, weekKey, counts); !s) {
            ++counts.errors;
            serverLog()->error("mail: cannot plan the digest of account {}: {}", a.id.toStdString(),
                               s.error().toStdString());
        }
    }
    return counts;
}

Status MailPlanner::planDigest(const QString &accountId, const QString &email, const QString &lastDigestAt,
                               const QString &weekKey, Counts &counts)
{
    const QString key = u"digest:%1:%2"_s.arg(accountId, weekKey);
    MailQueue queue(m_db);
    Result<bool> exists = queue.contains(key);
    if (!exists)
        return Error{exists.error()};
    if (*exists)
        return {};
    const QDateTime now = Clock::currentDateTimeUtc();
    QDateTime since = QDateTime::fromString(lastDigestAt, Qt::ISODateWithMs);
    if (!since.isValid())
        since = now.addDays(-7);
    Result<DigestContent> content = FamilyReports(m_db).digest(accountId, since);
    if (!content)
        return Error{content.error()};

    Transaction tx(m_db, Database::TxKind::Write);
    if (!tx.begun())
        return fail(tx.error());
    bool queued = false;
    if (!content->isEmpty()) {
        Result<QString> token = queue.unsubscribeToken(email);
        if (!token)
            return Error{token.error()};
        const QString unsubscribe = m_composer.unsubscribeUrl(*token);
        const ComposedMail mail = m_composer.digest(*content, since, content->language, unsubscribe);
        Result<bool> done = queue.enqueue({key, u"digest"_s, email.trimmed().toLower(), mail.subject, mail.text,
                                           mail.html, unsubscribeHeaders(unsubscribe)});
        if (!done)
            return Error{done.error()};
        queued = *done;
    }
    // The next digest tells what changed after this one.
    QSqlQuery *q = m_db.prepared(u"UPDATE \"portal_account\" SET \"last_digest_at\" = ? WHERE \"id\" = ?"_s);
    q->bindValue(0, iso(now));
    q->bindValue(1, accountId);
    if (Status s = m_db.run(q, u"Cannot record the digest"_s); !s)
        return s;
    q->finish();
    if (Status s = tx.commit(); !s)
        return s;
    if (content->isEmpty())
        ++counts.emptyDigests;
    else if (queued)
        ++counts.digests;
    return {};
}

Result<int> MailPlanner::digestsPending(const QDateTime &nowUtc)
{
    QSqlQuery *q = m_db.prepared(u"SELECT COUNT(*) FROM \"portal_account\" a WHERE a.\"digest\" = 1 AND "
                                 "a.\"disabled\" = 0 AND NOT EXISTS (SELECT 1 FROM \"mail_queue\" m WHERE "
                                 "m.\"dedupe_key\" = 'digest:' || a.\"id\" || ':' || ?)"_s);
    q->bindValue(0, isoWeek(nowUtc.toLocalTime().date()));
    if (Status s = m_db.run(q, u"Cannot count the digests"_s); !s)
        return Error{s.error()};
    const int n = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    return n;
}

} // namespace k12::server
