#pragma once

#include "sync/engine/SyncStatus.h"

#include <QDialog>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace k12 {

class SyncService;

// Settings > Account: who is signed in to which school server, with Sign Out;
// or the sign-in form (server address, email, password). Sign-in runs on the
// sync thread (SyncService::signIn) and its answer is shown in place. The
// password lives only in the field until the server answers; it is never
// stored. A keychain that cannot keep the sign-in is said plainly: the teacher
// signs in at each start, and the grades stay on this computer meanwhile.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountDialog(SyncService &service, QWidget *parent = nullptr);

    bool isSigningIn() const { return m_signingIn; }

private:
    void onStatusChanged(const SyncStatus &status);
    void onSignIn();
    void onSignInFinished(bool ok, const QString &message);
    void onSignOut();
    void updateForm();
    void showResult(const QString &text, bool problem);
    void showKeychainProblem(const QString &detail);
    void fitHeight();

    SyncService &m_service;
    QWidget *m_signedInPage;
    QLabel *m_who;
    QLabel *m_where;
    QLabel *m_connection;
    QPushButton *m_signOut;
    QWidget *m_formPage;
    QLabel *m_intro;
    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QLabel *m_result;
    QFrame *m_keychainBox;
    QLabel *m_keychainDetail;
    bool m_signingIn = false;
    QString m_keychainProblem; // from the last sign-in's answer
};

} // namespace k12
