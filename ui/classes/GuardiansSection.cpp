#include "GuardiansSection.h"

#include "GuardianDialog.h"
#include "models/actions/FamilyActions.h"
#include "models/repositories/GuardianRepository.h"
#include "models/repositories/InvitationRepository.h"
#include "models/repositories/StudentRepository.h"
#include "models/store/Store.h"
#include "ui/common/Ask.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString invitedText(const QDateTime &utc)
{
    // The server's answer (accepted or not) is not synced back: "Invited", never "Joined".
    return GuardiansSection::tr("Invited %1").arg(utc.toLocalTime().date().toString(Qt::ISODate));
}

QString describe(const Guardian &g)
{
    QString text = g.displayName();
    if (!g.relationship.isEmpty())
        text += u" ("_s + g.relationship + u')';
    if (!g.email.isEmpty())
        text += u" \u00b7 "_s + g.email;
    if (!g.phone.isEmpty())
        text += u" \u00b7 "_s + g.phone;
    return text;
}

} // namespace

GuardiansSection::GuardiansSection(Store &store, QUndoStack *undoStack, QWidget *parent)
    : QGroupBox(tr("Guardians"), parent)
    , m_store(store)
    , m_actions(store, undoStack)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add..."), this))
    , m_edit(new QPushButton(tr("E&dit..."), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_link(new QPushButton(tr("&Link Existing..."), this))
    , m_invite(new QPushButton(tr("&Invite to Family Portal..."), this))
{
    setObjectName(u"guardiansSection"_s);
    m_list->setObjectName(u"guardianList"_s);
    m_list->setAccessibleName(tr("Guardians of this student"));
    m_add->setObjectName(u"addGuardian"_s);
    m_edit->setObjectName(u"editGuardian"_s);
    m_remove->setObjectName(u"removeGuardian"_s);
    m_link->setObjectName(u"linkGuardian"_s);
    m_link->setToolTip(tr("Add a guardian already linked to another student (a sibling)."));
    m_invite->setObjectName(u"inviteGuardian"_s);
    m_list->setMinimumHeight(90);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_link})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_invite);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &GuardiansSection::onAdd);
    connect(m_edit, &QPushButton::clicked, this, &GuardiansSection::onEdit);
    connect(m_remove, &QPushButton::clicked, this, &GuardiansSection::onRemove);
    connect(m_link, &QPushButton::clicked, this, &GuardiansSection::onLinkExisting);
    connect(m_invite, &QPushButton::clicked, this, &GuardiansSection::onInvite);
    connect(m_list, &QListWidget::currentRowChanged, this, &GuardiansSection::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, &GuardiansSection::onEdit);
    connect(&m_store, &Store::changed, this, [this](const QStringList &entities) {
        if (entities.contains(u"guardian"_s) || entities.contains(u"student_guardian"_s) ||
            entities.contains(u"guardian_invitation"_s))
            reload();
    });
    reload();
}

void GuardiansSection::setStudentId(const QString &studentId)
{
    m_studentId = studentId;
    reload();
}

void GuardiansSection::reload()
{
    const int row = m_list->currentRow();
    m_shown = m_studentId.isEmpty() ? QList<Guardian>() : GuardianRepository(m_store).ofStudent(m_studentId);
    m_shown += m_pendingLinks;
    m_shown += m_pendingNew;
    m_invited = InvitationRepository(m_store).lastInvitedAll();
    m_list->clear();
    for (const Guardian &g : std::as_const(m_shown)) {
        QString text = describe(g);
        if (const auto it = m_invited.constFind(g.id); !g.id.isEmpty() && it != m_invited.cend())
            text += u" \u00b7 "_s + invitedText(*it);
        m_list->addItem(text);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(qBound(0, row, m_list->count() - 1));
    updateButtons();
}

void GuardiansSection::updateButtons()
{
    const bool one = m_list->currentRow() >= 0;
    m_edit->setEnabled(one);
    m_remove->setEnabled(one);
    // Only a saved guardian of a saved student with an email can be invited; say why not.
    int pending = -1;
    const std::optional<Guardian> g = selected(&pending);
    const bool saved =
        g && pending < 0 && !m_studentId.isEmpty() &&
        std::none_of(m_pendingLinks.cbegin(), m_pendingLinks.cend(), [&](const Guardian &p) { return p.id == g->id; });
    const bool hasEmail = g && !g->email.trimmed().isEmpty();
    m_invite->setEnabled(saved && hasEmail);
    if (!g)
        m_invite->setToolTip(tr("Select a guardian to invite."));
    else if (!hasEmail)
        m_invite->setToolTip(
            tr("%1 has no email: edit the guardian and add one to invite them.").arg(g->displayName()));
    else if (!saved)
        m_invite->setToolTip(tr("Save the student first."));
    else if (const auto it = m_invited.constFind(g->id); it != m_invited.cend())
        m_invite->setToolTip(tr("%1; inviting again emails a new link.").arg(invitedText(*it)));
    else
        m_invite->setToolTip(
            tr("Email %1 a link to sign up for the family portal (after the next sync).").arg(g->displayName()));
    m_invite->setAccessibleDescription(m_invite->toolTip());
}

std::optional<Guardian> GuardiansSection::selected(int *pendingIndex) const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_shown.size())
        return std::nullopt;
    const qsizetype firstPending = m_shown.size() - m_pendingNew.size();
    *pendingIndex = row >= firstPending ? int(row - firstPending) : -1;
    return m_shown.at(row);
}

void GuardiansSection::onAdd()
{
    GuardianDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Guardian g = dialog.guardian();
    if (m_studentId.isEmpty()) {
        m_pendingNew.append(g);
        reload();
        m_list->setCurrentRow(m_list->count() - 1);
        return;
    }
    Result<GuardianActions::Added> added = m_actions.guardians().add(g, m_studentId);
    if (!added) {
        QMessageBox::warning(this, tr("Guardian not added"), added.error());
        return;
    }
    if (added->existing) {
        QMessageBox::information(this, tr("Guardian linked"),
                                 tr("A guardian with this email is already in your classes: that guardian is now "
                                    "linked to this student too, with the details they already had."));
    }
}

void GuardiansSection::onEdit()
{
    int pending = -1;
    const std::optional<Guardian> g = selected(&pending);
    if (!g)
        return;
    GuardianDialog dialog(this);
    dialog.setGuardian(*g);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (pending >= 0) {
        m_pendingNew[pending] = dialog.guardian();
        reload();
        return;
    }
    if (Status s = m_actions.guardians().edit(dialog.guardian()); !s)
        QMessageBox::warning(this, tr("Guardian not saved"), s.error());
}

void GuardiansSection::onRemove()
{
    int pending = -1;
    const std::optional<Guardian> g = selected(&pending);
    if (!g)
        return;
    if (pending >= 0) {
        m_pendingNew.removeAt(pending);
        reload();
        return;
    }
    for (qsizetype i = 0; i < m_pendingLinks.size(); ++i) {
        if (m_pendingLinks.at(i).id == g->id) {
            m_pendingLinks.removeAt(i);
            reload();
            return;
        }
    }
    if (Status s = m_actions.guardians().unlink(g->id, m_studentId); !s)
        QMessageBox::warning(this, tr("Guardian not removed"), s.error());
}

void GuardiansSection::onLinkExisting()
{
    GuardianRepository guardians(m_store);
    StudentRepository students(m_store);
    QList<Guardian> choices;
    QStringList labels;
    for (const Guardian &g : guardians.linkableTo(m_studentId)) {
        if (std::any_of(m_pendingLinks.cbegin(), m_pendingLinks.cend(),
                        [&](const Guardian &p) { return p.id == g.id; }))
            continue;
        QStringList of;
        for (const QString &studentId : guardians.studentsOf(g.id)) {
            if (const std::optional<Student> s = students.find(studentId))
                of.append(s->givenName + u' ' + s->familyName);
        }
        choices.append(g);
        labels.append(tr("%1 \u2014 guardian of %2").arg(describe(g), of.join(u", "_s)));
    }
    if (choices.isEmpty()) {
        QMessageBox::information(this, tr("Link Existing Guardian"),
                                 tr("No other student has a guardian yet. Use Add to enter one."));
        return;
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        this, tr("Link Existing Guardian"), tr("A guardian of another student (a sibling):"), labels, 0, false, &ok);
    if (!ok)
        return;
    const Guardian &g = choices.at(labels.indexOf(picked));
    if (m_studentId.isEmpty()) {
        m_pendingLinks.append(g);
        reload();
        return;
    }
    if (Status s = m_actions.guardians().link(g.id, m_studentId); !s)
        QMessageBox::warning(this, tr("Guardian not linked"), s.error());
}

void GuardiansSection::onInvite()
{
    int pending = -1;
    const std::optional<Guardian> g = selected(&pending);
    if (!g || pending >= 0 || m_studentId.isEmpty())
        return;
    const QMessageBox::StandardButton answer = Ask::question(
        this, tr("Invite to Family Portal"),
        tr("Invite %1 to the family portal? The server emails %2 a link to sign up after the next sync. An "
           "invitation is sent like an email: it cannot be undone.")
            .arg(g->displayName(), g->email.trimmed()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (Result<QStringList> r = FamilyActions(ActionRunner(m_store)).invite({g->id}); !r)
        QMessageBox::warning(this, tr("Guardian not invited"), r.error());
}

Status GuardiansSection::addPendingTo(const QString &studentId)
{
    GuardianActions actions = m_actions.guardians();
    for (const Guardian &g : std::as_const(m_pendingLinks)) {
        if (Status s = actions.link(g.id, studentId); !s)
            return s;
    }
    for (const Guardian &g : std::as_const(m_pendingNew)) {
        if (Result<GuardianActions::Added> added = actions.add(g, studentId); !added)
            return fail(added.error());
    }
    m_pendingLinks.clear();
    m_pendingNew.clear();
    return {};
}

} // namespace k12
