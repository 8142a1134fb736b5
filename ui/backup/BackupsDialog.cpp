#include "BackupsDialog.h"

#include "RestorePreviewDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

QString BackupsDialog::reasonText(const QString &reason)
{
    if (reason == BackupReason::daily)
        return tr("Daily");
    if (reason == BackupReason::manual)
        return tr("Backed up by you");
    if (reason == BackupReason::beforeMigration)
        return tr("Before an upgrade");
    if (reason == BackupReason::beforeRollover)
        return tr("Before a new term");
    if (reason == BackupReason::beforeImport)
        return tr("Before an import");
    if (reason == BackupReason::beforeRestore)
        return tr("Before a restore");
    if (reason == BackupReason::beforeDelete)
        return tr("Before a class was deleted");
    return reason;
}

BackupsDialog::BackupsDialog(const QString &profileDir, QWidget *parent)
    : QDialog(parent)
    , m_service(profileDir)
{
    setWindowTitle(tr("Backups"));
    setObjectName(u"backupsDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("K12 Teacher backs up your data every day and before upgrades, imports, a new term "
                                "and restores. It keeps 7 daily, 4 weekly and 12 monthly backups."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"backupList"_s);
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Date"), tr("Reason"), tr("Size"), tr("Checked")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    layout->addWidget(m_list, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"backupStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *row = new QHBoxLayout;
    auto *now = new QPushButton(tr("Back Up Now"), this);
    now->setObjectName(u"backUpNow"_s);
    connect(now, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    m_verify = new QPushButton(tr("Verify"), this);
    m_verify->setObjectName(u"verifyBackup"_s);
    connect(m_verify, &QPushButton::clicked, this, &BackupsDialog::verifySelected);
    m_restore = new QPushButton(tr("Restore..."), this);
    m_restore->setObjectName(u"restoreBackup"_s);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    row->addWidget(now);
    row->addWidget(m_verify);
    row->addWidget(m_restore);
    row->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(close);
    layout->addLayout(row);
    resize(680, 380);
    reload();
}

void BackupsDialog::reload(const QString &select)
{
    m_list->clear();
    const QLocale locale;
    for (const BackupInfo &b : m_service.list()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, b.id);
        item->setText(0, locale.toString(b.createdAt.toLocalTime(), u"ddd d MMM yyyy, HH:mm"_s));
        item->setText(1, reasonText(b.reason));
        item->setText(2, locale.formattedDataSize(b.bytes));
        item->setText(3, b.integrity.isEmpty() ? tr("Not yet") : b.integrity == u"ok"_s ? tr("Good") : tr("Damaged"));
        if (b.id == select || (select.isEmpty() && m_list->topLevelItemCount() == 1))
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

QString BackupsDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void BackupsDialog::updateButtons()
{
    const bool any = !selectedId().isEmpty();
    m_verify->setEnabled(any);
    m_restore->setEnabled(any);
}

void BackupsDialog::backUpNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<BackupInfo> made = m_service.snapshot(BackupReason::manual);
    QApplication::restoreOverrideCursor();
    if (!made) {
        m_status->setText(made.error());
        return;
    }
    m_status->setText(tr("Backed up (%1).").arg(QLocale().formattedDataSize(made->bytes)));
    reload(made->id);
}

void BackupsDialog::verifySelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<BackupInfo> checked = m_service.verify(id);
    QApplication::restoreOverrideCursor();
    m_status->setText(checked ? tr("The backup is good: every check passed.") : checked.error());
    reload(id);
}

void BackupsDialog::restoreSelected()
{
    const std::optional<BackupInfo> backup = m_service.find(selectedId());
    if (!backup)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QList<ClassDelta>> deltas = BackupDiff::compare(m_service.databasePath(), backup->path);
    QApplication::restoreOverrideCursor();
    if (!deltas) {
        m_status->setText(deltas.error());
        return;
    }
    RestorePreviewDialog preview(*backup, *deltas, this);
    if (preview.exec() != QDialog::Accepted)
        return;
    m_chosenRestore = backup->id;
    accept();
}

} // namespace k12
