// What a screen reader hears from the grid and the charts, and the window on a high-contrast
// palette and at a 150 % font (issue 21, Accessibility), read in-process through QAccessible.
#include "tests/common/GradebookFixture.h"

#include "models/itemmodels/GradebookModel.h"
#include "models/repositories/ScoreRepository.h"
#include "ui/MainWindow.h"
#include "ui/common/ProblemText.h"
#include "ui/gradebook/AssignmentDialog.h"
#include "ui/gradebook/GradebookPanel.h"
#include "ui/gradebook/GradebookView.h"

#include <QAccessible>
#include <QAccessibleTableInterface>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QScopeGuard>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace k12;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Black, white and yellow, as the desktops' high-contrast themes are.
QPalette highContrastPalette()
{
    QPalette p;
    for (QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, Qt::black);
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::BrightText})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Dark, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Shadow, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

void saveShot(QWidget *w, const QString &name)
{
    const QByteArray dir = qgetenv("K12_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QVERIFY(w->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name)));
}

void setScore(test::GradebookFixture &f, int student, int assignment, std::optional<double> points,
              bool missing = false, bool late = false, bool excused = false)
{
    Score s = f.score(student, assignment);
    s.points = points;
    s.missing = missing;
    s.late = late;
    s.excused = excused;
    QVERIFY(ScoreRepository(f.profile.store()).save(s, u"cli"_s).ok());
}

// The name a screen reader reads for the grid's cell (row, column), through the table interface.
QString cellName(GradebookView *view, int row, int column)
{
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(view);
    if (!table || !table->tableInterface())
        return u"(no accessible table)"_s;
    QAccessibleInterface *cell = table->tableInterface()->cellAt(row, column);
    return cell ? cell->text(QAccessible::Name) : u"(no cell)"_s;
}

// A label cut short: narrower than the text it needs (a wrapped one: taller than it is).
QStringList clippedLabels(QWidget *root)
{
    QStringList clipped;
    for (QLabel *l : root->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->text().isEmpty() || l->pixmap().cacheKey() != 0)
            continue;
        if (l->wordWrap() ? l->height() < l->heightForWidth(l->width()) : l->width() < l->minimumSizeHint().width())
            clipped << u"'%1' (%2x%3)"_s.arg(l->text().left(40)).arg(l->width()).arg(l->height());
    }
    return clipped;
}

} // namespace

class TestA11yViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void letterCellSaysTheLetter();
    void insightChartsDescribeTheirBars();
    void statusColoursReadOnEveryPalette();
    void highContrastWindow();
    void largeFontWindow();

private:
    void prepare(test::GradebookFixture &f);
};

void TestA11yViews::prepare(test::GradebookFixture &f)
{
    // Adams: 10, 10, 50 (100 %). Baker: 8, missing, 40 late (80 % + 0 % homework...). Clark: excused HW1.
    setScore(f, 0, 0, 10);
    setScore(f, 0, 1, 10);
    setScore(f, 0, 2, 50);
    setScore(f, 1, 0, 8);
    setScore(f, 1, 2, 40, false, true);
    setScore(f, 1, 1, std::nullopt, true);
    setScore(f, 2, 0, std::nullopt, false, false, true);
}

void TestA11yViews::letterCellSaysTheLetter()
{
    test::GradebookFixture f;
    Assignment essay;
    essay.classId = f.classId;
    essay.title = u"Essay"_s;
    essay.pointsPossible = 20;
    essay.gradingType = u"letter"_s;
    essay.categoryId = f.tests;
    essay.position = 3;
    const QString essayId = *AssignmentRepository(f.profile.store()).create(essay, u"x"_s);
    setScore(f, 0, 0, 9);
    setScore(f, 1, 1, std::nullopt, true);
    MainWindow w(f.profile.store());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    GradebookModel *model = w.gradebookPanel()->model();
    GradebookView *view = w.gradebookPanel()->view();
    const int column = model->columnForAssignment(model->gradebook().assignmentIndex(essayId));
    QVERIFY(model->setData(model->index(0, column), u"b+"_s));
    QCOMPARE(model->index(0, column).data().toString(), u"B+"_s);

    // The letter as shown, then the points it stands for (the scale's B+ in a 20-point essay).
    const QString letter = cellName(view, 0, column);
    QVERIFY2(letter.startsWith(u"Adams, Sam; Essay; letter B+, "_s) && letter.contains(u" of 20 points"_s),
             qPrintable(letter));
    QCOMPARE(cellName(view, 0, 1), u"Adams, Sam; HW1; 9 of 10 points"_s);
    QCOMPARE(cellName(view, 1, 2), u"Baker, Sam; HW2; missing"_s);
    QCOMPARE(cellName(view, 2, 1), u"Clark, Sam; HW1; not graded"_s);
    // The computed columns: whose, which column, the value as shown.
    QStringList computed;
    for (int c = column + 1; c < model->columnCount(); ++c)
        computed << cellName(view, 0, c);
    QVERIFY2(computed.contains(u"Adams, Sam; Homework %; 90.00"_s), qPrintable(computed.join(u" | "_s)));
    QVERIFY2(computed.filter(u"Adams, Sam; Final %; "_s).size() == 1, qPrintable(computed.join(u" | "_s)));
}

void TestA11yViews::insightChartsDescribeTheirBars()
{
    test::GradebookFixture f;
    prepare(f);
    test::EnglishPlurals plurals; // "1 student", "0 students", as the English translation has them
    QCoreApplication::installTranslator(&plurals);
    const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&plurals); });
    MainWindow w(f.profile.store());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *tabs = w.findChild<QTabWidget *>(u"classTabs"_s);
    tabs->setCurrentIndex(1); // Insight
    auto *finals = w.findChild<QChartView *>(u"insightFinalChart"_s);
    auto *letters = w.findChild<QChartView *>(u"insightLetterChart"_s);
    auto *scores = w.findChild<QChartView *>(u"insightAssignmentChart"_s);
    QVERIFY(finals && letters && scores);
    const auto description = [](QWidget *chart) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
        return iface ? iface->text(QAccessible::Description) : QString();
    };
    // Adams 100 % (the last bin, 90 and up); Baker: homework 8 of 10 (80 %, the missing HW2 counts 0: 8 of 20 = 40 %)
    // and tests 40 of 50 = 80 %: 0.4 x 40 + 0.6 x 80 = 64 %. Clark: nothing graded but the excused HW1, no Final %.
    QTRY_VERIFY2(description(finals).contains(u"60 to 69 %: 1 student;"_s), qPrintable(description(finals)));
    QVERIFY2(description(finals).endsWith(u"90 % or more: 1 student."_s), qPrintable(description(finals)));
    QVERIFY2(description(finals).contains(u"70 to 79 %: 0 students;"_s), qPrintable(description(finals)));
    QVERIFY2(description(letters).contains(u"A: 1 student"_s) && description(letters).contains(u"D: 1 student"_s),
             qPrintable(description(letters)));
    QVERIFY(!QAccessible::queryAccessibleInterface(finals)->text(QAccessible::Name).isEmpty());
    // The chosen assignment's chart (HW1 first): Adams 10 of 10, Baker 8 of 10.
    QTRY_VERIFY2(description(scores).contains(u"80 to 89 %: 1 score;"_s), qPrintable(description(scores)));
    QVERIFY2(description(scores).endsWith(u"90 % or more: 1 score."_s), qPrintable(description(scores)));
}

void TestA11yViews::statusColoursReadOnEveryPalette()
{
    // Each cell's text against its own background (or the palette's base where it has none),
    // on the platform's palette and on a high-contrast one: at least 4.5:1 (WCAG AA, text).
    test::GradebookFixture f;
    prepare(f);
    QUndoStack stack;
    GradebookModel model(f.profile.store(), &stack);
    model.setClassId(f.classId);
    const QPalette original = QApplication::palette();
    for (const QPalette &palette : {original, highContrastPalette()}) {
        QApplication::setPalette(palette);
        for (const auto &[row, column, what] :
             {std::tuple{0, 1, "plain score"}, std::tuple{1, 2, "missing"}, std::tuple{1, 3, "late"},
              std::tuple{2, 1, "excused"}, std::tuple{0, model.columnCount() - 1, "computed column"}}) {
            const QModelIndex i = model.index(row, column);
            const QVariant bg = i.data(Qt::BackgroundRole);
            const QVariant fg = i.data(Qt::ForegroundRole);
            const QColor back = bg.isValid() ? bg.value<QBrush>().color() : palette.color(QPalette::Base);
            const QColor text = fg.isValid() ? fg.value<QBrush>().color() : palette.color(QPalette::Text);
            const double ratio = contrast(text, back);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(u"%1 cell '%2': %3 on %4 is %5:1"_s
                                    .arg(QString::fromLatin1(what), i.data().toString(), text.name(), back.name())
                                    .arg(ratio, 0, 'f', 2)));
            // The status is said in text too, not by colour alone.
            if (QByteArray(what) == "missing")
                QCOMPARE(i.data().toString(), u"M"_s);
            if (QByteArray(what) == "late")
                QVERIFY(i.data().toString().contains(u"L"_s));
            if (QByteArray(what) == "excused")
                QCOMPARE(i.data().toString(), u"EX"_s);
        }
        const double problem = contrast(problemTextColour(palette), palette.color(QPalette::Window));
        QVERIFY2(problem >= 4.5, qPrintable(u"problem text %1:1"_s.arg(problem, 0, 'f', 2)));
    }
    QApplication::setPalette(original);
}

void TestA11yViews::highContrastWindow()
{
    test::GradebookFixture f;
    prepare(f);
    const QPalette original = QApplication::palette();
    QApplication::setPalette(highContrastPalette());
    {
        MainWindow w(f.profile.store());
        w.resize(1240, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.palette().color(QPalette::Window), QColor(Qt::black)); // nothing overrides the platform's
        QCOMPARE(w.gradebookPanel()->view()->palette().color(QPalette::Base), QColor(Qt::black));
        saveShot(&w, u"a11y-high-contrast-gradebook.png"_s);
        w.findChild<QTabWidget *>(u"classTabs"_s)->setCurrentIndex(1);
        saveShot(&w, u"a11y-high-contrast-insight.png"_s);
        AssignmentDialog dialog(CategoryRepository(f.profile.store()).inClass(f.classId), &w);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // An empty check box still shows its box: light pixels where the indicator is drawn.
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (!box->isVisible() || box->isChecked())
                continue;
            QStyleOptionButton option;
            option.initFrom(box);
            const QRect indicator = box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
            const QImage image = box->grab(indicator).toImage();
            int light = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    light += QColor(image.pixel(x, y)).lightness() > 128 ? 1 : 0;
            }
            QVERIFY2(light > indicator.width(),
                     qPrintable(u"the empty check box '%1' is invisible"_s.arg(box->text())));
        }
        saveShot(&dialog, u"a11y-high-contrast-dialog.png"_s);
    }
    QApplication::setPalette(original);
}

void TestA11yViews::largeFontWindow()
{
    test::GradebookFixture f;
    prepare(f);
    const QFont original = QApplication::font();
    QFont large = original;
    large.setPointSizeF(original.pointSizeF() * 1.5);
    QApplication::setFont(large);
    {
        MainWindow w(f.profile.store());
        w.resize(1240, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::processEvents();
        QCOMPARE(w.gradebookPanel()->view()->font().pointSizeF(), large.pointSizeF());
        // The key labels and every page tab whole; every menu on the bar, none folded away.
        QStringList clipped = clippedLabels(&w);
        QTabBar *tabs = w.findChild<QTabWidget *>(u"classTabs"_s)->tabBar();
        for (int i = 0; i < tabs->count(); ++i) {
            // A tab narrower than its text (elided) or off the bar's end.
            const int textWidth = tabs->fontMetrics().horizontalAdvance(tabs->tabText(i).remove(u'&'));
            if (tabs->tabRect(i).width() < textWidth || !tabs->rect().contains(tabs->tabRect(i)))
                clipped << u"tab %1"_s.arg(tabs->tabText(i));
        }
        for (QAction *menu : w.menuBar()->actions()) {
            if (!w.menuBar()->rect().contains(w.menuBar()->actionGeometry(menu)))
                clipped << u"menu %1"_s.arg(menu->text());
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u", "_s)));
        saveShot(&w, u"a11y-large-font-gradebook.png"_s);
        AssignmentDialog dialog(CategoryRepository(f.profile.store()).inClass(f.classId), &w);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::processEvents();
        const QStringList clippedInDialog = clippedLabels(&dialog);
        QVERIFY2(clippedInDialog.isEmpty(), qPrintable(clippedInDialog.join(u", "_s)));
        saveShot(&dialog, u"a11y-large-font-dialog.png"_s);
    }
    QApplication::setFont(original);
}

QTEST_MAIN(TestA11yViews)
#include "tst_a11yviews.moc"
