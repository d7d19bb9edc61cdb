#include "core/time/Clock.h"

namespace dpdesk {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start)
    : m_msecs(start.toMSecsSinceEpoch())
{ }

QDateTime ManualClock::nowUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(m_msecs, Qt::UTC);
}

void ManualClock::setNow(const QDateTime &now)
{
    m_msecs = now.toMSecsSinceEpoch();
}

void ManualClock::advanceMSecs(qint64 ms)
{
    m_msecs += ms;
}

} // namespace dpdesk
