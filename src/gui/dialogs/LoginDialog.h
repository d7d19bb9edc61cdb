#pragma once

#include "core/time/Clock.h"
#include "gui/dialogs/LoginError.h"

#include <QDateTime>
#include <QDialog>
#include <QUrl>

#include <chrono>
#include <memory>

class QTimer;

namespace Ui {
class LoginDialog;
}

namespace dpdesk::gui {

class CheckedField;

// Signing in to the portal service with username, password and the 6-digit
// code of the authenticator app (DOMAIN.md A6). The dialog checks the fields
// and emits loginRequested(); the controller signs in and answers with
// showError() or accept(). The dialog never touches the network.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // clock times the wait after Throttled.
    explicit LoginDialog(QWidget *parent = nullptr, const Clock &clock = Clock::system());
    ~LoginDialog() override;

    // Remembered values (or the administrator's), filled in before showing.
    void setServer(const QUrl &server);
    void setUsername(const QString &username);
    // Administrator policy: the server address is fixed and cannot be edited.
    void setServerLocked(bool locked);
    bool isServerLocked() const { return m_serverLocked; }

    // While signing in: every field and "Sign in" disabled, a progress bar
    // shown. Cancel stays available (the dialog then emits rejected()).
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    // Ends the busy state and says what went wrong in words the user can act
    // on; detail (optional) is the technical reason, shown smaller. The code
    // field is cleared (a code is used once), the password kept. With
    // Throttled, "Sign in" stays disabled for retryAfter, counting down.
    void showError(LoginError kind, const QString &detail = {},
                   std::chrono::seconds retryAfter = std::chrono::seconds(0));
    void clearError();

    // The text showError() uses for kind (for the controller's logs: none
    // carries personal data).
    static QString errorText(LoginError kind);

signals:
    // The fields are valid: server is an http(s) URL with a host, username
    // is trimmed, password as typed, code exactly 6 digits.
    void loginRequested(const QUrl &server, const QString &username, const QString &password,
                        const QString &code);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void submit();
    void updateEnabled();
    void updateWait();
    void focusFirstEmpty();

    std::unique_ptr<Ui::LoginDialog> m_ui;
    const Clock *m_clock;
    CheckedField *m_server;
    CheckedField *m_username;
    CheckedField *m_password;
    CheckedField *m_code;
    QTimer *m_waitTimer;
    QDateTime m_retryAt; // Throttled: "Sign in" waits until then
    bool m_serverLocked = false;
    bool m_busy = false;
};

} // namespace dpdesk::gui
