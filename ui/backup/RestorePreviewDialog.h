#pragma once

#include "models/backup/BackupDiff.h"
#include "models/backup/BackupInfo.h"

#include <QDialog>

class QTreeWidget;

namespace k12 {

// "Restore this backup?": per class, what the restore would undo (students, assignments
// and scores added, removed or changed since the backup), and how to take it back.
class RestorePreviewDialog : public QDialog
{
    Q_OBJECT
public:
    RestorePreviewDialog(const BackupInfo &backup, const QList<ClassDelta> &deltas, QWidget *parent = nullptr);

    static QString deltaText(const RowDelta &d);

private:
    QTreeWidget *m_classes = nullptr;
};

} // namespace k12
