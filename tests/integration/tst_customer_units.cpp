// The pure parts of the customer's flow without a server: the overview and
// its notices (D2, S2, S6, S7, S9, I4, I5) and the outbox mailer (I6).
#include "core/domain/ChecklistRules.h"
#include "server/customer/ConfirmationMail.h"
#include "server/customer/CustomerOverview.h"
#include "server/customer/CustomerTexts.h"
#include "server/customer/FolderMailer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dpdesk;
using namespace dpdesk::server;

namespace {
template<typename T>
T must(const Result<T> &r)
{
    if (!r)
        qFatal("fixture step failed: %s", qPrintable(r.error().code));
    return r.value();
}

Applicant person(int position)
{
    Applicant a;
    a.id = QString::number(position);
    a.position = position;
    a.fullName = position == 1 ? QStringLiteral("Jan de Vries") : QStringLiteral("Anna Ö'Brien");
    a.email = QStringLiteral("klant%1@example.nl").arg(position);
    return a;
}

// The applicant brought to a point by the rules.
Applicant at(Applicant a, const QString &point)
{
    a = must(acceptDocuments(a));
    if (point == "questions")
        return a;
    if (point == "details_wrong") {
        SigningAnswers wrong;
        wrong.detailsCorrect = false;
        return must(answerQuestions(a, wrong));
    }
    a = must(answerQuestions(a, SigningAnswers{}));
    a = must(confirmIban(a, QStringLiteral("NL91ABNA0417164300")));
    if (point == "contract")
        return a;
    if (point == "refused")
        return must(refuseContract(a, QStringLiteral("Te duur.")));
    if (point == "idin_cancelled")
        return must(recordIdinStatus(a, IdinStatus::Cancelled));
    return must(recordIdinStatus(a, IdinStatus::Success)); // "signing"
}

Application two(const Applicant &first, const Applicant &second)
{
    Application app;
    app.id = QStringLiteral("7");
    app.reference = QStringLiteral("REF-7");
    app.iban = QStringLiteral("NL91ABNA0417164300");
    app.applicants = {first, second};
    return app;
}

QStringList codes(const CustomerOverview &o)
{
    QStringList out;
    for (CustomerNotice n : o.notices) {
        out << enumToString(n);
        if (noticeText(n).isEmpty())
            qFatal("notice without text");
    }
    return out;
}
} // namespace

class TestCustomerUnits : public QObject
{
    Q_OBJECT

private slots:
    void overviewNamesTheOtherApplicantsState_data()
    {
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("theirs");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("coStatus");
        QTest::addColumn<QStringList>("notices");
        QTest::newRow("both busy") << "questions"
                                   << "questions"
                                   << "questions"
                                   << "in_progress" << QStringList{};
        QTest::newRow("S2 mine") << "details_wrong"
                                 << "questions"
                                 << "waiting_for_office"
                                 << "in_progress" << QStringList{"details_wrong"};
        QTest::newRow("S2 theirs") << "contract"
                                   << "details_wrong"
                                   << "contract"
                                   << "details_wrong" << QStringList{"co_applicant_details_wrong"};
        QTest::newRow("S6 mine") << "refused"
                                 << "contract"
                                 << "waiting_for_office"
                                 << "in_progress" << QStringList{"contract_refused"};
        QTest::newRow("S6 theirs") << "signing"
                                   << "refused"
                                   << "signing"
                                   << "refused" << QStringList{"co_applicant_refused"};
        QTest::newRow("S6 both") << "refused"
                                 << "refused"
                                 << "waiting_for_office"
                                 << "refused" << QStringList{"contract_refused", "co_applicant_refused"};
        QTest::newRow("S7 cancelled") << "idin_cancelled"
                                      << "questions"
                                      << "contract"
                                      << "in_progress" << QStringList{"idin_cancelled"};
    }
    void overviewNamesTheOtherApplicantsState()
    {
        QFETCH(QString, mine);
        QFETCH(QString, theirs);
        QFETCH(QString, step);
        QFETCH(QString, coStatus);
        QFETCH(QStringList, notices);
        const Application app = two(at(person(1), mine), at(person(2), theirs));
        const CustomerOverview o = buildOverview(app, QStringLiteral("1"));
        QCOMPARE(o.fullName, QStringLiteral("Jan de Vries"));
        QCOMPARE(enumToString(o.currentStep), step);
        QVERIFY(o.coApplicant.has_value());
        QCOMPARE(o.coApplicant->fullName, QStringLiteral("Anna Ö'Brien"));
        QCOMPARE(enumToString(o.coApplicant->status), coStatus);
        QCOMPARE(codes(o), notices);
    }

    void signingWithTwoAndCompletion()
    {
        // S9: the first signer waits, the other is told; I5 when all is done.
        Application app = two(at(person(1), "signing"), at(person(2), "signing"));
        app = must(sign(app, QStringLiteral("1")));
        CustomerOverview jan = buildOverview(app, QStringLiteral("1"));
        CustomerOverview anna = buildOverview(app, QStringLiteral("2"));
        QCOMPARE(codes(jan), QStringList{"waiting_for_co_applicant"});
        QCOMPARE(codes(anna), QStringList{"co_applicant_signed"});
        QCOMPARE(enumToString(jan.currentStep), QStringLiteral("identification"));
        app = must(updateApplicant(app, QStringLiteral("1"), startIdentification));
        app = must(updateApplicant(app, QStringLiteral("1"), [](const Applicant &a) {
            return identificationResult(a, IdDocumentType::Passport, true);
        }));
        jan = buildOverview(app, QStringLiteral("1"));
        QCOMPARE(codes(jan), (QStringList{"waiting_for_co_applicant", "finished_waiting_for_co_applicant"}));
        app = must(sign(app, QStringLiteral("2")));
        app = must(updateApplicant(app, QStringLiteral("2"), startIdentification));
        app = must(updateApplicant(app, QStringLiteral("2"), [](const Applicant &a) {
            return identificationResult(a, IdDocumentType::IdentityCard, false,
                                        QStringLiteral("Chip onleesbaar."));
        }));
        anna = buildOverview(app, QStringLiteral("2"));
        QCOMPARE(codes(anna), QStringList{"identification_failed"});
        QCOMPARE(anna.identificationFailureReason, QStringLiteral("Chip onleesbaar."));
        app = must(updateApplicant(app, QStringLiteral("2"), startIdentification));
        app = must(updateApplicant(app, QStringLiteral("2"), [](const Applicant &a) {
            return identificationResult(a, IdDocumentType::IdentityCard, true);
        }));
        QVERIFY(buildOverview(app, QStringLiteral("1")).applicationComplete);
        QCOMPARE(codes(buildOverview(app, QStringLiteral("2"))), QStringList{"application_complete"});
    }

    void confirmationMailIsWrittenWholeToTheOutbox()
    {
        // I6
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(14, 5, 9), Qt::UTC));
        const QString folder = dir.filePath(QStringLiteral("out/box"));
        FolderMailer mailer(folder, QStringLiteral("noreply@dpdesk.invalid"), clock);
        Application app = two(person(1), person(2));
        const MailMessage mail = confirmationMail(app, app.applicants.at(1));
        QVERIFY(mailer.send(mail).ok());
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QCOMPARE(files.size(), 1); // no .part left behind
        QVERIFY(files.first().endsWith(".eml"));
        QFile f(QDir(folder).filePath(files.first()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray eml = f.readAll();
        QVERIFY(eml.startsWith("Date: Mon, 23 Nov 2026 14:05:09 +0000\r\n"));
        // A non-ASCII name as an RFC 2047 encoded word.
        QVERIFY(eml.contains("To: =?UTF-8?B?" + QStringLiteral("Anna Ö'Brien").toUtf8().toBase64()
                             + "?= <klant2@example.nl>\r\n"));
        QVERIFY(eml.contains(QStringLiteral("\r\n\r\nBeste Anna Ö'Brien,\r\n").toUtf8()));
        QVERIFY(eml.contains("referentie REF-7"));
        QVERIFY(eml.contains("Uw gezamenlijke kredietovereenkomst"));
        QVERIFY(!eml.contains("\n\n")); // every line ends in CRLF
    }

    void headerTextCannotAddHeaders()
    {
        QTemporaryDir dir;
        ManualClock clock;
        FolderMailer mailer(dir.path(), QStringLiteral("noreply@dpdesk.invalid"), clock);
        MailMessage m;
        m.toAddress = QStringLiteral("a@example.nl");
        m.toName = QStringLiteral("Eve\r\nBcc: all@example.nl");
        m.subject = QStringLiteral("Hallo\nBcc: all@example.nl");
        m.body = QStringLiteral("x");
        const QByteArray eml = mailer.render(m, "id@x");
        const QByteArray headers = eml.left(eml.indexOf("\r\n\r\n"));
        for (const QByteArray &line : headers.split('\n'))
            QVERIFY2(!line.startsWith("Bcc"), headers.constData());
    }
};

QTEST_GUILESS_MAIN(TestCustomerUnits)
#include "tst_customer_units.moc"
