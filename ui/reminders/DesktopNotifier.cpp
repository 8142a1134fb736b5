#include "DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

namespace k12 {

namespace {
constexpr auto kInterface = "org.freedesktop.Notifications";
constexpr auto kSnoozeAction = "snooze";
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected())
        bus.connect(QLatin1StringView(kService), QLatin1StringView(kPath), QLatin1StringView(kInterface),
                    u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
}

bool DesktopNotifier::available() const
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    // Only a running daemon counts, not one D-Bus could start on demand: desktops run
    // theirs with the session, and starting one (e.g. dunst) from a headless run or
    // a test's private bus would show nothing anyway.
    return bus.interface()->isServiceRegistered(QLatin1StringView(kService));
}

void DesktopNotifier::notify(const QString &summary, const QString &body, const QString &tag)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1StringView(kService), QLatin1StringView(kPath),
                                                       QLatin1StringView(kInterface), u"Notify"_s);
    const QStringList actions{QLatin1StringView(kSnoozeAction), tr("Snooze")};
    const QVariantMap hints{{u"desktop-entry"_s, u"k12-teacher"_s}, {u"category"_s, u"x-k12.reminder"_s}};
    call << tr("K12 Teacher") << uint(0) << u"k12-teacher"_s << summary << body << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, tag](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        w->deleteLater();
        if (reply.isValid())
            m_tags.insert(reply.value(), tag);
        Q_EMIT delivered(tag, reply.isValid());
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_tags.constFind(id);
    if (it != m_tags.constEnd() && action == QLatin1StringView(kSnoozeAction))
        Q_EMIT snoozeRequested(*it);
}

} // namespace k12
