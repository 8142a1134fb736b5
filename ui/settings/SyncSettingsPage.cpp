#include "SyncSettingsPage.h"

#include "models/store/Store.h"
#include "sync/client/TrustedAuthority.h"
#include "ui/common/Ask.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

SyncSettingsPage::SyncSettingsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_caFile(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose..."), this))
    , m_problem(new QLabel(this))
    , m_loaded(TrustedAuthority::fileIn(store.profileDir()))
{
    setObjectName(u"syncSettingsPage"_s);
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setText(m_loaded);
    m_caFile->setClearButtonEnabled(true);
    m_caFile->setPlaceholderText(tr("None: only the certificate authorities this computer trusts"));
    m_choose->setObjectName(u"chooseCaFile"_s);
    m_problem->setObjectName(u"caFileProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();

    auto *label = new QLabel(tr("&Trust this certificate authority:"), this);
    label->setBuddy(m_caFile);
    auto *row = new QHBoxLayout;
    row->addWidget(m_caFile, 1);
    row->addWidget(m_choose);
    auto *note = new QLabel(tr("When the school's server has a certificate from the school's own certificate "
                               "authority, choose that authority's certificate (a PEM file, from the school's IT). "
                               "It is trusted in addition to the usual ones, from the next time K12 Teacher "
                               "starts; certificates are always checked."),
                            this);
    note->setObjectName(u"caFileNote"_s);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addStretch();
    connect(m_choose, &QPushButton::clicked, this, &SyncSettingsPage::onChoose);
}

void SyncSettingsPage::onChoose()
{
    const QString file = Ask::openFileName(this, tr("Certificate Authority"), QFileInfo(m_caFile->text()).path(),
                                           tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

bool SyncSettingsPage::save()
{
    const QString chosen = m_caFile->text().trimmed();
    if (!chosen.isEmpty()) {
        if (Result<QList<QSslCertificate>> read = TrustedAuthority::read(chosen); !read) {
            m_problem->setText(read.error());
            m_problem->show();
            m_caFile->setFocus();
            return false;
        }
    }
    m_problem->hide();
    if (chosen != m_loaded)
        TrustedAuthority::setFileIn(m_store.profileDir(), chosen);
    m_loaded = chosen;
    return true;
}

} // namespace k12
