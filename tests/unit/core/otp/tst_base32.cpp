#include "core/crypto/SecureRandom.h"
#include "core/otp/Base32.h"

#include <QTest>

using namespace dpdesk;

class TestBase32 : public QObject
{
    Q_OBJECT

private slots:
    // RFC 4648 section 10 test vectors, padding removed for encode.
    void rfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QString>("padded");
        QTest::newRow("empty") << QByteArray("") << QString();
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY======");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ====");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6===");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ=");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI======");
    }
    void rfc4648Vectors()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QString, padded);
        QString unpadded = padded;
        unpadded.remove(QLatin1Char('='));

        QCOMPARE(Base32::encode(plain), unpadded);

        const Result<QByteArray> fromPadded = Base32::decode(padded);
        QVERIFY(fromPadded.ok());
        QCOMPARE(fromPadded.value(), plain);

        const Result<QByteArray> fromUnpadded = Base32::decode(unpadded);
        QVERIFY(fromUnpadded.ok());
        QCOMPARE(fromUnpadded.value(), plain);
    }

    void forgivingDecode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("plain");
        QTest::newRow("lower case") << QStringLiteral("mzxw6ytboi") << QByteArray("foobar");
        QTest::newRow("mixed case") << QStringLiteral("MzXw6YtBoI") << QByteArray("foobar");
        QTest::newRow("groups of four") << QStringLiteral("MZXW 6YTB OI") << QByteArray("foobar");
        QTest::newRow("surrounding whitespace") << QStringLiteral("  MZXW6YTBOI\n") << QByteArray("foobar");
        QTest::newRow("tabs") << QStringLiteral("MZXW\t6YTB\tOI") << QByteArray("foobar");
        QTest::newRow("lower, spaced, padded")
            << QStringLiteral("mzxw 6ytb oi== ====") << QByteArray("foobar");
        QTest::newRow("rfc 4226 secret") << QStringLiteral("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")
                                         << QByteArray("12345678901234567890");
    }
    void forgivingDecode()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, plain);
        const Result<QByteArray> decoded = Base32::decode(text);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), plain);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("digit 1") << QStringLiteral("MZXW1YTB") << QStringLiteral("base32.invalid_character");
        QTest::newRow("digit 0") << QStringLiteral("MZXW0YTB") << QStringLiteral("base32.invalid_character");
        QTest::newRow("digit 8") << QStringLiteral("MZXW8YTB") << QStringLiteral("base32.invalid_character");
        QTest::newRow("punctuation") << QStringLiteral("MZ!W6YTB")
                                     << QStringLiteral("base32.invalid_character");
        QTest::newRow("hyphen") << QStringLiteral("MZXW-6YTB") << QStringLiteral("base32.invalid_character");
        QTest::newRow("non-ascii") << QStringLiteral("MZXW6YT\u00c9")
                                   << QStringLiteral("base32.invalid_character");
        QTest::newRow("base64 char") << QStringLiteral("MZXW6YT+")
                                     << QStringLiteral("base32.invalid_character");
        QTest::newRow("padding in middle")
            << QStringLiteral("MY=AMZXQ") << QStringLiteral("base32.invalid_padding");
        QTest::newRow("padding first")
            << QStringLiteral("=MZXW6YTB") << QStringLiteral("base32.invalid_padding");
        QTest::newRow("1 symbol") << QStringLiteral("M") << QStringLiteral("base32.invalid_length");
        QTest::newRow("3 symbols") << QStringLiteral("MZX") << QStringLiteral("base32.invalid_length");
        QTest::newRow("6 symbols") << QStringLiteral("MZXW6Y") << QStringLiteral("base32.invalid_length");
        QTest::newRow("9 symbols") << QStringLiteral("MZXW6YTBO") << QStringLiteral("base32.invalid_length");
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const Result<QByteArray> decoded = Base32::decode(text);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, code);
        QVERIFY(!decoded.error().message.isEmpty());
    }

    void encodeUsesOnlyTheAlphabet()
    {
        const QString encoded = Base32::encode(QByteArray(256, '\xff') + QByteArray(256, '\0'));
        for (const QChar c : encoded)
            QVERIFY2((c >= u'A' && c <= u'Z') || (c >= u'2' && c <= u'7'), qPrintable(QString(c)));
        QVERIFY(!encoded.contains(QLatin1Char('=')));
    }

    void roundTripsEveryLength()
    {
        for (int length = 0; length <= 70; ++length) {
            const QByteArray data = SecureRandom::bytes(length);
            const QString encoded = Base32::encode(data);
            QCOMPARE(encoded.size(), (length * 8 + 4) / 5);
            const Result<QByteArray> decoded = Base32::decode(encoded);
            QVERIFY(decoded.ok());
            QCOMPARE(decoded.value(), data);
            QCOMPARE(Base32::decode(encoded.toLower()).value(), data);
        }
    }
};

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
