#include "SettingsDialog.h"

#include "LanguageSettingsPage.h"
#include "SyncSettingsPage.h"
#include "ui/reminders/ReminderSettingsPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

SettingsDialog::SettingsDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_reminders(new ReminderSettingsPage(store, this))
    , m_language(new LanguageSettingsPage(store, this))
    , m_sync(new SyncSettingsPage(store, this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_list->setObjectName(u"settingsPages"_s);
    m_list->setAccessibleName(tr("Settings pages"));
    m_list->setMaximumWidth(160);
    addPage(tr("Reminders"), m_reminders);
    addPage(tr("Language"), m_language);
    addPage(tr("Sync"), m_sync);
    // As wide as the longest page name: it was narrower, cut "Reminders" and showed a scroll bar.
    const int names = m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 12;
    m_list->setMinimumWidth(names);
    m_list->setMaximumWidth(std::max(160, names));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_list, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
}

void SettingsDialog::addPage(const QString &title, QWidget *page)
{
    m_list->addItem(title);
    m_pages->addWidget(page);
}

void SettingsDialog::showPage(int index)
{
    m_list->setCurrentRow(index);
}

void SettingsDialog::accept()
{
    if (!m_sync->save()) { // a file that is no CA certificate: the page says why, the dialog stays
        showPage(2);
        return;
    }
    m_reminders->save();
    m_language->save();
    QDialog::accept();
}

} // namespace k12
