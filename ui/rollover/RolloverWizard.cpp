#include "RolloverWizard.h"

#include "models/actions/RolloverActions.h"
#include "models/repositories/ClassRepository.h"
#include "models/rollover/RolloverReview.h"
#include "models/rollover/TermNames.h"
#include "models/store/Store.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

// The choose page is complete when a class is ticked and the term has a name.
class ChoosePageWidget : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete && complete(); }
};

} // namespace

RolloverWizard::RolloverWizard(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_undo(undoStack)
{
    setObjectName(u"rolloverWizard"_s);
    setWindowTitle(tr("New Term"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ChoosePage, makeChoosePage());
    setPage(CarryPage, makeCarryPage());
    setPage(ReviewPage, makeReviewPage());
    setButtonText(QWizard::FinishButton, tr("&Start New Term"));
    resize(720, 560);
    fillClasses();
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ReviewPage)
            refreshReview();
    });
}

QWizardPage *RolloverWizard::makeChoosePage()
{
    auto *page = new ChoosePageWidget;
    page->setTitle(tr("Which classes start a new term?"));
    page->setSubTitle(tr("Classes of one course (the periods of Algebra I) move together. The old classes are "
                         "archived: kept, read-only, under Archived in the sidebar."));
    m_classes = new QTreeWidget(page);
    m_classes->setObjectName(u"rolloverClasses"_s);
    m_classes->setAccessibleName(tr("Classes to roll over"));
    m_classes->setHeaderLabels({tr("Course and class"), tr("Term")});
    m_classes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_classes->setRootIsDecorated(true);
    m_term = new QLineEdit(page);
    m_term->setObjectName(u"rolloverTerm"_s);
    m_term->setAccessibleName(tr("New term name"));
    auto *termLabel = new QLabel(tr("&New term:"), page);
    termLabel->setBuddy(m_term);
    auto *layout = new QVBoxLayout(page);
    auto *classesLabel = new QLabel(tr("&Classes:"), page);
    classesLabel->setBuddy(m_classes);
    layout->addWidget(classesLabel);
    layout->addWidget(m_classes, 1);
    auto *termRow = new QHBoxLayout;
    termRow->addWidget(termLabel);
    termRow->addWidget(m_term, 1);
    layout->addLayout(termRow);
    page->complete = [this] { return !m_term->text().trimmed().isEmpty() && !options().classIds.isEmpty(); };
    connect(m_term, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    connect(m_classes, &QTreeWidget::itemChanged, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage *RolloverWizard::makeCarryPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("What carries over?"));
    page->setSubTitle(tr("Students' scores and mastery evidence never carry over; they stay with the old class."));
    auto *layout = new QVBoxLayout(page);
    const QList<std::tuple<unsigned, QString, QString>> kinds{
        {Carry::Categories, tr("Categories and weights"), tr("with drop-lowest")},
        {Carry::Scale, tr("Grading scale"), tr("the letter cut-offs")},
        {Carry::Policies, tr("Policies"),
         tr("late and missing work, mastery method, automatic missing, at-risk thresholds, proficiency scale")},
        {Carry::Standards, tr("Standards"), tr("with their own mastery method")},
        {Carry::Periods, tr("Grading periods"), tr("dates moved; term-final formulas point to the new periods")},
        {Carry::Plans, tr("Unit and lesson plans"),
         tr("dates moved, weekdays kept; links to standards and assignments")},
        {Carry::Assignments, tr("Assignments"), tr("as unpublished templates without scores, due dates moved")}};
    auto *carryBox = new QGroupBox(tr("Carry over"), page);
    auto *carryLayout = new QVBoxLayout(carryBox);
    for (const auto &[flag, name, why] : kinds) {
        auto *box = new QCheckBox(tr("%1 — %2").arg(name, why), carryBox);
        box->setObjectName(u"carry_"_s + Carry::names(flag).value(0));
        box->setAccessibleName(name);
        box->setAccessibleDescription(why);
        box->setChecked(true);
        carryLayout->addWidget(box);
        m_carry.append({flag, box});
    }
    layout->addWidget(carryBox);

    auto *dates = new QGroupBox(tr("Dates"), page);
    auto *datesLayout = new QFormLayout(dates);
    m_shiftAuto = new QRadioButton(tr("Move to the &week after the old term ends (whole weeks)"), dates);
    m_shiftStart = new QRadioButton(tr("Start in the week of:"), dates);
    m_shiftDays = new QRadioButton(tr("Move by a number of &days:"), dates);
    m_shiftAuto->setChecked(true);
    m_start = new QDateEdit(QDate::currentDate(), dates);
    m_start->setCalendarPopup(true);
    m_start->setAccessibleName(tr("New term start date"));
    m_days = new QSpinBox(dates);
    m_days->setRange(-3650, 3650);
    m_days->setValue(182);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days to move dates by"));
    auto *group = new QButtonGroup(dates);
    for (QRadioButton *b : {m_shiftAuto, m_shiftStart, m_shiftDays})
        group->addButton(b);
    datesLayout->addRow(m_shiftAuto);
    datesLayout->addRow(m_shiftStart, m_start);
    datesLayout->addRow(m_shiftDays, m_days);
    layout->addWidget(dates);

    m_keepRoster = new QCheckBox(tr("&Keep the roster: enroll the same students (year-long courses)"), page);
    m_keepRoster->setObjectName(u"keepRoster"_s);
    layout->addWidget(m_keepRoster);
    layout->addStretch();
    return page;
}

QWizardPage *RolloverWizard::makeReviewPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Review"));
    page->setSubTitle(tr("This is what will be created. Everything happens in one step: Edit > Undo takes it all "
                         "back and restores the old classes."));
    m_review = new QTreeWidget(page);
    m_review->setObjectName(u"rolloverReview"_s);
    m_review->setAccessibleName(tr("What will be created"));
    m_review->setHeaderHidden(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"rolloverSummary"_s);
    m_summary->setWordWrap(false); // short lines; a wrapped label is sized before its text arrives
    m_summary->setStyleSheet(u"background: palette(alternate-base); border: 1px solid palette(mid); padding: 6px;"_s);
    auto *layout = new QVBoxLayout(page);
    // The summary first: what moves and what is archived, before the long list.
    layout->addWidget(m_summary);
    layout->addWidget(m_review, 1);
    return page;
}

void RolloverWizard::fillClasses()
{
    const QList<SchoolClass> active = ClassRepository(m_store).list(false);
    QStringList terms;
    for (const SchoolClass &c : active) {
        if (!c.term.isEmpty())
            terms.append(c.term);
    }
    const QString latest = TermNames::latest(terms);
    m_term->setText(latest.isEmpty() ? QString() : TermNames::next(latest));
    for (const QList<SchoolClass> &course : RolloverPlanner::courseGroups(active)) {
        auto *top = new QTreeWidgetItem(m_classes);
        top->setText(0, course.constFirst().subject.isEmpty()
                            ? course.constFirst().name
                            : tr("%1 (%2)").arg(course.constFirst().name, course.constFirst().subject));
        top->setFlags(top->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        for (const SchoolClass &c : course) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, c.period.isEmpty() ? c.name : tr("%1, %2").arg(c.name, c.period));
            item->setText(1, c.term);
            item->setData(0, IdRole, c.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            // The latest term's classes are ticked: those are the ones ending now.
            item->setCheckState(0, latest.isEmpty() || c.term == latest ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_classes->expandAll();
    m_classes->resizeColumnToContents(1);
}

RolloverOptions RolloverWizard::options() const
{
    RolloverOptions o;
    for (int i = 0; i < m_classes->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_classes->topLevelItem(i);
        for (int k = 0; k < top->childCount(); ++k) {
            if (top->child(k)->checkState(0) == Qt::Checked)
                o.classIds.append(top->child(k)->data(0, IdRole).toString());
        }
    }
    o.toTerm = m_term->text().trimmed();
    o.carry = 0;
    for (const auto &[flag, box] : m_carry) {
        if (box->isChecked())
            o.carry |= flag;
    }
    if (m_shiftStart->isChecked())
        o.startDate = m_start->date();
    else if (m_shiftDays->isChecked())
        o.shiftDays = m_days->value();
    o.keepRoster = m_keepRoster->isChecked();
    return o;
}

void RolloverWizard::refreshReview()
{
    m_review->clear();
    const Result<RolloverPlan> plan = RolloverActions{ActionRunner(m_store)}.preview(options());
    if (!plan) {
        m_summary->setText(plan.error());
        return;
    }
    for (const RolloverClassPlan &c : plan->classes) {
        auto *top = new QTreeWidgetItem(m_review, {RolloverReview::heading(c, plan->options.toTerm)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const QString &item : RolloverReview::items(c))
            new QTreeWidgetItem(top, {item});
    }
    m_review->expandAll();
    const QStringList summary = RolloverReview::summary(*plan);
    m_summary->setText(summary.join(u'\n'));
    // The page was laid out before the text arrived: make room for every line.
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * int(summary.size()) + 20);
}

void RolloverWizard::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<RolloverPlan> done = RolloverActions{ActionRunner(m_store, m_undo)}.run(options());
    QApplication::restoreOverrideCursor();
    if (!done) {
        QMessageBox::warning(this, tr("New Term"), tr("Nothing was changed: %1").arg(done.error()));
        return;
    }
    m_rolledOver = int(done->classes.size());
    QWizard::accept();
}

} // namespace k12
