#include "gui/text/AuditTexts.h"

#include "core/domain/Enums.h"
#include "core/domain/LoginRules.h"
#include "gui/text/ChecklistTexts.h"
#include "gui/text/DocumentTexts.h"

#include <QJsonArray>
#include <QStringList>

namespace dpdesk::gui {

namespace {

QString detailString(const AuditEntry &entry, const char *key)
{
    const QJsonValue value = entry.details.value(QLatin1String(key));
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

int detailInt(const AuditEntry &entry, const char *key)
{
    return int(entry.details.value(QLatin1String(key)).toInteger());
}

} // namespace

QString AuditTexts::actor(const AuditEntry &entry, const Names &applicantNames)
{
    if (entry.actorKind == AuditActorKind::Customer) {
        const QString name = applicantNames.value(detailString(entry, "applicantId"));
        return name.isEmpty() ? tr("Customer") : name;
    }
    if (!entry.actorName.isEmpty())
        return entry.actorName;
    return tr("Office");
}

bool AuditTexts::isAttention(const AuditEntry &entry)
{
    const QString &a = entry.action;
    return a == QLatin1String("invitation.locked") || a == QLatin1String("customer.contract_refused")
        || a == QLatin1String("identification.failed")
        || (a == QLatin1String("customer.questions_answered")
            && entry.details.value(QLatin1String("detailsCorrect")) == QJsonValue(false));
}

QString AuditTexts::action(const AuditEntry &entry, const Names &applicantNames)
{
    const QString &a = entry.action;
    const QString applicantId = detailString(entry, "applicantId");
    const QString who = applicantNames.value(applicantId, tr("the applicant"));
    const auto kind = enumFromString<InvitationKind>(detailString(entry, "kind"));
    const QString kindText = kind ? ChecklistTexts::invitationKind(*kind).toLower() : QString();

    if (a == QLatin1String("application.created"))
        return tr("Application created");
    if (a == QLatin1String("application.updated")) {
        QStringList fields;
        for (const QJsonValue &f : entry.details.value(QLatin1String("fields")).toArray()) {
            const QString name = f.toString();
            if (name == QLatin1String("iban"))
                fields << tr("bank account");
            else if (name == QLatin1String("accountHolder"))
                fields << tr("account holder");
            else if (name == QLatin1String("loanAmountCents"))
                fields << tr("amount");
            else if (name == QLatin1String("termMonths"))
                fields << tr("term");
            else if (name == QLatin1String("loanKind"))
                fields << tr("loan kind");
            else if (name == QLatin1String("reference"))
                fields << tr("reference");
            else if (name == QLatin1String("advisorId"))
                fields << tr("advisor");
            else if (name == QLatin1String("applicants"))
                fields << tr("applicants");
            else
                fields << name;
        }
        return fields.isEmpty() ? tr("Application changed")
                                : tr("Application changed: %1").arg(fields.join(QStringLiteral(", ")));
    }
    if (a == QLatin1String("invitation.created")) // C1
        return kindText.isEmpty() ? tr("Invitation created for %1").arg(who)
                                  : tr("Invitation created for %1 (%2)").arg(who, kindText);
    if (a == QLatin1String("invitation.replaced")) { // C6
        const QString previous = detailString(entry, "previousState");
        QString was;
        if (previous == QLatin1String("locked"))
            was = tr("locked");
        else if (previous == QLatin1String("expired"))
            was = tr("expired");
        else if (previous == QLatin1String("active"))
            was = tr("active");
        QString text = kindText.isEmpty()
            ? tr("Invitation for %1 deleted and a new one created").arg(who)
            : tr("Invitation for %1 deleted and a new one created (%2)").arg(who, kindText);
        if (!was.isEmpty())
            text += QLatin1Char(' ') + tr("(the old one was %1)").arg(was);
        return text;
    }
    if (a == QLatin1String("customer.login_failed")) // C3, C4
        return tr("Wrong date of birth (%1 of %2)")
            .arg(detailInt(entry, "failedAttempts"))
            .arg(kLoginLockAtFailedAttempts);
    if (a == QLatin1String("invitation.locked")) // C5
        return tr("Locked after %1 wrong dates of birth").arg(detailInt(entry, "failedAttempts"));
    if (a == QLatin1String("invitation.completed"))
        return tr("Every step done; invitation completed");
    if (a == QLatin1String("customer.documents_accepted")) // D1, D2
        return tr("Accepted the documents");
    if (a == QLatin1String("customer.questions_answered")) { // S1, S2
        if (entry.details.value(QLatin1String("detailsCorrect")) == QJsonValue(false))
            return tr("Answered no to “are your details correct?”");
        return tr("Answered the four questions");
    }
    if (a == QLatin1String("customer.iban_confirmed")) // S4
        return tr("Confirmed the bank account");
    if (a == QLatin1String("customer.contract_refused")) { // S6
        const QString reason = detailString(entry, "reason");
        return reason.isEmpty() ? tr("Refused the contract") : tr("Refused the contract: %1").arg(reason);
    }
    if (a == QLatin1String("customer.idin_verified")) // S7
        return tr("Confirmed their identity with iDIN");
    if (a == QLatin1String("customer.signed")) { // S8, S9
        const int version = detailInt(entry, "contractVersion");
        return version > 0 ? tr("Signed contract version %1").arg(version) : tr("Signed the contract");
    }
    if (a == QLatin1String("identification.started")) // I2
        return tr("Started identification");
    if (a == QLatin1String("identification.done") || a == QLatin1String("identification.failed")) { // I4
        const auto doc = enumFromString<IdDocumentType>(detailString(entry, "documentType"));
        const QString docText = doc ? ChecklistTexts::documentType(*doc) : QString();
        if (a == QLatin1String("identification.done"))
            return docText.isEmpty() ? tr("Identified") : tr("Identified with %1").arg(docText);
        const QString reason = detailString(entry, "reason");
        return reason.isEmpty() ? tr("ID check failed") : tr("ID check failed: %1").arg(reason);
    }
    if (a == QLatin1String("bank_account.changed")) { // S5, the DP Portaal way
        const QString from = detailString(entry, "oldIban");
        const QString to = detailString(entry, "newIban");
        const int version = detailInt(entry, "contractVersion");
        if (to.isEmpty())
            return tr("Bank account changed; new contract version %1").arg(version);
        if (from.isEmpty())
            return tr("Bank account set to %1; new contract version %2").arg(to).arg(version);
        return tr("Bank account changed from %1 to %2; new contract version %3").arg(from, to).arg(version);
    }
    if (a == QLatin1String("contract.new_signing")) // S5, the Maex way
        return tr("New signing with new invitations; new contract version %1")
            .arg(detailInt(entry, "contractVersion"));
    if (a == QLatin1String("document.generated")) { // D1, S5
        const auto documentKind = enumFromString<DocumentKind>(detailString(entry, "kind"));
        const QString name = documentKind ? DocumentTexts::kind(*documentKind) : tr("Document");
        return tr("%1 version %2 generated").arg(name).arg(detailInt(entry, "version"));
    }
    if (a == QLatin1String("contract.renewed")) { // S5
        const int version = detailInt(entry, "contractVersion");
        return version > 0 ? tr("New contract put in place (version %1)").arg(version)
                           : tr("New contract put in place");
    }
    return a;
}

} // namespace dpdesk::gui
