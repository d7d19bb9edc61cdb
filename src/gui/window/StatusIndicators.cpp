#include "gui/window/StatusIndicators.h"

#include "client/workspace/Workspace.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace dpdesk::gui {

StatusIndicators::StatusIndicators(QStatusBar *statusBar)
    : QObject(statusBar)
    , m_connection(new QLabel(statusBar))
    , m_lastSync(new QLabel(statusBar))
    , m_pending(new QLabel(statusBar))
{
    m_pending->setAccessibleName(tr("Changes waiting to be sent"));
    m_lastSync->setAccessibleName(tr("Last sync"));
    m_connection->setAccessibleName(tr("Connection state"));
    statusBar->addPermanentWidget(m_pending);
    statusBar->addPermanentWidget(m_lastSync);
    statusBar->addPermanentWidget(m_connection);
    m_tick.setInterval(30'000);
    connect(&m_tick, &QTimer::timeout, this, &StatusIndicators::update);
    m_tick.start();
    update();
}

void StatusIndicators::setWorkspace(client::Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &client::Workspace::connectionStateChanged, this, &StatusIndicators::update);
        connect(workspace, &client::Workspace::pendingCountChanged, this, &StatusIndicators::update);
        connect(workspace, &client::Workspace::lastSyncedAtChanged, this, &StatusIndicators::update);
        connect(workspace, &client::Workspace::loggedIn, this, &StatusIndicators::update);
        connect(workspace, &client::Workspace::loggedOut, this, &StatusIndicators::update);
    }
    update();
}

QString StatusIndicators::connectionText() const
{
    if (!m_workspace)
        return tr("○ Signed out");
    switch (m_workspace->connectionState()) {
    case client::Workspace::ConnectionState::SignedOut:
        return tr("○ Signed out");
    case client::Workspace::ConnectionState::Offline:
        return tr("○ Offline — changes wait until the connection is back");
    case client::Workspace::ConnectionState::Polling:
        return tr("◐ Online (checking every 30 s)");
    case client::Workspace::ConnectionState::Live:
        return tr("● Online");
    }
    return {};
}

QString StatusIndicators::lastSyncText() const
{
    if (!m_workspace || !m_workspace->isOpen())
        return {};
    const QDateTime when = m_workspace->lastSyncedAt();
    if (!when.isValid())
        return tr("Not synced yet");
    const QDateTime local = when.toLocalTime();
    const qint64 secs = local.secsTo(QDateTime::currentDateTime());
    if (secs < 60)
        return tr("Synced just now");
    if (local.date() == QDate::currentDate())
        return tr("Synced at %1").arg(QLocale().toString(local.time(), QLocale::ShortFormat));
    return tr("Synced on %1").arg(QLocale().toString(local, QLocale::ShortFormat));
}

QString StatusIndicators::pendingText() const
{
    if (!m_workspace || !m_workspace->isOpen())
        return {};
    const int pending = m_workspace->pendingCount();
    return pending ? tr("%n change(s) waiting to be sent", nullptr, pending) : QString();
}

void StatusIndicators::update()
{
    m_connection->setText(connectionText());
    m_lastSync->setText(lastSyncText());
    const QString pending = pendingText();
    m_pending->setText(pending);
    m_pending->setVisible(!pending.isEmpty());
}

} // namespace dpdesk::gui
