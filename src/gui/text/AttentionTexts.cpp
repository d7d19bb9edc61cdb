#include "gui/text/AttentionTexts.h"

#include "client/cache/ApplicationRow.h"
#include "client/cache/OutboxEntry.h"

namespace dpdesk::gui {

QString AttentionTexts::shortTime(const QDateTime &time)
{
    return time.toLocalTime().toString(QStringLiteral("dd-MM HH:mm"));
}

QString AttentionTexts::reason(AttentionReason reason, const client::ApplicantRow &applicant)
{
    switch (reason) {
    case AttentionReason::InvitationLocked: // C5
        if (applicant.lockedAtMs > 0)
            return tr("Locked after %n wrong dates of birth on %1", nullptr, applicant.failedAttempts)
                .arg(shortTime(QDateTime::fromMSecsSinceEpoch(applicant.lockedAtMs, Qt::UTC)));
        return tr("Locked after %n wrong dates of birth", nullptr, applicant.failedAttempts);
    case AttentionReason::DetailsWrong: // S2
        return tr("Says the personal details are not correct; signing is stopped");
    case AttentionReason::ContractRefused: // S6
        return tr("Refused the contract: %1").arg(applicant.refusalReason.trimmed());
    case AttentionReason::IdentificationFailed: // I4
        if (applicant.identificationFailureReason.trimmed().isEmpty())
            return tr("Identification failed");
        return tr("Identification failed: %1").arg(applicant.identificationFailureReason.trimmed());
    }
    return {};
}

QString AttentionTexts::shortLabel(AttentionReason reason)
{
    switch (reason) {
    case AttentionReason::InvitationLocked:
        return tr("Invitation locked");
    case AttentionReason::DetailsWrong:
        return tr("Details wrong");
    case AttentionReason::ContractRefused:
        return tr("Contract refused");
    case AttentionReason::IdentificationFailed:
        return tr("Identification failed");
    }
    return {};
}

QString AttentionTexts::conflict(const client::OutboxEntry &entry)
{
    const QString message =
        entry.lastError.trimmed().isEmpty() ? tr("no reason given") : entry.lastError.trimmed();
    if (entry.path.endsWith(QLatin1String("/invitations/replace")))
        return tr("The new invitation was not made: %1").arg(message);
    if (entry.path.endsWith(QLatin1String("/invitations")))
        return tr("The invitation was not made: %1").arg(message);
    if (entry.method == "POST" && entry.path.endsWith(QLatin1String("/applications")))
        return tr("The new application was not created: %1").arg(message);
    return tr("Your change was not accepted: %1").arg(message);
}

} // namespace dpdesk::gui
