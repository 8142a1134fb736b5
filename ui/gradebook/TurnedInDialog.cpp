#include "TurnedInDialog.h"

#include "kernel/domain/Clock.h"
#include "models/grading/LateWork.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

constexpr int kAssignmentsShown = 8;

// "Tue 12/2/25": the weekday matters here (weekends are not school days).
QString dayAndDate(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, u"ddd"_s) + u' ' + locale.toString(date, QLocale::ShortFormat);
}

} // namespace

TurnedInDialog::TurnedInDialog(const GradebookData &data, const QList<CellRef> &cells, QWidget *parent)
    : QDialog(parent)
    , m_data(data)
    , m_cells(cells)
    , m_date(new QDateEdit(this))
    , m_summary(new QLabel(this))
    , m_apply(nullptr)
{
    setObjectName(u"turnedInDialog"_s);
    setWindowTitle(tr("Turned In On"));
    QString question;
    if (cells.size() == 1) {
        const CellRef &c = cells.constFirst();
        question = tr("When was \"%1\" turned in by %2?")
                       .arg(data.assignments.at(c.assignment).title, data.students.at(c.student).displayName());
    } else {
        question = tr("When was the work of the %n selected cell(s) turned in?", nullptr, int(cells.size()));
    }
    auto *intro = new QLabel(question, this);
    intro->setWordWrap(true);

    m_date->setObjectName(u"turnedInDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(Clock::today());
    m_date->setDate(Clock::today());
    m_summary->setObjectName(u"turnedInSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setMinimumWidth(420);
    auto *rule = new QLabel(tr("Days late are school days, Monday to Friday, after the due date; work turned in on a "
                               "Saturday or Sunday counts from the Monday after. Holidays are not known here: where "
                               "one falls, type L and the days in the cell (L2: 2 days late)."),
                            this);
    rule->setWordWrap(true);
    rule->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"turnedInApply"_s);
    m_apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &TurnedInDialog::updateSummary);

    auto *form = new QFormLayout;
    form->addRow(tr("&Turned in on:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(rule);
    layout->addStretch();
    layout->addWidget(buttons);
    updateSummary();
}

QDate TurnedInDialog::date() const
{
    return m_date->date();
}

void TurnedInDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

QString TurnedInDialog::summary() const
{
    return m_summary->text();
}

void TurnedInDialog::updateSummary()
{
    const QDate date = m_date->date();
    QList<int> assignments;
    for (const CellRef &c : std::as_const(m_cells)) {
        if (!assignments.contains(c.assignment))
            assignments.append(c.assignment);
    }
    QStringList lines;
    bool ok = !m_cells.isEmpty();
    bool anyLate = false;
    for (qsizetype i = 0; i < assignments.size(); ++i) {
        const Assignment &a = m_data.assignments.at(assignments.at(i));
        const Result<ScoreEdit> edit = LateWork::turnedIn(a, date);
        ok &= edit.ok();
        anyLate |= edit && edit->daysLate > 0;
        if (i >= kAssignmentsShown && edit)
            continue; // a problem is always shown
        lines << (edit
                      ? tr("\"%1\", due %2: %3").arg(a.title, dayAndDate(a.dueDate), LateWork::daysText(edit->daysLate))
                      : edit.error());
    }
    if (assignments.size() > kAssignmentsShown)
        lines << tr("(and %n more assignment(s))", nullptr, int(assignments.size()) - kAssignmentsShown);
    if (ok && anyLate) {
        if (m_cells.size() == 1) {
            // The tooltip the cell will have: what the penalty takes from its points.
            const CellRef &c = m_cells.constFirst();
            const Assignment &a = m_data.assignments.at(c.assignment);
            const Score after = LateWork::turnedIn(a, date)->appliedTo(m_data.scoreAt(c.student, c.assignment));
            lines << LateWork::penaltyText(m_data.engine(), GradeEngine::cellFor(after, a, m_data.scale));
        } else {
            const QString rule = LateWork::ruleText(m_data.engine());
            lines << (rule.isEmpty() ? tr("This class has no late penalty: the cells are marked late with their days, "
                                          "and nothing is deducted.")
                                     : tr("Late penalty: %1.").arg(rule));
        }
    }
    m_summary->setText(lines.join(u'\n'));
    m_apply->setEnabled(ok);
}

} // namespace k12
