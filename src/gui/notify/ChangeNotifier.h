#pragma once

#include "core/domain/Application.h"
#include "core/domain/ChangeEvents.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace dpdesk {
class Clock;
}

namespace dpdesk::gui {

class Notifier;

// Tells the office through the desktop's notifications what changed that
// needs them (C5, S2, S6, I4) or that an application is complete (I5).
//
// Feed it every application the desk receives (observe) and what it
// deletes (forget). It keeps the last version of each to compare with
// (detectChangeEvents). Until initialSyncDone() everything is taken as it
// is, without a word: the first load is not news. After that:
//  - events are gathered for a short settle time, so that a burst (the sync
//    after being offline, one page of the changes feed) becomes one message;
//  - at most one message per minimum gap; what arrives in between waits and
//    is grouped into the next one;
//  - one event gives a message about it; more give one summary.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int settleMSecs = 1500;
        int minimumGapMSecs = 10'000;
    };

    ChangeNotifier(Notifier &notifier, const Clock &clock, QObject *parent = nullptr);
    ChangeNotifier(Notifier &notifier, const Clock &clock, Options options, QObject *parent = nullptr);

    // A new or changed application, as stored after a sync or a push.
    void observe(const Application &application);
    // The application is gone from the desk (deleted, or no longer visible).
    void forget(const QString &applicationId);

    // From now on changes are announced.
    void initialSyncDone();
    bool isAnnouncing() const { return m_announcing; }

    // The user's choice; while off, changes are remembered but not announced.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Shows what is waiting, unless the minimum gap since the last message
    // has not passed (then it tries again when it has). The timer calls it.
    void flush();
    const QList<ChangeEvent> &pending() const { return m_pending; }

public slots:
    // Connect to TrayNotifier::clicked: opens the application of a single
    // message.
    void notificationClicked(const QString &applicationId);

signals:
    void openApplicationRequested(const QString &applicationId);

private:
    void schedule(int msecs);

    Notifier &m_notifier;
    const Clock &m_clock;
    Options m_options;
    QHash<QString, Application> m_known;
    QList<ChangeEvent> m_pending;
    QTimer m_timer;
    QDateTime m_lastShown;
    bool m_announcing = false;
    bool m_enabled = true;
};

} // namespace dpdesk::gui
