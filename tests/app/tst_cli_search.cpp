// `k12-teacher search QUERY [--json]` and `grade set ... --comment TEXT` (issue
// 20), run as the program: the JSON contract (kind, id, class, title, snippet,
// archived), the grouped text output with matches in [ ], accents and
// prefixes, an archived class, usage errors, and --rebuild.
#include "tests/common/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestCliSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void commentIsWrittenAndFound();
    void jsonContract();
    void textIsGroupedAndMarked();
    void usageErrors();

private:
    test::ProcessResult run(const QStringList &args)
    {
        return test::runTeacher(QStringList{u"--profile"_s, m_profile->path()} + args);
    }
    QJsonArray json(const QString &query)
    {
        const test::ProcessResult r = run({u"search"_s, query, u"--json"_s});
        if (r.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

    std::unique_ptr<test::TempProfile> m_profile;
    QString m_studentId;
};

void TestCliSearch::init()
{
    m_profile = std::make_unique<test::TempProfile>();
    m_profile->close(); // everything goes through the program
    QCOMPARE(run({u"class"_s, u"add"_s, u"Algebra I"_s, u"--term"_s, u"2026-27"_s}).exitCode, 0);
    QCOMPARE(run({u"class"_s, u"add"_s, u"World History"_s, u"--term"_s, u"2025-26"_s}).exitCode, 0);
    const test::ProcessResult s =
        run({u"student"_s, u"add"_s, u"--class"_s, u"Algebra I"_s, u"José"_s, u"Pérez"_s, u"--number"_s, u"1001"_s});
    QCOMPARE(s.exitCode, 0);
    m_studentId = s.out.trimmed();
    QCOMPARE(run({u"student"_s, u"add"_s, u"--class"_s, u"World History"_s, u"Alma"_s, u"Algarra"_s}).exitCode, 0);
    QCOMPARE(run({u"assignment"_s, u"add"_s, u"--class"_s, u"Algebra I"_s, u"Linear equations quiz"_s, u"--points"_s,
                  u"10"_s})
                 .exitCode,
             0);
}

void TestCliSearch::cleanup()
{
    m_profile.reset();
}

void TestCliSearch::commentIsWrittenAndFound()
{
    // --comment alone (no grade), then with points: the comment stays until replaced.
    test::ProcessResult r =
        run({u"grade"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--assignment"_s, u"Linear equations quiz"_s,
             u"--student"_s, u"1001"_s, u"--comment"_s, u"Revisit slope-intercept form"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({u"grade"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--assignment"_s, u"Linear equations quiz"_s,
             u"--student"_s, u"1001"_s, u"--points"_s, u"8"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonArray found = json(u"slope"_s);
    QCOMPARE(found.size(), 1);
    QJsonObject hit = found.first().toObject();
    QCOMPARE(hit.value(u"kind"_s).toString(), u"comment"_s);
    QCOMPARE(hit.value(u"title"_s).toString(), u"José Pérez · Linear equations quiz"_s);
    QCOMPARE(hit.value(u"snippet"_s).toString(), u"Revisit slope-intercept form"_s);
    // Replaced, then removed with "".
    QCOMPARE(run({u"grade"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--assignment"_s, u"Linear equations quiz"_s,
                  u"--student"_s, u"1001"_s, u"--comment"_s, u"Much better"_s})
                 .exitCode,
             0);
    QCOMPARE(json(u"slope"_s).size(), 0);
    QCOMPARE(json(u"much bet"_s).size(), 1);
    QCOMPARE(run({u"grade"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--assignment"_s, u"Linear equations quiz"_s,
                  u"--student"_s, u"1001"_s, u"--comment"_s, u""_s})
                 .exitCode,
             0);
    QCOMPARE(json(u"much"_s).size(), 0);
}

void TestCliSearch::jsonContract()
{
    QCOMPARE(run({u"class"_s, u"archive"_s, u"World History"_s}).exitCode, 0);
    const QJsonArray found = json(u"alg"_s);
    QCOMPARE(found.size(), 2);
    QStringList seen;
    for (const QJsonValue &v : found) {
        const QJsonObject o = v.toObject();
        QCOMPARE(QStringList(o.keys()),
                 (QStringList{u"archived"_s, u"class"_s, u"id"_s, u"kind"_s, u"snippet"_s, u"title"_s}));
        seen << o.value(u"kind"_s).toString() + u'|' + o.value(u"title"_s).toString() + u'|' +
                    o.value(u"class"_s).toString() + u'|' + (o.value(u"archived"_s).toBool() ? u"archived"_s : u"-"_s);
    }
    seen.sort();
    QCOMPARE(seen, (QStringList{u"class|Algebra I|Algebra I|-"_s, u"student|Alma Algarra|World History|archived"_s}));
    // Accents either way; the id is the student's.
    const QJsonArray jose = json(u"JOSE perez"_s);
    QCOMPARE(jose.size(), 1);
    QCOMPARE(jose.first().toObject().value(u"id"_s).toString(), m_studentId);
    QCOMPARE(jose.first().toObject().value(u"class"_s).toString(), u"Algebra I"_s);
    // Nothing: an empty array, exit 0.
    const test::ProcessResult none = run({u"search"_s, u"zzz"_s, u"--json"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);
}

void TestCliSearch::textIsGroupedAndMarked()
{
    QCOMPARE(run({u"class"_s, u"archive"_s, u"World History"_s}).exitCode, 0);
    const test::ProcessResult r = run({u"search"_s, u"alg"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"Classes\n  [Algebra] I  (Algebra I)\t"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Students\n  Alma [Algarra]  (World History, Archived (2025-26))\t"_s), qPrintable(r.out));
    // Several words are one query.
    const test::ProcessResult two = run({u"search"_s, u"lin"_s, u"qui"_s});
    QVERIFY2(two.out.contains(u"[Linear] equations [quiz]"_s), qPrintable(two.out));
}

void TestCliSearch::usageErrors()
{
    test::ProcessResult r = run({u"search"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"say what to search for"_s));
    r = run({u"search"_s, u"x"_s, u"--limit"_s, u"0"_s});
    QCOMPARE(r.exitCode, 2);
    r = run({u"search"_s, u"--rebuild"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"Rebuilt the search index in "_s));
    QCOMPARE(json(u"jose"_s).size(), 1);
    r = run({u"grade"_s, u"set"_s, u"--class"_s, u"Algebra I"_s, u"--assignment"_s, u"Linear equations quiz"_s,
             u"--student"_s, u"1001"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"--comment TEXT"_s));
}

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
