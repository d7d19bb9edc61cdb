#pragma once

#include <QtGlobal>

namespace dpdesk::wire_limits {

// Limits of the wire format in one place. String lengths count UTF-16 code
// units (QString::size). Ranges marked (assumed) are not in the source
// documents; change them here.

inline constexpr int kIdLength = 64; // ids: A-Z a-z 0-9 . _ ~ : -
inline constexpr int kNameLength = 200; // full name, account holder
inline constexpr int kReferenceLength = 64; // the office's reference
inline constexpr int kEmailLength = 254; // RFC 5321 path limit
inline constexpr int kPhoneLength = 32;
inline constexpr int kIbanLength = 34; // ISO 13616 maximum
inline constexpr int kTextLength = 2000; // explanations, refusal and failure reasons
inline constexpr int kSectorLength = 100;
inline constexpr int kMaxSectors = 20;
inline constexpr int kCodeLength = 64; // an invitation code as typed
inline constexpr int kLinkTokenLength = 128;
inline constexpr int kErrorCodeLength = 100;
inline constexpr int kErrorMessageLength = 1000;
inline constexpr int kErrorFieldLength = 300;

inline constexpr qint64 kMinLoanAmountCents = 1; // (assumed)
inline constexpr qint64 kMaxLoanAmountCents = 100'000'000; // EUR 1,000,000 (assumed)
inline constexpr int kMinTermMonths = 1; // (assumed)
inline constexpr int kMaxTermMonths = 240; // (assumed)
inline constexpr int kMaxContractVersion = 1'000'000;
// Versions and sequence numbers stay exact in a JavaScript number too.
inline constexpr qint64 kMaxCounter = (qint64(1) << 53) - 1;

inline constexpr int kMinInvitationDays = 1;
inline constexpr int kMaxInvitationDays = 90;
inline constexpr int kDefaultInvitationDays = 30;

// Dates of birth before this year are refused in requests (assumed).
inline constexpr int kEarliestBirthYear = 1900;

} // namespace dpdesk::wire_limits
