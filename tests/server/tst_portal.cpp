// The family portal (issue 18): a real k12-server process over HTTP, the
// families story pushed through the push API (FamilyFixture), and a
// browser-like client (PortalClient: raw sockets and a cookie jar). SQLite,
// and the whole invitation-to-report path once on PostgreSQL.

#include "server/auth/Tokens.h"
#include "tests/common/TestSupport.h"
#include "tests/server/FamilyFixture.h"
#include "tests/server/PortalClient.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace k12;
using namespace k12::test;

namespace {

const QByteArray kCsp = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                        "frame-ancestors 'none'; base-uri 'none'";
const QString kPassword = u"a long enough password"_s;

QString literal(QString s)
{
    return u'\'' + s.replace(u'\'', u"''"_s) + u'\'';
}

} // namespace

class TestPortal : public QObject
{
    Q_OBJECT

private:
    struct Server
    {
        std::unique_ptr<TestDatabase> db;
        std::unique_ptr<ServerProcess> process;
        std::unique_ptr<HttpClient> http;
        FamilyFixture story;
    };

    // A server with the story on `backend`; empty db on failure (the test fails).
    static bool startServer(Server &s, const QString &backend, const QStringList &args = {})
    {
        s.db = std::make_unique<TestDatabase>(backend);
        if (!s.db->ok()) {
            qWarning("%s", qPrintable(s.db->error()));
            return false;
        }
        s.process = std::make_unique<ServerProcess>();
        if (!s.process->start(s.db->url(), args)) {
            qWarning("%s", s.process->stderrText().constData());
            return false;
        }
        s.http = std::make_unique<HttpClient>(s.process->baseUrl());
        s.story = FamilyFixture::seed(s.db->url(), *s.http);
        if (!s.story.ok())
            qWarning("%s", qPrintable(s.story.error));
        return s.story.ok();
    }

    // An invitation link's token, as M's planner makes them (contract 2).
    static QString invite(const TestDatabase &db, const QString &guardianId, const QString &email,
                          int expiresInDays = 7, bool used = false)
    {
        const QString token = server::Tokens::generate();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString error =
            db.execute({u"INSERT INTO \"portal_invite\" (\"token_hash\", \"invitation_id\", "
                        "\"guardian_id\", \"email\", \"created_at\", \"expires_at\", \"used_at\") "
                        "VALUES (%1, %2, %3, %4, %5, %6, %7)"_s.arg(
                            literal(server::Tokens::hash(token)), literal(uuid()), literal(guardianId), literal(email),
                            literal(now.toString(Qt::ISODateWithMs)),
                            literal(now.addDays(expiresInDays).toString(Qt::ISODateWithMs)),
                            used ? literal(now.toString(Qt::ISODateWithMs)) : u"NULL"_s)});
        return error.isEmpty() ? token : QString();
    }

    // Follows an invitation link and sets the password: the browser is then signed in.
    static bool accept(PortalClient &browser, const QString &token, const QString &password = kPassword)
    {
        const PortalReply page = browser.get(u"/portal/accept?token="_s + token);
        if (page.status != 200 || page.hiddenInput("csrf").isEmpty())
            return false;
        const PortalReply done = browser.postForm(u"/portal/accept"_s, {{u"csrf"_s, page.hiddenInput("csrf")},
                                                                        {u"token"_s, token},
                                                                        {u"password"_s, password},
                                                                        {u"confirm"_s, password}});
        return done.status == 303 && done.header("Location") == "/portal/" && browser.cookies().contains("k12_portal");
    }

    static PortalReply signIn(PortalClient &browser, const QString &email, const QString &password)
    {
        const PortalReply page = browser.get(u"/portal/sign-in"_s);
        return browser.postForm(
            u"/portal/sign-in"_s,
            {{u"csrf"_s, page.hiddenInput("csrf")}, {u"email"_s, email}, {u"password"_s, password}});
    }

    static QString reportPath(const QString &student, const QString &klass)
    {
        return u"/portal/report?student=%1&class=%2"_s.arg(student, klass);
    }

    // The session's CSRF token as its pages carry it.
    static QString csrfOf(PortalClient &browser) { return browser.get(u"/portal/settings"_s).hiddenInput("csrf"); }

    void acceptAndReadOn(Server &s);

    Server m_s;

private Q_SLOTS:
    void init() { QVERIFY(startServer(m_s, u"sqlite"_s)); }

    void cleanup()
    {
        m_s.http.reset();
        if (m_s.process)
            m_s.process->stop();
        m_s = Server{};
    }

    void acceptSetPasswordSignInSignOut() { acceptAndReadOn(m_s); }

    // The same path on PostgreSQL.
    void acceptSetPasswordSignInSignOutOnPostgres()
    {
        QString why;
        K12_REQUIRE("postgresql", TestDatabase::available(u"postgresql"_s, &why), why);
        Server pg;
        QVERIFY(startServer(pg, u"postgresql"_s));
        acceptAndReadOn(pg);
        pg.http.reset();
        pg.process->stop();
    }

    void wrongInvitationTokensShowOneNeutralPage()
    {
        const TestDatabase &db = *m_s.db;
        const QString expired = invite(db, m_s.story.mariaId, u"maria@example.org"_s, -1);
        const QString used = invite(db, m_s.story.mariaId, u"maria@example.org"_s, 7, true);
        QVERIFY(!expired.isEmpty() && !used.isEmpty());
        PortalClient browser(m_s.process->port());
        QList<QByteArray> bodies;
        for (const QString &token : {server::Tokens::generate(), expired, used, u""_s, u"%00%0d%0a"_s}) {
            const PortalReply r = browser.get(u"/portal/accept?token="_s + token);
            QCOMPARE(r.status, 200);
            QVERIFY(r.body.contains("This invitation link cannot be used"));
            QVERIFY(!r.body.contains("name=\"password\""));
            // The language links repeat the query: compared without them.
            bodies.append(QString::fromUtf8(r.body)
                              .remove(QRegularExpression(u"<nav class=\"lang\".*?</nav>"_s,
                                                         QRegularExpression::DotMatchesEverythingOption))
                              .toUtf8());
        }
        for (const QByteArray &b : bodies)
            QCOMPARE(b, bodies.first());
        // A forged POST with an unknown token makes nothing.
        browser.get(u"/portal/accept?token=x"_s); // no form: the CSRF cookie only
        const QString csrf = QString::fromLatin1(browser.cookies().value("k12_portal_pre"));
        const PortalReply forged = browser.postForm(u"/portal/accept"_s, {{u"csrf"_s, csrf},
                                                                          {u"token"_s, server::Tokens::generate()},
                                                                          {u"password"_s, kPassword},
                                                                          {u"confirm"_s, kPassword}});
        QCOMPARE(forged.status, 200);
        QVERIFY(forged.body.contains("This invitation link cannot be used"));
        QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM \"portal_account\""_s).toInt(), 0);
        QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM \"portal_link\""_s).toInt(), 0);
    }

    void signInIsThrottledAndAnswersAlike()
    {
        PortalClient maria(m_s.process->port());
        QVERIFY(accept(maria, invite(*m_s.db, m_s.story.mariaId, u"maria@example.org"_s)));
        PortalClient stranger(m_s.process->port());
        // Unknown email and wrong password: the very same page.
        const PortalReply unknown = signIn(stranger, u"nobody@example.org"_s, kPassword);
        const PortalReply wrong = signIn(stranger, u"maria@example.org"_s, u"not the password"_s);
        QCOMPARE(unknown.status, 200);
        QCOMPARE(wrong.status, 200);
        QVERIFY(unknown.body.contains("The email or password is wrong."));
        QCOMPARE(unknown.body, wrong.body);
        QVERIFY(!stranger.cookies().contains("k12_portal"));
        // The teachers' rule: more than 10 failures a minute and the account waits.
        int throttledAt = 0;
        for (int i = 3; i <= 14 && throttledAt == 0; ++i) {
            const PortalReply r = signIn(stranger, u"MARIA@example.org "_s, u"guess %1"_s.arg(i));
            if (r.status == 429) {
                throttledAt = i;
                QVERIFY(r.header("Retry-After").toInt() > 0);
                QVERIFY(r.body.contains("Too many failed sign-ins"));
            }
        }
        // From this address: the unknown email, the wrong password, then i = 3...
        // the 11th attempt in the minute is over the limit of 10.
        QCOMPARE(throttledAt, 11);
        // Even the right password waits now, and no session is made.
        const PortalReply right = signIn(stranger, u"maria@example.org"_s, kPassword);
        QCOMPARE(right.status, 429);
        QVERIFY(!stranger.cookies().contains("k12_portal"));
    }

    void postsWithoutTheRightCsrfTokenChangeNothing()
    {
        PortalClient maria(m_s.process->port());
        QVERIFY(accept(maria, invite(*m_s.db, m_s.story.mariaId, u"maria@example.org"_s)));
        const QString csrf = csrfOf(maria);
        QVERIFY(!csrf.isEmpty());
        const auto digest = [&] { return m_s.db->queryValue(u"SELECT \"digest\" FROM \"portal_account\""_s).toInt(); };
        const auto sessions = [&] { return m_s.db->queryValue(u"SELECT COUNT(*) FROM \"portal_session\""_s).toInt(); };
        QCOMPARE(digest(), 0);
        for (const QString &bad : QStringList{u""_s, u"wrong"_s, csrf.left(csrf.size() - 1) + u'A'}) {
            QList<QPair<QString, QString>> fields{{u"language"_s, u"es"_s}, {u"digest"_s, u"1"_s}};
            if (!bad.isEmpty())
                fields.append({u"csrf"_s, bad});
            QCOMPARE(maria.postForm(u"/portal/settings"_s, fields).status, 403);
            QCOMPARE(maria.postForm(u"/portal/language"_s, fields).status, 403);
            QCOMPARE(maria.postForm(u"/portal/sign-out"_s, fields).status, 403);
            QCOMPARE(maria
                         .postForm(u"/portal/password"_s,
                                   fields + QList<QPair<QString, QString>>{{u"current"_s, kPassword},
                                                                           {u"password"_s, u"another long one"_s},
                                                                           {u"confirm"_s, u"another long one"_s}})
                         .status,
                     403);
        }
        QCOMPARE(digest(), 0);
        QCOMPARE(m_s.db->queryValue(u"SELECT \"language\" FROM \"portal_account\""_s).toString(), u"en"_s);
        QCOMPARE(sessions(), 1);
        QCOMPARE(maria.get(u"/portal/"_s).status, 200); // still signed in
        // With the token: saved.
        const PortalReply saved =
            maria.postForm(u"/portal/settings"_s, {{u"csrf"_s, csrf}, {u"language"_s, u"es"_s}, {u"digest"_s, u"1"_s}});
        QCOMPARE(saved.status, 200);
        QVERIFY(saved.body.contains("lang=\"es\""));
        QCOMPARE(digest(), 1);
        // Pre-session forms: the CSRF cookie and the form's copy must agree.
        PortalClient other(m_s.process->port());
        const PortalReply page = other.get(u"/portal/sign-in"_s);
        const QString pre = page.hiddenInput("csrf");
        QVERIFY(!pre.isEmpty());
        QVERIFY(page.setCookie("k12_portal_pre").contains("HttpOnly"));
        const QList<QPair<QString, QString>> creds{{u"email"_s, u"maria@example.org"_s}, {u"password"_s, kPassword}};
        QCOMPARE(other.postForm(u"/portal/sign-in"_s, creds).status, 403);
        QCOMPARE(
            other.postForm(u"/portal/sign-in"_s, creds + QList<QPair<QString, QString>>{{u"csrf"_s, u"x"_s}}).status,
            403);
        other.cookies().remove("k12_portal_pre");
        QCOMPARE(other.postForm(u"/portal/sign-in"_s, creds + QList<QPair<QString, QString>>{{u"csrf"_s, pre}}).status,
                 403);
        QVERIFY(!other.cookies().contains("k12_portal"));
        QCOMPARE(sessions(), 1);
    }

    void cookiesAndHeaders()
    {
        PortalClient maria(m_s.process->port());
        const QString token = invite(*m_s.db, m_s.story.mariaId, u"maria@example.org"_s);
        const PortalReply page = maria.get(u"/portal/accept?token="_s + token);
        QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(page.header("Content-Security-Policy"), kCsp);
        QCOMPARE(page.headers("Content-Security-Policy").size(), 1);
        QCOMPARE(page.header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
        QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
        const PortalReply done = maria.postForm(u"/portal/accept"_s, {{u"csrf"_s, page.hiddenInput("csrf")},
                                                                      {u"token"_s, token},
                                                                      {u"password"_s, kPassword},
                                                                      {u"confirm"_s, kPassword}});
        QCOMPARE(done.status, 303);
        const QByteArray session = done.setCookie("k12_portal");
        QVERIFY(session.contains("; Path=/portal/"));
        QVERIFY(session.contains("; HttpOnly"));
        QVERIFY(session.contains("; SameSite=Strict"));
        QVERIFY(!session.contains("Secure")); // plain HTTP, no proxy
        // Only the hash is stored.
        const QByteArray value = session.mid(11, session.indexOf(';') - 11);
        QCOMPARE(m_s.db
                     ->queryValue(u"SELECT COUNT(*) FROM \"portal_session\" WHERE \"token_hash\" = %1"_s.arg(
                         literal(QString::fromLatin1(value))))
                     .toInt(),
                 0);
        QCOMPARE(m_s.db
                     ->queryValue(u"SELECT COUNT(*) FROM \"portal_session\" WHERE \"token_hash\" = %1"_s.arg(
                         literal(server::Tokens::hash(QString::fromLatin1(value)))))
                     .toInt(),
                 1);
        const PortalReply home = maria.get(u"/portal/"_s);
        QCOMPARE(home.status, 200);
        QCOMPARE(home.header("Content-Security-Policy"), kCsp);
        QCOMPARE(home.header("Cache-Control"), QByteArray("no-store"));
        QVERIFY(!home.body.contains("style=")); // the CSP allows no inline style
        QVERIFY(!home.body.contains("<script"));
        const PortalReply css = maria.get(u"/portal/static/portal.css"_s);
        QCOMPARE(css.status, 200);
        QCOMPARE(css.header("Content-Type"), QByteArray("text/css; charset=utf-8"));
        QVERIFY(css.body.contains(":focus-visible"));
        // A session idle for 12 hours is over.
        QVERIFY(m_s.db
                    ->execute({u"UPDATE \"portal_session\" SET \"expires_at\" = %1"_s.arg(
                        QDateTime::currentMSecsSinceEpoch() - 1)})
                    .isEmpty());
        const PortalReply expired = maria.get(u"/portal/"_s);
        QCOMPARE(expired.status, 303);
        QCOMPARE(expired.header("Location"), QByteArray("/portal/sign-in"));
    }

    void secureCookiesBehindATlsProxy()
    {
        cleanup();
        QVERIFY(startServer(m_s, u"sqlite"_s, {u"--trust-proxy"_s, u"127.0.0.1"_s}));
        PortalClient browser(m_s.process->port());
        const PortalReply viaTls = browser.get(u"/portal/sign-in"_s, {{"X-Forwarded-Proto", "https"}});
        QVERIFY(viaTls.setCookie("k12_portal_pre").contains("; Secure"));
        PortalClient plain(m_s.process->port());
        QVERIFY(!plain.get(u"/portal/sign-in"_s).setCookie("k12_portal_pre").contains("Secure"));
    }

    void secureCookiesWithAnHttpsPublicUrl()
    {
        cleanup();
        QVERIFY(startServer(m_s, u"sqlite"_s, {u"--public-url"_s, u"https://portal.school.example"_s}));
        PortalClient browser(m_s.process->port());
        QVERIFY(browser.get(u"/portal/sign-in"_s).setCookie("k12_portal_pre").contains("; Secure"));
    }

    void otherFamiliesIdsAnswerLikeUnknownIds()
    {
        const FamilyFixture &f = m_s.story;
        PortalClient grace(m_s.process->port());
        QVERIFY(accept(grace, invite(*m_s.db, f.graceId, u"grace@example.org"_s)));
        const PortalReply own = grace.get(reportPath(f.benId, f.classId));
        QCOMPARE(own.status, 200);
        QVERIFY(own.body.contains("Ben Okafor"));
        const PortalReply other = grace.get(reportPath(f.anaId, f.classId));
        const PortalReply unknown = grace.get(reportPath(uuid(), f.classId));
        const PortalReply unknownClass = grace.get(reportPath(f.benId, uuid()));
        const PortalReply garbage = grace.get(u"/portal/report?student=%27%20OR%201=1--&class=x"_s);
        QCOMPARE(other.status, 404);
        QVERIFY(other.body.contains("This page does not exist, or this account cannot see it."));
        QVERIFY(!other.body.contains("Ana"));
        for (const PortalReply *r : {&unknown, &unknownClass, &garbage}) {
            QCOMPARE(r->status, 404);
            QCOMPARE(r->body, other.body);
        }
        // An enumeration over ids: every student id of the server with the
        // real class id, and random ones; only her own student answers.
        QStringList ids{f.anaId, f.scriptId, f.mariaId, f.teacher.id, f.classId, f.hw1Id};
        for (int i = 0; i < 40; ++i)
            ids.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        for (const QString &id : std::as_const(ids)) {
            const PortalReply r = grace.get(reportPath(id, f.classId));
            QCOMPARE(r.status, 404);
            QCOMPARE(r.body, other.body);
        }
        // Her home page lists Ben only.
        const PortalReply home = grace.get(u"/portal/"_s);
        QVERIFY(home.body.contains("Ben Okafor"));
        QVERIFY(!home.body.contains("Ana Lopez"));
        QVERIFY(!home.body.contains("alert(1)"));
        // Signed out, the same URLs only lead to the sign-in page.
        PortalClient nobody(m_s.process->port());
        const PortalReply out = nobody.get(reportPath(f.benId, f.classId));
        QCOMPARE(out.status, 303);
        QCOMPARE(out.header("Location"), QByteArray("/portal/sign-in"));
    }

    // report?period=: each period's own published assignments and numbers
    // (FamilyFixture::addPeriods), worked by hand; a period of another class
    // or with another family's student answers like an unknown id.
    void gradingPeriodPages()
    {
        FamilyFixture &f = m_s.story;
        QCOMPARE(f.addPeriods(*m_s.http), QString());
        PortalClient maria(m_s.process->port());
        QVERIFY(accept(maria, invite(*m_s.db, f.mariaId, u"maria@example.org"_s)));
        const auto periodPage = [&](PortalClient &browser, const QString &student, const QString &period) {
            return browser.get(reportPath(student, f.classId) + u"&period="_s + period);
        };
        const auto finalOf = [](const PortalReply &r) {
            const QRegularExpression final(u"<span class=\"final-percent\">([^<]*)</span>"_s);
            return final.match(QString::fromUtf8(r.body)).captured(1);
        };
        // The whole course offers the three periods, in start-date order.
        const PortalReply course = maria.get(reportPath(f.anaId, f.classId));
        QCOMPARE(course.status, 200);
        const QString courseBody = QString::fromUtf8(course.body);
        const qsizetype q1 = courseBody.indexOf(u"<option value=\"%1\">Quarter 1</option>"_s.arg(f.q1Id));
        const qsizetype s1 = courseBody.indexOf(u"<option value=\"%1\">Semester 1</option>"_s.arg(f.s1Id));
        const qsizetype q2 = courseBody.indexOf(u"<option value=\"%1\">Quarter 2</option>"_s.arg(f.q2Id));
        QVERIFY2(q1 > 0 && s1 > 0 && q2 > 0, course.body.constData());
        QVERIFY(q1 < s1 && s1 < q2); // Q1 and S1 start on 09-01 (then by name), Q2 on 09-16
        QCOMPARE(finalOf(course), u"70.0%"_s);

        // Quarter 1 (09-01..09-15): hw1 8/10 and hw2 missing (counts zero):
        // Homework 8/20 = 40 %, no test: Final 40 %.
        const PortalReply p1 = periodPage(maria, f.anaId, f.q1Id);
        QCOMPARE(p1.status, 200);
        QVERIFY(
            p1.body.contains(QByteArray(QByteArray("<option value=\"") + f.q1Id.toLatin1() + "\" selected>Quarter 1")));
        QVERIFY(p1.body.contains(" · Quarter 1</p>"));
        QCOMPARE(finalOf(p1), u"40.0%"_s);
        QVERIFY(p1.body.contains("Homework 1"));
        QVERIFY(p1.body.contains("8 &#x2F; 10"));
        QVERIFY(p1.body.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        QVERIFY(!p1.body.contains("Unit 1 Test"));
        QVERIFY(!p1.body.contains("Homework 3"));
        QVERIFY(p1.body.contains("<ul class=\"missing\">"));

        // Quarter 2 (09-16..10-31): test1 45/50 = 90 %; hw3 is unpublished, so
        // families see Tests only: Final 90 %, nothing missing.
        const PortalReply p2 = periodPage(maria, f.anaId, f.q2Id);
        QCOMPARE(p2.status, 200);
        QCOMPARE(finalOf(p2), u"90.0%"_s);
        QVERIFY(p2.body.contains("45 &#x2F; 50"));
        QVERIFY(!p2.body.contains("Homework 1"));
        QVERIFY(!p2.body.contains("Homework 3"));
        QVERIFY(!p2.body.contains("<ul class=\"missing\">"));

        // Semester 1 = 50 % Q1 + 50 % Q2, as the gradebook computes it (there
        // the unpublished hw3 10/10 still counts in Q2: Homework 100 %, Tests
        // 90 % -> 0.4 * 100 + 0.6 * 90 = 94 %): 0.5 * 40 + 0.5 * 94 = 67 %.
        // Its list is the published work of its parts.
        const PortalReply term = periodPage(maria, f.anaId, f.s1Id);
        QCOMPARE(term.status, 200);
        QCOMPARE(finalOf(term), u"67.0%"_s);
        QVERIFY(term.body.contains("Homework 1"));
        QVERIFY(term.body.contains("Unit 1 Test"));
        QVERIFY(!term.body.contains("Homework 3"));

        // Grace's Ben: Q1 hw1 10 + hw2 9 = 19/20 = 95 %; Q2 test1 40/50 = 80 %
        // (no hw3 score); Semester 1 = 0.5 * 95 + 0.5 * 80 = 87.5 %.
        PortalClient grace(m_s.process->port());
        QVERIFY(accept(grace, invite(*m_s.db, f.graceId, u"grace@example.org"_s)));
        QCOMPARE(finalOf(periodPage(grace, f.benId, f.q1Id)), u"95.0%"_s);
        QCOMPARE(finalOf(periodPage(grace, f.benId, f.q2Id)), u"80.0%"_s);
        QCOMPARE(finalOf(periodPage(grace, f.benId, f.s1Id)), u"87.5%"_s);

        // Not found, all alike: an unknown period, a period of another
        // teacher's class, the period of her class with another family's
        // student, and the other teacher's period with her own student.
        HttpClient otherHttp(m_s.process->baseUrl());
        FamilyFixture other = FamilyFixture::seed(m_s.db->url(), otherHttp, u"other@school.example"_s, u"Mr. Hale"_s);
        QVERIFY2(other.ok(), qPrintable(other.error));
        QCOMPARE(other.addPeriods(otherHttp), QString());
        const PortalReply unknown = periodPage(maria, f.anaId, uuid());
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.body.contains("This page does not exist, or this account cannot see it."));
        for (const PortalReply &r : {periodPage(maria, f.anaId, other.q1Id), periodPage(maria, f.anaId, other.s1Id),
                                     periodPage(maria, f.benId, f.q1Id), periodPage(maria, f.scriptId, f.s1Id),
                                     periodPage(maria, other.anaId, other.q1Id),
                                     maria.get(u"/portal/report?student=%1&class=%2&period=%3"_s.arg(
                                         other.anaId, other.classId, other.q1Id))}) {
            QCOMPARE(r.status, 404);
            QCOMPARE(r.body, unknown.body);
        }
    }

    void dataIsEscaped()
    {
        const FamilyFixture &f = m_s.story;
        PortalClient dana(m_s.process->port());
        QVERIFY(accept(dana, invite(*m_s.db, f.danaId, u"dana@example.org"_s)));
        const PortalReply home = dana.get(u"/portal/"_s);
        QCOMPARE(home.status, 200);
        QVERIFY(!home.body.contains("<script"));
        QVERIFY2(home.body.contains("&lt;script&gt;alert(1)&lt;"), home.body.constData());
        const PortalReply report = dana.get(reportPath(f.scriptId, f.classId));
        QCOMPARE(report.status, 200);
        QVERIFY(!report.body.contains("<script"));
        QVERIFY(!report.body.contains("<img"));
        QVERIFY2(report.body.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), report.body.constData());
        QVERIFY(report.body.contains("70.0%")); // HW 7/10; no test yet
    }

    void hostileRequests()
    {
        PortalClient client(m_s.process->port());
        // A form larger than 16 KiB.
        const QByteArray big = "email=" + QByteArray(17 * 1024, 'a');
        PortalReply r = client.raw("POST /portal/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                   "application/x-www-form-urlencoded\r\nContent-Length: " +
                                   QByteArray::number(big.size()) + "\r\nConnection: close\r\n\r\n" + big);
        QCOMPARE(r.status, 413);
        QVERIFY(r.body.contains("16384"));
        // Chunked, growing past the cap.
        QByteArray chunked = "POST /portal/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: "
                             "application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 20; ++i)
            chunked += "400\r\n" + QByteArray(1024, 'b') + "\r\n";
        chunked += "0\r\n\r\n";
        QCOMPARE(client.raw(chunked).status, 413);
        // Other body types.
        for (const QByteArray &type : {QByteArray("application/json"), QByteArray("text/plain"),
                                       QByteArray("multipart/form-data; boundary=x")}) {
            r = client.raw("POST /portal/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: " + type +
                           "\r\nContent-Length: 7\r\nConnection: close\r\n\r\nemail=x");
            QCOMPARE(r.status, 415);
        }
        // ... and the API still takes JSON only.
        r = client.raw("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                       "application/x-www-form-urlencoded\r\nContent-Length: 7\r\nConnection: close\r\n\r\nemail=x");
        QCOMPARE(r.status, 415);
        // Header injection through cookies: nothing of it comes back as a header.
        r = client.raw(
            "GET /portal/sign-in HTTP/1.1\r\nHost: x\r\nCookie: k12_portal_lang=es%0d%0aSet-Cookie:%20evil=1; "
            "k12_portal_pre=abc\r\nConnection: close\r\n\r\n");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.head.contains("evil"));
        QVERIFY(!r.setCookie("k12_portal_pre").contains("abc")); // too short to be ours: a new one
        r = client.raw("GET /portal/ HTTP/1.1\r\nHost: x\r\nCookie: k12_portal=x\r\nSet-Cookie: evil=1\r\n"
                       "Connection: close\r\n\r\n");
        QCOMPARE(r.status, 303);
        QVERIFY(!r.head.contains("evil"));
        r = client.raw("GET /portal/ HTTP/1.1\r\nHost: x\r\nCookie: k12_portal=a\rb\r\nConnection: close\r\n\r\n");
        QCOMPARE(r.status, 400);
        r = client.raw("GET /portal/ HTTP/1.1\r\nHost: x\r\nCookie: " + QByteArray(20 * 1024, 'c') +
                       "\r\nConnection: close\r\n\r\n");
        QCOMPARE(r.status, 431);
        // The language switch sends back only inside the portal.
        PortalClient maria(m_s.process->port());
        QVERIFY(accept(maria, invite(*m_s.db, m_s.story.mariaId, u"maria@example.org"_s)));
        const QString csrf = csrfOf(maria);
        for (const QString &back : {u"https://evil.example/"_s, u"//evil.example/portal/"_s,
                                    u"/portal/\r\nSet-Cookie: x=1"_s, u"/portal//evil.example"_s}) {
            const PortalReply moved =
                maria.postForm(u"/portal/language"_s, {{u"csrf"_s, csrf}, {u"lang"_s, u"es"_s}, {u"back"_s, back}});
            QCOMPARE(moved.status, 303);
            QCOMPARE(moved.header("Location"), QByteArray("/portal/"));
        }
        // Methods the portal does not take.
        r = client.raw("DELETE /portal/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(r.status, 405);
    }

    void unsubscribeWorksWithoutSigningIn()
    {
        const QString token = server::Tokens::generate();
        QVERIFY(m_s.db
                    ->execute({u"INSERT INTO \"mail_recipient\" (\"email\", \"unsubscribe_token\", \"created_at\") "
                               "VALUES ('grace@example.org', %1, '2026-12-01T00:00:00.000Z')"_s.arg(literal(token))})
                    .isEmpty());
        PortalClient browser(m_s.process->port());
        const PortalReply page = browser.get(u"/portal/unsubscribe?token="_s + token);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<form method=\"post\" action=\"/portal/unsubscribe\""));
        QVERIFY(m_s.db->queryValue(u"SELECT \"unsubscribed_at\" FROM \"mail_recipient\""_s).isNull());
        const PortalReply unknown = browser.get(u"/portal/unsubscribe?token=nope"_s);
        QVERIFY(unknown.body.contains("This unsubscribe link is not valid."));
        // RFC 8058 one-click: the token in the URL, List-Unsubscribe=One-Click in the body, no cookies.
        PortalClient mailer(m_s.process->port());
        const PortalReply oneClick =
            mailer.raw("POST /portal/unsubscribe?token=" + token.toLatin1() +
                       " HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                       "Content-Length: 26\r\nConnection: close\r\n\r\nList-Unsubscribe=One-Click");
        QCOMPARE(oneClick.status, 200);
        QVERIFY(oneClick.body.contains("You are unsubscribed"));
        QVERIFY(!m_s.db->queryValue(u"SELECT \"unsubscribed_at\" FROM \"mail_recipient\""_s).isNull());
        // The page's own button does the same (and again is harmless).
        const PortalReply button = browser.postForm(u"/portal/unsubscribe"_s, {{u"token"_s, token}});
        QVERIFY(button.body.contains("You are unsubscribed"));
    }

    // French by the browser, by the switch, and by the account's settings:
    // the report in French with French numbers and dates.
    void frenchPortal()
    {
        const FamilyFixture &f = m_s.story;
        PortalClient browser(m_s.process->port());
        const PortalReply byBrowser =
            browser.get(u"/portal/sign-in"_s, {{"Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5"}});
        QVERIFY(byBrowser.body.contains("<html lang=\"fr\">"));
        QVERIFY2(byBrowser.body.contains("Connectez-vous pour consulter les notes"), byBrowser.body.constData());
        QVERIFY(byBrowser.body.contains("lang=\"fr\" aria-current=\"true\">Français</a>"));
        PortalClient other(m_s.process->port());
        QVERIFY(other.get(u"/portal/sign-in?lang=fr"_s).body.contains("<html lang=\"fr\">"));

        // Grace signs in (English pages), then chooses French in her settings.
        PortalClient grace(m_s.process->port());
        QVERIFY(accept(grace, invite(*m_s.db, f.graceId, u"grace@example.org"_s)));
        QVERIFY(grace.get(u"/portal/"_s).body.contains("<html lang=\"en\">"));
        const PortalReply settings = grace.get(u"/portal/settings"_s);
        QVERIFY(settings.body.contains("<option value=\"fr\" lang=\"fr\">Français</option>"));
        const PortalReply saved = grace.postForm(u"/portal/settings"_s,
                                                 {{u"csrf"_s, settings.hiddenInput("csrf")}, {u"language"_s, u"fr"_s}});
        QVERIFY2(saved.body.contains("Vos préférences sont enregistrées."), saved.body.constData());
        QVERIFY(saved.body.contains("<option value=\"fr\" lang=\"fr\" selected>Français</option>"));
        QCOMPARE(m_s.db->queryValue(u"SELECT \"language\" FROM \"portal_account\""_s).toString(), u"fr"_s);
        // Ben's report: 86 % (B+) with a decimal comma; Homework 95 %, Tests 80 %; hw1 due 7 Sept.
        const PortalReply report = grace.get(reportPath(f.benId, f.classId));
        QCOMPARE(report.status, 200);
        QVERIFY(report.body.contains("<html lang=\"fr\">"));
        QVERIFY2(report.body.contains("<h2 id=\"final-h\">Note finale</h2>"), report.body.constData());
        QVERIFY(report.body.contains("<span class=\"final-percent\">86,0%</span>"));
        QVERIFY(report.body.contains("95,0%"));
        QVERIFY(report.body.contains("Travaux non rendus"));
        QVERIFY(report.body.contains("Aucun travail non rendu."));
        QVERIFY(report.body.contains("7 sept. 2026"));
        QVERIFY(report.body.contains("Devoirs"));
        // Another family's id: the not-found page, in French.
        const PortalReply notFound = grace.get(reportPath(f.anaId, f.classId));
        QCOMPARE(notFound.status, 404);
        QVERIFY(notFound.body.contains("Cette page n’existe pas, ou ce compte ne peut pas la consulter."));
    }

    void spanishByChoiceAndByBrowser()
    {
        PortalClient browser(m_s.process->port());
        const PortalReply byBrowser =
            browser.get(u"/portal/sign-in"_s, {{"Accept-Language", "es-MX,es;q=0.9,en;q=0.5"}});
        QVERIFY(byBrowser.body.contains("<html lang=\"es\">"));
        QVERIFY(byBrowser.body.contains("Iniciar sesión"));
        const PortalReply english = browser.get(u"/portal/sign-in?lang=en"_s, {{"Accept-Language", "es"}});
        QVERIFY(english.body.contains("<html lang=\"en\">"));
        QVERIFY(english.body.contains("Sign in"));
        // The choice is kept for the next pages.
        QVERIFY(browser.get(u"/portal/sign-in"_s, {{"Accept-Language", "es"}}).body.contains("<html lang=\"en\">"));
    }
};

void TestPortal::acceptAndReadOn(Server &s)
{
    const FamilyFixture &f = s.story;
    const TestDatabase &db = *s.db;
    const QString token = invite(db, f.mariaId, u"maria@example.org"_s);
    QVERIFY(!token.isEmpty());
    PortalClient browser(s.process->port());
    const PortalReply page = browser.get(u"/portal/accept?token="_s + token);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("maria@example.org"));
    QVERIFY(page.body.contains("autocomplete=\"new-password\""));
    const QString csrf = page.hiddenInput("csrf");
    const auto post = [&](const QString &password, const QString &confirm) {
        return browser.postForm(
            u"/portal/accept"_s,
            {{u"csrf"_s, csrf}, {u"token"_s, token}, {u"password"_s, password}, {u"confirm"_s, confirm}});
    };
    // Too short, then two different ones: refused, nothing made.
    QVERIFY(post(u"short"_s, u"short"_s).body.contains("at least 10 characters"));
    QVERIFY(post(kPassword, kPassword + u"x"_s).body.contains("are not the same"));
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM \"portal_account\""_s).toInt(), 0);
    const PortalReply done = post(kPassword, kPassword);
    QCOMPARE(done.status, 303);
    QCOMPARE(done.header("Location"), QByteArray("/portal/"));
    QVERIFY(done.setCookie("k12_portal_pre").contains("Max-Age=0"));
    QCOMPARE(db.queryValue(u"SELECT \"email\" FROM \"portal_account\""_s).toString(), u"maria@example.org"_s);
    QVERIFY(db.queryValue(u"SELECT \"password_hash\" FROM \"portal_account\""_s)
                .toString()
                .startsWith(u"pbkdf2-sha256$"_s));
    QCOMPARE(db.queryValue(u"SELECT \"guardian_id\" FROM \"portal_link\""_s).toString(), f.mariaId);
    QVERIFY(!db.queryValue(u"SELECT \"used_at\" FROM \"portal_invite\""_s).toString().isEmpty());

    // Home: Ana in Algebra I; not the other families' students.
    const PortalReply home = browser.get(u"/portal/"_s);
    QCOMPARE(home.status, 200);
    QVERIFY(home.body.contains("Ana Lopez"));
    QVERIFY(home.body.contains("Algebra I"));
    QVERIFY(home.body.contains("Ms. Rivera"));
    QVERIFY(!home.body.contains("Ben Okafor"));
    // The report: FamilyFixture's hand-worked numbers.
    const PortalReply report = browser.get(reportPath(f.anaId, f.classId));
    QCOMPARE(report.status, 200);
    QVERIFY2(report.body.contains("<span class=\"final-percent\">70.0%</span>"), report.body.constData());
    QVERIFY(report.body.contains("<span class=\"final-letter\">C-</span>"));
    QVERIFY(report.body.contains("8 &#x2F; 10")); // mstch escapes the slash too
    QVERIFY(report.body.contains("45 &#x2F; 50"));
    QVERIFY(report.body.contains("Homework 1"));
    QVERIFY(report.body.contains("Unit 1 Test"));
    QVERIFY(!report.body.contains("Homework 3")); // unpublished
    QVERIFY(report.body.contains("40.0%"));       // Homework 8/20
    QVERIFY(report.body.contains("90.0%"));       // Tests 45/50
    const QRegularExpression missingList(u"<ul class=\"missing\">\\s*<li><span class=\"title\">([^<]*)</span>"_s);
    const QRegularExpressionMatch m = missingList.match(QString::fromUtf8(report.body));
    QVERIFY(m.hasMatch());
    QCOMPARE(m.captured(1), u"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"_s);

    // The link is used now: the same neutral page as any unknown token.
    PortalClient again(s.process->port());
    QVERIFY(again.get(u"/portal/accept?token="_s + token).body.contains("This invitation link cannot be used"));

    // Sign out (with the session's token), then the pages lead to sign-in.
    const QString sessionCsrf = csrfOf(browser);
    const PortalReply out = browser.postForm(u"/portal/sign-out"_s, {{u"csrf"_s, sessionCsrf}});
    QCOMPARE(out.status, 200);
    QVERIFY(out.body.contains("You are signed out."));
    QVERIFY(!browser.cookies().contains("k12_portal"));
    QCOMPARE(db.queryValue(u"SELECT COUNT(*) FROM \"portal_session\""_s).toInt(), 0);
    QCOMPARE(browser.get(u"/portal/"_s).status, 303);

    // Sign in again with the new password.
    const PortalReply in = signIn(browser, u"Maria@Example.org"_s, kPassword);
    QCOMPARE(in.status, 303);
    QCOMPARE(browser.get(reportPath(f.anaId, f.classId)).status, 200);
}

QTEST_GUILESS_MAIN(TestPortal)
#include "tst_portal.moc"
