#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace k12 {

class Store;

// Settings > Sync: "Trust this certificate authority", the PEM file of the CA
// that signed the school server's certificate when it is not a public one
// (TrustedAuthority, [sync] ca_file in the profile's settings file). Its
// certificates are added to those TLS trusts from the next start; nothing
// turns TLS checks off.
class SyncSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncSettingsPage(Store &store, QWidget *parent = nullptr);

    QLineEdit *caFileEdit() const { return m_caFile; }
    QLabel *problemLabel() const { return m_problem; }
    // Saves the file named, or says why it cannot be trusted (nothing saved).
    bool save();

private:
    void onChoose();

    Store &m_store;
    QLineEdit *m_caFile;
    QPushButton *m_choose;
    QLabel *m_problem;
    QString m_loaded;
};

} // namespace k12
