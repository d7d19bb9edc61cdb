#include "gui/notify/TrayNotifier.h"

#include <QSystemTrayIcon>

namespace dpdesk::gui {

namespace {
constexpr int kShownMSecs = 10'000;
}

TrayNotifier::TrayNotifier(QSystemTrayIcon *icon, QObject *parent)
    : QObject(parent)
    , m_icon(icon)
{
    if (icon)
        connect(icon, &QSystemTrayIcon::messageClicked, this, [this] { emit clicked(m_lastApplicationId); });
}

void TrayNotifier::show(const Notification &notification)
{
    if (!m_icon || !m_icon->isVisible())
        return;
    m_lastApplicationId = notification.applicationId;
    const auto icon = notification.severity == Notification::Severity::Warning ? QSystemTrayIcon::Warning
                                                                               : QSystemTrayIcon::Information;
    m_icon->showMessage(notification.title, notification.message, icon, kShownMSecs);
}

} // namespace dpdesk::gui
