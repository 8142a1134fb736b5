#pragma once

#include "sync/engine/SyncStatus.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace k12 {

// The sync part of the main window's status bar: the connection state in
// words with a coloured dot, how many changes are waiting, when the last sync
// succeeded, a Sync Now button, a progress bar during long syncs, and the
// conflicts and rejected changes as clickable counts. It only shows a
// SyncStatus (setStatus) and asks for things through signals, so tests feed
// it any state without a server.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    const SyncStatus &status() const { return m_status; }
    // "synced 2 minutes ago", "synced yesterday", ... (lastSync may be in any time spec).
    static QString lastSyncText(const QDateTime &lastSync, const QDateTime &now);

    // Syncs shorter than this never show the progress bar, so it does not flicker.
    static constexpr int kProgressDelayMs = 600;
    // The relative time is rewritten this often.
    static constexpr int kClockTickMs = 30 * 1000;

public Q_SLOTS:
    void setStatus(const k12::SyncStatus &status);
    void setProgress(const QString &phase, qint64 done, qint64 total);
    // Rewrites "synced N minutes ago" (the clock tick calls it).
    void refreshTime();

Q_SIGNALS:
    void syncNowRequested();
    void accountRequested();
    void conflictsRequested();
    void rejectedRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateDot();
    void updateProgressVisibility();
    QString stateText() const;
    QString stateToolTip() const;

    QLabel *m_dot;
    QLabel *m_state;
    QLabel *m_waiting;
    QLabel *m_lastSync;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QToolButton *m_conflicts;
    QToolButton *m_rejected;
    QToolButton *m_stuck; // rows not stored, or sync stuck: opens the Sync Problems view
    QToolButton *m_syncNow;
    QTimer *m_clockTick;
    QTimer *m_progressDelay;
    SyncStatus m_status;
    QDateTime m_retryAt;
    bool m_progressDue = false; // the sync has run long enough to show progress
};

} // namespace k12
