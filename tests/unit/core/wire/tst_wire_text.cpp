#include "core/wire/TextShapes.h"
#include "core/wire/WireTime.h"

#include <QTest>

using namespace dpdesk;

class TestWireText : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date"); // invalid: refused

        QTest::newRow("plain") << "1980-04-23" << QDate(1980, 4, 23);
        QTest::newRow("leap day") << "2024-02-29" << QDate(2024, 2, 29);
        QTest::newRow("30 February") << "2025-02-30" << QDate();
        QTest::newRow("29 February, common year") << "2025-02-29" << QDate();
        QTest::newRow("month 0") << "2025-00-10" << QDate();
        QTest::newRow("day 0") << "2025-01-00" << QDate();
        QTest::newRow("year 0") << "0000-01-01" << QDate();
        QTest::newRow("short month") << "2025-1-10" << QDate();
        QTest::newRow("slashes") << "2025/01/10" << QDate();
        QTest::newRow("leading space") << " 2025-01-10" << QDate();
        QTest::newRow("with time") << "2025-01-10T00:00" << QDate();
        QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("٢٠٢٥-٠١-١٠") << QDate();
        QTest::newRow("plus sign") << "+025-01-10" << QDate();
        QTest::newRow("empty") << "" << QDate();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const std::optional<QDate> parsed = parseWireDate(text);
        QCOMPARE(parsed.has_value(), date.isValid());
        if (parsed) {
            QCOMPARE(*parsed, date);
            QCOMPARE(formatWireDate(*parsed), text);
        }
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("time"); // invalid: refused

        const QDate d(2026, 11, 12);
        QTest::newRow("no fraction") << "2026-11-12T14:03:00Z" << QDateTime(d, QTime(14, 3), Qt::UTC);
        QTest::newRow("milliseconds")
            << "2026-11-12T14:03:00.250Z" << QDateTime(d, QTime(14, 3, 0, 250), Qt::UTC);
        QTest::newRow("one digit") << "2026-11-12T14:03:00.5Z" << QDateTime(d, QTime(14, 3, 0, 500), Qt::UTC);
        QTest::newRow("nanoseconds, truncated")
            << "2026-11-12T14:03:00.999999999Z" << QDateTime(d, QTime(14, 3, 0, 999), Qt::UTC);
        QTest::newRow("ten fraction digits") << "2026-11-12T14:03:00.9999999999Z" << QDateTime();
        QTest::newRow("empty fraction") << "2026-11-12T14:03:00.Z" << QDateTime();
        QTest::newRow("offset") << "2026-11-12T14:03:00+00:00" << QDateTime();
        QTest::newRow("no zone") << "2026-11-12T14:03:00" << QDateTime();
        QTest::newRow("lower-case z") << "2026-11-12T14:03:00z" << QDateTime();
        QTest::newRow("lower-case t") << "2026-11-12t14:03:00Z" << QDateTime();
        QTest::newRow("hour 24") << "2026-11-12T24:00:00Z" << QDateTime();
        QTest::newRow("leap second") << "2026-12-31T23:59:60Z" << QDateTime();
        QTest::newRow("minute 60") << "2026-11-12T14:60:00Z" << QDateTime();
        QTest::newRow("no seconds") << "2026-11-12T14:03Z" << QDateTime();
        QTest::newRow("invalid day") << "2026-11-31T14:03:00Z" << QDateTime();
        QTest::newRow("trailing space") << "2026-11-12T14:03:00Z " << QDateTime();
    }

    void times()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, time);
        const std::optional<QDateTime> parsed = parseWireTime(text);
        QCOMPARE(parsed.has_value(), time.isValid());
        if (parsed) {
            QCOMPARE(*parsed, time);
            QCOMPARE(parseWireTime(formatWireTime(*parsed)), parsed);
        }
    }

    void formatIsUtcWithMilliseconds()
    {
        const QDateTime local(QDate(2026, 7, 1), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600);
        QCOMPARE(formatWireTime(local), QStringLiteral("2026-07-01T10:00:00.000Z"));
    }

    void emails_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");

        QTest::newRow("plain") << "jan@example.nl" << true;
        QTest::newRow("dots and plus") << "jan.de.vries+krediet@mail.example.co.uk" << true;
        QTest::newRow("hyphenated domain") << "a@my-office.nl" << true;
        QTest::newRow("no @") << "jan.example.nl" << false;
        QTest::newRow("two @") << "jan@vries@example.nl" << false;
        QTest::newRow("empty local part") << "@example.nl" << false;
        QTest::newRow("no dot in domain") << "jan@localhost" << false;
        QTest::newRow("numeric top-level domain") << "jan@example.123" << false;
        QTest::newRow("one-letter top-level domain") << "jan@example.n" << false;
        QTest::newRow("double dot in local part") << "jan..vries@example.nl" << false;
        QTest::newRow("leading dot") << ".jan@example.nl" << false;
        QTest::newRow("empty label") << "jan@example..nl" << false;
        QTest::newRow("label starts with hyphen") << "jan@-example.nl" << false;
        QTest::newRow("space") << "jan vries@example.nl" << false;
        QTest::newRow("quote") << "\"jan\"@example.nl" << false;
        QTest::newRow("non-ASCII (assumed refused)") << QString::fromUtf8("jöran@example.nl") << false;
        QTest::newRow("local part of 65") << QString(65, u'a') + "@example.nl" << false;
        QTest::newRow("local part of 64") << QString(64, u'a') + "@example.nl" << true;
    }

    void emails()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(isEmailShape(text), ok);
    }

    void phones_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");

        QTest::newRow("Dutch mobile") << "06-12345678" << true;
        QTest::newRow("international") << "+31 6 1234 5678" << true;
        QTest::newRow("with area code in brackets") << "(020) 123 4567" << true;
        QTest::newRow("plus in the middle") << "06+12345678" << false;
        QTest::newRow("letters") << "06-CALLME" << false;
        QTest::newRow("five digits") << "12345" << false;
        QTest::newRow("sixteen digits") << "1234567890123456" << false;
        QTest::newRow("only separators") << "+ - ( )" << false;
    }

    void phones()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(isPhoneShape(text), ok);
    }

    void ibans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");

        QTest::newRow("Dutch") << "NL91ABNA0417164300" << true;
        QTest::newRow("Belgian (16)") << "BE68539007547034" << true;
        QTest::newRow("print form") << "NL91 ABNA 0417 1643 00" << false;
        QTest::newRow("lower case") << "nl91abna0417164300" << false;
        QTest::newRow("letters as check digits") << "NLAAABNA0417164300" << false;
        QTest::newRow("too short") << "NL91ABNA04171" << false;
        QTest::newRow("too long") << "NL91" + QString(31, u'1') << false;
        QTest::newRow("punctuation") << "NL91-ABNA-0417164300" << false;
    }

    void ibans()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(isIbanShape(text), ok);
    }
};

QTEST_GUILESS_MAIN(TestWireText)
#include "tst_wire_text.moc"
