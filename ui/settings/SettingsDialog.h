#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace k12 {

class ReminderSettingsPage;
class Store;

// Settings > Preferences: the app's own settings for this profile, a page per
// topic (so far: Reminders). OK saves every page; Cancel none.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Store &store, QWidget *parent = nullptr);

    ReminderSettingsPage *remindersPage() const { return m_reminders; }
    void accept() override;

private:
    void addPage(const QString &title, QWidget *page);

    QListWidget *m_list;
    QStackedWidget *m_pages;
    ReminderSettingsPage *m_reminders;
};

} // namespace k12
