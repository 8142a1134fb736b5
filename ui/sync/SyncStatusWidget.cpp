#include "SyncStatusWidget.h"
#include "kernel/domain/Clock.h"

#include "SyncWidgets.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

#include <climits>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {

using Connectivity = SyncStatus::Connectivity;

constexpr int kDotSize = 10;

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_dot(new QLabel(this))
    , m_state(new QLabel(this))
    , m_waiting(new QLabel(this))
    , m_lastSync(SyncWidgets::mutedLabel(u"syncLastSync"_s, this))
    , m_progressText(SyncWidgets::mutedLabel(u"syncProgressText"_s, this))
    , m_progress(new QProgressBar(this))
    , m_conflicts(new QToolButton(this))
    , m_rejected(new QToolButton(this))
    , m_stuck(new QToolButton(this))
    , m_syncNow(new QToolButton(this))
    , m_clockTick(new QTimer(this))
    , m_progressDelay(new QTimer(this))
{
    setObjectName(u"syncStatus"_s);
    m_dot->setObjectName(u"syncDot"_s);
    m_state->setObjectName(u"syncState"_s);
    m_waiting->setObjectName(u"syncWaiting"_s);
    m_progress->setObjectName(u"syncProgress"_s);
    m_conflicts->setObjectName(u"syncConflictsButton"_s);
    m_rejected->setObjectName(u"syncRejectedButton"_s);
    m_stuck->setObjectName(u"syncStuckButton"_s);
    m_syncNow->setObjectName(u"syncNowButton"_s);

    m_dot->setFixedSize(kDotSize + 4, kDotSize + 4);
    m_dot->setAlignment(Qt::AlignCenter);
    m_progress->setFixedWidth(120);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false); // the label beside it says what is happening, with plurals
    m_progress->hide();
    m_progressText->hide();
    // The counts read like links; Sync Now looks like the button it is.
    for (QToolButton *button : {m_conflicts, m_rejected, m_stuck, m_syncNow}) {
        button->setAutoRaise(button != m_syncNow);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::TabFocus);
    }
    m_conflicts->setCursor(Qt::PointingHandCursor);
    m_rejected->setCursor(Qt::PointingHandCursor);
    m_stuck->setCursor(Qt::PointingHandCursor);
    m_conflicts->setToolTip(tr("The same thing was changed here and on the server. Click to choose what to keep."));
    m_rejected->setToolTip(tr("Changes the server refused. Click to see why."));
    m_conflicts->hide();
    m_rejected->hide();
    m_stuck->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_dot);
    layout->addWidget(m_state);
    layout->addSpacing(10);
    layout->addWidget(m_waiting);
    layout->addSpacing(10);
    layout->addWidget(m_lastSync);
    layout->addSpacing(6);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_rejected);
    layout->addWidget(m_stuck);
    layout->addWidget(m_syncNow);

    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    connect(m_rejected, &QToolButton::clicked, this, &SyncStatusWidget::rejectedRequested);
    connect(m_stuck, &QToolButton::clicked, this, &SyncStatusWidget::rejectedRequested);
    connect(m_syncNow, &QToolButton::clicked, this, [this] {
        if (m_status.connectivity == Connectivity::SignedOut)
            Q_EMIT accountRequested();
        else
            Q_EMIT syncNowRequested();
    });

    m_clockTick->setInterval(kClockTickMs);
    connect(m_clockTick, &QTimer::timeout, this, &SyncStatusWidget::refreshTime);
    m_clockTick->start();
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(kProgressDelayMs);
    connect(m_progressDelay, &QTimer::timeout, this, [this] {
        m_progressDue = m_status.syncing;
        updateProgressVisibility();
    });

    setStatus(SyncStatus{});
}

QString SyncStatusWidget::lastSyncText(const QDateTime &lastSync, const QDateTime &now)
{
    if (!lastSync.isValid())
        return tr("not synced yet");
    const qint64 seconds = std::max<qint64>(0, lastSync.secsTo(now)); // a clock set back is "just now"
    if (seconds < 60)
        return tr("synced just now");
    if (seconds < 60 * 60)
        return tr("synced %n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 60 * 60)
        return tr("synced %n hour(s) ago", nullptr, int(seconds / 3600));
    const QDateTime local = lastSync.toLocalTime();
    const QLocale locale;
    if (local.date().daysTo(now.toLocalTime().date()) == 1)
        return tr("synced yesterday at %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
    return tr("synced on %1").arg(locale.toString(local.date(), QLocale::ShortFormat));
}

void SyncStatusWidget::setStatus(const SyncStatus &status)
{
    const bool wasSyncing = m_status.syncing;
    m_status = status;
    const QDateTime now = Clock::currentDateTimeUtc();
    const bool configured = status.connectivity != Connectivity::NotConfigured;
    m_retryAt = status.nextRetryMs > 0 ? now.addMSecs(status.nextRetryMs) : QDateTime();

    m_state->setText(stateText());
    const QString tip = stateToolTip();
    m_state->setToolTip(tip);
    m_dot->setToolTip(tip);
    m_dot->setAccessibleName(stateText());
    updateDot();

    // Changes made here before signing in wait for a server too, but a teacher
    // working on this computer only is not nagged about them.
    m_waiting->setVisible(configured);
    if (status.queued == 0)
        m_waiting->setText(tr("All changes synced"));
    else
        m_waiting->setText(tr("%Ln change(s) waiting", nullptr, int(std::min<qint64>(status.queued, INT_MAX))));
    m_waiting->setToolTip(status.queued == 0 ? tr("Every change made on this computer has reached the server.")
                                             : tr("Saved on this computer; sent to the server at the next sync."));

    m_lastSync->setVisible(configured);
    refreshTime();

    const QColor attention = SyncWidgets::problemColor(palette());
    const auto paintCount = [&attention](QToolButton *button) {
        QPalette p = button->palette();
        p.setColor(QPalette::ButtonText, attention);
        button->setPalette(p);
        QFont f = button->font();
        f.setBold(true);
        button->setFont(f);
    };
    m_conflicts->setText(tr("%Ln conflict(s)", nullptr, int(status.conflicts)));
    m_conflicts->setVisible(status.conflicts > 0);
    paintCount(m_conflicts);
    m_rejected->setText(tr("%Ln rejected change(s)", nullptr, int(status.rejected)));
    m_rejected->setVisible(status.rejected > 0);
    paintCount(m_rejected);
    // Rows from the server set aside, or the same failure sync after sync:
    // both open the Sync Problems view.
    if (status.held > 0)
        m_stuck->setText(tr("%Ln row(s) not stored", nullptr, int(status.held)));
    else
        m_stuck->setText(tr("Sync stuck"));
    m_stuck->setToolTip(
        status.held > 0 ? tr("Rows from the server could not be stored on this computer; the rest "
                             "was synced. Click to see why.")
                        : tr("Sync has failed %n times in a row for the same reason: %1", nullptr, status.failuresInRow)
                              .arg(status.lastError));
    m_stuck->setVisible(status.held > 0 || status.failuresInRow >= SyncStatus::kStuckAfter);
    paintCount(m_stuck);

    m_syncNow->setVisible(configured);
    if (status.connectivity == Connectivity::SignedOut) {
        m_syncNow->setText(tr("Sign In..."));
        m_syncNow->setToolTip(tr("Sign in to your school's server again (Settings > Account)"));
        m_syncNow->setEnabled(true);
    } else {
        m_syncNow->setText(tr("Sync Now"));
        m_syncNow->setToolTip(status.syncing ? tr("Syncing...") : tr("Send and receive changes now"));
        m_syncNow->setEnabled(!status.syncing);
    }

    if (status.syncing && !wasSyncing) {
        // A new sync: start with no numbers from the last one, and wait before showing progress.
        m_progressDue = false;
        m_progressText->clear();
        m_progress->setRange(0, 0);
        m_progressDelay->start();
    } else if (!status.syncing) {
        m_progressDelay->stop();
        m_progressDue = false;
    }
    updateProgressVisibility();
}

void SyncStatusWidget::setProgress(const QString &phase, qint64 done, qint64 total)
{
    const QLocale locale;
    if (phase == u"push"_s && total > 0) {
        m_progressText->setText(tr("Sending changes: %1 of %2").arg(locale.toString(done), locale.toString(total)));
    } else if (phase == u"push"_s) {
        m_progressText->setText(tr("Sending changes: %Ln", nullptr, int(done)));
    } else if (phase == u"pull"_s) {
        m_progressText->setText(tr("Receiving changes: %Ln so far", nullptr, int(done)));
    } else {
        m_progressText->setText(tr("%1: %2").arg(phase, locale.toString(done)));
    }
    if (total > 0) {
        // QProgressBar counts in int: scale very large totals down.
        const qint64 scale = std::max<qint64>(1, total / INT_MAX + 1);
        m_progress->setRange(0, int(total / scale));
        m_progress->setValue(int(std::min(done, total) / scale));
    } else {
        m_progress->setRange(0, 0); // how much is left to pull is not known: a busy bar
    }
    if (m_status.syncing && !m_progressDue && !m_progressDelay->isActive())
        m_progressDelay->start(); // progress before the status said "syncing" (or after a restart)
    updateProgressVisibility();
}

void SyncStatusWidget::updateProgressVisibility()
{
    const bool show = m_status.syncing && m_progressDue;
    m_progress->setVisible(show);
    m_progressText->setVisible(show && !m_progressText->text().isEmpty());
    // The progress takes the place of the last sync time, which says nothing new while syncing.
    m_lastSync->setVisible(!show && m_status.connectivity != Connectivity::NotConfigured);
}

void SyncStatusWidget::refreshTime()
{
    const QDateTime now = Clock::currentDateTimeUtc();
    m_lastSync->setText(lastSyncText(m_status.lastSync, now));
    m_lastSync->setToolTip(m_status.lastSync.isValid()
                               ? tr("Last successful sync: %1")
                                     .arg(QLocale().toString(m_status.lastSync.toLocalTime(), QLocale::LongFormat))
                               : tr("This computer has not completed a sync with the server yet."));
}

QString SyncStatusWidget::stateText() const
{
    switch (m_status.connectivity) {
    case Connectivity::Connecting:
        return tr("Connecting...");
    case Connectivity::Online:
        return m_status.syncing ? tr("Online, syncing...") : tr("Online");
    case Connectivity::Offline:
        return tr("Working offline, changes are kept");
    case Connectivity::ServerUnavailable:
        return tr("Server unavailable");
    case Connectivity::SignedOut:
        return tr("Signed out");
    case Connectivity::NotConfigured:
        return tr("On this computer only");
    }
    return {};
}

QString SyncStatusWidget::stateToolTip() const
{
    const SyncStatus &s = m_status;
    const QString who = s.teacherName.isEmpty() ? s.email : tr("%1 (%2)").arg(s.teacherName, s.email);
    QStringList lines;
    switch (s.connectivity) {
    case Connectivity::Connecting:
        lines << tr("Reaching %1 as %2...").arg(s.server, who);
        break;
    case Connectivity::Online:
        lines << tr("Connected to %1 as %2.").arg(s.server, who);
        break;
    case Connectivity::Offline:
        lines << tr("%1 cannot be reached. Everything you change is saved on this computer and sent when the "
                    "server can be reached again.")
                     .arg(s.server);
        break;
    case Connectivity::ServerUnavailable:
        lines << tr("%1 answers with errors, so K12 Teacher waits before trying again. Everything you change is "
                    "saved on this computer.")
                     .arg(s.server);
        break;
    case Connectivity::SignedOut:
        lines << tr("Not signed in to %1. Your changes are kept on this computer until you sign in again "
                    "(Settings > Account).")
                     .arg(s.server);
        break;
    case Connectivity::NotConfigured:
        lines << tr("Not connected to a school server: everything is saved on this computer only. To sync with your "
                    "school's server, use Settings > Account.");
        break;
    }
    if (!s.lastError.isEmpty() && s.connectivity != Connectivity::NotConfigured)
        lines << tr("Last problem: %1").arg(s.lastError);
    if (m_retryAt.isValid() &&
        (s.connectivity == Connectivity::Offline || s.connectivity == Connectivity::ServerUnavailable))
        lines
            << tr("Next attempt at %1.").arg(QLocale().toString(m_retryAt.toLocalTime().time(), QLocale::ShortFormat));
    return lines.join(u'\n');
}

void SyncStatusWidget::updateDot()
{
    QColor colour;
    bool hollow = false;
    if (m_status.syncing) {
        colour = QColor(0x1e, 0x88, 0xe5); // blue: working
    } else {
        switch (m_status.connectivity) {
        case Connectivity::Connecting:
            colour = QColor(0x9e, 0x9e, 0x9e);
            break;
        case Connectivity::Online:
            colour = QColor(0x2e, 0x7d, 0x32); // green
            break;
        case Connectivity::Offline:
            colour = QColor(0x9e, 0x9e, 0x9e); // grey: normal for a laptop on the road, not an error
            break;
        case Connectivity::ServerUnavailable:
            colour = QColor(0xc6, 0x28, 0x28); // red
            break;
        case Connectivity::SignedOut:
            colour = QColor(0xef, 0x8f, 0x00); // amber: the teacher can act
            break;
        case Connectivity::NotConfigured:
            colour = QColor(0x9e, 0x9e, 0x9e);
            hollow = true;
            break;
        }
    }
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(kDotSize, kDotSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (hollow) {
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(1, 1, kDotSize - 2, kDotSize - 2));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(0.5, 0.5, kDotSize - 1, kDotSize - 1));
    }
    painter.end();
    m_dot->setPixmap(pixmap);
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        setStatus(m_status); // colours follow the theme; words follow the language
}

} // namespace k12
