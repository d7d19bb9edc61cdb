#include "gui/dialogs/ReplaceInvitationDialog.h"

#include "core/domain/LoginRules.h"
#include "gui/dialogs/DialogStyle.h"
#include "gui/dialogs/InvitationText.h"

#include <QPushButton>
#include <QStyle>

#include "ui_ReplaceInvitationDialog.h"

namespace dpdesk::gui {

ReplaceInvitationDialog::ReplaceInvitationDialog(const QString &applicantName, const Invitation &current,
                                                 const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReplaceInvitationDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Replace invitation"));
    m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(QSize(40, 40)));
    m_ui->iconLabel->setFixedSize(QSize(40, 40));
    m_ui->contentLayout->setAlignment(m_ui->iconLabel, Qt::AlignTop);
    DialogStyle::makeTitle(m_ui->titleLabel, 1.25);
    DialogStyle::makeBanner(m_ui->reasonFrame, DialogStyle::Banner::Info);
    for (QLabel *caption : {m_ui->applicantCaption, m_ui->currentCaption, m_ui->reasonCaption})
        DialogStyle::makeSubtitle(caption);

    const bool code = current.kind == InvitationKind::Code;
    m_ui->titleLabel->setText(tr("Replace the invitation for %1?").arg(applicantName));
    m_ui->consequenceLabel->setText(code ? tr("The current code stops working at once, and %1 must use the "
                                              "new invitation. Tell the customer, "
                                              "so that they do not keep trying the old code.")
                                               .arg(applicantName)
                                         : tr("The current link stops working at once, and %1 must use the "
                                              "new invitation. Tell the customer, "
                                              "so that they do not keep using the old link.")
                                               .arg(applicantName));
    m_ui->applicantLabel->setText(applicantName);
    const QString created = InvitationText::dateAndTime(current.createdAt);
    m_ui->currentLabel->setText(code ? tr("Personal code, created on %1").arg(created)
                                     : tr("Personal link, created on %1").arg(created));
    m_ui->reasonLabel->setText(reasonText(current, now));
    (code ? m_ui->codeRadio : m_ui->linkRadio)->setChecked(true);

    // Cancel is the default: Enter keeps the invitation. The destructive
    // button needs a click, Space on it, or its mnemonic (Alt+D).
    m_cancelButton = m_ui->buttonBox->addButton(QDialogButtonBox::Cancel);
    m_replaceButton =
        m_ui->buttonBox->addButton(tr("&Delete and create new"), QDialogButtonBox::DestructiveRole);
    m_replaceButton->setAccessibleName(tr("Delete the current invitation and create a new one"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_replaceButton->setAutoDefault(false);
    m_cancelButton->setDefault(true);
    connect(m_replaceButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    // Only an active or locked invitation can be replaced (revokeInvitation).
    const bool revocable =
        current.state == InvitationState::Active || current.state == InvitationState::Locked;
    m_replaceButton->setEnabled(revocable);
    m_ui->kindGroup->setEnabled(revocable);

    (code ? m_ui->codeRadio : m_ui->linkRadio)->setFocus();
    setMinimumWidth(520);
}

ReplaceInvitationDialog::~ReplaceInvitationDialog() = default;

void ReplaceInvitationDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    DialogStyle::fitHeight(this);
}

CreateInvitationRequest ReplaceInvitationDialog::request() const
{
    CreateInvitationRequest request;
    request.kind = m_ui->linkRadio->isChecked() ? InvitationKind::Link : InvitationKind::Code;
    return request;
}

QString ReplaceInvitationDialog::reasonText(const Invitation &current, const QDateTime &now)
{
    switch (current.state) {
    case InvitationState::Locked:
        if (current.lockedAt)
            return tr("Locked after %1 wrong dates of birth, on %2.")
                .arg(current.failedAttempts)
                .arg(InvitationText::dateAndTime(*current.lockedAt));
        return tr("Locked after %1 wrong dates of birth.").arg(current.failedAttempts);
    case InvitationState::Active:
        if (isExpired(current, now))
            return tr("Expired on %1.").arg(InvitationText::dateAndTime(current.expiresAt));
        if (current.failedAttempts > 0)
            return tr("Still active; %1 of %2 attempts with a wrong date of birth used. Replace it if the "
                      "customer "
                      "lost it or it reached the wrong person.")
                .arg(current.failedAttempts)
                .arg(kLoginLockAtFailedAttempts);
        return tr("Still active. Replace it if the customer lost it or it reached the wrong person.");
    case InvitationState::Revoked:
        return tr("Already replaced; it cannot be replaced again.");
    case InvitationState::Completed:
        return tr("The applicant has finished every step; there is nothing to replace.");
    }
    return {};
}

} // namespace dpdesk::gui
