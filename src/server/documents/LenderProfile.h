#pragma once

#include <QString>

namespace dpdesk::server {

// The lender whose name and terms the documents carry. The portal service
// runs as a sandbox: the defaults name no real company, and the rate is a
// fixed demo value. A real lender sets these (--lender-name,
// --annual-rate) and would bring its own texts.
struct LenderProfile
{
    QString name = QStringLiteral("Sandbox Krediet B.V.");
    QString address = QStringLiteral("Voorbeeldstraat 1, 1000 AA Amsterdam");
    QString registration = QStringLiteral("KvK 00000000 (sandbox)");
    QString licence = QStringLiteral("Sandbox-omgeving: geen echte kredietgever, geen AFM-vergunning");
    QString privacyContact = QStringLiteral("privacy@sandbox-krediet.invalid");
    // The yearly percentage rate (JKP) of new applications in basis points:
    // 790 is 7.90 %. A demo value; a version of a document keeps the rate it
    // was made with (DocumentSnapshot.h).
    int annualRateBasisPoints = 790;
};

} // namespace dpdesk::server
