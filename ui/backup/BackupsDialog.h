#pragma once

#include "models/backup/BackupService.h"

#include <QDialog>

class QTreeWidget;
class QPushButton;
class QLabel;

namespace k12 {

// File > Backups...: the profile's backups (date, reason, size, check), Back Up Now,
// Verify and Restore... with a preview of what the restore changes. The restore itself
// needs the store closed: the dialog only records which backup was chosen
// (chosenRestore) and the window hands it to the app, which closes, restores, reopens.
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupsDialog(const QString &profileDir, QWidget *parent = nullptr);

    const QString &chosenRestore() const { return m_chosenRestore; }
    static QString reasonText(const QString &reason);

    // Steps the tests and the screenshots drive.
    void backUpNow();
    void verifySelected();
    // Shows the preview; on "Restore" records the choice and accepts.
    void restoreSelected();
    QTreeWidget *list() const { return m_list; }

private:
    void reload(const QString &select = {});
    QString selectedId() const;
    void updateButtons();

    BackupService m_service;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_restore = nullptr;
    QString m_chosenRestore;
};

} // namespace k12
