#include "server/demo/DemoSeeder.h"

#include "core/crypto/SecureRandom.h"
#include "core/domain/ChecklistRules.h"
#include "core/domain/LoginRules.h"
#include "core/iban/Iban.h"
#include "core/invitation/InvitationCode.h"
#include "core/invitation/LinkToken.h"
#include "core/invitation/SecretHasher.h"
#include "core/otp/Base32.h"
#include "core/otp/OtpAuthUri.h"
#include "core/otp/TotpSecret.h"
#include "core/time/Clock.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/NewApplicationRequest.h"
#include "core/wire/StrictJson.h"
#include "core/wire/WireLimits.h"
#include "server/Logging.h"
#include "server/auth/AccountService.h"
#include "server/auth/Enrolment.h"
#include "server/db/Database.h"
#include "server/demo/DemoScenarios.h"
#include "server/store/ApplicationStore.h"
#include "server/store/AuditLog.h"
#include "server/store/ChangeLog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QVariant>

#include <algorithm>

namespace dpdesk::server {

namespace {
const QString kOfficeName = QStringLiteral("Van Dijk Financieel Advies");
const QString kOtherOfficeName = QStringLiteral("Bakker & Zn. Kredietadvies");
// Invitations are valid for the API's default; the expired ones were made
// with a shorter term (DemoScenarios.cpp).
constexpr int kInvitationDays = wire_limits::kDefaultInvitationDays;
constexpr int kShortInvitationDays = 14;

Error scenarioError(const QString &why)
{
    return Error{QStringLiteral("demo.scenario"), QStringLiteral("Demo scenario not playable: ") + why, {}};
}

// The store binds a null QString as SQL NULL, and applications.iban and
// account_holder are NOT NULL: "not filled in" is stored as ''.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool hasReached(const Applicant &a, demo::Reached goal)
{
    using enum demo::Reached;
    switch (goal) {
    case Nothing:
        return true;
    case Documents:
        return a.documents == DocumentsState::Accepted;
    case DetailsWrong:
        return a.signing == SigningState::QuestionsBlocked;
    case Questions:
        return a.answers.has_value();
    case IbanConfirmed:
        return a.ibanConfirmed;
    case Refused:
        return a.signing == SigningState::Refused;
    case Signed:
        return a.signing == SigningState::WaitingForCoApplicant || a.signing == SigningState::Signed;
    case IdStarted:
        return a.identification == IdentificationState::InProgress;
    case IdFailed:
        return a.identification == IdentificationState::Failed;
    case IdDone:
        return a.identification == IdentificationState::Done;
    }
    return true;
}

struct Stores
{
    ApplicationStore &applications;
    AuditLog &audit;
    ChangeLog &changes;
    const SecretHasher &hasher;
};

// Plays one scenario through the rules, as the office and the customers
// would have, writing each step's record and audit entry.
class Player
{
public:
    Player(Stores &stores, demo::Dice &dice, const QDateTime &now, qint64 officeId, qint64 backOfficeId)
        : m_s(stores)
        , m_dice(dice)
        , m_now(now)
        , m_officeId(officeId)
        , m_backOfficeId(backOfficeId)
    { }

    Status play(const demo::PlannedApplication &plan);
    // The first applicant's code, when the scenario asked to keep it.
    const QString &demoCode() const { return m_demoCode; }

private:
    Status note(const QString &actorKind, qint64 actorId, const QString &action, QJsonObject details);
    void later(int minMinutes, int maxMinutes);
    Status invite(int i, InvitationKind kind, int days, qint64 actorId, const QString &previousState = {});
    Status failLogins(int i, int count);
    Status replace(int i, InvitationKind kind, const QString &previousState);
    Status progress(int i, demo::Reached goal);
    Status step(int i, demo::Reached goal);
    Status playApplicant(int i, const demo::ApplicantScenario &a, bool newContract);
    Status check(int i, const demo::ApplicantScenario &a) const;

    Stores &m_s;
    demo::Dice &m_dice;
    const QDateTime m_now;
    const qint64 m_officeId;
    const qint64 m_backOfficeId;
    const demo::PlannedApplication *m_plan = nullptr;
    Application m_app;
    QDateTime m_t; // the time of the latest event
    QDateTime m_until; // customers act before this (an invitation's expiry)
    QString m_demoCode;
};

Status Player::note(const QString &actorKind, qint64 actorId, const QString &action, QJsonObject details)
{
    if (action != QLatin1String("application.created"))
        ++m_app.version; // every change bumps the version (the ETag)
    return m_s.audit.record(m_officeId, m_app.id.toLongLong(), actorKind, actorId, action, details,
                            m_t.toMSecsSinceEpoch());
}

// Moves the clock on by a random number of minutes, but never past "until"
// or the present: closer to it by half the remaining time instead.
void Player::later(int minMinutes, int maxMinutes)
{
    const QDateTime limit = std::min(m_until, m_now.addSecs(-60));
    const QDateTime wanted = m_t.addSecs(60LL * m_dice.between(minMinutes, maxMinutes));
    if (wanted < limit)
        m_t = wanted;
    else if (m_t < limit)
        m_t = m_t.addMSecs(m_t.msecsTo(limit) / 2);
    else
        m_t = m_t.addSecs(1);
}

Status Player::invite(int i, InvitationKind kind, int days, qint64 actorId, const QString &previousState)
{
    Applicant &a = m_app.applicants[i];
    QString hash;
    QString code;
    if (kind == InvitationKind::Code) {
        const InvitationCode c = InvitationCode::generate();
        hash = QString::fromLatin1(m_s.hasher.hash(c));
        code = c.formatted();
    } else {
        hash = QString::fromLatin1(m_s.hasher.hash(LinkToken::generate()));
    }
    const QDateTime expires = m_t.addDays(days);
    auto id = m_s.applications.insertInvitation(a.id.toLongLong(), kind, hash, m_t.toMSecsSinceEpoch(),
                                                expires.toMSecsSinceEpoch(), actorId);
    if (!id)
        return id.error();
    const bool replacing = a.invitation.has_value();
    QJsonObject details{{"applicantId", a.id}, {"kind", enumToString(kind)}};
    if (replacing) {
        details.insert("replaced", a.invitation->id);
        details.insert("previousState", previousState);
    }
    Invitation inv;
    inv.id = QString::number(id.value());
    inv.applicantId = a.id;
    inv.kind = kind;
    inv.createdAt = m_t;
    inv.expiresAt = expires;
    a.invitation = inv;
    if (i == 0 && m_plan->scenario->demoLogin)
        m_demoCode = code;
    return note("user", actorId, replacing ? "invitation.replaced" : "invitation.created", details);
}

// Wrong dates of birth (C3-C5), counted by the login rules.
Status Player::failLogins(int i, int count)
{
    Applicant &a = m_app.applicants[i];
    for (int n = 0; n < count; ++n) {
        later(n == 0 ? 30 : 1, n == 0 ? 60 * 24 : 3);
        auto failed = recordFailedLogin(*a.invitation, m_t);
        if (!failed)
            return failed.error();
        a.invitation = failed->invitation;
        if (auto s = m_s.applications.saveInvitation(*a.invitation); !s)
            return s;
        const bool locked = a.invitation->state == InvitationState::Locked;
        if (auto s = note("customer", 0, locked ? "invitation.locked" : "customer.login_failed",
                          {{"applicantId", a.id}, {"failedAttempts", a.invitation->failedAttempts}});
            !s)
            return s;
    }
    return Status::success();
}

// C6: the back office replaces the invitation; the old one stays on record.
Status Player::replace(int i, InvitationKind kind, const QString &previousState)
{
    Applicant &a = m_app.applicants[i];
    auto revoked = revokeInvitation(*a.invitation, m_t);
    if (!revoked)
        return revoked.error();
    if (auto s = m_s.applications.saveInvitation(revoked.value()); !s)
        return s;
    a.invitation = revoked.value();
    return invite(i, kind, kInvitationDays, m_backOfficeId, previousState);
}

Status Player::progress(int i, demo::Reached goal)
{
    for (int guard = 0; !hasReached(m_app.applicants.at(i), goal); ++guard) {
        if (guard > 12)
            return scenarioError(QStringLiteral("the flow does not reach the goal"));
        if (auto s = step(i, goal); !s)
            return s;
    }
    return Status::success();
}

// One step of the customer's flow, through ChecklistRules.
Status Player::step(int i, demo::Reached goal)
{
    const Applicant &a = m_app.applicants.at(i);
    if (!a.invitation || !checkCanLogIn(*a.invitation, m_t))
        return scenarioError(QStringLiteral("a customer without a usable invitation cannot log in"));
    QString action;
    QJsonObject details{{"applicantId", a.id}};
    auto next = [&]() -> Result<Application> {
        switch (currentStep(a)) {
        case FlowStep::Documents: // D1, D2
            later(30, 60 * 48);
            action = QStringLiteral("customer.documents_accepted");
            return updateApplicant(m_app, a.id, acceptDocuments);
        case FlowStep::Questions: { // S1-S3
            later(2, 15);
            SigningAnswers answers;
            answers.detailsCorrect = goal != demo::Reached::DetailsWrong;
            answers.livesInNetherlands = !m_dice.percent(6);
            if (m_dice.percent(10)) {
                answers.highRiskSector = true;
                answers.highRiskExplanation = QStringLiteral("Eigen autobedrijf (in- en verkoop occasions)");
                answers.highRiskSectors = {QStringLiteral("Autohandel")};
            }
            if (m_dice.percent(4)) {
                answers.politicallyExposed = true;
                answers.politicallyExposedExplanation = QStringLiteral("Wethouder in de gemeente Zwolle");
            }
            action = QStringLiteral("customer.questions_answered");
            details.insert("detailsCorrect", answers.detailsCorrect);
            return updateApplicant(m_app, a.id,
                                   [&](const Applicant &x) { return answerQuestions(x, answers); });
        }
        case FlowStep::Iban: // S4
            later(1, 5);
            action = QStringLiteral("customer.iban_confirmed");
            return updateApplicant(m_app, a.id,
                                   [&](const Applicant &x) { return confirmIban(x, m_app.iban); });
        case FlowStep::Contract: { // S6, S7
            later(2, 20);
            if (goal == demo::Reached::Refused) {
                const bool overIban = m_plan->scenario->newContract && i == 0 && m_app.contractVersion == 1;
                const QString reason =
                    overIban ? demo::newContractRefusalReason() : m_dice.pick(demo::refusalReasons());
                action = QStringLiteral("customer.contract_refused");
                details.insert("reason", reason);
                return updateApplicant(m_app, a.id,
                                       [&](const Applicant &x) { return refuseContract(x, reason); });
            }
            action = QStringLiteral("customer.idin_verified");
            return updateApplicant(m_app, a.id, [](const Applicant &x) { return verifyIdin(x, true); });
        }
        case FlowStep::Signing: // S8, S9
            later(1, 10);
            action = QStringLiteral("customer.signed");
            details.insert("contractVersion", m_app.contractVersion);
            return sign(m_app, a.id);
        case FlowStep::Identification: { // I1-I4
            if (a.identification != IdentificationState::InProgress) {
                later(5, 60 * 24);
                action = QStringLiteral("identification.started");
                return updateApplicant(m_app, a.id, startIdentification);
            }
            later(2, 14); // within the 15-minute session (I2)
            const bool ok = goal != demo::Reached::IdFailed;
            const QString reason = ok ? QString() : m_dice.pick(demo::identificationFailureReasons());
            const IdDocumentType doc = m_dice.percent(55) ? IdDocumentType::IdentityCard
                : m_dice.percent(85)                      ? IdDocumentType::Passport
                                                          : IdDocumentType::ResidencePermit;
            action = ok ? QStringLiteral("identification.done") : QStringLiteral("identification.failed");
            details.insert("documentType", enumToString(doc));
            if (!ok)
                details.insert("reason", reason);
            return updateApplicant(
                m_app, a.id, [&](const Applicant &x) { return identificationResult(x, doc, ok, reason); });
        }
        case FlowStep::Finished:
        case FlowStep::WaitingForOffice:
            break;
        }
        return scenarioError(QStringLiteral("the applicant is stuck before the goal"));
    }();
    if (!next)
        return next.error();
    m_app = next.value();
    return note("customer", 0, action, details);
}

Status Player::playApplicant(int i, const demo::ApplicantScenario &a, bool newContract)
{
    using enum demo::Invite;
    m_until = m_now;
    if (a.invite == None)
        return a.reached == demo::Reached::Nothing
            ? Status::success()
            : scenarioError(QStringLiteral("progress without invitation"));
    if (a.invite == Replaced) {
        if (auto s = failLogins(i, kLoginLockAtFailedAttempts); !s) // C5
            return s;
        later(60 * 2, 60 * 30);
        if (auto s = replace(i, a.kind, enumToString(InvitationState::Locked)); !s) // C6
            return s;
    } else if (a.invite == ExpiredReplaced) {
        // The office noticed the expired invitation this week.
        m_t = std::max(m_t, m_now.addSecs(-3600LL * m_dice.between(24, 24 * 6)));
        if (!isExpired(*m_app.applicants.at(i).invitation, m_t))
            return scenarioError(QStringLiteral("the invitation has not expired yet"));
        const auto other = a.kind == InvitationKind::Code ? InvitationKind::Link : InvitationKind::Code;
        if (auto s = replace(i, other, QStringLiteral("expired")); !s)
            return s;
    }
    m_until = std::min(m_now, m_app.applicants.at(i).invitation->expiresAt.addSecs(-3600));
    if (auto s = failLogins(i, a.wrongDates); !s) // C3, C4
        return s;
    if (newContract) { // S5: refused over the bank account; the office changes it
        if (auto s = progress(i, demo::Reached::Refused); !s)
            return s;
        later(60 * 2, 60 * 48);
        m_app.iban = demo::dutchIban(m_dice, QStringLiteral("RABO"));
        if (auto s = note("user", m_plan->advisorId, "application.updated",
                          {{"fields", QJsonArray{"iban"}}, {"iban", Iban::parse(m_app.iban)->masked()}});
            !s)
            return s;
        auto renewed = resetForNewContract(m_app);
        if (!renewed)
            return renewed.error();
        m_app = renewed.value();
        later(1, 5);
        if (auto s = note("user", m_plan->advisorId, "contract.renewed",
                          {{"contractVersion", m_app.contractVersion}});
            !s)
            return s;
    }
    if (auto s = progress(i, a.reached); !s)
        return s;
    if (a.invite == Locked) {
        m_until = m_now;
        if (auto s = failLogins(i, kLoginLockAtFailedAttempts); !s)
            return s;
    }
    Applicant &applicant = m_app.applicants[i];
    if (currentStep(applicant) == FlowStep::Finished) { // every step done for this applicant
        applicant.invitation->state = InvitationState::Completed;
        if (auto s = m_s.applications.saveInvitation(*applicant.invitation); !s)
            return s;
        return note("customer", 0, "invitation.completed", {{"applicantId", applicant.id}});
    }
    return Status::success();
}

// The applicant ended where the table says (a mistake in the table, not in
// the server, fails the seeding).
Status Player::check(int i, const demo::ApplicantScenario &a) const
{
    using enum demo::Invite;
    const auto &inv = m_app.applicants.at(i).invitation;
    const bool finished = currentStep(m_app.applicants.at(i)) == FlowStep::Finished;
    bool ok = hasReached(m_app.applicants.at(i), a.reached);
    if (a.invite == None)
        ok = ok && !inv;
    else if (finished)
        ok = ok && inv->state == InvitationState::Completed;
    else if (a.invite == Locked)
        ok = ok && inv->state == InvitationState::Locked && inv->failedAttempts == kLoginLockAtFailedAttempts;
    else if (a.invite == Expired)
        ok = ok && inv->state == InvitationState::Active && isExpired(*inv, m_now);
    else
        ok = ok && inv->state == InvitationState::Active && !isExpired(*inv, m_now);
    return ok ? Status::success()
              : scenarioError(QStringLiteral("application %1 applicant %2 did not end as planned")
                                  .arg(m_app.reference)
                                  .arg(i + 1));
}

Status Player::play(const demo::PlannedApplication &plan)
{
    m_plan = &plan;
    m_demoCode.clear();
    m_t = plan.start;
    m_until = m_now;
    NewApplicationRequest request = plan.request;
    request.iban = notNull(request.iban);
    request.accountHolder = notNull(request.accountHolder);
    auto id = m_s.applications.insert(request, m_officeId, plan.advisorId, m_t.toMSecsSinceEpoch());
    if (!id)
        return id.error();
    auto stored = m_s.applications.load(id.value());
    if (!stored)
        return Error{QStringLiteral("db.error"), QStringLiteral("A database operation failed."), {}};
    m_app = stored->application;
    if (auto s = note("user", plan.advisorId, "application.created", {{"reference", m_app.reference}}); !s)
        return s;

    const demo::Scenario &sc = *plan.scenario;
    QList<demo::ApplicantScenario> people{sc.first};
    if (sc.second)
        people.append(*sc.second);
    for (int i = 0; i < people.size(); ++i) { // the office sends the invitations
        if (people.at(i).invite == demo::Invite::None)
            continue;
        later(5, 90);
        const bool shortTerm = people.at(i).invite == demo::Invite::Expired
            || people.at(i).invite == demo::Invite::ExpiredReplaced;
        if (auto s = invite(i, people.at(i).kind, shortTerm ? kShortInvitationDays : kInvitationDays,
                            plan.advisorId);
            !s)
            return s;
    }
    for (int i = 0; i < people.size(); ++i) {
        if (auto s = playApplicant(i, people.at(i), sc.newContract && i == 0); !s)
            return s;
    }
    for (int i = 0; i < people.size(); ++i) {
        if (auto s = check(i, people.at(i)); !s)
            return s;
    }
    m_app.iban = notNull(m_app.iban);
    m_app.accountHolder = notNull(m_app.accountHolder);
    if (auto s = m_s.applications.save(m_app, 1, m_t.toMSecsSinceEpoch()); !s)
        return s;
    const auto saved = m_s.applications.load(id.value());
    if (!saved)
        return Error{
            QStringLiteral("db.error"), QStringLiteral("The demo application could not be read back."), {}};
    auto seq = m_s.changes.record(m_officeId, QStringLiteral("application"), id.value(),
                                  QStringLiteral("upsert"), plan.advisorId, m_t.toMSecsSinceEpoch(),
                                  toCompactJson(toJson(saved->application)));
    return seq ? Status::success() : Status(seq.error());
}

} // namespace

DemoSeeder::DemoSeeder(Database &db, AccountService &accounts, ApplicationStore &applications,
                       ChangeLog &changes, AuditLog &audit, const SecretHasher &hasher, const Clock &clock)
    : m_db(db)
    , m_accounts(accounts)
    , m_applications(applications)
    , m_changes(changes)
    , m_audit(audit)
    , m_hasher(hasher)
    , m_clock(clock)
{ }

Result<DemoSeeder::Seeded> DemoSeeder::seed()
{
    QElapsedTimer timer;
    timer.start();
    if (!m_db.beginWrite())
        return Error{
            QStringLiteral("db.unavailable"), QStringLiteral("Cannot start the demo transaction."), {}};
    auto fail = [this](const Error &e) -> Result<Seeded> {
        m_db.rollback();
        return e;
    };
    if (m_db.isPostgres()) { // several instances started with --demo seed once
        if (auto s = m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727275)")); !s)
            return fail(s.error());
    }
    QSqlQuery exists = m_db.query(QStringLiteral("SELECT id FROM offices WHERE name = ?"));
    exists.addBindValue(kOfficeName);
    if (!exists.exec())
        return fail(Database::errorFrom(exists));
    if (exists.next()) {
        m_db.rollback();
        return Seeded{};
    }
    exists.finish();

    auto office = m_accounts.createOffice(kOfficeName);
    if (!office)
        return fail(office.error());
    // A second office, so isolation is visible in the demo too.
    auto other = m_accounts.createOffice(kOtherOfficeName);
    if (!other)
        return fail(other.error());

    Seeded seeded;
    seeded.users = {
        {"anna", "Anna de Vries", UserRole::Admin, {}, {}, {}, kOfficeName},
        {"bram", "Bram Jansen", UserRole::Advisor, {}, {}, {}, kOfficeName},
        {"carla", "Carla Smit", UserRole::BackOffice, {}, {}, {}, kOfficeName},
        {"dirk", "Dirk Mulder", UserRole::Advisor, {}, {}, {}, kOfficeName},
        {"eva", "Eva Bakker", UserRole::Admin, {}, {}, {}, kOtherOfficeName},
    };
    QHash<QString, qint64> ids;
    for (DemoUser &u : seeded.users) {
        const Enrolment enrolment = Enrolment::create(u.username);
        u.password = enrolment.password;
        u.totpSecretBase32 = enrolment.totpSecretBase32;
        u.otpauthUri = enrolment.otpauthUri;
        AccountService::NewUser nu;
        nu.officeId = u.officeName == kOfficeName ? office.value() : other.value();
        nu.username = u.username;
        nu.displayName = u.displayName;
        nu.role = u.role;
        nu.password = u.password;
        nu.totpSecret = enrolment.totpSecret;
        auto id = m_accounts.createUser(nu);
        if (!id)
            return fail(id.error());
        ids.insert(u.username, id.value());
    }
    const qint64 usersMs = timer.elapsed();

    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMSecs(), Qt::UTC);
    demo::Dice dice(20260142);
    Stores stores{m_applications, m_audit, m_changes, m_hasher};
    struct OfficePlan
    {
        qint64 officeId;
        qint64 backOfficeId;
        QList<demo::PlannedApplication> plans;
    };
    const QList<OfficePlan> offices{
        {office.value(), ids.value("carla"),
         demo::planApplications(dice, demo::firstOfficeScenarios(), now,
                                {ids.value("bram"), ids.value("dirk")}, QStringLiteral("DVA"), 97)},
        {other.value(), ids.value("eva"),
         demo::planApplications(dice, demo::secondOfficeScenarios(), now, {ids.value("eva")},
                                QStringLiteral("BZK"), 12)},
    };
    for (const OfficePlan &o : offices) {
        Player player(stores, dice, now, o.officeId, o.backOfficeId);
        for (const demo::PlannedApplication &plan : o.plans) {
            if (auto s = player.play(plan); !s)
                return fail(s.error());
            if (plan.scenario->demoLogin)
                seeded.customer = DemoCustomer{plan.request.applicants.at(0).fullName, plan.request.reference,
                                               player.demoCode(), plan.request.applicants.at(0).dateOfBirth};
            ++seeded.applications;
        }
    }
    if (!m_db.commit())
        return fail(Error{QStringLiteral("db.error"), QStringLiteral("Cannot commit the demo data."), {}});
    qCInfo(lcServer) << "demo data seeded:" << seeded.users.size() << "users in" << usersMs << "ms,"
                     << seeded.applications << "applications in" << timer.elapsed() - usersMs << "ms";
    return seeded;
}

QString DemoSeeder::describe(const Seeded &seeded)
{
    QString out;
    QString office;
    for (const DemoUser &u : seeded.users) {
        if (u.officeName != office) {
            office = u.officeName;
            out += QStringLiteral("Demo office \"%1\" — users (shown once; demo only):\n").arg(office);
        }
        out +=
            QStringLiteral("  %1 (%2, %3)\n    password:    %4\n    TOTP secret: %5\n    otpauth URI: %6\n")
                .arg(u.username, u.displayName, enumToString(u.role), u.password, u.totpSecretBase32,
                     u.otpauthUri);
    }
    out += QStringLiteral("Demo applications: %1 (both offices).\n").arg(seeded.applications);
    if (seeded.customer) {
        const DemoCustomer &c = *seeded.customer;
        out += QStringLiteral("Demo customer login (demo only; a real invitation code is shown once and "
                              "never stored):\n  %1 (%2)\n    code:          %3\n    date of birth: %4\n")
                   .arg(c.fullName, c.reference, c.code, c.dateOfBirth.toString(Qt::ISODate));
    }
    return out;
}

} // namespace dpdesk::server
