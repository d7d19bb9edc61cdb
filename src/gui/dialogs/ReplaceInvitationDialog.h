#pragma once

#include "core/domain/Invitation.h"
#include "core/wire/CreateInvitationRequest.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ReplaceInvitationDialog;
}

namespace dpdesk::gui {

// "Delete and create new invitation" (C6): a confirmation that says plainly
// that the current link or code stops working at once and the customer must
// use the new one, shows the applicant and why (locked after four wrong
// dates of birth, C5; expired; or still active), and asks for link or code.
// The destructive button is never the default: Enter and Escape cancel.
// After exec() == Accepted the caller sends request().
class ReplaceInvitationDialog : public QDialog
{
    Q_OBJECT

public:
    // now decides whether the current invitation has expired (LoginRules.h).
    ReplaceInvitationDialog(const QString &applicantName, const Invitation &current, const QDateTime &now,
                            QWidget *parent = nullptr);
    ~ReplaceInvitationDialog() override;

    // Link or code for the new invitation (the current kind unless changed),
    // with the default validity.
    CreateInvitationRequest request() const;

    // The reason shown under "Why", e.g. "Locked after 4 wrong dates of birth".
    static QString reasonText(const Invitation &current, const QDateTime &now);

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::unique_ptr<Ui::ReplaceInvitationDialog> m_ui;
    QPushButton *m_replaceButton;
    QPushButton *m_cancelButton;
};

} // namespace dpdesk::gui
