#include "RestorePreviewDialog.h"

#include "BackupsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QString RestorePreviewDialog::deltaText(const RowDelta &d)
{
    QStringList parts;
    // Said from the restore's side: what it takes away, brings back, turns back.
    if (d.added > 0)
        parts.append(tr("%n removed", nullptr, d.added));
    if (d.removed > 0)
        parts.append(tr("%n back", nullptr, d.removed));
    if (d.changed > 0)
        parts.append(tr("%n as before", nullptr, d.changed));
    return parts.isEmpty() ? tr("no change") : parts.join(u", "_s);
}

RestorePreviewDialog::RestorePreviewDialog(const BackupInfo &backup, const QList<ClassDelta> &deltas, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Restore Backup"));
    setObjectName(u"restorePreviewDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>Restore the backup of %1 (%2)?</b><br>Your data goes back to what it was "
                                "then. This is what the restore changes, class by class:")
                                 .arg(QLocale().toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat),
                                      BackupsDialog::reasonText(backup.reason)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_classes = new QTreeWidget(this);
    m_classes->setObjectName(u"restoreDifferences"_s);
    m_classes->setRootIsDecorated(false);
    m_classes->setHeaderLabels({tr("Class"), tr("Students"), tr("Assignments"), tr("Scores")});
    for (const ClassDelta &d : deltas) {
        QString name = d.name;
        switch (d.state) {
        case ClassDelta::State::Added:
            name = tr("%1 (new since the backup: removed)").arg(d.name);
            break;
        case ClassDelta::State::Removed:
            name = tr("%1 (deleted since: comes back)").arg(d.name);
            break;
        case ClassDelta::State::Changed:
            name = tr("%1 (settings as before)").arg(d.name);
            break;
        case ClassDelta::State::Same:
            break;
        }
        auto *item = new QTreeWidgetItem(m_classes);
        item->setText(0, name);
        if (d.state == ClassDelta::State::Added) {
            for (int c = 1; c < 4; ++c)
                item->setText(c, tr("removed with the class"));
            continue;
        }
        const QString counts = d.studentsNow == d.studentsThen ? QString::number(d.studentsNow)
                                                               : tr("%1 → %2").arg(d.studentsNow).arg(d.studentsThen);
        item->setText(1, tr("%1: %2").arg(counts, deltaText(d.students)));
        item->setText(2, deltaText(d.assignments));
        item->setText(3, deltaText(d.scores));
    }
    if (deltas.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_classes);
        item->setText(0, tr("Nothing differs from the backup."));
    }
    for (int c = 0; c < 3; ++c)
        m_classes->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_classes->header()->setStretchLastSection(true);
    layout->addWidget(m_classes, 1);

    auto *undo = new QLabel(tr("Your current data is kept first as a \"Before restore\" backup: restoring that one "
                               "undoes this restore. The window closes and opens again for the restore. At the next "
                               "sync, what the server has since the backup comes back and what only the backup "
                               "holds is sent; conflicts show as usual."),
                            this);
    undo->setWordWrap(true);
    layout->addWidget(undo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(u"confirmRestore"_s);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 420);
}

} // namespace k12
