#pragma once

#include "gui/notify/Notifier.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace dpdesk::gui {

// Shows notifications as balloon or system messages of a tray icon
// (QSystemTrayIcon::showMessage). The icon belongs to the caller, who sets
// its picture and shows it; while it is not visible messages are dropped.
class TrayNotifier final : public QObject, public Notifier
{
    Q_OBJECT

public:
    explicit TrayNotifier(QSystemTrayIcon *icon, QObject *parent = nullptr);

    void show(const Notification &notification) override;

signals:
    // The user clicked the last message shown; applicationId is empty for a summary.
    void clicked(const QString &applicationId);

private:
    QPointer<QSystemTrayIcon> m_icon;
    QString m_lastApplicationId;
};

} // namespace dpdesk::gui
