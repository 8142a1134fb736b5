#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace k12 {

// Desktop notifications through the freedesktop notification service
// (org.freedesktop.Notifications on the session bus), as Qt applications on
// Linux use it. Calls are asynchronous, so a slow daemon never blocks the
// window; where there is no bus or no service, nothing happens.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kService = "org.freedesktop.Notifications";
    static constexpr auto kPath = "/org/freedesktop/Notifications";

    explicit DesktopNotifier(QObject *parent = nullptr);

    // Whether a notification service is running on the session bus.
    bool available() const;
    // Shows a notification with one "Snooze" action; `tag` comes back in snoozeRequested.
    void notify(const QString &summary, const QString &body, const QString &tag);

Q_SIGNALS:
    void snoozeRequested(const QString &tag);
    // The daemon answered a notify() (its id), or refused it: tests and the CLI wait for this.
    void delivered(const QString &tag, bool ok);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);

private:
    QHash<uint, QString> m_tags; // notification id -> tag
};

} // namespace k12
