#include "core/otp/Hotp.h"

#include <QTest>

using namespace dpdesk;

class TestHotp : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_secret = QByteArrayLiteral("12345678901234567890");

private slots:
    // RFC 4226 Appendix D: the 31-bit truncated value and the 6-digit HOTP for
    // counters 0-9. The 8-digit code is the same truncated value mod 10^8.
    void rfc4226AppendixD_data()
    {
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<quint32>("truncated");
        QTest::addColumn<QString>("code");
        QTest::newRow("0") << quint64(0) << quint32(1284755224) << QStringLiteral("755224");
        QTest::newRow("1") << quint64(1) << quint32(1094287082) << QStringLiteral("287082");
        QTest::newRow("2") << quint64(2) << quint32(137359152) << QStringLiteral("359152");
        QTest::newRow("3") << quint64(3) << quint32(1726969429) << QStringLiteral("969429");
        QTest::newRow("4") << quint64(4) << quint32(1640338314) << QStringLiteral("338314");
        QTest::newRow("5") << quint64(5) << quint32(868254676) << QStringLiteral("254676");
        QTest::newRow("6") << quint64(6) << quint32(1918287922) << QStringLiteral("287922");
        QTest::newRow("7") << quint64(7) << quint32(82162583) << QStringLiteral("162583");
        QTest::newRow("8") << quint64(8) << quint32(673399871) << QStringLiteral("399871");
        QTest::newRow("9") << quint64(9) << quint32(645520489) << QStringLiteral("520489");
    }
    void rfc4226AppendixD()
    {
        QFETCH(quint64, counter);
        QFETCH(quint32, truncated);
        QFETCH(QString, code);
        QCOMPARE(hotp(m_secret, counter, OtpAlgorithm::Sha1, 6), code);
        QCOMPARE(hotp(m_secret, counter, OtpAlgorithm::Sha1, 8),
                 QStringLiteral("%1").arg(truncated % 100'000'000u, 8, 10, QLatin1Char('0')));
    }

    void keepsLeadingZeros()
    {
        // RFC 6238 Appendix B, T = 0x23523EC, SHA-1: "07081804".
        const QString code = hotp(m_secret, 0x23523EC, OtpAlgorithm::Sha1, 8);
        QCOMPARE(code, QStringLiteral("07081804"));
    }

    void rejectsUnsupportedDigits_data()
    {
        QTest::addColumn<int>("digits");
        for (int d : {-1, 0, 1, 5, 7, 9, 10})
            QTest::newRow(qPrintable(QString::number(d))) << d;
    }
    void rejectsUnsupportedDigits()
    {
        QFETCH(int, digits);
        QVERIFY(hotp(m_secret, 0, OtpAlgorithm::Sha1, digits).isEmpty());
    }

    void algorithmsDiffer()
    {
        const QString sha1 = hotp(m_secret, 1, OtpAlgorithm::Sha1, 8);
        const QString sha256 = hotp(m_secret, 1, OtpAlgorithm::Sha256, 8);
        const QString sha512 = hotp(m_secret, 1, OtpAlgorithm::Sha512, 8);
        QCOMPARE(sha1.size(), 8);
        QCOMPARE(sha256.size(), 8);
        QCOMPARE(sha512.size(), 8);
        QVERIFY(sha1 != sha256 && sha256 != sha512 && sha1 != sha512);
    }

    void largeCounter()
    {
        const QString code = hotp(m_secret, std::numeric_limits<quint64>::max(), OtpAlgorithm::Sha1, 6);
        QCOMPARE(code.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestHotp)
#include "tst_hotp.moc"
