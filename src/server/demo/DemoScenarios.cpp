#include "server/demo/DemoScenarios.h"

#include <QSet>

#include <algorithm>

namespace dpdesk::server::demo {

namespace {
constexpr bool kIban = true;
constexpr bool kNoIban = false;

Scenario one(Age age, bool iban, ApplicantScenario first)
{
    Scenario s;
    s.age = age;
    s.iban = iban;
    s.first = first;
    return s;
}

Scenario two(Age age, bool iban, ApplicantScenario first, ApplicantScenario second)
{
    Scenario s = one(age, iban, first);
    s.second = second;
    return s;
}

Scenario withNewContract(Scenario s)
{
    s.newContract = true;
    return s;
}

Scenario asDemoLogin(Scenario s)
{
    s.demoLogin = true;
    return s;
}

const QStringList &firstNames()
{
    static const QStringList names{
        QStringLiteral("Sanne"),    QStringLiteral("Daan"),    QStringLiteral("Femke"),
        QStringLiteral("Jeroen"),   QStringLiteral("Lotte"),   QStringLiteral("Thijs"),
        QStringLiteral("Anouk"),    QStringLiteral("Bas"),     QStringLiteral("Ingrid"),
        QStringLiteral("Kees"),     QStringLiteral("Marloes"), QStringLiteral("Ruud"),
        QStringLiteral("Esther"),   QStringLiteral("Pieter"),  QStringLiteral("Noor"),
        QStringLiteral("Wouter"),   QStringLiteral("Yvonne"),  QStringLiteral("Gerrit"),
        QStringLiteral("Chloë"),    QStringLiteral("Joost"),   QStringLiteral("Mirjam"),
        QStringLiteral("Sander"),   QStringLiteral("Fatima"),  QStringLiteral("Mehmet"),
        QStringLiteral("Daniëlle"), QStringLiteral("Niels"),   QStringLiteral("Hanneke"),
        QStringLiteral("Martijn"),  QStringLiteral("Zoë"),     QStringLiteral("Hendrik"),
        QStringLiteral("Annemiek"), QStringLiteral("Rik"),     QStringLiteral("Saskia"),
        QStringLiteral("Youssef"),  QStringLiteral("Wilma"),   QStringLiteral("Frank"),
    };
    return names;
}

const QStringList &surnames()
{
    static const QStringList names{
        QStringLiteral("de Jong"),      QStringLiteral("Jansen"),         QStringLiteral("de Vries"),
        QStringLiteral("van den Berg"), QStringLiteral("Bakker"),         QStringLiteral("Visser"),
        QStringLiteral("Smit"),         QStringLiteral("Meijer"),         QStringLiteral("de Boer"),
        QStringLiteral("Mulder"),       QStringLiteral("de Groot"),       QStringLiteral("Bos"),
        QStringLiteral("Vos"),          QStringLiteral("Peters"),         QStringLiteral("Hendriks"),
        QStringLiteral("van Leeuwen"),  QStringLiteral("Dekker"),         QStringLiteral("Brouwer"),
        QStringLiteral("de Wit"),       QStringLiteral("Dijkstra"),       QStringLiteral("van der Meer"),
        QStringLiteral("Kok"),          QStringLiteral("de Haan"),        QStringLiteral("Vermeulen"),
        QStringLiteral("van Dam"),      QStringLiteral("Hoekstra"),       QStringLiteral("Kuipers"),
        QStringLiteral("Postma"),       QStringLiteral("Yılmaz"),         QStringLiteral("El Amrani"),
        QStringLiteral("Verhoeven"),    QStringLiteral("van de Ven"),     QStringLiteral("Schouten"),
        QStringLiteral("Huisman"),      QStringLiteral("van der Linden"), QStringLiteral("Prins"),
    };
    return names;
}

// An e-mail address part: lower-case ASCII letters only ("Chloë" -> "chloe").
QString asciiWord(QString text)
{
    text.replace(QChar(0x0131), QLatin1Char('i')); // dotless i, as in Yılmaz
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetter())
            out += c.toLower();
    }
    return out;
}

NewApplicantRequest person(Dice &dice, QDate today, QSet<QString> &usedNames, const QString &surname = {})
{
    NewApplicantRequest p;
    QString first;
    do {
        first = dice.pick(firstNames());
        p.fullName = first + ' ' + (surname.isEmpty() ? dice.pick(surnames()) : surname);
    } while (usedNames.contains(p.fullName));
    usedNames.insert(p.fullName);
    const QString last = p.fullName.mid(first.size() + 1);
    p.dateOfBirth = QDate(today.year() - dice.between(21, 70), dice.between(1, 12), dice.between(1, 28));
    p.email = asciiWord(first) + '.' + asciiWord(last)
        + (dice.percent(70) ? QStringLiteral("@example.nl") : QStringLiteral("@example.com"));
    if (dice.percent(80))
        p.phone = QStringLiteral("06-%1").arg(dice.between(10'000'000, 99'999'999));
    return p;
}

QString initials(const NewApplicantRequest &p)
{
    const qsizetype space = p.fullName.indexOf(' ');
    return p.fullName.left(1) + QStringLiteral(". ") + p.fullName.mid(space + 1);
}

QDateTime startOf(Dice &dice, Age age, const QDateTime &now)
{
    if (age == Age::Today)
        return now.addSecs(-60 * dice.between(20, 300));
    const int days = age == Age::Days ? dice.between(1, 6)
        : age == Age::Weeks           ? dice.between(7, 27)
                                      : dice.between(31, 60);
    // Office hours, 08:00-17:00 in Amsterdam (roughly 07:00-16:00 UTC).
    return QDateTime(now.date().addDays(-days), QTime(7 + dice.below(9), dice.below(60)), Qt::UTC);
}
} // namespace

// Active invitations are at most 27 days old (they are valid for 30);
// expired ones belong to older applications (they were valid for 14).
// `kind` is the kind of the applicant's first invitation.
const QList<Scenario> &firstOfficeScenarios()
{
    using enum Reached;
    using enum Invite;
    using enum Age;
    constexpr auto Link = InvitationKind::Link;
    constexpr auto Code = InvitationKind::Code;
    static const QList<Scenario> rows{
        // One applicant, step by step through the flow.
        one(Today, kNoIban, {Nothing, None}), // entered, not invited yet
        one(Today, kIban, {Nothing, Active, Link}),
        one(Days, kNoIban, {Nothing, Active, Code}),
        asDemoLogin(one(Days, kIban, {Documents, Active, Code})),
        one(Days, kNoIban, {Documents, Active, Link, 2}), // C3: two wrong dates of birth
        one(Weeks, kNoIban, {Questions, Active, Link}), // S4: waits for the office's IBAN
        one(Weeks, kNoIban, {Questions, Active, Code, 3}), // C4: warned, one attempt left
        one(Days, kIban, {DetailsWrong, Active, Code}), // S2
        one(Weeks, kIban, {DetailsWrong, Active, Link}),
        one(Days, kIban, {IbanConfirmed, Active, Link}),
        one(Days, kIban, {Refused, Active, Code}), // S6
        one(Weeks, kIban, {Refused, Active, Link, 1}),
        one(Days, kIban, {Signed, Active, Code}),
        one(Today, kIban, {Signed, Active, Link}),
        one(Today, kIban, {IdStarted, Active, Link}), // I2
        one(Days, kIban, {IdStarted, Active, Code}),
        one(Days, kIban, {IdFailed, Active, Code}), // I4
        one(Weeks, kIban, {IdFailed, Active, Link}),
        // Complete (I5); the invitation is completed.
        one(Days, kIban, {IdDone, Active, Link}),
        one(Weeks, kIban, {IdDone, Active, Code}),
        one(Older, kIban, {IdDone, Active, Code}),
        one(Older, kIban, {IdDone, Active, Link}),
        one(Older, kIban, {IdDone, Active, Code, 1}),
        // Invitation trouble (C5, C6, expiry).
        one(Days, kIban, {Nothing, Locked, Code}),
        one(Weeks, kNoIban, {Documents, Locked, Link}),
        one(Days, kIban, {Nothing, Replaced, Code}),
        one(Weeks, kIban, {Documents, Replaced, Link}),
        one(Weeks, kIban, {IdDone, Replaced, Code}), // revoked, then completed
        one(Older, kNoIban, {Nothing, Expired, Code}),
        one(Older, kIban, {Documents, Expired, Link}),
        one(Older, kIban, {Questions, ExpiredReplaced, Link}),
        one(Older, kIban, {Nothing, ExpiredReplaced, Code}),
        // S5: refused over the bank account; new IBAN and contract version 2.
        withNewContract(one(Weeks, kIban, {Documents, Active, Code})),
        withNewContract(one(Weeks, kIban, {Signed, Active, Link})),

        // Two applicants (S9: signing is done when the last one signs).
        two(Today, kIban, {Nothing, Active, Code}, {Nothing, Active, Code}),
        two(Days, kIban, {Documents, Active, Link}, {Nothing, Active, Link}),
        two(Days, kIban, {Signed, Active, Code}, {Documents, Active, Code}),
        two(Weeks, kIban, {IdDone, Active, Link}, {IbanConfirmed, Active, Link}),
        two(Days, kIban, {Signed, Active, Code}, {Signed, Active, Code}),
        two(Older, kIban, {IdDone, Active, Code}, {IdDone, Active, Code}),
        two(Weeks, kIban, {IdDone, Active, Link}, {IdDone, Active, Code}),
        two(Days, kIban, {IdDone, Active, Code}, {IdFailed, Active, Code}),
        two(Today, kIban, {IdDone, Active, Link}, {IdStarted, Active, Link}),
        two(Days, kIban, {DetailsWrong, Active, Code}, {Documents, Active, Code}),
        two(Weeks, kIban, {Signed, Active, Link}, {Refused, Active, Link}),
        two(Days, kIban, {IdStarted, Active, Code}, {Nothing, Locked, Code}),
        two(Weeks, kNoIban, {Questions, Active, Link}, {Questions, Active, Link, 1}),
        two(Weeks, kIban, {Signed, Active, Code}, {Documents, Replaced, Link}),
        two(Older, kIban, {IdDone, Active, Code}, {Nothing, Expired, Link}),
        two(Days, kIban, {IdFailed, Active, Link}, {IdDone, Active, Link}),
        two(Weeks, kNoIban, {Documents, Active, Code}, {Nothing, Active, Code, 2}),
    };
    return rows;
}

const QList<Scenario> &secondOfficeScenarios()
{
    using enum Reached;
    using enum Invite;
    using enum Age;
    constexpr auto Link = InvitationKind::Link;
    constexpr auto Code = InvitationKind::Code;
    static const QList<Scenario> rows{
        one(Days, kIban, {Documents, Active, Code}),
        two(Older, kIban, {IdDone, Active, Link}, {IdDone, Active, Link}),
        one(Weeks, kIban, {Nothing, Locked, Code}),
        one(Days, kIban, {Refused, Active, Link}),
    };
    return rows;
}

const QStringList &refusalReasons()
{
    static const QStringList reasons{
        QStringLiteral("De rente is hoger dan mijn adviseur had genoemd."),
        QStringLiteral("Wij hadden een looptijd van 60 maanden afgesproken, niet 72."),
        QStringLiteral("Ik wil het contract eerst met mijn partner doornemen."),
        QStringLiteral("Het leenbedrag klopt niet: het moest € 2.500 lager zijn."),
    };
    return reasons;
}

const QStringList &identificationFailureReasons()
{
    static const QStringList reasons{
        QStringLiteral("Chip niet leesbaar; foto onscherp"),
        QStringLiteral("Document verlopen"),
        QStringLiteral("Sessie verlopen na 15 minuten; geen foto ontvangen"),
        QStringLiteral("Gezicht komt niet overeen met de pasfoto"),
    };
    return reasons;
}

QString newContractRefusalReason()
{
    return QStringLiteral("Verkeerd rekeningnummer: de lening moet op onze nieuwe rekening bij de "
                          "Rabobank.");
}

// Draws every application (in table order, so the generator gives the same
// data each run), then numbers them in order of creation.
QList<PlannedApplication> planApplications(Dice &dice, const QList<Scenario> &scenarios, const QDateTime &now,
                                           const QList<qint64> &advisors, const QString &prefix,
                                           int firstNumber)
{
    QSet<QString> usedNames;
    QList<PlannedApplication> plans;
    for (const Scenario &sc : scenarios) {
        PlannedApplication p;
        p.scenario = &sc;
        p.start = startOf(dice, sc.age, now);
        p.advisorId = advisors.at(dice.below(int(advisors.size())));
        NewApplicationRequest &r = p.request;
        r.loanKind = dice.percent(25) ? LoanKind::RevolvingCredit : LoanKind::PersonalLoan;
        r.loanAmountCents = qint64(dice.between(5, 150)) * 500 * 100; // EUR 2,500 - 75,000
        static const int terms[] = {12, 24, 36, 48, 60, 72, 84, 96, 120};
        const int low = r.loanAmountCents >= 4'000'000 ? 4 : 0;
        const int high = r.loanAmountCents <= 750'000 ? 3 : 8;
        r.termMonths = terms[dice.between(low, high)];
        r.applicants.append(person(dice, now.date(), usedNames));
        if (sc.second) {
            const QString first = r.applicants.at(0).fullName.section(' ', 0, 0);
            const QString surname = r.applicants.at(0).fullName.mid(first.size() + 1);
            r.applicants.append(person(dice, now.date(), usedNames, dice.percent(50) ? surname : QString()));
        }
        if (sc.iban) {
            r.iban = dutchIban(dice);
            r.accountHolder = initials(r.applicants.at(0));
            if (sc.second)
                r.accountHolder += QStringLiteral(" en/of ") + initials(r.applicants.at(1));
        }
        plans.append(p);
    }
    std::stable_sort(
        plans.begin(), plans.end(),
        [](const PlannedApplication &a, const PlannedApplication &b) { return a.start < b.start; });
    int number = firstNumber;
    for (PlannedApplication &p : plans) {
        number += dice.between(1, 3);
        p.request.reference = QStringLiteral("%1-%2-%3")
                                  .arg(prefix)
                                  .arg(p.start.date().year())
                                  .arg(number, 4, 10, QLatin1Char('0'));
    }
    return plans;
}

QString dutchIban(Dice &dice, const QString &bankCode)
{
    static const QStringList banks{"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"};
    const QString bank = bankCode.isEmpty() ? dice.pick(banks) : bankCode;
    QString account;
    for (int i = 0; i < 10; ++i)
        account += QChar('0' + dice.below(10));
    int mod = 0;
    for (const QChar c : bank + account + QStringLiteral("NL00")) {
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        mod = (v >= 10 ? mod * 100 + v : mod * 10 + v) % 97;
    }
    return QStringLiteral("NL%1").arg(98 - mod, 2, 10, QLatin1Char('0')) + bank + account;
}

} // namespace dpdesk::server::demo
