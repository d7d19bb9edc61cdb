#include "core/iban/Iban.h"

#include <QSet>
#include <QTest>

using namespace dpdesk;

// The example IBANs are the published examples of the SWIFT IBAN registry,
// each checked by hand with mod 97, plus synthetic Dutch ones with computed
// check digits. None of them is personal data.
class TestIban : public QObject
{
    Q_OBJECT

private slots:
    void parsesValid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("country");

        const char *const examples[] = {
            "AD1200012030200359100100",
            "AT611904300234573201",
            "BE68539007547034",
            "BG80BNBG96611020345678",
            "CH9300762011623852957",
            "CY17002001280000001200527600",
            "CZ6508000000192000145399",
            "DE89370400440532013000",
            "DK5000400440116243",
            "EE382200221020145685",
            "ES9121000418450200051332",
            "FI2112345600000785",
            "FR1420041010050500013M02606",
            "GB29NWBK60161331926819",
            "GI75NWBK000000007099453",
            "GR1601101250000000012300695",
            "HR1210010051863000160",
            "HU42117730161111101800000000",
            "IE29AIBK93115212345678",
            "IS140159260076545510730339",
            "IT60X0542811101000000123456",
            "LI21088100002324013AA",
            "LT121000011101001000",
            "LU280019400644750000",
            "LV80BANK0000435195001",
            "MC5811222000010123456789030",
            "MT84MALT011000012345MTLCAST001S",
            "NL91ABNA0417164300",
            "NO9386011117947",
            "PL61109010140000071219812874",
            "PT50000201231234567890154",
            "RO49AAAA1B31007593840000",
            "SE4550000000058398257466",
            "SI56263300012039086",
            "SK3112000000198742637541",
            "SM86U0322509800000000270100",
            "VA59001123000012345678",
            // French overseas territories with their own country code.
            "GF4120041010050500013M02606",
            "GP1120041010050500013M02606",
            "RE4220041010050500013M02606",
            "BL6820041010050500013M02606",
            // More Dutch ones.
            "NL44RABO0123456789",
            "NL20INGB0001234567",
            "NL02RABO0000000019",
            "NL98RABO0000000037",
        };
        for (const char *example : examples)
            QTest::newRow(example) << QString::fromLatin1(example) << QString::fromLatin1(example, 2);
    }

    void parsesValid()
    {
        QFETCH(QString, input);
        QFETCH(QString, country);

        const Result<Iban> iban = Iban::parse(input);
        QVERIFY2(iban.ok(), qPrintable(iban.ok() ? QString() : iban.error().message));
        QCOMPARE(iban->normalized(), input);
        QCOMPARE(iban->countryCode(), country);
        QCOMPARE(iban->checkDigits(), input.mid(2, 2));
        QCOMPARE(iban->bban(), input.mid(4));
        QCOMPARE(Iban::expectedLength(country), input.size());
        QVERIFY(Iban::isValid(input));

        // The print form and lower case parse to the same IBAN.
        const Result<Iban> again = Iban::parse(iban->formatted());
        QVERIFY(again.ok());
        QCOMPARE(*again, *iban);
        const Result<Iban> lower = Iban::parse(input.toLower());
        QVERIFY(lower.ok());
        QCOMPARE(*lower, *iban);
    }

    void normalisesInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");

        const QString nl = QStringLiteral("NL91ABNA0417164300");
        QTest::newRow("electronic") << nl << nl;
        QTest::newRow("print form") << QStringLiteral("NL91 ABNA 0417 1643 00") << nl;
        QTest::newRow("lower case") << QStringLiteral("nl91abna0417164300") << nl;
        QTest::newRow("mixed case, spaced") << QStringLiteral("nL91 aBnA 0417 1643 00") << nl;
        QTest::newRow("leading and trailing") << QStringLiteral("  NL91ABNA0417164300 \n") << nl;
        QTest::newRow("tabs") << QStringLiteral("NL91\tABNA\t0417\t1643\t00") << nl;
        QTest::newRow("no-break spaces")
            << QStringLiteral("NL91\u00a0ABNA\u00a00417\u00a01643\u00a000") << nl;
        QTest::newRow("narrow no-break space") << QStringLiteral("NL91\u202fABNA0417164300") << nl;
        QTest::newRow("irregular spacing") << QStringLiteral("N L 9 1ABNA04   171643 00") << nl;
        QTest::newRow("line breaks") << QStringLiteral("NL91ABNA\r\n0417164300") << nl;
        QTest::newRow("british, lower case")
            << QStringLiteral("gb29 nwbk 6016 1331 9268 19") << QStringLiteral("GB29NWBK60161331926819");
        QTest::newRow("maltese, letters in the bban")
            << QStringLiteral("mt84 malt 0110 0001 2345 mtlc ast0 01s")
            << QStringLiteral("MT84MALT011000012345MTLCAST001S");
    }

    void normalisesInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);

        const Result<Iban> iban = Iban::parse(input);
        QVERIFY2(iban.ok(), qPrintable(iban.ok() ? QString() : iban.error().message));
        QCOMPARE(iban->normalized(), normalized);
    }

    void refusesInvalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");

        // Empty.
        QTest::newRow("empty") << QString() << "iban.empty"
                               << "No IBAN";
        QTest::newRow("whitespace only") << QStringLiteral("  \t \n ") << "iban.empty"
                                         << "No IBAN";
        QTest::newRow("no-break spaces only") << QStringLiteral("\u00a0\u00a0") << "iban.empty"
                                              << "No IBAN";

        // Length.
        QTest::newRow("NL 17 characters") << QStringLiteral("NL91ABNA041716430") << "iban.length"
                                          << "A Dutch IBAN has 18 characters; this one has 17.";
        QTest::newRow("NL 19 characters") << QStringLiteral("NL91 ABNA 0417 1643 001") << "iban.length"
                                          << "A Dutch IBAN has 18 characters; this one has 19.";
        QTest::newRow("NL country code only") << QStringLiteral("NL") << "iban.length"
                                              << "this one has 2.";
        QTest::newRow("BE too long") << QStringLiteral("BE685390075470341") << "iban.length"
                                     << "A Belgian IBAN has 16 characters; this one has 17.";
        QTest::newRow("DE too short") << QStringLiteral("DE8937040044053201300") << "iban.length"
                                      << "A German IBAN has 22 characters; this one has 21.";
        QTest::newRow("IE too short") << QStringLiteral("IE29AIBK9311521234567") << "iban.length"
                                      << "An Irish IBAN has 22";
        QTest::newRow("one character") << QStringLiteral("N") << "iban.length"
                                       << "this one has 1.";

        // Check digits.
        QTest::newRow("last digit changed") << QStringLiteral("NL91ABNA0417164301") << "iban.checksum"
                                            << "check digits do not match";
        QTest::newRow("digit in the middle changed")
            << QStringLiteral("DE89370400440532013001") << "iban.checksum"
            << "probably a typo";
        QTest::newRow("adjacent digits swapped") << QStringLiteral("NL91ABNA0471164300") << "iban.checksum"
                                                 << "check digits do not match";
        QTest::newRow("digits swapped at the end") << QStringLiteral("NL91ABNA0417164330") << "iban.checksum"
                                                   << "check digits do not match";
        QTest::newRow("check digits swapped") << QStringLiteral("NL19ABNA0417164300") << "iban.checksum"
                                              << "check digits do not match";
        QTest::newRow("letter changed") << QStringLiteral("GB29NWBL60161331926819") << "iban.checksum"
                                        << "check digits do not match";
        QTest::newRow("french letter changed")
            << QStringLiteral("FR1420041010050500013N02606") << "iban.checksum"
            << "check digits do not match";
        // 00, 01 and 99 pass mod 97 here (aliases of 97, 98 and 02) but are never issued.
        QTest::newRow("check digits 00") << QStringLiteral("NL00RABO0000000055") << "iban.checksum"
                                         << "check digits do not match";
        QTest::newRow("check digits 01") << QStringLiteral("NL01RABO0000000037") << "iban.checksum"
                                         << "check digits do not match";
        QTest::newRow("check digits 99") << QStringLiteral("NL99RABO0000000019") << "iban.checksum"
                                         << "check digits do not match";

        // Country.
        QTest::newRow("XX") << QStringLiteral("XX91ABNA0417164300") << "iban.country_unknown"
                            << "\"XX\"";
        QTest::newRow("valid Turkish IBAN, not SEPA")
            << QStringLiteral("TR330006100519786457841326") << "iban.country_unknown"
            << "\"TR\"";
        QTest::newRow("US") << QStringLiteral("US12 3456 7890") << "iban.country_unknown"
                            << "\"US\"";
        QTest::newRow("starts with digits") << QStringLiteral("0417164300") << "iban.country_unknown"
                                            << "two-letter country code";
        QTest::newRow("Dutch account number with bank code only")
            << QStringLiteral("ABNA0417164300") << "iban.country_unknown"
            << "\"AB\"";

        // Characters.
        QTest::newRow("hyphens") << QStringLiteral("NL91-ABNA-0417-1643-00") << "iban.characters"
                                 << "not \"-\"";
        QTest::newRow("dots") << QStringLiteral("NL91.ABNA.0417.1643.00") << "iban.characters"
                              << "not \".\"";
        QTest::newRow("asterisks of a masked IBAN")
            << QStringLiteral("NL91 **** **** **43 00") << "iban.characters"
            << "not \"*\"";
        QTest::newRow("accented letter") << QStringLiteral("NL91\u00c4BNA0417164300") << "iban.characters"
                                         << "not \"\u00c4\"";
        QTest::newRow("full-width letters")
            << QStringLiteral("\uff2e\uff2c91ABNA0417164300") << "iban.characters"
            << "not \"\uff2e\"";
        QTest::newRow("zero-width space") << QStringLiteral("NL91\u200bABNA0417164300") << "iban.characters"
                                          << "U+200B";
        QTest::newRow("control character") << QStringLiteral("NL91\u0001ABNA0417164300") << "iban.characters"
                                           << "U+0001";
        QTest::newRow("emoji") << QStringLiteral("NL91ABNA0417164300\U0001F600") << "iban.characters"
                               << "not \"\U0001F600\"";
        QTest::newRow("lone surrogate")
            << (QStringLiteral("NL91ABNA") + QChar(0xd800) + QStringLiteral("0417164300"))
            << "iban.characters"
            << "U+D800";
        QTest::newRow("IBAN label") << QStringLiteral("IBAN: NL91ABNA0417164300") << "iban.characters"
                                    << "not \":\"";

        // Structure.
        QTest::newRow("NL digits in the bank code") << QStringLiteral("NL5312340417164300") << "iban.format"
                                                    << "bank code";
        QTest::newRow("NL digit at the end of the bank code")
            << QStringLiteral("NL44ABN10417164300") << "iban.format"
            << "bank code";
        QTest::newRow("NL letter in the account number")
            << QStringLiteral("NL49ABNA04171643A0") << "iban.format"
            << "account number";
        QTest::newRow("letters as check digits") << QStringLiteral("NLABABNA0417164300") << "iban.format"
                                                 << "check digits";
    }

    void refusesInvalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);

        const Result<Iban> iban = Iban::parse(input);
        QVERIFY(!iban.ok());
        QCOMPARE(iban.error().code, code);
        QCOMPARE(iban.error().field, QStringLiteral("iban"));
        QVERIFY2(iban.error().message.contains(messagePart),
                 qPrintable(QStringLiteral("message: %1").arg(iban.error().message)));
        QVERIFY(!Iban::isValid(input));
    }

    void lengthMessageIsExact()
    {
        const Result<Iban> iban = Iban::parse(QStringLiteral("NL91 ABNA 0417 1643 0"));
        QVERIFY(!iban.ok());
        QCOMPARE(iban.error(),
                 (Error{QStringLiteral("iban.length"),
                        QStringLiteral("A Dutch IBAN has 18 characters; this one has 17."),
                        QStringLiteral("iban")}));
    }

    void checksumMessageIsExact()
    {
        const Result<Iban> iban = Iban::parse(QStringLiteral("NL91ABNA0417164301"));
        QVERIFY(!iban.ok());
        QCOMPARE(iban.error().message,
                 QStringLiteral("The check digits do not match: there is probably a typo."));
    }

    void formatsAndMasks_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<QString>("masked");

        QTest::newRow("NL") << QStringLiteral("nl91abna0417164300")
                            << QStringLiteral("NL91 ABNA 0417 1643 00")
                            << QStringLiteral("NL91 **** **** **43 00");
        QTest::newRow("NO, shortest")
            << QStringLiteral("NO9386011117947") << QStringLiteral("NO93 8601 1117 947")
            << QStringLiteral("NO93 **** ***7 947");
        QTest::newRow("BE") << QStringLiteral("BE68539007547034") << QStringLiteral("BE68 5390 0754 7034")
                            << QStringLiteral("BE68 **** **** 7034");
        QTest::newRow("DE") << QStringLiteral("DE89 3704 0044 0532 0130 00")
                            << QStringLiteral("DE89 3704 0044 0532 0130 00")
                            << QStringLiteral("DE89 **** **** **** **30 00");
        QTest::newRow("MT, longest") << QStringLiteral("MT84MALT011000012345MTLCAST001S")
                                     << QStringLiteral("MT84 MALT 0110 0001 2345 MTLC AST0 01S")
                                     << QStringLiteral("MT84 **** **** **** **** **** ***0 01S");
    }

    void formatsAndMasks()
    {
        QFETCH(QString, input);
        QFETCH(QString, formatted);
        QFETCH(QString, masked);

        const Result<Iban> iban = Iban::parse(input);
        QVERIFY(iban.ok());
        QCOMPARE(iban->formatted(), formatted);
        QCOMPARE(iban->masked(), masked);
        QCOMPARE(iban->masked().size(), iban->formatted().size());
        // A masked IBAN is not an IBAN: it cannot be mistaken for one.
        QVERIFY(!Iban::isValid(iban->masked()));
    }

    void bankCode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("bankCode");

        QTest::newRow("NL") << QStringLiteral("NL91ABNA0417164300") << QStringLiteral("ABNA");
        QTest::newRow("DE") << QStringLiteral("DE89370400440532013000") << QStringLiteral("37040044");
        QTest::newRow("GB") << QStringLiteral("GB29NWBK60161331926819") << QStringLiteral("NWBK");
        QTest::newRow("BE") << QStringLiteral("BE68539007547034") << QStringLiteral("539");
        QTest::newRow("FR") << QStringLiteral("FR1420041010050500013M02606") << QStringLiteral("20041");
        QTest::newRow("GP") << QStringLiteral("GP1120041010050500013M02606") << QStringLiteral("20041");
        QTest::newRow("IT, after the CIN")
            << QStringLiteral("IT60X0542811101000000123456") << QStringLiteral("05428");
        QTest::newRow("SM, after the CIN")
            << QStringLiteral("SM86U0322509800000000270100") << QStringLiteral("03225");
        QTest::newRow("ES") << QStringLiteral("ES9121000418450200051332") << QStringLiteral("2100");
        QTest::newRow("AT") << QStringLiteral("AT611904300234573201") << QStringLiteral("19043");
        QTest::newRow("CH") << QStringLiteral("CH9300762011623852957") << QStringLiteral("00762");
        QTest::newRow("IE") << QStringLiteral("IE29AIBK93115212345678") << QStringLiteral("AIBK");
        QTest::newRow("MT") << QStringLiteral("MT84MALT011000012345MTLCAST001S") << QStringLiteral("MALT");
        QTest::newRow("HR") << QStringLiteral("HR1210010051863000160") << QStringLiteral("1001005");
        QTest::newRow("PL, none in the registry")
            << QStringLiteral("PL61109010140000071219812874") << QString();
    }

    void bankCode()
    {
        QFETCH(QString, input);
        QFETCH(QString, bankCode);

        const Result<Iban> iban = Iban::parse(input);
        QVERIFY(iban.ok());
        QCOMPARE(iban->bankCode(), bankCode);
    }

    void bankName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("bankName");

        QTest::newRow("ABNA") << QStringLiteral("NL91ABNA0417164300") << QStringLiteral("ABN AMRO");
        QTest::newRow("INGB") << QStringLiteral("NL20INGB0001234567") << QStringLiteral("ING");
        QTest::newRow("RABO") << QStringLiteral("NL44RABO0123456789") << QStringLiteral("Rabobank");
        QTest::newRow("SNSB") << QStringLiteral("NL12SNSB0123456789") << QStringLiteral("SNS");
        QTest::newRow("ASNB") << QStringLiteral("NL57ASNB0123456789") << QStringLiteral("ASN Bank");
        QTest::newRow("RBRB") << QStringLiteral("NL32RBRB0123456789") << QStringLiteral("RegioBank");
        QTest::newRow("TRIO") << QStringLiteral("NL70TRIO0123456789") << QStringLiteral("Triodos Bank");
        QTest::newRow("BUNQ") << QStringLiteral("NL23BUNQ0123456789") << QStringLiteral("bunq");
        QTest::newRow("KNAB") << QStringLiteral("NL68KNAB0123456789") << QStringLiteral("Knab");
        QTest::newRow("FVLB") << QStringLiteral("NL85FVLB0123456789") << QStringLiteral("Van Lanschot");
        QTest::newRow("NNBA") << QStringLiteral("NL63NNBA0123456789")
                              << QStringLiteral("Nationale-Nederlanden");
        QTest::newRow("HAND") << QStringLiteral("NL05HAND0123456789") << QStringLiteral("Handelsbanken");
        QTest::newRow("BITS") << QStringLiteral("NL47BITS0123456789") << QStringLiteral("Yoursafe");
        QTest::newRow("ADYB") << QStringLiteral("NL76ADYB0123456789") << QStringLiteral("Adyen");
        QTest::newRow("DEUT") << QStringLiteral("NL41DEUT0123456789") << QStringLiteral("Deutsche Bank");
        QTest::newRow("unknown Dutch bank code") << QStringLiteral("NL64XXXX0123456789") << QString();
        QTest::newRow("not Dutch") << QStringLiteral("DE89370400440532013000") << QString();
        QTest::newRow("not Dutch, bank code looks Dutch")
            << QStringLiteral("GB29NWBK60161331926819") << QString();
    }

    void bankName()
    {
        QFETCH(QString, input);
        QFETCH(QString, bankName);

        const Result<Iban> iban = Iban::parse(input);
        QVERIFY(iban.ok());
        QCOMPARE(iban->bankName(), bankName);
    }

    void expectedLength_data()
    {
        QTest::addColumn<QString>("country");
        QTest::addColumn<int>("length");

        QTest::newRow("NL") << QStringLiteral("NL") << 18;
        QTest::newRow("nl") << QStringLiteral("nl") << 18;
        QTest::newRow("NO") << QStringLiteral("NO") << 15;
        QTest::newRow("MT") << QStringLiteral("MT") << 31;
        QTest::newRow("GF") << QStringLiteral("GF") << 27;
        QTest::newRow("VA") << QStringLiteral("VA") << 22;
        QTest::newRow("XX") << QStringLiteral("XX") << 0;
        QTest::newRow("TR, not SEPA") << QStringLiteral("TR") << 0;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("three letters") << QStringLiteral("NLD") << 0;
    }

    void expectedLength()
    {
        QFETCH(QString, country);
        QFETCH(int, length);

        QCOMPARE(Iban::expectedLength(country), length);
    }

    void equality()
    {
        const Result<Iban> a = Iban::parse(QStringLiteral("NL91 ABNA 0417 1643 00"));
        const Result<Iban> b = Iban::parse(QStringLiteral("nl91abna0417164300"));
        const Result<Iban> c = Iban::parse(QStringLiteral("NL44RABO0123456789"));
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(*a == *b);
        QVERIFY(!(*a == *c));
        QVERIFY(*a != *c);

        QSet<Iban> set{*a, *b, *c};
        QCOMPARE(set.size(), 2);

        Iban copy = *c;
        copy = *a;
        QCOMPARE(copy, *a);
    }
};

QTEST_GUILESS_MAIN(TestIban)
#include "tst_iban.moc"
