#pragma once

#include "core/wire/CreateInvitationRequest.h"
#include "gui/dialogs/FieldMessage.h"
#include "gui/dialogs/IssuedInvitation.h"

#include <QDialog>

#include <functional>
#include <memory>

class QPushButton;

namespace Ui {
class InvitationDialog;
}

namespace dpdesk::gui {

// Inviting one applicant (C1) in two steps.
//
// Step 1: link or code, and how many days it stays valid; "Create
// invitation" emits invitationRequested() and the controller sends it.
// Step 2, showIssued(): the code or link is shown this once, large and
// selectable, with Copy, a QR code of the link, a pre-filled e-mail, and a
// printed or PDF letter (InvitationLetter). Closing asks first, because the
// server keeps only a hash and the secret cannot be shown again.
// Offline, showQueued() says that the code appears once the connection is
// back. The dialog never touches the network.
class InvitationDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Choose, Queued, Issued };

    // officeName and applicantEmail go into the e-mail and the letter;
    // applicantEmail may be empty.
    InvitationDialog(const QString &applicantName, const QString &applicantEmail, const QString &officeName,
                     QWidget *parent = nullptr);
    ~InvitationDialog() override;

    Step step() const { return m_step; }
    // The choice of step 1.
    CreateInvitationRequest request() const;

    // Step 2. secret: the code as the customer types it, or the link token.
    // linkUrl: the personal link (kind Link), or the application page where
    // the code is typed (kind Code; may be empty). expiresAt in UTC.
    void showIssued(InvitationKind kind, const QString &secret, const QUrl &linkUrl,
                    const QString &applicantName, const QDateTime &expiresAt);
    // The request waits in the outbox until the connection is back.
    void showQueued();
    // Back to step 1 with a problem (the server refused the request).
    void showError(const QString &message);

    // The issued invitation (empty before showIssued and after closing).
    const IssuedInvitation &issued() const { return m_issued; }

    // Asks where "Save as PDF" writes; returns an empty path to cancel.
    // Defaults to a file dialog; tests put a path in.
    using FileChooser = std::function<QString(QWidget *parent, const QString &suggestedFileName)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

signals:
    void invitationRequested(const dpdesk::CreateInvitationRequest &request);

public slots:
    // In step 2, asks before closing: the code will not be shown again.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showStep(Step step);
    void fitToPage();
    void create();
    void copySecret();
    void writeEmail();
    void printLetter();
    void saveLetter();
    void noteHandedOver(const QString &what);
    void say(FieldMessage::Tone tone, const QString &text);
    void forgetSecret();

    std::unique_ptr<Ui::InvitationDialog> m_ui;
    QPushButton *m_createButton;
    QPushButton *m_closeButton;
    QString m_applicantName;
    IssuedInvitation m_issued;
    FileChooser m_chooseFile;
    Step m_step = Step::Choose;
    bool m_handedOver = false; // copied, e-mailed, printed or saved
};

} // namespace dpdesk::gui
