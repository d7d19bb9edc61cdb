// The loan arithmetic of the ESIC and the contract (D1), and which changes
// need a new contract (S2, S5).
#include "core/domain/ContractTerms.h"
#include "core/domain/Document.h"
#include "core/domain/LoanCost.h"

#include <QTest>

using namespace dpdesk;

namespace {
Application sampleApplication()
{
    Application a;
    a.id = QStringLiteral("1");
    a.loanAmountCents = 1'500'000;
    a.termMonths = 60;
    a.iban = QStringLiteral("NL91ABNA0417164300");
    a.accountHolder = QStringLiteral("J. de Boer");
    Applicant first;
    first.id = QStringLiteral("10");
    first.fullName = QStringLiteral("Jan de Boer");
    first.dateOfBirth = QDate(1980, 5, 17);
    first.email = QStringLiteral("jan@example.nl");
    a.applicants.append(first);
    return a;
}
} // namespace

class TestLoanCost : public QObject
{
    Q_OBJECT

private slots:
    void annuity_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("term");
        QTest::addColumn<int>("rate");
        QTest::addColumn<qint64>("monthly");
        // Computed separately (Python, the same formula): monthly rate (1 + JKP)^(1/12) - 1, payment
        // A * r / (1 - (1 + r)^-n), rounded to the cent.
        QTest::newRow("15,000 over 60 months at 7.9 %") << qint64(1'500'000) << 60 << 790 << qint64(30'148);
        QTest::newRow("5,000 over 12 months at 12 %") << qint64(500'000) << 12 << 1200 << qint64(44'281);
        QTest::newRow("1,000 over 24 months at 0 %, even") << qint64(100'000) << 24 << 0 << qint64(4'167);
        QTest::newRow("one month at 7.9 %") << qint64(100'000) << 1 << 790 << qint64(100'636);
    }
    void annuity()
    {
        QFETCH(qint64, amount);
        QFETCH(int, term);
        QFETCH(int, rate);
        QFETCH(qint64, monthly);
        const LoanCost cost = annuityCost(amount, term, rate);
        QCOMPARE(cost.monthlyPaymentCents, monthly);
        QCOMPARE(cost.totalPayableCents, monthly * term);
        QCOMPARE(cost.creditCostCents, monthly * term - amount);
        QVERIFY(cost.creditCostCents >= 0);
    }

    void nonsenseGivesNothing()
    {
        QCOMPARE(annuityCost(0, 12, 790), LoanCost{});
        QCOMPARE(annuityCost(100'000, 0, 790), LoanCost{});
        QCOMPARE(annuityCost(100'000, 12, -1), LoanCost{});
    }

    void monthlyRateOfTheYearlyRate()
    {
        QVERIFY(qAbs(monthlyRatePercent(790) - 0.6356) < 0.0001);
        QCOMPARE(monthlyRatePercent(0), 0.0);
    }

    void contractTerms_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("newContract");
        QTest::newRow("nothing") << "nothing" << false;
        QTest::newRow("reference") << "reference" << false;
        QTest::newRow("e-mail") << "email" << false;
        QTest::newRow("phone") << "phone" << false;
        QTest::newRow("progress") << "progress" << false;
        QTest::newRow("S5 IBAN") << "iban" << true;
        QTest::newRow("S5 account holder") << "holder" << true;
        QTest::newRow("amount") << "amount" << true;
        QTest::newRow("term") << "term" << true;
        QTest::newRow("kind") << "kind" << true;
        QTest::newRow("S2 name") << "name" << true;
        QTest::newRow("S2 date of birth") << "dob" << true;
    }
    void contractTerms()
    {
        QFETCH(QString, change);
        QFETCH(bool, newContract);
        const Application before = sampleApplication();
        Application after = before;
        Applicant &a = after.applicants[0];
        if (change == "reference")
            after.reference = QStringLiteral("OTHER");
        else if (change == "email")
            a.email = QStringLiteral("els@example.nl");
        else if (change == "phone")
            a.phone = QStringLiteral("+31612345678");
        else if (change == "progress")
            a.documents = DocumentsState::Accepted;
        else if (change == "iban")
            after.iban = QStringLiteral("NL20INGB0001234567");
        else if (change == "holder")
            after.accountHolder = QStringLiteral("E. de Boer");
        else if (change == "amount")
            after.loanAmountCents += 1;
        else if (change == "term")
            after.termMonths = 72;
        else if (change == "kind")
            after.loanKind = LoanKind::RevolvingCredit;
        else if (change == "name")
            a.fullName = QStringLiteral("Jan de Boer-Jansen");
        else if (change == "dob")
            a.dateOfBirth = QDate(1980, 5, 18);
        QCOMPARE(contractTermsDiffer(before, after), newContract);
        QCOMPARE(contractTermsDiffer(after, before), newContract);
    }

    void documentKindNames()
    {
        QCOMPARE(enumNames<DocumentKind>(),
                 (QStringList{"esic", "privacy_statement", "provisional_agreement", "contract"}));
    }
};

QTEST_GUILESS_MAIN(TestLoanCost)
#include "tst_loan_cost.moc"
