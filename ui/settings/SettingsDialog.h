#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace k12 {

class LanguageSettingsPage;
class ReminderSettingsPage;
class SyncSettingsPage;
class Store;

// Settings > Preferences: the app's own settings for this profile, a page per
// topic (Reminders, Language, Sync). OK saves every page; Cancel none.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Store &store, QWidget *parent = nullptr);

    ReminderSettingsPage *remindersPage() const { return m_reminders; }
    LanguageSettingsPage *languagePage() const { return m_language; }
    SyncSettingsPage *syncPage() const { return m_sync; }
    // Shows a page by its position in the list (0 Reminders, 1 Language, 2 Sync).
    void showPage(int index);
    void accept() override;

private:
    void addPage(const QString &title, QWidget *page);

    QListWidget *m_list;
    QStackedWidget *m_pages;
    ReminderSettingsPage *m_reminders;
    LanguageSettingsPage *m_language;
    SyncSettingsPage *m_sync;
};

} // namespace k12
