#include "gui/notify/NotificationTexts.h"

#include <QSet>
#include <QStringList>

#include <map>

namespace dpdesk::gui {

namespace {

bool isAction(ChangeEventKind kind)
{
    return kind != ChangeEventKind::ApplicationComplete;
}

} // namespace

Notification NotificationTexts::forEvent(const ChangeEvent &event)
{
    Notification n;
    n.applicationId = event.applicationId;
    n.severity = isAction(event.kind) ? Notification::Severity::Warning : Notification::Severity::Information;
    const QString &ref = event.reference;
    const int who = event.applicantPosition;
    switch (event.kind) {
    case ChangeEventKind::InvitationLocked: // C5, C6
        n.title = tr("%1: invitation locked").arg(ref);
        n.message = tr("Applicant %1 entered a wrong date of birth four times and can no longer log in. "
                       "Delete the invitation and create a new one.")
                        .arg(who);
        break;
    case ChangeEventKind::DetailsWrong: // S2
        n.title = tr("%1: details are wrong").arg(ref);
        n.message = tr("Applicant %1 answered no to “are your details correct?” and cannot sign. "
                       "Check the details with the customer.")
                        .arg(who);
        break;
    case ChangeEventKind::ContractRefused: // S6
        n.title = tr("%1: contract refused").arg(ref);
        n.message = tr("Applicant %1 refused the contract. The reason is in DP Desk.").arg(who);
        break;
    case ChangeEventKind::IdentificationFailed: // I4
        n.title = tr("%1: ID check failed").arg(ref);
        n.message = tr("The identification of applicant %1 failed. The reason is in DP Desk.").arg(who);
        break;
    case ChangeEventKind::ApplicationComplete: // I5
        n.title = tr("%1: complete").arg(ref);
        n.message = tr("Every applicant has accepted the documents, signed and identified.");
        break;
    }
    return n;
}

Notification NotificationTexts::summary(const QList<ChangeEvent> &events)
{
    if (events.size() == 1)
        return forEvent(events.first());
    std::map<ChangeEventKind, int> counts;
    QSet<QString> needAction;
    QSet<QString> complete;
    for (const ChangeEvent &e : events) {
        ++counts[e.kind];
        (isAction(e.kind) ? needAction : complete).insert(e.applicationId);
    }

    Notification n;
    n.severity = needAction.isEmpty() ? Notification::Severity::Information : Notification::Severity::Warning;
    // One and other are the plural forms of both English and Dutch.
    if (!needAction.isEmpty())
        n.title = needAction.size() == 1 ? tr("1 application needs your action")
                                         : tr("%1 applications need your action").arg(needAction.size());
    else
        n.title = complete.size() == 1 ? tr("1 application is complete")
                                       : tr("%1 applications are complete").arg(complete.size());

    QStringList lines;
    for (const auto &[kind, count] : counts) {
        switch (kind) {
        case ChangeEventKind::InvitationLocked:
            lines << (count == 1 ? tr("1 invitation locked") : tr("%1 invitations locked").arg(count));
            break;
        case ChangeEventKind::DetailsWrong:
            lines << (count == 1 ? tr("1 applicant with wrong details")
                                 : tr("%1 applicants with wrong details").arg(count));
            break;
        case ChangeEventKind::ContractRefused:
            lines << (count == 1 ? tr("1 contract refused") : tr("%1 contracts refused").arg(count));
            break;
        case ChangeEventKind::IdentificationFailed:
            lines << (count == 1 ? tr("1 ID check failed") : tr("%1 ID checks failed").arg(count));
            break;
        case ChangeEventKind::ApplicationComplete:
            lines << (count == 1 ? tr("1 application complete") : tr("%1 applications complete").arg(count));
            break;
        }
    }
    n.message = lines.join(QLatin1Char('\n'));
    return n;
}

} // namespace dpdesk::gui
