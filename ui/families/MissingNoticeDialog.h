#pragma once

#include "models/families/MissingNoticePreview.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace k12 {

class Store;

// Class > Send Missing-Work Notice... (issue 18): choose students (those with
// missing work are ticked), read the preview (per student the missing
// assignments, who receives the notice, and the guardians without an email,
// said in words), then Send. Sending goes through FamilyActions, as the CLI's
// `notify missing` does; notices are sent records, not undo steps.
class MissingNoticeDialog : public QDialog
{
    Q_OBJECT
public:
    MissingNoticeDialog(Store &store, const QString &classId, QWidget *parent = nullptr);

    // Empty when the class's preview could not be made (the dialog then says why).
    const QString &loadError() const { return m_loadError; }
    QListWidget *studentList() const { return m_students; }
    QTextBrowser *preview() const { return m_preview; }
    QPushButton *sendButton() const { return m_send; }
    // How many notices Send created (after the dialog was accepted).
    int sentCount() const { return m_sent; }
    // The preview of the ticked students: what Send sends.
    MissingNoticePreview chosen() const;

private:
    void updatePreview();
    void onSend();
    static QString entryHtml(const MissingNoticePreview::Entry &e);

    Store &m_store;
    MissingNoticePreview m_all;
    QString m_loadError;
    int m_sent = 0;
    QListWidget *m_students;
    QTextBrowser *m_preview;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_send;
};

} // namespace k12
