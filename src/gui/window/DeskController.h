#pragma once

#include "client/workspace/Workspace.h"
#include "core/time/Clock.h"
#include "core/wire/CreateInvitationRequest.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QSystemTrayIcon;

namespace dpdesk::client {
class CredentialStore;
}

namespace dpdesk::gui {

class ChangeNotifier;
class InvitationDialog;
class LoginDialog;
class MainWindow;
class TrayNotifier;

// Runs the desk: one Workspace per server, the login dialog, and the flows
// behind the main window's requests (new application, invitation, delete
// and create new, conflicts), plus the tray notifications. The window only
// shows; the Workspace does the work; this class connects the two with the
// dialogs.
class DeskController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl serverUrl; // the remembered or configured server
        bool serverLocked = false; // administrator policy
        client::Workspace::Options workspace;
        bool notifications = true; // tray messages (off in tests)
    };

    DeskController(QNetworkAccessManager *network, client::CredentialStore *credentials, const Clock &clock,
                   Options options, MainWindow *window, QObject *parent = nullptr);
    ~DeskController() override;

    // Resumes the remembered user's session (offline-first: their cache opens
    // at once), or asks for a login.
    void start();
    // Logs in without the dialog (demo mode: the run command passes the demo
    // user's password and authenticator secret through the environment).
    void loginWithSecret(const QString &username, const QString &password, const QByteArray &totpSecret);

    client::Workspace *workspace() const { return m_workspace.get(); }
    LoginDialog *loginDialog() const;

public slots:
    void showLogin(const QString &reason = {});
    void newApplication();
    void createInvitation(const QString &applicationId, const QString &applicantId);
    void replaceInvitation(const QString &applicationId, const QString &applicantId);
    void openConflict(qint64 outboxEntryId);
    void loadAudit(const QString &applicationId);
    // S5: the bank-account dialog, then Workspace::changeBankAccount.
    void changeBankAccount(const QString &applicationId);
    // S5, the Maex way: confirm, then Workspace::newSigning; the new secrets
    // are shown as they arrive (invitationIssued).
    void newSigning(const QString &applicationId);
    void loadDocuments(const QString &applicationId);
    // Fetches the version's PDF and shows it in a PdfViewerDialog.
    void openDocument(const QString &applicationId, const dpdesk::DocumentVersion &document);

private:
    void useServer(const QUrl &serverUrl);
    void onLoggedIn();
    void onLoginFailed(const client::AuthError &error);
    void onInvitationIssued(qint64 entryId, const QString &applicationId, const QString &applicantId,
                            InvitationKind kind, const QString &secret, const QUrl &link);
    void onApplicationsChanged(const QStringList &ids);
    QString chooseApplicant(const Application &application, bool replace);
    InvitationDialog *openInvitationDialog(const Application &application, const Applicant &applicant);
    void send(InvitationDialog *dialog, const QString &applicationId, const QString &applicantId,
              bool replace, const CreateInvitationRequest &request);
    void rememberLogin(const QString &username);

    QNetworkAccessManager *m_network;
    client::CredentialStore *m_credentials;
    const Clock &m_clock;
    Options m_options;
    MainWindow *m_window;
    std::unique_ptr<client::Workspace> m_workspace;
    QPointer<LoginDialog> m_login;
    // The open invitation dialogs by the outbox entry whose answer they wait for.
    QHash<qint64, QPointer<InvitationDialog>> m_waitingDialogs;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<TrayNotifier> m_trayNotifier;
    std::unique_ptr<ChangeNotifier> m_notifier;
    bool m_initialSyncDone = false;
};

} // namespace dpdesk::gui
