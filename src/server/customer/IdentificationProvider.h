#pragma once

#include "core/Result.h"
#include "core/domain/Enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace dpdesk::server {

// I1-I4: identification with the lender's app on the customer's smartphone,
// behind an interface. The sandbox (SandboxIdentificationProvider) stands in
// for the app and its back end; a real provider implements the same calls
// and, like the sandbox, tells CustomerFlow::identificationChanged when a
// session changed (a webhook), so the office sees the result at once.
class IdentificationProvider
{
public:
    struct Session
    {
        QString id; // the provider's session id
        QString appUrl; // opens the session in the app (link or QR code on the page)
    };

    enum class Outcome { Pending, Done, Failed };

    // What the app has done so far (I3).
    struct Progress
    {
        Outcome outcome = Outcome::Pending;
        std::optional<IdDocumentType> documentType;
        int chipAttempts = 0; // failed automatic searches for the NFC chip
        bool chipRead = false; // NFC is shown only when the chip was read (I3)
        bool photoTaken = false; // the manual photo after three failed searches
        QString failureReason; // with Failed (I4)
    };

    virtual ~IdentificationProvider() = default;

    // A session that the app accepts until expiresAt (I2: 15 minutes).
    virtual Result<Session> start(const QDateTime &expiresAt) = 0;
    // identification.unknown_session for an id the provider does not know.
    virtual Result<Progress> status(const QString &sessionId) = 0;
};

} // namespace dpdesk::server
