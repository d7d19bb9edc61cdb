#include "gui/window/DeskController.h"

#include "client/Logging.h"
#include "client/cache/Provisional.h"
#include "core/domain/LoginRules.h"
#include "core/otp/Totp.h"
#include "gui/detail/ApplicationDetailView.h"
#include "gui/dialogs/ChangeBankAccountDialog.h"
#include "gui/dialogs/InvitationDialog.h"
#include "gui/dialogs/LoginDialog.h"
#include "gui/dialogs/NewApplicationDialog.h"
#include "gui/dialogs/PdfViewerDialog.h"
#include "gui/dialogs/ReplaceInvitationDialog.h"
#include "gui/notify/ChangeNotifier.h"
#include "gui/notify/TrayNotifier.h"
#include "gui/text/ChecklistTexts.h"
#include "gui/text/DocumentTexts.h"
#include "gui/window/MainWindow.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace dpdesk::gui {

namespace {

// Applications changed at once above this are a bulk load (first sync,
// re-fetch): nothing to announce one by one.
constexpr int kBulkChange = 200;

LoginError loginErrorFor(client::AuthFailure failure)
{
    switch (failure) {
    case client::AuthFailure::InvalidCredentials:
        return LoginError::WrongCredentials;
    case client::AuthFailure::Throttled:
        return LoginError::Throttled;
    case client::AuthFailure::AccountLocked:
        return LoginError::AccountLocked;
    case client::AuthFailure::ServerUnreachable:
        return LoginError::ServerUnreachable;
    case client::AuthFailure::CertificateProblem:
        return LoginError::CertificateProblem;
    case client::AuthFailure::InvalidInput:
    case client::AuthFailure::SessionEnded:
    case client::AuthFailure::ServerError:
    case client::AuthFailure::UnexpectedAnswer:
        break;
    }
    return LoginError::Other;
}

QString settingsKey(const QUrl &server)
{
    return QStringLiteral("login/") + QString::fromLatin1(server.toString().toUtf8().toHex());
}

bool hasCurrentInvitation(const Applicant &applicant)
{
    return applicant.invitation
        && (applicant.invitation->state == InvitationState::Active
            || applicant.invitation->state == InvitationState::Locked);
}

} // namespace

DeskController::DeskController(QNetworkAccessManager *network, client::CredentialStore *credentials,
                               const Clock &clock, Options options, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(credentials)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_window(window)
{
    connect(window, &MainWindow::newApplicationRequested, this, &DeskController::newApplication);
    connect(window, &MainWindow::createInvitationRequested, this, &DeskController::createInvitation);
    connect(window, &MainWindow::replaceInvitationRequested, this, &DeskController::replaceInvitation);
    connect(window, &MainWindow::conflictOpened, this, &DeskController::openConflict);
    connect(window, &MainWindow::auditRequested, this, &DeskController::loadAudit);
    connect(window, &MainWindow::changeBankAccountRequested, this, &DeskController::changeBankAccount);
    connect(window, &MainWindow::newSigningRequested, this, &DeskController::newSigning);
    connect(window, &MainWindow::documentsRequested, this, &DeskController::loadDocuments);
    connect(window, &MainWindow::documentOpenRequested, this, &DeskController::openDocument);
    connect(window, &MainWindow::logoutRequested, this, [this] {
        if (m_workspace)
            m_workspace->logout();
    });

    if (m_options.notifications && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("DP Desk"));
        m_tray->show();
        m_trayNotifier = std::make_unique<TrayNotifier>(m_tray);
        m_notifier = std::make_unique<ChangeNotifier>(*m_trayNotifier, m_clock);
        connect(m_trayNotifier.get(), &TrayNotifier::clicked, m_notifier.get(),
                &ChangeNotifier::notificationClicked);
        connect(m_notifier.get(), &ChangeNotifier::openApplicationRequested, this, [this](const QString &id) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
            m_window->openApplication(id);
        });
    }
    useServer(m_options.serverUrl);
}

DeskController::~DeskController()
{
    m_window->setWorkspace(nullptr);
}

LoginDialog *DeskController::loginDialog() const
{
    return m_login;
}

void DeskController::useServer(const QUrl &serverUrl)
{
    if (m_workspace && m_workspace->serverUrl() == serverUrl)
        return;
    m_window->setWorkspace(nullptr);
    m_workspace = std::make_unique<client::Workspace>(m_network, serverUrl, m_credentials, m_clock,
                                                      m_options.workspace);
    m_options.serverUrl = serverUrl;
    m_initialSyncDone = false;
    auto *workspace = m_workspace.get();
    connect(workspace, &client::Workspace::loggedIn, this, &DeskController::onLoggedIn);
    connect(workspace, &client::Workspace::loginFailed, this, &DeskController::onLoginFailed);
    connect(workspace, &client::Workspace::loginRequired, this, &DeskController::showLogin);
    connect(workspace, &client::Workspace::loggedOut, this, [this] { showLogin(); });
    connect(workspace, &client::Workspace::invitationIssued, this, &DeskController::onInvitationIssued);
    connect(workspace, &client::Workspace::applicationsChanged, this, &DeskController::onApplicationsChanged);
    connect(workspace, &client::Workspace::lastSyncedAtChanged, this, [this] {
        if (!m_initialSyncDone) {
            m_initialSyncDone = true;
            if (m_notifier)
                m_notifier->initialSyncDone();
        }
    });
    connect(workspace, &client::Workspace::workspaceError, this,
            [this](const Error &error) { QMessageBox::warning(m_window, tr("DP Desk"), error.message); });
    m_window->setWorkspace(workspace);
}

void DeskController::start()
{
    QSettings settings;
    const QString username = settings.value(settingsKey(m_options.serverUrl)).toString();
    if (username.isEmpty()) {
        showLogin();
        return;
    }
    m_workspace->resume(username);
}

void DeskController::loginWithSecret(const QString &username, const QString &password,
                                     const QByteArray &totpSecret)
{
    const QString code = totp(totpSecret, m_clock.nowUtc().toSecsSinceEpoch());
    m_workspace->login(username, password, code);
}

void DeskController::showLogin(const QString &reason)
{
    if (!m_login) {
        m_login = new LoginDialog(m_window, m_clock);
        m_login->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_login, &LoginDialog::loginRequested, this,
                [this](const QUrl &server, const QString &username, const QString &password,
                       const QString &code) {
                    useServer(server);
                    m_login->setBusy(true);
                    m_workspace->login(username, password, code);
                });
        connect(m_login, &QDialog::rejected, this, [this] {
            // Without a login the desk shows the cache of nobody: offer to quit.
            if (!m_workspace || !m_workspace->isOpen())
                m_window->statusBar()->showMessage(
                    tr("Not signed in. Use File ▸ Log out or restart to sign in."));
        });
    }
    m_login->setServer(m_options.serverUrl);
    m_login->setServerLocked(m_options.serverLocked);
    m_login->setUsername(QSettings().value(settingsKey(m_options.serverUrl)).toString());
    if (!reason.isEmpty())
        m_login->showError(LoginError::Other, reason);
    m_login->open();
}

void DeskController::onLoggedIn()
{
    rememberLogin(m_workspace->user().username);
    if (m_login) {
        m_login->setBusy(false);
        m_login->accept();
    }
}

void DeskController::onLoginFailed(const client::AuthError &error)
{
    if (!m_login) {
        showLogin();
    }
    m_login->setBusy(false);
    m_login->showError(loginErrorFor(error.kind), error.message, std::chrono::seconds(error.retryAfterSecs));
}

void DeskController::rememberLogin(const QString &username)
{
    QSettings settings;
    settings.setValue(settingsKey(m_options.serverUrl), username);
    settings.setValue(QStringLiteral("login/lastServer"), m_options.serverUrl.toString());
}

void DeskController::newApplication()
{
    if (!m_workspace || !m_workspace->isOpen())
        return;
    NewApplicationDialog dialog(m_window, m_clock);
    while (dialog.exec() == QDialog::Accepted) {
        const auto entry = m_workspace->createApplication(dialog.request());
        if (entry)
            return;
        // Checked locally first (e.g. the reference is taken): say so and
        // keep everything that was typed.
        dialog.showServerError(entry.error());
    }
}

QString DeskController::chooseApplicant(const Application &application, bool replace)
{
    QList<const Applicant *> candidates;
    for (const auto &applicant : application.applicants) {
        if (replace ? applicant.invitation.has_value() : !hasCurrentInvitation(applicant))
            candidates << &applicant;
    }
    if (candidates.isEmpty()) {
        QMessageBox::information(
            m_window, tr("Invitation"),
            replace
                ? tr("No applicant of %1 has an invitation yet. Create one first.").arg(application.reference)
                : tr("Every applicant of %1 already has an invitation. Use "
                     "\"Delete and create new invitation\" to replace one.")
                      .arg(application.reference));
        return {};
    }
    if (candidates.size() == 1)
        return candidates.first()->id;
    QStringList names;
    for (const auto *applicant : candidates)
        names << applicant->fullName;
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_window, tr("Choose the applicant"), tr("Applicant:"), names, 0, false, &ok);
    if (!ok)
        return {};
    return candidates.at(names.indexOf(chosen))->id;
}

InvitationDialog *DeskController::openInvitationDialog(const Application &application,
                                                       const Applicant &applicant)
{
    auto *dialog =
        new InvitationDialog(applicant.fullName, applicant.email, m_workspace->user().officeName, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Invitation for %1 (%2)").arg(applicant.fullName, application.reference));
    return dialog;
}

void DeskController::createInvitation(const QString &applicationId, const QString &applicantIdIn)
{
    if (!m_workspace)
        return;
    const auto application = m_workspace->application(applicationId);
    if (!application)
        return;
    const QString applicantId =
        applicantIdIn.isEmpty() ? chooseApplicant(*application, false) : applicantIdIn;
    for (const auto &applicant : application->applicants) {
        if (applicant.id != applicantId)
            continue;
        auto *dialog = openInvitationDialog(*application, applicant);
        connect(dialog, &InvitationDialog::invitationRequested, this,
                [this, dialog, applicationId, applicantId](const CreateInvitationRequest &request) {
                    send(dialog, applicationId, applicantId, false, request);
                });
        dialog->open();
        return;
    }
}

void DeskController::replaceInvitation(const QString &applicationId, const QString &applicantIdIn)
{
    if (!m_workspace)
        return;
    const auto application = m_workspace->application(applicationId);
    if (!application)
        return;
    const QString applicantId = applicantIdIn.isEmpty() ? chooseApplicant(*application, true) : applicantIdIn;
    for (const auto &applicant : application->applicants) {
        if (applicant.id != applicantId || !applicant.invitation)
            continue;
        // C6: confirm first; the old link or code stops working at once.
        ReplaceInvitationDialog confirm(applicant.fullName, *applicant.invitation, m_clock.nowUtc(),
                                        m_window);
        if (confirm.exec() != QDialog::Accepted)
            return;
        auto *dialog = openInvitationDialog(*application, applicant);
        dialog->open();
        send(dialog, applicationId, applicantId, true, confirm.request());
        return;
    }
}

void DeskController::send(InvitationDialog *dialog, const QString &applicationId, const QString &applicantId,
                          bool replace, const CreateInvitationRequest &request)
{
    const auto entry = replace
        ? m_workspace->replaceInvitation(applicationId, applicantId, request.kind, request.expiresInDays)
        : m_workspace->createInvitation(applicationId, applicantId, request.kind, request.expiresInDays);
    if (!entry) {
        dialog->showError(entry.error().message);
        return;
    }
    m_waitingDialogs.insert(*entry, dialog);
    // The answer usually comes within a blink; offline it waits in the outbox.
    if (m_workspace->connectionState() == client::Workspace::ConnectionState::Offline)
        dialog->showQueued();
}

void DeskController::onInvitationIssued(qint64 entryId, const QString &applicationId,
                                        const QString &applicantId, InvitationKind kind,
                                        const QString &secret, const QUrl &link)
{
    QPointer<InvitationDialog> dialog = m_waitingDialogs.take(entryId);
    const auto application = m_workspace->application(applicationId);
    QString name;
    QDateTime expiresAt;
    if (application) {
        for (const auto &applicant : application->applicants) {
            if (applicant.id == applicantId) {
                name = applicant.fullName;
                if (applicant.invitation)
                    expiresAt = applicant.invitation->expiresAt;
                if (!dialog)
                    dialog = openInvitationDialog(*application, applicant);
            }
        }
    }
    if (!dialog)
        return; // the application is gone; the secret cannot be shown
    // C1: shown this once; the server keeps only a hash.
    dialog->showIssued(kind, secret, link, name, expiresAt);
    if (!dialog->isVisible())
        dialog->open();
}

void DeskController::openConflict(qint64 outboxEntryId)
{
    if (!m_workspace || !m_workspace->cache())
        return;
    for (const auto &conflict : m_workspace->conflicts()) {
        if (conflict.entryId != outboxEntryId)
            continue;
        QMessageBox box(QMessageBox::Warning, tr("Change not accepted"), conflict.title,
                        QMessageBox::NoButton, m_window);
        box.setInformativeText(conflict.explanation);
        auto *retry = box.addButton(tr("&Reload and retry"), QMessageBox::AcceptRole);
        auto *discard = box.addButton(tr("&Discard my change"), QMessageBox::DestructiveRole);
        auto *close = box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(close);
        box.setEscapeButton(close);
        box.exec();
        Status status;
        if (box.clickedButton() == retry) {
            const auto entry = m_workspace->retry(outboxEntryId);
            if (!entry)
                status = entry.error();
        } else if (box.clickedButton() == discard) {
            status = m_workspace->discard(outboxEntryId);
        }
        if (!status)
            QMessageBox::warning(m_window, tr("Change not accepted"), status.error().message);
        return;
    }
}

void DeskController::loadAudit(const QString &applicationId)
{
    auto *detail = m_window->detailView();
    if (!m_workspace || client::isProvisionalId(applicationId)) {
        detail->setAuditUnavailable(applicationId);
        return;
    }
    detail->setAuditLoading();
    m_workspace->fetchAudit(applicationId,
                            [detail = QPointer<ApplicationDetailView>(detail),
                             applicationId](const Result<QList<AuditEntry>> &entries) {
                                if (!detail)
                                    return;
                                if (entries)
                                    detail->setAuditEntries(applicationId, *entries);
                                else
                                    detail->setAuditUnavailable(applicationId);
                            });
}

void DeskController::changeBankAccount(const QString &applicationId)
{
    if (!m_workspace || !m_workspace->isOpen())
        return;
    const auto application = m_workspace->application(applicationId);
    if (!application)
        return;
    ChangeBankAccountDialog dialog(*application, m_window);
    while (dialog.exec() == QDialog::Accepted) {
        const auto entry =
            m_workspace->changeBankAccount(applicationId, dialog.iban(), dialog.accountHolder());
        if (entry) {
            m_window->statusBar()->showMessage(
                m_workspace->connectionState() == client::Workspace::ConnectionState::Offline
                    ? tr("New bank account for %1 saved; it is sent when the connection is back.")
                          .arg(application->reference)
                    : tr("New bank account for %1 sent; a new contract is being put in place.")
                          .arg(application->reference),
                8000);
            return;
        }
        // Checked locally first (complete, unchanged, an invalid IBAN): say
        // so and keep what was typed.
        dialog.showError(entry.error());
    }
}

void DeskController::newSigning(const QString &applicationId)
{
    if (!m_workspace || !m_workspace->isOpen())
        return;
    const auto application = m_workspace->application(applicationId);
    if (!application)
        return;
    // The kind the applicants have now (a code unless they were sent a link).
    InvitationKind kind = InvitationKind::Code;
    for (const Applicant &applicant : application->applicants)
        if (applicant.invitation && applicant.invitation->kind == InvitationKind::Link)
            kind = InvitationKind::Link;
    QMessageBox box(QMessageBox::Warning, tr("New signing"),
                    tr("Start a new signing for %1?").arg(application->reference), QMessageBox::NoButton,
                    m_window);
    box.setInformativeText(
        tr("A new contract will be generated and every applicant gets a new invitation (%1). Their current "
           "link or code stops working at once and they go through the steps again. The new invitations are "
           "shown as soon as the portal service has made them.")
            .arg(ChecklistTexts::invitationKind(kind).toLower()));
    auto *start = box.addButton(tr("&Start new signing"), QMessageBox::DestructiveRole);
    auto *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() != start)
        return;
    const auto entry = m_workspace->newSigning(applicationId, kind);
    if (!entry)
        QMessageBox::warning(m_window, tr("New signing"), entry.error().message);
}

void DeskController::loadDocuments(const QString &applicationId)
{
    auto *detail = m_window->detailView();
    if (!m_workspace || client::isProvisionalId(applicationId)) {
        detail->setDocumentsUnavailable(applicationId);
        return;
    }
    m_workspace->fetchDocuments(applicationId,
                                [detail = QPointer<ApplicationDetailView>(detail),
                                 applicationId](const Result<QList<DocumentVersion>> &documents) {
                                    if (!detail)
                                        return;
                                    if (documents)
                                        detail->setDocuments(applicationId, *documents);
                                    else
                                        detail->setDocumentsUnavailable(applicationId,
                                                                        documents.error().message);
                                });
}

void DeskController::openDocument(const QString &applicationId, const DocumentVersion &document)
{
    if (!m_workspace)
        return;
    const auto application = m_workspace->application(applicationId);
    const QString reference = application ? application->reference : QString();
    m_window->statusBar()->showMessage(tr("Fetching %1…").arg(DocumentTexts::title(document)));
    m_workspace->fetchDocument(
        applicationId, document.id,
        [this, window = QPointer<MainWindow>(m_window), applicationId, document,
         reference](const Result<QByteArray> &pdf) {
            if (!window)
                return;
            window->statusBar()->clearMessage();
            if (!pdf) {
                QMessageBox::warning(window, DocumentTexts::title(document), pdf.error().message);
                return;
            }
            auto *viewer = new PdfViewerDialog(*pdf, DocumentTexts::title(document),
                                               DocumentTexts::fileName(document, reference), window);
            viewer->setAttribute(Qt::WA_DeleteOnClose);
            viewer->open();
            if (!document.generated())
                loadDocuments(applicationId); // generated on this first download: its hash is listed now
        });
}

void DeskController::onApplicationsChanged(const QStringList &ids)
{
    if (!m_notifier || !m_workspace)
        return;
    if (!m_initialSyncDone || ids.size() > kBulkChange) {
        // Bulk loads are not news; the notifier learns these versions lazily.
        for (const auto &id : ids)
            m_notifier->forget(id);
        return;
    }
    for (const auto &id : ids) {
        if (const auto application = m_workspace->application(id))
            m_notifier->observe(*application);
        else
            m_notifier->forget(id);
    }
}

} // namespace dpdesk::gui
