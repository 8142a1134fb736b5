// Settings > Preferences > Language (issue 21): the choice (System, English,
// Español, Français) is read from and written to the profile's k12-teacher.ini
// as [ui] language, a hand-edited value we do not ship reads as "System", and
// the page says the change applies at the next start; in French (the app's
// k12_teacher_fr.qm and Qt's qtbase_fr.qm) the page reads French. Screenshots
// docs/screenshots/settings-language.png and settings-language-fr.png when
// K12_SCREENSHOT_DIR is set.
#include "tests/common/TestSupport.h"

#include "models/settings/LanguageSetting.h"
#include "models/store/Store.h"
#include "ui/settings/LanguageSettingsPage.h"
#include "ui/settings/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

class TestLanguageSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_profile = std::make_unique<test::TempProfile>(); }
    void choicesInTheirOwnNames();
    void savesToTheProfileIni();
    void unknownValuesReadAsSystem();
    void localeForAChoice();
    void cancelSavesNothing();
    void inFrench();

private:
    QString ini() const { return QDir(m_profile->path()).filePath(u"k12-teacher.ini"_s); }
    std::unique_ptr<test::TempProfile> m_profile;
};

void TestLanguageSettings::choicesInTheirOwnNames()
{
    SettingsDialog dialog(m_profile->store());
    QComboBox *box = dialog.languagePage()->languageBox();
    QCOMPARE(box->count(), 4);
    QVERIFY(box->itemText(0).startsWith(u"System ("_s));
    QCOMPARE(box->itemData(0).toString(), QString());
    QCOMPARE(box->itemText(1), u"English"_s);
    QCOMPARE(box->itemText(2), u"Español"_s);
    QCOMPARE(box->itemText(3), u"Français"_s);
    QCOMPARE(box->itemData(3).toString(), u"fr"_s);
    QCOMPARE(box->currentIndex(), 0); // nothing stored: the system's language
    const auto *note = dialog.findChild<QLabel *>(u"languageRestartNote"_s);
    QVERIFY(note);
    QVERIFY(note->text().contains(u"next time K12 Teacher starts"_s));

    dialog.showPage(1);
    dialog.resize(640, 360);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    box->setCurrentIndex(3);
    if (const QString dir = QString::fromLocal8Bit(qgetenv("K12_SCREENSHOT_DIR")); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + u"/settings-language.png"_s));
}

void TestLanguageSettings::savesToTheProfileIni()
{
    {
        SettingsDialog dialog(m_profile->store());
        dialog.languagePage()->languageBox()->setCurrentIndex(3);
        dialog.accept();
    }
    QCOMPARE(QSettings(ini(), QSettings::IniFormat).value(u"ui/language"_s).toString(), u"fr"_s);
    QCOMPARE(QFile::permissions(ini()) & 0x0077, QFileDevice::Permissions()); // no group or other bits
    QCOMPARE(LanguageSetting::load(m_profile->path()), u"fr"_s);
    {
        SettingsDialog dialog(m_profile->store());
        QCOMPARE(dialog.languagePage()->languageBox()->currentText(), u"Français"_s);
        dialog.languagePage()->languageBox()->setCurrentIndex(0); // back to System: the key goes
        dialog.accept();
    }
    QVERIFY(!QSettings(ini(), QSettings::IniFormat).contains(u"ui/language"_s));
    QCOMPARE(LanguageSetting::load(m_profile->path()), QString());
}

void TestLanguageSettings::unknownValuesReadAsSystem()
{
    for (const QString &value : {u"de"_s, u"french"_s, u"../fr"_s, u" ES "_s}) {
        QSettings s(ini(), QSettings::IniFormat);
        s.setValue(u"ui/language"_s, value);
        s.sync();
        const QString expected = value == u" ES "_s ? u"es"_s : QString();
        QCOMPARE(LanguageSetting::load(m_profile->path()), expected);
    }
}

void TestLanguageSettings::localeForAChoice()
{
    QCOMPARE(LanguageSetting::localeFor(u"fr"_s).language(), QLocale::French);
    QCOMPARE(LanguageSetting::localeFor(u"fr"_s).toString(9.5, 'f', 1), u"9,5"_s);
    QCOMPARE(LanguageSetting::localeFor(u"es"_s).toString(69.99, 'f', 2), u"69,99"_s);
    QCOMPARE(LanguageSetting::localeFor(u"en"_s).toString(9.5, 'f', 1), u"9.5"_s);
    QCOMPARE(LanguageSetting::localeFor(QString()), QLocale::system());
}

void TestLanguageSettings::cancelSavesNothing()
{
    {
        SettingsDialog dialog(m_profile->store());
        dialog.languagePage()->languageBox()->setCurrentIndex(2);
        dialog.reject();
    }
    QCOMPARE(LanguageSetting::load(m_profile->path()), QString());
}

void TestLanguageSettings::inFrench()
{
    // What app/main.cpp installs for [ui] language=fr: the app's French and Qt's.
    QTranslator app;
    QTranslator qt;
    QVERIFY2(app.load(u"k12_teacher_fr"_s, QStringLiteral(K12_QM_DIR)), K12_QM_DIR "/k12_teacher_fr.qm");
    K12_REQUIRE("qtbase_fr", qt.load(u"qtbase_fr"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                u"qtbase_fr.qm is missing (Debian qt6-translations-l10n, in scripts/setup)"_s);
    QCoreApplication::installTranslator(&qt);
    QCoreApplication::installTranslator(&app);
    const auto uninstall = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&app);
        QCoreApplication::removeTranslator(&qt);
    });
    SettingsDialog dialog(m_profile->store());
    auto *pages = dialog.findChild<QListWidget *>(u"settingsPages"_s);
    QVERIFY(pages);
    QCOMPARE(pages->item(1)->text(), u"Langue"_s);
    QComboBox *box = dialog.languagePage()->languageBox();
    QVERIFY(box->itemText(0).startsWith(u"Système ("_s));
    QCOMPARE(box->itemText(3), u"Français"_s); // every language named in itself
    const auto *note = dialog.findChild<QLabel *>(u"languageRestartNote"_s);
    QVERIFY(note->text().contains(u"prochain démarrage"_s));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"Annuler"_s); // Qt's own, in French

    dialog.showPage(1);
    dialog.resize(640, 360);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    box->setCurrentIndex(3);
    if (const QString dir = QString::fromLocal8Bit(qgetenv("K12_SCREENSHOT_DIR")); !dir.isEmpty())
        QVERIFY(dialog.grab().save(dir + u"/settings-language-fr.png"_s));
}

QTEST_MAIN(TestLanguageSettings)
#include "tst_languagesettings.moc"
