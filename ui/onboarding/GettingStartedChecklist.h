#pragma once

#include <QFrame>

class QCheckBox;
class QFileSystemWatcher;
class QLabel;
class QPushButton;

namespace k12 {

class Store;

// A short "getting started" list shown above the tabs of the class the
// walkthrough set up: add an assignment, enter a grade, export the gradebook.
// Items tick themselves off: assignments and grades from the store (on every
// change), the export from the profile setting checklist/exported, which
// File > Export Gradebook sets. Hidden for good with its Hide button.
class GettingStartedChecklist : public QFrame
{
    Q_OBJECT
public:
    GettingStartedChecklist(Store &store, QWidget *parent = nullptr);

    // Shows the list when `classId` is the walkthrough's class and it was not hidden.
    void setClassId(const QString &classId);
    // Re-reads the store and the settings (also done on store changes and when the settings file changes).
    void refresh();
    bool assignmentDone() const;
    bool gradeDone() const;
    bool exportDone() const;
    bool allDone() const { return assignmentDone() && gradeDone() && exportDone(); }

Q_SIGNALS:
    void dismissed();

private:
    void onHide();
    void onStoreChanged(const QStringList &entities);

    Store &m_store;
    QString m_settingsPath;
    QString m_classId;
    QLabel *m_title;
    QCheckBox *m_assignment;
    QCheckBox *m_grade;
    QCheckBox *m_export;
    QPushButton *m_hide;
    QFileSystemWatcher *m_watcher;
};

} // namespace k12
