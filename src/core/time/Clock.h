#pragma once

#include <QDateTime>

namespace dpdesk {

// The time seam. Everything time-dependent (TOTP windows, invitation expiry,
// lockouts, sessions, sync timestamps) asks a Clock, never QDateTime directly,
// so tests move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime nowUtc() const = 0;

    qint64 nowMSecs() const { return nowUtc().toMSecsSinceEpoch(); }
    qint64 nowSecs() const { return nowUtc().toSecsSinceEpoch(); }

    // The process-wide real clock (stateless, safe to share between threads).
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// A clock that only moves when told to. For tests and simulations.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC));

    QDateTime nowUtc() const override;
    void setNow(const QDateTime &now);
    void advanceMSecs(qint64 ms);
    void advanceSecs(qint64 s) { advanceMSecs(s * 1000); }

private:
    qint64 m_msecs;
};

} // namespace dpdesk
