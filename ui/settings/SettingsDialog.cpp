#include "SettingsDialog.h"

#include "LanguageSettingsPage.h"
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
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_list->setObjectName(u"settingsPages"_s);
    m_list->setAccessibleName(tr("Settings pages"));
    m_list->setMaximumWidth(160);
    addPage(tr("Reminders"), m_reminders);
    addPage(tr("Language"), m_language);
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
    m_reminders->save();
    m_language->save();
    QDialog::accept();
}

} // namespace k12
