#pragma once

#include <QWidget>

class QComboBox;

namespace k12 {

class Store;

// Settings > Language: System, English, Español, Français. Saved in the
// profile's settings file (LanguageSetting); it applies at the next start.
class LanguageSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LanguageSettingsPage(Store &store, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    void save();

private:
    Store &m_store;
    QComboBox *m_language;
    QString m_loaded;
};

} // namespace k12
