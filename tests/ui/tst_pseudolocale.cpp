// Long translations do not cut the window's text off (issue 21). A pseudo
// translation doubles every message ("Save" -> "Save Save", what German can
// reach; scripts/pseudo-translation writes it, lrelease compiles it here), and
// the main window (Today and a class's gradebook), the walkthrough and two
// gradebook dialogs open at 1240 x 800 in it, then in Spanish and in French.
// No visible label or button may show less than its text needs: a one-line
// label or a button narrower than its size hint, a word-wrapped label shorter
// than its text's height, or either reaching past the edge of what holds it.
// The gradebook toolbar may fold its last buttons into its "»" menu (that is
// what a QToolBar does when the window is narrow), as long as every one of its
// actions is still there, shown or in the menu.
//
// With K12_SCREENSHOT_DIR set, the screens are saved as pseudo-*.png,
// locale-es-*.png and locale-fr-*.png (docs/screenshots/; es-main.png and the
// like are the app's own window with a fuller class, taken under Xvfb).
#include "tests/common/GradebookFixture.h"
#include "tests/common/ModalHelper.h"
#include "tests/common/TestSupport.h"

#include "kernel/domain/Clock.h"
#include "ui/MainWindow.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/onboarding/OnboardingWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProcess>
#include <QRadioButton>
#include <QStyle>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

const QSize kWindow(1240, 800);

QString describe(const QWidget *w, const QString &text, const QString &why)
{
    return u"%1 \"%2\" (%3): %4"_s.arg(QString::fromLatin1(w->metaObject()->className()),
                                       w->objectName().isEmpty() ? u"-"_s : w->objectName(),
                                       QString(text).replace(u'\n', u' ').left(60), why);
}

// Where W reaches past what holds it, up to ROOT: a scroll area's viewport
// holds content that scrolls, so the walk stops there.
QString pastTheEdge(const QWidget *w, const QWidget *root)
{
    QRect r = w->rect();
    for (const QWidget *child = w; child != root && child->parentWidget(); child = child->parentWidget()) {
        const QWidget *parent = child->parentWidget();
        r.translate(child->pos());
        if (qobject_cast<const QAbstractScrollArea *>(parent->parentWidget()) &&
            static_cast<const QAbstractScrollArea *>(parent->parentWidget())->viewport() == parent)
            return {};
        if (!parent->rect().contains(r))
            return u"%1 x %2 at %3,%4 reaches past %5 (%6 x %7)"_s.arg(r.width())
                .arg(r.height())
                .arg(r.x())
                .arg(r.y())
                .arg(QString::fromLatin1(parent->metaObject()->className()))
                .arg(parent->width())
                .arg(parent->height());
    }
    return {};
}

bool insideItemView(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget())
        if (qobject_cast<const QAbstractItemView *>(p))
            return true; // an editor or index widget: the cell decides its size
    return false;
}

// Every visible label and button of ROOT that shows less than its text.
QStringList clippedTexts(QWidget *root)
{
    QStringList found;
    QApplication::processEvents();
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || (insideItemView(w, root) && !qobject_cast<QHeaderView *>(w)))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height())
                    found << describe(w, label->text(),
                                      u"needs %1 px of height, has %2"_s.arg(needed).arg(label->height()));
            } else if (label->width() < label->sizeHint().width()) {
                found << describe(w, label->text(),
                                  u"needs %1 px of width, has %2"_s.arg(label->sizeHint().width()).arg(label->width()));
            }
            if (const QString edge = pastTheEdge(w, root); !edge.isEmpty())
                found << describe(w, label->text(), edge);
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            if (button->width() < button->sizeHint().width())
                found << describe(
                    w, button->text(),
                    u"needs %1 px of width, has %2"_s.arg(button->sizeHint().width()).arg(button->width()));
            if (const QString edge = pastTheEdge(w, root); !edge.isEmpty())
                found << describe(w, button->text(), edge);
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            // A column narrower than its title cuts the title off (a header elides, or clips, it).
            const QStyle *style = header->style();
            const int margin = 2 * style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i) || !header->model())
                    continue;
                const QString title = header->model()->headerData(i, header->orientation()).toString();
                int needed = 0;
                for (const QString &line : title.split(u'\n'))
                    needed = qMax(needed, header->fontMetrics().horizontalAdvance(line) + margin);
                if (header->orientation() == Qt::Horizontal && header->sectionSize(i) < needed)
                    found << describe(
                        w, title,
                        u"column %1 is %2 px, its title needs %3"_s.arg(i).arg(header->sectionSize(i)).arg(needed));
            }
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            // A tab bar too narrow for its tabs shows scroll arrows (and elides).
            for (const QToolButton *arrow : tabs->findChildren<QToolButton *>())
                if (arrow->isVisible()) {
                    found << describe(w, tabs->tabText(tabs->count() - 1), u"the tabs do not fit: scroll arrows"_s);
                    break;
                }
        }
    }
    return found;
}

// W as the teacher sees it, with OVER (a window of its own, the walkthrough) on top, centred as
// a window manager places a dialog (the offscreen platform has none and leaves it at the corner).
void shot(QWidget *w, const QString &name, QWidget *over = nullptr)
{
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QPixmap pixmap = w->grab();
    if (over) {
        QPainter painter(&pixmap);
        const QPixmap top = over->grab();
        painter.drawPixmap((pixmap.width() - top.width()) / 2, (pixmap.height() - top.height()) / 2, top);
    }
    QVERIFY(pixmap.save(QDir(QString::fromLocal8Bit(dir)).filePath(name)));
}

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void window_data();
    void window();
    void walkthrough_data();
    void walkthrough();
    void pseudoTranslationDoublesTheText();

private:
    void useLanguage(const QString &language);
    void checkScreen(QWidget *w, const QString &name, QWidget *over = nullptr);
    void addLanguages();
    QString shotPrefix() const { return m_language == u"pseudo"_s ? m_language : u"locale-"_s + m_language; }

    QTemporaryDir m_qm;
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
};

void TestPseudoLocale::initTestCase()
{
    QVERIFY(m_qm.isValid());
    // The pseudo translation from today's English file: a string added since is doubled too.
    const QString ts = m_qm.filePath(u"k12_teacher_pseudo.ts"_s);
    QProcess script;
    script.start(u"/usr/bin/python3"_s, {QStringLiteral(K12_SOURCE_DIR "/scripts/pseudo-translation"),
                                         QStringLiteral(K12_SOURCE_DIR "/translations/k12_teacher_en.ts"), ts});
    QVERIFY2(script.waitForFinished(60000) && script.exitCode() == 0,
             qPrintable(u"scripts/pseudo-translation: "_s + QString::fromLocal8Bit(script.readAllStandardError()) +
                        script.errorString()));
    QProcess lrelease;
    lrelease.start(QStringLiteral(K12_LRELEASE),
                   {u"-silent"_s, ts, u"-qm"_s, m_qm.filePath(u"k12_teacher_pseudo.qm"_s)});
    QVERIFY2(lrelease.waitForFinished(60000) && lrelease.exitCode() == 0,
             qPrintable(u"lrelease (" K12_LRELEASE "): "_s + QString::fromLocal8Bit(lrelease.readAllStandardError()) +
                        lrelease.errorString()));
}

void TestPseudoLocale::cleanup()
{
    Clock::reset();
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// The pseudo translation (English numbers and dates), or the app's own Spanish
// or French (.qm files the build compiles next to k12-teacher) with the locale's.
void TestPseudoLocale::useLanguage(const QString &language)
{
    m_language = language;
    m_translator = std::make_unique<QTranslator>();
    if (language == u"pseudo"_s) {
        QVERIFY(m_translator->load(m_qm.filePath(u"k12_teacher_pseudo.qm"_s)));
    } else {
        QLocale::setDefault(QLocale(language));
        QVERIFY2(m_translator->load(u"k12_teacher_"_s + language, QStringLiteral(K12_QM_DIR)),
                 qPrintable(u"no k12_teacher_%1.qm in " K12_QM_DIR ""_s.arg(language)));
    }
    QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
}

void TestPseudoLocale::checkScreen(QWidget *w, const QString &name, QWidget *over)
{
    shot(w, u"%1-%2.png"_s.arg(shotPrefix(), name), over);
    QStringList clipped = clippedTexts(w);
    if (over)
        clipped << clippedTexts(over);
    QVERIFY2(clipped.isEmpty(), qPrintable(u"%1 in %2: %3 cut off:\n  "_s.arg(name, m_language).arg(clipped.size()) +
                                           clipped.join(u"\n  "_s)));
}

void TestPseudoLocale::addLanguages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("pseudo") << u"pseudo"_s;
    QTest::newRow("es") << u"es"_s;
    QTest::newRow("fr") << u"fr"_s;
}

void TestPseudoLocale::window_data()
{
    addLanguages();
}

void TestPseudoLocale::window()
{
    QFETCH(QString, language);
    useLanguage(language);
    test::setToday(QDate(2026, 3, 9));
    test::GradebookFixture f; // Biology: Adams, Baker, Clark; HW1, HW2, Test
    MainWindow w(f.profile.store());
    w.resize(kWindow);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.size(), kWindow);

    w.openStartPage(); // Today
    checkScreen(&w, u"main"_s);

    w.selectClass(f.classId);
    QVERIFY(w.gradebookPanel()->isVisible());
    checkScreen(&w, u"gradebook"_s);
    // A folded toolbar keeps every action: shown, or in its "»" menu.
    auto *toolbar = w.gradebookPanel()->findChild<QToolBar *>();
    QVERIFY(toolbar);
    auto *more = toolbar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    QVERIFY(more);
    for (QAction *a : toolbar->actions()) {
        QWidget *button = toolbar->widgetForAction(a);
        QVERIFY2(button, qPrintable(a->text()));
        if (!a->isSeparator() && !button->isVisible())
            QVERIFY2(more->isVisible(), qPrintable(u"hidden, and no \u00bb menu: "_s + a->text()));
    }

    QStringList dialogProblems;
    test::whenModalShows([&](QWidget *dialog) {
        shot(dialog, u"%1-new-assignment.png"_s.arg(shotPrefix()));
        dialogProblems << clippedTexts(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    w.gradebookPanel()->addAssignmentAction()->trigger();
    QVERIFY2(dialogProblems.isEmpty(), qPrintable(u"new assignment: "_s + dialogProblems.join(u"\n  "_s)));
    test::whenModalShows([&](QWidget *dialog) {
        shot(dialog, u"%1-class-settings.png"_s.arg(shotPrefix()));
        dialogProblems << clippedTexts(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    w.gradebookPanel()->settingsAction()->trigger();
    QVERIFY2(dialogProblems.isEmpty(), qPrintable(u"class settings: "_s + dialogProblems.join(u"\n  "_s)));
}

void TestPseudoLocale::walkthrough_data()
{
    addLanguages();
}

void TestPseudoLocale::walkthrough()
{
    QFETCH(QString, language);
    useLanguage(language);
    test::setToday(QDate(2026, 3, 9));
    test::TempProfile p; // no class yet: the walkthrough opens
    MainWindow w(p.store());
    w.resize(kWindow);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWalkthroughIfFirstRun());
    auto *wizard = w.findChild<OnboardingWizard *>();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::WelcomePageId));
    checkScreen(&w, u"walkthrough-welcome"_s, wizard);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::ConnectPageId));
    checkScreen(&w, u"walkthrough-connect"_s, wizard);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(OnboardingWizard::ClassPageId));
    checkScreen(&w, u"walkthrough"_s, wizard);
    delete wizard;
}

// The check above sees what a tester would: a doubled text, not the English one.
void TestPseudoLocale::pseudoTranslationDoublesTheText()
{
    useLanguage(u"pseudo"_s);
    QCOMPARE(QCoreApplication::translate("k12::GradebookPanel", "&Period:"), u"&Period: Period:"_s);
    QCOMPARE(QCoreApplication::translate("k12::SyncCommands", "%n change(s)", nullptr, 1), u"1 change 1 change"_s);
    QCOMPARE(QCoreApplication::translate("k12::SyncCommands", "%n change(s)", nullptr, 2), u"2 changes 2 changes"_s);
    // A label one word wide is cut off when squeezed: the check can fail.
    QWidget box;
    auto *label = new QLabel(QCoreApplication::translate("k12::GradebookPanel", "&Period:"), &box);
    box.resize(300, 40);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    QVERIFY(clippedTexts(&box).isEmpty());
    label->resize(label->sizeHint().width() / 2, label->sizeHint().height());
    QCOMPARE(clippedTexts(&box).size(), 1);
    // So is a table column narrower than its title.
    QTableWidget table(1, 2);
    table.setHorizontalHeaderLabels({u"Weight % Weight %"_s, u"Drop lowest Drop lowest"_s});
    table.resize(600, 200);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    table.setColumnWidth(0, 300);
    table.setColumnWidth(1, 300);
    QVERIFY(clippedTexts(&table).isEmpty());
    table.setColumnWidth(1, 40);
    QCOMPARE(clippedTexts(&table).size(), 1);
}

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
