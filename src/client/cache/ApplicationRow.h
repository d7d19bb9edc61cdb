#pragma once

#include "core/domain/Application.h"
#include "core/domain/ChecklistRules.h"
#include "core/domain/Enums.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace dpdesk::client {

// What the application list shows of one applicant: the checklist states, the
// current invitation and what the office must act on. Derived from the
// Applicant when the application is stored (listRowOf), never edited.
struct ApplicantRow
{
    int position = 1;
    QString fullName;
    QString email;

    DocumentsState documents = DocumentsState::Open;
    IdentificationState identification = IdentificationState::Open;
    SigningState signing = SigningState::Open;
    FlowStep step = FlowStep::Documents; // currentStep()
    QString refusalReason; // S6, empty otherwise
    QString identificationFailureReason; // I4, may be empty when failed

    bool hasInvitation = false;
    InvitationKind invitationKind = InvitationKind::Code;
    InvitationState invitationState = InvitationState::Active;
    int failedAttempts = 0; // C3-C5
    qint64 invitationExpiresAtMs = 0; // ms since the epoch (UTC); 0 without invitation
    qint64 lockedAtMs = 0; // C5: when it locked; 0 when not locked

    // One bit per AttentionReason (attentionBit), from attentionReasons().
    quint8 attention = 0;

    bool hasAttention(AttentionReason reason) const { return attention & attentionBit(reason); }
    bool needsAttention() const { return attention != 0; }
    // Documents accepted, identification done, signing signed: 0 to 3 (I5).
    int stepsDone() const;

    static constexpr quint8 attentionBit(AttentionReason reason) { return quint8(1u << int(reason)); }

    friend bool operator==(const ApplicantRow &, const ApplicantRow &) = default;
};

// The compact list row of one application, stored beside its JSON in the
// local cache (same transaction) so that the main window loads 100,000 of
// them without decoding any JSON. The full Application is read by id when
// it is opened.
struct ApplicationRow
{
    QString id;
    QString reference;
    QString advisorId;
    qint64 loanAmountCents = 0;
    qint64 createdAtMs = 0; // ms since the epoch (UTC)
    qint64 updatedAtMs = 0;
    qint64 version = 0;
    bool complete = false; // I5: isComplete()
    QList<ApplicantRow> applicants; // in position order

    // Reference, names and e-mail addresses folded for search as you type
    // (foldForSearch), separated by '\n'. UTF-8.
    QByteArray searchKey;
    // The bytes and byte pairs of searchKey (searchBloomOf): a search term
    // whose bloom has a bit this one lacks cannot be in searchKey.
    std::array<quint64, 4> searchBloom{};

    bool needsAttention() const;
    int stepsDone() const; // over every applicant
    int stepsTotal() const { return 3 * int(applicants.size()); }

    friend bool operator==(const ApplicationRow &, const ApplicationRow &) = default;
};

// The list row of an application.
ApplicationRow listRowOf(const Application &application);

// Text folded for matching as you type: lower case, accents removed
// ("Özdemir" -> "ozdemir"), UTF-8. Search with the folded needle as a plain
// substring of ApplicationRow::searchKey.
QByteArray foldForSearch(QStringView text);

// A 256-bit set of the bytes and adjacent byte pairs of folded text. If
// text contains term, every bit of searchBloomOf(term) is set in
// searchBloomOf(text), so most rows are ruled out with four ANDs.
std::array<quint64, 4> searchBloomOf(QByteArrayView folded);
inline bool mayContain(const std::array<quint64, 4> &text, const std::array<quint64, 4> &term)
{
    return (text[0] & term[0]) == term[0] && (text[1] & term[1]) == term[1] && (text[2] & term[2]) == term[2]
        && (text[3] & term[3]) == term[3];
}

// The stored form of a row (without the id, which is its key). Versioned:
// decodeListRow refuses another format, and the cache then rebuilds its rows
// from the stored JSON (LocalCache::open).
inline constexpr int kListRowFormat = 2;
QByteArray encodeListRow(const ApplicationRow &row);
std::optional<ApplicationRow> decodeListRow(const QString &id, QByteArrayView data);

} // namespace dpdesk::client
