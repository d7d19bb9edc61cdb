#pragma once

#include <QString>

namespace dpdesk::gui {

// One message for the desktop's notification area.
struct Notification
{
    enum class Severity { Information, Warning };

    QString title;
    QString message;
    Severity severity = Severity::Information;
    // The application it is about; empty for a summary of several.
    QString applicationId;

    friend bool operator==(const Notification &, const Notification &) = default;
};

// Where notifications go: the system tray (TrayNotifier) or, in tests, a fake.
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual void show(const Notification &notification) = 0;
};

} // namespace dpdesk::gui
