#include "MissingNoticeDialog.h"

#include "models/actions/FamilyActions.h"
#include "models/store/Store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString withEmail(const Guardian &g)
{
    return esc(g.displayName()) + u" &lt;"_s + esc(g.email.trimmed()) + u"&gt;"_s;
}

} // namespace

MissingNoticeDialog::MissingNoticeDialog(Store &store, const QString &classId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_students(new QListWidget(this))
    , m_preview(new QTextBrowser(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_send(m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"missingNoticeDialog"_s);
    m_students->setObjectName(u"noticeStudents"_s);
    m_preview->setObjectName(u"noticePreview"_s);
    m_summary->setObjectName(u"noticeSummary"_s);
    m_send->setObjectName(u"sendNotices"_s);
    m_students->setAccessibleName(tr("Students to send a notice for"));
    m_preview->setAccessibleName(tr("Preview of the notices"));
    m_preview->setOpenLinks(false);
    m_summary->setWordWrap(true);

    Result<MissingNoticePreview> preview = FamilyActions(ActionRunner(m_store)).missingNoticePreview(classId);
    if (preview)
        m_all = std::move(preview).value();
    else
        m_loadError = preview.error();
    setWindowTitle(m_all.className.isEmpty() ? tr("Send Missing-Work Notice")
                                             : tr("Send Missing-Work Notice \u2014 %1").arg(m_all.className));

    for (const MissingNoticePreview::Entry &e : std::as_const(m_all.entries)) {
        const QString text = e.missing.isEmpty()
                                 ? tr("%1 \u2014 nothing missing").arg(e.displayName())
                                 : tr("%1 \u2014 %n missing", nullptr, int(e.missing.size())).arg(e.displayName());
        auto *item = new QListWidgetItem(text, m_students);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(e.missing.isEmpty() ? Qt::Unchecked : Qt::Checked);
        item->setData(Qt::UserRole, e.studentId);
    }
    if (m_students->count() > 0)
        m_students->setCurrentRow(0);

    auto *intro = new QLabel(tr("The server emails each ticked student's guardians the list of missing work after "
                                "the next sync. A notice is sent like an email: it cannot be undone."),
                             this);
    intro->setWordWrap(true);
    auto *studentsLabel = new QLabel(tr("Stu&dents:"), this);
    studentsLabel->setBuddy(m_students);
    auto *previewLabel = new QLabel(tr("&Preview:"), this);
    previewLabel->setBuddy(m_preview);
    auto *missingOnly = new QPushButton(tr("Tick &Those with Missing Work"), this);
    missingOnly->setObjectName(u"tickMissing"_s);
    auto *none = new QPushButton(tr("&Untick All"), this);

    auto *left = new QVBoxLayout;
    left->addWidget(studentsLabel);
    left->addWidget(m_students, 1);
    auto *tick = new QHBoxLayout;
    tick->addWidget(missingOnly);
    tick->addWidget(none);
    left->addLayout(tick);
    auto *right = new QVBoxLayout;
    right->addWidget(previewLabel);
    right->addWidget(m_preview, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(860, 520);

    connect(m_students, &QListWidget::itemChanged, this, &MissingNoticeDialog::updatePreview);
    connect(missingOnly, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_students->count(); ++i)
            m_students->item(i)->setCheckState(m_all.entries.at(i).missing.isEmpty() ? Qt::Unchecked : Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_students->count(); ++i)
            m_students->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &MissingNoticeDialog::onSend);
    m_students->setFocus();
    updatePreview();
}

MissingNoticePreview MissingNoticeDialog::chosen() const
{
    MissingNoticePreview p;
    p.classId = m_all.classId;
    p.className = m_all.className;
    for (int i = 0; i < m_students->count() && i < m_all.entries.size(); ++i) {
        if (m_students->item(i)->checkState() == Qt::Checked)
            p.entries << m_all.entries.at(i);
    }
    return p;
}

QString MissingNoticeDialog::entryHtml(const MissingNoticePreview::Entry &e)
{
    QString html = u"<h3>"_s + esc(e.displayName()) + u"</h3>"_s;
    if (!e.missing.isEmpty()) {
        html += u"<p>"_s + tr("Missing:") + u"</p><ul>"_s;
        for (const ProgressReport::AssignmentLine &a : e.missing) {
            html += u"<li>"_s +
                    (a.dueDate.isValid()
                         ? tr("%1, due %2").arg(esc(a.title), QLocale().toString(a.dueDate, QLocale::ShortFormat))
                         : esc(a.title)) +
                    u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    if (!e.recipients.isEmpty()) {
        QStringList to;
        for (const Guardian &g : e.recipients)
            to << withEmail(g);
        html += u"<p>"_s + tr("To: %1").arg(to.join(u", "_s)) + u"</p>"_s;
    }
    // Said in words and in bold, not by colour alone.
    for (const Guardian &g : e.withoutEmail)
        html += u"<p><b>"_s +
                tr("No email: %1 will not get it. Add an email to their guardian details.").arg(esc(g.displayName())) +
                u"</b></p>"_s;
    for (const Guardian &g : e.reportsOff)
        html += u"<p>"_s + tr("Reports turned off: %1 will not get it.").arg(withEmail(g)) + u"</p>"_s;
    if (!e.willSend())
        html += u"<p><b>"_s + tr("Not sent: %1").arg(esc(e.reason())) + u"</b></p>"_s;
    return html;
}

void MissingNoticeDialog::updatePreview()
{
    if (!m_loadError.isEmpty()) {
        m_preview->setPlainText(m_loadError);
        m_summary->setText(m_loadError);
        m_send->setEnabled(false);
        return;
    }
    const MissingNoticePreview p = chosen();
    QString html;
    QSet<QString> guardians;
    int noEmail = 0;
    for (const MissingNoticePreview::Entry &e : p.entries) {
        html += entryHtml(e);
        if (e.willSend()) {
            for (const Guardian &g : e.recipients)
                guardians.insert(g.id);
        }
        if (!e.missing.isEmpty())
            noEmail += int(e.withoutEmail.size());
    }
    if (p.entries.isEmpty())
        html = u"<p>"_s + tr("Tick the students to send a notice for.") + u"</p>"_s;
    m_preview->setHtml(html);
    const int count = p.sendCount();
    QString summary = count == 0 ? tr("No notice to send.")
                                 : tr("%n notice(s) will be sent to %1.", nullptr, count)
                                       .arg(tr("%n guardian(s)", nullptr, int(guardians.size())));
    if (noEmail > 0)
        summary += u' ' + tr("%n guardian(s) without an email will not get one.", nullptr, noEmail);
    m_summary->setText(summary);
    m_send->setEnabled(count > 0);
}

void MissingNoticeDialog::onSend()
{
    Result<QStringList> sent = FamilyActions(ActionRunner(m_store)).sendMissingNotices(chosen());
    if (!sent) {
        QMessageBox::warning(this, tr("Notices not sent"), sent.error());
        return;
    }
    m_sent = int(sent->size());
    accept();
}

} // namespace k12
