#pragma once

#include "core/time/Clock.h"
#include "server/customer/IdentificationProvider.h"

#include <functional>
#include <optional>

namespace dpdesk::server {

class Database;

// The sandbox identification app (I1-I4), with its sessions in the table
// sandbox_identification. The phone's part is played through the sandbox
// routes (api/SandboxApi, /api/v1/sandbox/identification/{sessionId}/...):
// choose the document, search the chip, take the photo by hand, finish.
class SandboxIdentificationProvider final : public IdentificationProvider
{
public:
    // I3: the app searches for the chip up to three times, 15 seconds each,
    // and only then offers the manual photo.
    static constexpr int kMaxChipAttempts = 3;
    static constexpr int kChipSearchSeconds = 15;
    static constexpr char kAppPath[] = "/sandbox/app/"; // web/SandboxPages

    SandboxIdentificationProvider(Database &db, const Clock &clock, std::function<QString()> baseUrl);

    Result<Session> start(const QDateTime &expiresAt) override;
    Result<Progress> status(const QString &sessionId) override;

    // What the phone shows.
    struct PhoneView
    {
        QString sessionId;
        QDateTime expiresAt;
        bool expired = false;
        Progress progress;
    };
    // Error not_found for an unknown session.
    Result<PhoneView> view(const QString &sessionId);

    // The phone's actions. Each refuses with identification.session_expired
    // after the 15 minutes (I2) and identification.finished after a result.
    // I1: passport, identity card or residence permit; a driving licence is
    // identification.document_not_accepted. The document cannot change once
    // it was read (identification.document_read).
    Result<PhoneView> chooseDocument(const QString &sessionId, IdDocumentType type);
    // One automatic search of up to 15 s: found reads the chip (NFC).
    // identification.document_first before a document is chosen,
    // identification.chip_attempts_used after three failed ones,
    // identification.document_read once read or photographed.
    Result<PhoneView> searchChip(const QString &sessionId, bool found);
    // The manual photo, only after three failed searches
    // (identification.photo_not_yet; identification.document_read once read).
    Result<PhoneView> takePhoto(const QString &sessionId);
    // I4: done, or failed with a reason (identification.reason_required;
    // identification.reason_not_expected with done). Needs the chip read or
    // the photo taken (identification.nothing_read).
    Result<PhoneView> finish(const QString &sessionId, bool success, const QString &reason);

private:
    struct Row
    {
        qint64 expiresAtMs = 0;
        Progress progress;
        bool finished = false;
    };
    std::optional<Row> load(const QString &sessionId);
    Status save(const QString &sessionId, const Row &row);
    PhoneView viewOf(const QString &sessionId, const Row &row) const;
    // Loads a session the phone may still act on, applies change, saves.
    Result<PhoneView> act(const QString &sessionId, const std::function<Status(Row &)> &change);

    Database &m_db;
    const Clock &m_clock;
    std::function<QString()> m_baseUrl;
};

} // namespace dpdesk::server
