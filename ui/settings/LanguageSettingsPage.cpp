#include "LanguageSettingsPage.h"

#include "models/settings/LanguageSetting.h"
#include "models/store/Store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

LanguageSettingsPage::LanguageSettingsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_language(new QComboBox(this))
    , m_loaded(LanguageSetting::load(store.profileDir()))
{
    setObjectName(u"languageSettingsPage"_s);
    m_language->setObjectName(u"languageChoice"_s);
    m_language->setAccessibleName(tr("Language"));
    // Each language is named in itself, so a teacher who cannot read the current one still finds theirs.
    m_language->addItem(tr("System (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    for (const QString &code : LanguageSetting::choices()) {
        if (!code.isEmpty())
            m_language->addItem(LanguageSetting::nativeName(code), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_loaded)));

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto *note = new QLabel(tr("The app's words, numbers and dates follow this language. A change applies the next "
                               "time K12 Teacher starts."),
                            this);
    note->setObjectName(u"languageRestartNote"_s);
    note->setWordWrap(true);
    auto *numbers = new QLabel(tr("In any language, a score may be typed with a decimal point (9.5) or a decimal "
                                  "comma (9,5); scores take no thousands separators."),
                               this);
    numbers->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(numbers);
    layout->addStretch();
}

void LanguageSettingsPage::save()
{
    const QString chosen = m_language->currentData().toString();
    if (chosen != m_loaded)
        LanguageSetting::save(m_store.profileDir(), chosen);
    m_loaded = chosen;
}

} // namespace k12
