#pragma once

#include "client/cache/LocalCache.h"
#include "core/domain/Application.h"
#include "core/time/Clock.h"
#include "core/wire/ChangeRecord.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Applications in every checklist state, written to a real local cache in a
// temporary folder, for the list model tests. Names and numbers are made up.
namespace list_samples {

using namespace dpdesk;

inline QDateTime at(int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, minute), Qt::UTC);
}

// "Now" for every test: 10 June 2026; invitations made on day 1 expire on day 30.
inline QDateTime now()
{
    return at(10, 12);
}

inline Applicant person(int position, const QString &name, const QString &email)
{
    Applicant a;
    a.id = QStringLiteral("p%1-%2").arg(position).arg(name.size());
    a.position = position;
    a.fullName = name;
    a.dateOfBirth = QDate(1980, 4, 23);
    a.email = email;
    return a;
}

inline Applicant invited(Applicant a, InvitationKind kind = InvitationKind::Code, int expiresDay = 30)
{
    Invitation invitation;
    invitation.id = a.id + QStringLiteral("-inv");
    invitation.applicantId = a.id;
    invitation.kind = kind;
    invitation.state = InvitationState::Active;
    invitation.createdAt = at(1);
    invitation.expiresAt = at(expiresDay);
    a.invitation = invitation;
    return a;
}

// C5: the fourth wrong date of birth.
inline Applicant locked(Applicant a, const QDateTime &when)
{
    a = invited(std::move(a));
    a.invitation->state = InvitationState::Locked;
    a.invitation->failedAttempts = 4;
    a.invitation->lockedAt = when;
    return a;
}

inline Applicant documentsAccepted(Applicant a)
{
    a.documents = DocumentsState::Accepted;
    return a;
}

// S2: "no" on "are your personal details correct?".
inline Applicant detailsWrong(Applicant a)
{
    a = documentsAccepted(std::move(a));
    a.answers = SigningAnswers{};
    a.answers->detailsCorrect = false;
    a.signing = SigningState::QuestionsBlocked;
    return a;
}

// S6: "Niet akkoord" with a reason.
inline Applicant refused(Applicant a, const QString &reason)
{
    a = documentsAccepted(std::move(a));
    a.answers = SigningAnswers{};
    a.answers->detailsCorrect = true;
    a.ibanConfirmed = true;
    a.signing = SigningState::Refused;
    a.refusalReason = reason;
    return a;
}

inline Applicant signedUp(Applicant a)
{
    a = documentsAccepted(std::move(a));
    a.answers = SigningAnswers{};
    a.answers->detailsCorrect = true;
    a.ibanConfirmed = true;
    a.idinVerified = true;
    a.signing = SigningState::Signed;
    a.signedContractVersion = 1;
    return a;
}

// I4: ID&V failed.
inline Applicant idFailed(Applicant a, const QString &reason = {})
{
    a = signedUp(std::move(a));
    a.identification = IdentificationState::Failed;
    a.identificationFailureReason = reason;
    return a;
}

// I5 for this applicant.
inline Applicant finished(Applicant a)
{
    a = signedUp(std::move(a));
    a.identification = IdentificationState::Done;
    a.identificationDocument = IdDocumentType::Passport;
    if (a.invitation)
        a.invitation->state = InvitationState::Completed;
    return a;
}

inline Application application(const QString &id, const QString &reference, QList<Applicant> applicants,
                               int day = 1, qint64 cents = 1'500'000,
                               const QString &advisor = QStringLiteral("u1"))
{
    Application a;
    a.id = id;
    a.officeId = QStringLiteral("office-1");
    a.advisorId = advisor;
    a.reference = reference;
    a.loanAmountCents = cents;
    a.termMonths = 60;
    for (int i = 0; i < applicants.size(); ++i) {
        applicants[i].position = i + 1;
        applicants[i].id = id + QStringLiteral("-ap%1").arg(i + 1);
        if (applicants[i].invitation)
            applicants[i].invitation->applicantId = applicants[i].id;
    }
    a.applicants = applicants;
    a.createdAt = at(day);
    a.updatedAt = at(day, 10);
    return a;
}

// A local cache in a temporary folder.
class CacheFixture
{
public:
    CacheFixture()
        : m_cache(m_dir.filePath(QStringLiteral("cache.db")))
        , m_clock(now())
    { }

    bool open() { return bool(m_cache.open()); }
    client::LocalCache &cache() { return m_cache; }
    ManualClock &clock() { return m_clock; }

    bool put(const QList<Application> &applications)
    {
        QList<ChangeRecord> changes;
        for (const Application &a : applications) {
            ChangeRecord c;
            c.seq = ++m_seq;
            c.entity = ChangeEntity::Application;
            c.id = a.id;
            c.op = ChangeOp::Upsert;
            c.data = a;
            changes << c;
        }
        return bool(m_cache.applyPage(changes, m_seq));
    }

    bool remove(const QString &id)
    {
        ChangeRecord c;
        c.seq = ++m_seq;
        c.entity = ChangeEntity::Application;
        c.id = id;
        c.op = ChangeOp::Delete;
        return bool(m_cache.applyPage({c}, m_seq));
    }

private:
    QTemporaryDir m_dir;
    client::LocalCache m_cache;
    ManualClock m_clock;
    qint64 m_seq = 0;
};

// The sample office: one application per interesting state.
//  1 A-001  Jan de Boer                       invited (code), nothing done       waiting for customer
//  2 A-002  Özlem Yılmaz & Piet Jansen        locked (C5) / invited (link)       needs action
//  3 A-003  Sanne Visser                      details wrong (S2)                 needs action
//  4 A-004  Kees Bakker                       refused (S6) "Rente te hoog"       needs action
//  5 A-005  Fatima El Amrani & Tom de Vries   ID failed (I4) / finished          needs action
//  6 A-006  Lotte Smit                        finished (I5)                      complete
//  7 A-007  Bram Mulder                       not invited                        (office must invite)
//  8 A-008  Eva de Wit                        invitation expired on day 5        (office must reissue)
//  9 A-009  Noah Meijer & Emma Meijer         both signed, identification open   waiting for customer
inline QList<Application> office()
{
    return {
        application("1", "A-001", {invited(person(1, "Jan de Boer", "jan@example.nl"))}, 1, 1'500'000, "u1"),
        application("2", "A-002",
                    {locked(person(1, "Özlem Yılmaz", "ozlem@example.nl"), at(9, 14, 3)),
                     invited(person(2, "Piet Jansen", "piet@voorbeeld.nl"), InvitationKind::Link)},
                    2, 2'000'000, "u2"),
        application("3", "A-003", {invited(detailsWrong(person(1, "Sanne Visser", "sanne@example.nl")))}, 3,
                    500'000, "u1"),
        application("4", "A-004",
                    {invited(refused(person(1, "Kees Bakker", "kees@example.nl"), "Rente te hoog"))}, 4,
                    2'500'000, "u2"),
        application("5", "B-005",
                    {invited(idFailed(person(1, "Fatima El Amrani", "fatima@example.nl"), "Foto onscherp")),
                     finished(invited(person(2, "Tom de Vries", "tom@example.nl")))},
                    5, 1'000'000, "u1"),
        application("6", "A-006", {finished(invited(person(1, "Lotte Smit", "lotte@example.nl")))}, 6,
                    750'000, "u2"),
        application("7", "A-007", {person(1, "Bram Mulder", "bram@example.nl")}, 7, 3'000'000, "u1"),
        application("8", "A-008",
                    {invited(person(1, "Eva de Wit", "eva@example.nl"), InvitationKind::Code, 5)}, 8,
                    1'200'000, "u2"),
        application("9", "A-009",
                    {invited(signedUp(person(1, "Noah Meijer", "noah@example.nl"))),
                     invited(signedUp(person(2, "Emma Meijer", "emma@example.nl")))},
                    9, 1'800'000, "u1"),
    };
}

} // namespace list_samples
