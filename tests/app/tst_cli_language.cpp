// The language override end to end (issue 21): the built k12-teacher run as a
// process. With [ui] language in the profile's k12-teacher.ini it speaks that
// language whatever the system's is (its own strings and Qt's qtbase); without
// it, it follows the system (LC_ALL); a value we do not ship reads as System.
#include "tests/common/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run teacher(const QString &profile, const QString &systemLocale, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, systemLocale);
    env.insert(u"LANG"_s, systemLocale);
    env.remove(u"LANGUAGE"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(K12_TEACHER_BIN), QStringList{u"--profile"_s, profile} + args);
    Run r;
    if (!p.waitForFinished(30000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void followsTheSystemWithoutAChoice();
    void choiceOverridesTheSystem_data();
    void choiceOverridesTheSystem();
    void unknownChoiceFollowsTheSystem();
    void qtsOwnStringsFollow();

private:
    void choose(const QString &language);
    std::unique_ptr<QTemporaryDir> m_profile;
};

void TestCliLanguage::init()
{
    m_profile = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profile->isValid());
}

void TestCliLanguage::choose(const QString &language)
{
    QSettings s(QDir(m_profile->path()).filePath(u"k12-teacher.ini"_s), QSettings::IniFormat);
    s.setValue(u"ui/language"_s, language);
    s.sync();
}

void TestCliLanguage::followsTheSystemWithoutAChoice()
{
    QVERIFY(teacher(m_profile->path(), u"C"_s, {u"--help"_s}).out.startsWith(u"Usage: k12-teacher"_s));
    QVERIFY(teacher(m_profile->path(), u"fr_FR.UTF-8"_s, {u"--help"_s})
                .out.startsWith(u"Utilisation\u00A0: k12-teacher"_s));
    QVERIFY(teacher(m_profile->path(), u"es_ES.UTF-8"_s, {u"--help"_s}).out.startsWith(u"Uso: k12-teacher"_s));
}

void TestCliLanguage::choiceOverridesTheSystem_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("help");
    QTest::addColumn<QString>("noClass");
    QTest::newRow("fr over C") << u"fr"_s << u"C"_s << u"Utilisation\u00A0: k12-teacher"_s
                               << u"Aucune classe ne s'appelle «\u00A0Nope\u00A0»."_s;
    QTest::newRow("fr over es") << u"fr"_s << u"es_ES.UTF-8"_s << u"Utilisation\u00A0: k12-teacher"_s
                                << u"Aucune classe ne s'appelle «\u00A0Nope\u00A0»."_s;
    QTest::newRow("en over fr") << u"en"_s << u"fr_FR.UTF-8"_s << u"Usage: k12-teacher"_s
                                << u"No class is named \"Nope\"."_s;
    QTest::newRow("es over fr") << u"es"_s << u"fr_FR.UTF-8"_s << u"Uso: k12-teacher"_s << QString();
}

void TestCliLanguage::choiceOverridesTheSystem()
{
    QFETCH(QString, choice);
    QFETCH(QString, system);
    QFETCH(QString, help);
    QFETCH(QString, noClass);
    choose(choice);
    const Run h = teacher(m_profile->path(), system, {u"--help"_s});
    QCOMPARE(h.exitCode, 0);
    QVERIFY2(h.out.startsWith(help), qPrintable(h.out.left(80)));
    const Run r = teacher(m_profile->path(), system,
                          {u"report"_s, u"--class"_s, u"Nope"_s, u"--out"_s, m_profile->filePath(u"x.pdf"_s)});
    QCOMPARE(r.exitCode, 1);
    if (!noClass.isEmpty())
        QVERIFY2(r.err.contains(noClass), qPrintable(r.err));
    // The report languages offered include French wherever the app runs.
    const Run lang = teacher(m_profile->path(), system,
                             {u"report"_s, u"--class"_s, u"Nope"_s, u"--out"_s, u"x.pdf"_s, u"--lang"_s, u"de"_s});
    QCOMPARE(lang.exitCode, 2);
    QVERIFY2(lang.err.contains(u"en, es, fr"_s), qPrintable(lang.err));
}

void TestCliLanguage::qtsOwnStringsFollow()
{
    // QCommandLineParser's message is Qt's (qtbase_fr.qm, Debian qt6-translations-l10n).
    choose(u"fr"_s);
    const Run r = teacher(m_profile->path(), u"C"_s, {u"report"_s, u"--bogus"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Option inconnue"_s), qPrintable(r.err));
    choose(u"en"_s);
    const Run en = teacher(m_profile->path(), u"fr_FR.UTF-8"_s, {u"report"_s, u"--bogus"_s});
    QVERIFY2(en.err.contains(u"Unknown option"_s), qPrintable(en.err));
}

void TestCliLanguage::unknownChoiceFollowsTheSystem()
{
    choose(u"de"_s);
    QVERIFY(teacher(m_profile->path(), u"fr_FR.UTF-8"_s, {u"--help"_s})
                .out.startsWith(u"Utilisation\u00A0: k12-teacher"_s));
    QVERIFY(teacher(m_profile->path(), u"C"_s, {u"--help"_s}).out.startsWith(u"Usage: k12-teacher"_s));
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
