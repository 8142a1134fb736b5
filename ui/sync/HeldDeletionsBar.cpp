#include "HeldDeletionsBar.h"

#include "models/store/Store.h"
#include "sync/engine/HeldDeletions.h"
#include "ui/common/Ask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

HeldDeletionsBar::HeldDeletionsBar(Store &store, QWidget *parent)
    : QFrame(parent)
    , m_store(store)
    , m_label(new QLabel(this))
    , m_review(new QPushButton(tr("&Review"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_keep(new QPushButton(tr("&Keep Mine"), this))
{
    setObjectName(u"heldDeletionsBar"_s);
    setAccessibleName(tr("Deletions waiting for you"));
    // The archived banner's colours: a notice, not an error.
    setStyleSheet(u"#heldDeletionsBar { background: #fff4ce; border: 1px solid #e0c860; }"
                  "#heldDeletionsBar QLabel { color: #3b3000; }"_s);
    m_label->setObjectName(u"heldDeletionsText"_s);
    m_label->setWordWrap(true);
    m_review->setObjectName(u"reviewHeldDeletions"_s);
    m_apply->setObjectName(u"applyHeldDeletions"_s);
    m_keep->setObjectName(u"keepHeldDeletions"_s);
    m_review->setToolTip(tr("Show the rows the server removed in Sync Problems"));
    m_apply->setToolTip(tr("Delete them on this computer too, as the server has"));
    m_keep->setToolTip(tr("Keep them here and send them back to the server"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_review);
    layout->addWidget(m_apply);
    layout->addWidget(m_keep);
    connect(m_review, &QPushButton::clicked, this, &HeldDeletionsBar::reviewRequested);
    connect(m_apply, &QPushButton::clicked, this, [this] { settle(true); });
    connect(m_keep, &QPushButton::clicked, this, [this] { settle(false); });
    hide();
}

QString HeldDeletionsBar::message(const HeldDeletionsSummary &summary)
{
    if (summary.classes.isEmpty())
        return {};
    int grades = 0, students = 0, assignments = 0, other = 0;
    for (const HeldDeletionsSummary::ClassPart &p : summary.classes) {
        grades += p.grades;
        students += p.students;
        assignments += p.assignments;
        other += p.other;
    }
    QStringList parts;
    if (grades)
        parts << tr("%n grade(s)", nullptr, grades);
    if (students)
        parts << tr("%n student(s)", nullptr, students);
    if (assignments)
        parts << tr("%n assignment(s)", nullptr, assignments);
    if (other)
        parts << tr("%n other row(s)", nullptr, other);
    QString what = parts.constFirst();
    if (parts.size() == 2)
        what = tr("%1 and %2").arg(parts.at(0), parts.at(1));
    else if (parts.size() > 2)
        what = tr("%1 and %2").arg(parts.mid(0, parts.size() - 1).join(u", "_s), parts.constLast());
    const QString first =
        summary.classes.constFirst().className.isEmpty() ? tr("a class") : summary.classes.constFirst().className;
    const int others = int(summary.classes.size()) - 1;
    const QString where = others == 0 ? first : tr("%1 and %n other class(es)", nullptr, others).arg(first);
    return tr("The server removed %1 in %2. Nothing was deleted here yet.").arg(what, where);
}

void HeldDeletionsBar::refresh()
{
    m_summary = HeldDeletionsSummary::read(m_store.database());
    m_label->setText(message(m_summary));
    setVisible(m_summary.total > 0);
}

void HeldDeletionsBar::settle(bool apply)
{
    if (m_summary.total == 0)
        return;
    if (apply &&
        Ask::question(window(), tr("Apply the Server's Deletions"),
                      tr("Delete these %n row(s) on this computer too? A backup of your data is taken every day; "
                         "Keep Mine sends them back to the server instead.",
                         nullptr, m_summary.total),
                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    HeldDeletions held(m_store.database());
    const Result<int> done = apply ? held.apply() : held.keep();
    if (!done) {
        Ask::question(window(), tr("Deletions"), done.error(), QMessageBox::Ok, QMessageBox::Ok);
        return;
    }
    // The rows changed under the window's models, as a pull changes them.
    m_store.announce({u"class"_s, u"enrollment"_s, u"assignment"_s, u"score"_s, u"student"_s});
    refresh();
    Q_EMIT settled(*done, apply);
}

} // namespace k12
