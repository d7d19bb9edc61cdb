#include "gui/notify/ChangeNotifier.h"

#include "core/time/Clock.h"
#include "gui/notify/NotificationTexts.h"
#include "gui/notify/Notifier.h"

namespace dpdesk::gui {

ChangeNotifier::ChangeNotifier(Notifier &notifier, const Clock &clock, QObject *parent)
    : ChangeNotifier(notifier, clock, Options{}, parent)
{ }

ChangeNotifier::ChangeNotifier(Notifier &notifier, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_notifier(notifier)
    , m_clock(clock)
    , m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::flush);
}

void ChangeNotifier::observe(const Application &application)
{
    const auto known = m_known.constFind(application.id);
    std::optional<Application> before;
    if (known != m_known.cend()) {
        if (application.version <= known->version)
            return; // an echo or an older copy: nothing new, keep the newer one
        before = *known;
    }
    m_known.insert(application.id, application);
    if (!m_announcing || !m_enabled)
        return;
    const QList<ChangeEvent> events = detectChangeEvents(before, application);
    if (events.isEmpty())
        return;
    m_pending.append(events);
    if (!m_timer.isActive())
        schedule(m_options.settleMSecs);
}

void ChangeNotifier::forget(const QString &applicationId)
{
    m_known.remove(applicationId);
    m_pending.removeIf([&](const ChangeEvent &e) { return e.applicationId == applicationId; });
}

void ChangeNotifier::initialSyncDone()
{
    m_announcing = true;
}

void ChangeNotifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_pending.clear();
        m_timer.stop();
    }
}

void ChangeNotifier::flush()
{
    if (m_pending.isEmpty())
        return;
    const QDateTime now = m_clock.nowUtc();
    if (m_lastShown.isValid()) {
        const qint64 since = m_lastShown.msecsTo(now);
        if (since >= 0 && since < m_options.minimumGapMSecs) {
            schedule(int(m_options.minimumGapMSecs - since));
            return;
        }
    }
    m_timer.stop();
    const QList<ChangeEvent> events = std::exchange(m_pending, {});
    m_lastShown = now;
    m_notifier.show(NotificationTexts::summary(events));
}

void ChangeNotifier::notificationClicked(const QString &applicationId)
{
    if (!applicationId.isEmpty())
        emit openApplicationRequested(applicationId);
}

void ChangeNotifier::schedule(int msecs)
{
    m_timer.start(std::max(0, msecs));
}

} // namespace dpdesk::gui
