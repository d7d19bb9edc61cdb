#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;
class QStatusBar;

namespace dpdesk::client {
class Workspace;
}

namespace dpdesk::gui {

// The status bar's permanent fields: how the desk is connected (live,
// polling, offline, signed out), when it last synced, and how many changes
// wait in the outbox. Each label has an accessible name.
class StatusIndicators : public QObject
{
    Q_OBJECT

public:
    explicit StatusIndicators(QStatusBar *statusBar);

    void setWorkspace(client::Workspace *workspace);

    QString connectionText() const;
    QString lastSyncText() const;
    QString pendingText() const;

private:
    void update();

    QPointer<client::Workspace> m_workspace;
    QLabel *m_connection;
    QLabel *m_lastSync;
    QLabel *m_pending;
    QTimer m_tick; // keeps "synced 2 minutes ago" current
};

} // namespace dpdesk::gui
