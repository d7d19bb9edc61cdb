#include "core/otp/Hotp.h"
#include "core/otp/Totp.h"
#include "core/otp/TotpSecret.h"
#include "core/time/Clock.h"

#include <QSet>
#include <QTest>

using namespace dpdesk;

Q_DECLARE_METATYPE(dpdesk::OtpAlgorithm)
Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {
// RFC 6238 Appendix B seeds: one per hash, as long as its digest.
QByteArray rfcSeed(OtpAlgorithm algorithm)
{
    switch (algorithm) {
    case OtpAlgorithm::Sha1:
        return QByteArrayLiteral("12345678901234567890");
    case OtpAlgorithm::Sha256:
        return QByteArrayLiteral("12345678901234567890123456789012");
    case OtpAlgorithm::Sha512:
        return QByteArrayLiteral("1234567890123456789012345678901234567890123456789012345678901234");
    }
    return {};
}

const QByteArray kSecret = QByteArrayLiteral("12345678901234567890");
constexpr qint64 kNow = 1'800'000'015; // step 60'000'000, 15 s into it
constexpr qint64 kStep = 60'000'000;
} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private slots:
    void seedLengths()
    {
        QCOMPARE(rfcSeed(OtpAlgorithm::Sha1).size(), 20);
        QCOMPARE(rfcSeed(OtpAlgorithm::Sha256).size(), 32);
        QCOMPARE(rfcSeed(OtpAlgorithm::Sha512).size(), 64);
    }

    // RFC 6238 Appendix B: all 18 published vectors (8 digits, 30 s).
    void rfc6238AppendixB_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<OtpAlgorithm>("algorithm");
        QTest::addColumn<QString>("code");
        struct Row
        {
            qint64 time;
            qint64 step;
            const char *sha1;
            const char *sha256;
            const char *sha512;
        };
        const Row rows[] = {
            {59, 0x1, "94287082", "46119246", "90693936"},
            {1111111109, 0x23523EC, "07081804", "68084774", "25091201"},
            {1111111111, 0x23523ED, "14050471", "67062674", "99943326"},
            {1234567890, 0x273EF07, "89005924", "91819424", "93441116"},
            {2000000000, 0x3F940AA, "69279037", "90698825", "38618901"},
            {20000000000, 0x27BC86AA, "65353130", "77737706", "47863826"},
        };
        for (const Row &r : rows) {
            QTest::addRow("%lld SHA1", r.time)
                << r.time << r.step << OtpAlgorithm::Sha1 << QString::fromLatin1(r.sha1);
            QTest::addRow("%lld SHA256", r.time)
                << r.time << r.step << OtpAlgorithm::Sha256 << QString::fromLatin1(r.sha256);
            QTest::addRow("%lld SHA512", r.time)
                << r.time << r.step << OtpAlgorithm::Sha512 << QString::fromLatin1(r.sha512);
        }
    }
    void rfc6238AppendixB()
    {
        QFETCH(qint64, time);
        QFETCH(qint64, step);
        QFETCH(OtpAlgorithm, algorithm);
        QFETCH(QString, code);
        const TotpParams params{algorithm, 8, 30};
        const QByteArray seed = rfcSeed(algorithm);

        QCOMPARE(totpStep(time, 30), step);
        QCOMPARE(totp(seed, time, params), code);
        QCOMPARE(totpForStep(seed, step, params), code);
        QCOMPARE(hotp(seed, quint64(step), algorithm, 8), code);
        QCOMPARE(verifyTotp(seed, code, time, params, std::nullopt, 0), std::optional<qint64>(step));
    }

    void defaultsAreSixDigitsThirtySeconds()
    {
        const TotpParams params;
        QCOMPARE(params.algorithm, OtpAlgorithm::Sha1);
        QCOMPARE(params.digits, 6);
        QCOMPARE(params.periodSecs, 30);
        // RFC 6238 at T = 59 is counter 1; RFC 4226 gives 287082 for counter 1.
        QCOMPARE(totp(kSecret, 59), QStringLiteral("287082"));
        QCOMPARE(totp(kSecret, 30), QStringLiteral("287082"));
        QCOMPARE(totp(kSecret, 29), QStringLiteral("755224"));
        QCOMPARE(totp(kSecret, 60), QStringLiteral("359152"));
    }

    void step_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("period");
        QTest::addColumn<qint64>("step");
        QTest::newRow("epoch") << qint64(0) << 30 << qint64(0);
        QTest::newRow("29") << qint64(29) << 30 << qint64(0);
        QTest::newRow("30") << qint64(30) << 30 << qint64(1);
        QTest::newRow("period 60") << qint64(119) << 60 << qint64(1);
        QTest::newRow("period 1") << qint64(1234) << 1 << qint64(1234);
        QTest::newRow("before epoch floors") << qint64(-1) << 30 << qint64(-1);
        QTest::newRow("-30") << qint64(-30) << 30 << qint64(-1);
        QTest::newRow("-31") << qint64(-31) << 30 << qint64(-2);
        QTest::newRow("zero period") << qint64(100) << 0 << qint64(-1);
        QTest::newRow("negative period") << qint64(100) << -30 << qint64(-1);
    }
    void step()
    {
        QFETCH(qint64, time);
        QFETCH(int, period);
        QFETCH(qint64, step);
        QCOMPARE(totpStep(time, period), step);
    }

    void invalidParamsGiveNoCode_data()
    {
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::newRow("7 digits") << 7 << 30;
        QTest::newRow("0 digits") << 0 << 30;
        QTest::newRow("period 0") << 6 << 0;
        QTest::newRow("period -30") << 6 << -30;
    }
    void invalidParamsGiveNoCode()
    {
        QFETCH(int, digits);
        QFETCH(int, period);
        const TotpParams params{OtpAlgorithm::Sha1, digits, period};
        QVERIFY(!isValid(params));
        QVERIFY(totp(kSecret, kNow, params).isEmpty());
        QCOMPARE(verifyTotp(kSecret, QStringLiteral("1234567"), kNow, params, std::nullopt), std::nullopt);
    }

    void noCodeBeforeEpoch()
    {
        QVERIFY(totp(kSecret, -1).isEmpty());
        QVERIFY(totpForStep(kSecret, -1, {}).isEmpty());
        // Near the epoch the window reaches step -1, which is skipped.
        QCOMPARE(verifyTotp(kSecret, totp(kSecret, 10), 10, {}, std::nullopt), std::optional<qint64>(0));
    }

    // A code of step t+offset, typed at time t with the given window.
    void window_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("window");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("t-2 refused") << -2 << 1 << false;
        QTest::newRow("t-1 accepted") << -1 << 1 << true;
        QTest::newRow("t accepted") << 0 << 1 << true;
        QTest::newRow("t+1 accepted") << 1 << 1 << true;
        QTest::newRow("t+2 refused") << 2 << 1 << false;
        QTest::newRow("t+10 refused") << 10 << 1 << false;
        QTest::newRow("t-10 refused") << -10 << 1 << false;
        QTest::newRow("window 0, t") << 0 << 0 << true;
        QTest::newRow("window 0, t-1") << -1 << 0 << false;
        QTest::newRow("window 0, t+1") << 1 << 0 << false;
        QTest::newRow("window 2, t-2") << -2 << 2 << true;
        QTest::newRow("window 2, t+2") << 2 << 2 << true;
        QTest::newRow("window 2, t+3") << 3 << 2 << false;
        QTest::newRow("negative window is 0") << 1 << -5 << false;
        QTest::newRow("negative window, t") << 0 << -5 << true;
    }
    void window()
    {
        QFETCH(int, offset);
        QFETCH(int, window);
        QFETCH(bool, accepted);
        const TotpParams params;
        const QString code = totpForStep(kSecret, kStep + offset, params);
        const std::optional<qint64> matched = verifyTotp(kSecret, code, kNow, params, std::nullopt, window);
        if (accepted)
            QCOMPARE(matched, std::optional<qint64>(kStep + offset));
        else
            QCOMPARE(matched, std::nullopt);
    }

    void windowAtPeriodEdges()
    {
        const TotpParams params;
        const QString code = totpForStep(kSecret, kStep, params);
        const qint64 start = kStep * 30;
        QCOMPARE(verifyTotp(kSecret, code, start - 30, params, std::nullopt), std::optional<qint64>(kStep));
        QCOMPARE(verifyTotp(kSecret, code, start - 31, params, std::nullopt), std::nullopt);
        QCOMPARE(verifyTotp(kSecret, code, start + 59, params, std::nullopt), std::optional<qint64>(kStep));
        QCOMPARE(verifyTotp(kSecret, code, start + 60, params, std::nullopt), std::nullopt);
    }

    // A code of step t typed at time t, after lastUsed was accepted.
    void replay_data()
    {
        QTest::addColumn<std::optional<qint64>>("lastUsed");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("never used") << std::optional<qint64>() << true;
        QTest::newRow("long ago") << std::optional<qint64>(kStep - 100) << true;
        QTest::newRow("previous step") << std::optional<qint64>(kStep - 1) << true;
        QTest::newRow("same step refused") << std::optional<qint64>(kStep) << false;
        QTest::newRow("newer step used, older refused") << std::optional<qint64>(kStep + 1) << false;
    }
    void replay()
    {
        QFETCH(std::optional<qint64>, lastUsed);
        QFETCH(bool, accepted);
        const TotpParams params;
        const QString code = totp(kSecret, kNow, params);
        const std::optional<qint64> matched = verifyTotp(kSecret, code, kNow, params, lastUsed);
        if (accepted)
            QCOMPARE(matched, std::optional<qint64>(kStep));
        else
            QCOMPARE(matched, std::nullopt);
    }

    void replayScenarioWithClock()
    {
        ManualClock clock(QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC));
        const TotpParams params;
        std::optional<qint64> lastUsed;

        const QString first = totp(kSecret, clock.nowSecs(), params);
        lastUsed = verifyTotp(kSecret, first, clock.nowSecs(), params, lastUsed);
        QCOMPARE(lastUsed, std::optional<qint64>(kStep));

        // The same code again, now and 30 s later (still inside the window).
        QCOMPARE(verifyTotp(kSecret, first, clock.nowSecs(), params, lastUsed), std::nullopt);
        clock.advanceSecs(30);
        QCOMPARE(verifyTotp(kSecret, first, clock.nowSecs(), params, lastUsed), std::nullopt);

        // The next code is accepted and moves lastUsed on.
        const QString second = totp(kSecret, clock.nowSecs(), params);
        const std::optional<qint64> next = verifyTotp(kSecret, second, clock.nowSecs(), params, lastUsed);
        QCOMPARE(next, std::optional<qint64>(kStep + 1));
        lastUsed = next;

        // A phone running ahead used step t+2; afterwards t+1's code is stale.
        const QString ahead = totpForStep(kSecret, kStep + 2, params);
        lastUsed = verifyTotp(kSecret, ahead, clock.nowSecs(), params, lastUsed);
        QCOMPARE(lastUsed, std::optional<qint64>(kStep + 2));
        QCOMPARE(verifyTotp(kSecret, second, clock.nowSecs(), params, lastUsed), std::nullopt);
    }

    void malformedCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("digits");
        const QString good = totp(kSecret, kNow, {});
        const QString good8 = totp(kSecret, kNow, {OtpAlgorithm::Sha1, 8, 30});
        QTest::newRow("empty") << QString() << 6;
        QTest::newRow("5 digits") << good.left(5) << 6;
        QTest::newRow("7 digits") << good + QLatin1Char('0') << 6;
        QTest::newRow("8-digit code, 6 expected") << good8 << 6;
        QTest::newRow("6-digit code, 8 expected") << good << 8;
        QTest::newRow("letter") << good.left(5) + QLatin1Char('a') << 6;
        QTest::newRow("leading space") << QLatin1Char(' ') + good.left(5) << 6;
        QTest::newRow("trailing space") << good + QLatin1Char(' ') << 6;
        QTest::newRow("inner space") << good.left(3) + QLatin1Char(' ') + good.mid(3) << 6;
        QTest::newRow("sign") << QLatin1Char('+') + good.left(5) << 6;
        QTest::newRow("minus") << QLatin1Char('-') + good.left(5) << 6;
        QString fullWidth;
        for (const QChar c : good)
            fullWidth += QChar(char16_t(0xFF10 + (c.unicode() - u'0'))); // FULLWIDTH DIGIT
        QTest::newRow("full-width digits") << fullWidth << 6;
        QString arabicIndic;
        for (const QChar c : good)
            arabicIndic += QChar(char16_t(0x0660 + (c.unicode() - u'0'))); // ARABIC-INDIC DIGIT
        QTest::newRow("arabic-indic digits") << arabicIndic << 6;
    }
    void malformedCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, digits);
        const TotpParams params{OtpAlgorithm::Sha1, digits, 30};
        QCOMPARE(verifyTotp(kSecret, code, kNow, params, std::nullopt), std::nullopt);
    }

    void wrongCodeRefused()
    {
        const QString good = totp(kSecret, kNow);
        QString bad = good;
        bad[5] = QChar(char16_t(u'0' + (good.at(5).unicode() - u'0' + 1) % 10));
        QCOMPARE(verifyTotp(kSecret, good, kNow, {}, std::nullopt), std::optional<qint64>(kStep));
        // A neighbouring-step code may collide by chance; make sure bad is not one.
        bool collides = false;
        for (qint64 s = kStep - 1; s <= kStep + 1; ++s)
            collides = collides || totpForStep(kSecret, s, {}) == bad;
        if (!collides)
            QCOMPARE(verifyTotp(kSecret, bad, kNow, {}, std::nullopt), std::nullopt);
        QCOMPARE(verifyTotp(QByteArrayLiteral("another secret 12345"), good, kNow, {}, std::nullopt),
                 std::nullopt);
    }

    void eightDigitSha512Verifies()
    {
        const TotpParams params{OtpAlgorithm::Sha512, 8, 60};
        const QByteArray secret = generateTotpSecret(OtpAlgorithm::Sha512);
        const QString code = totp(secret, kNow, params);
        QCOMPARE(code.size(), 8);
        QCOMPARE(verifyTotp(secret, code, kNow + 60, params, std::nullopt),
                 std::optional<qint64>(totpStep(kNow, 60)));
    }

    void generatedSecret_data()
    {
        QTest::addColumn<OtpAlgorithm>("algorithm");
        QTest::addColumn<int>("length");
        QTest::newRow("SHA1") << OtpAlgorithm::Sha1 << 20;
        QTest::newRow("SHA256") << OtpAlgorithm::Sha256 << 32;
        QTest::newRow("SHA512") << OtpAlgorithm::Sha512 << 64;
    }
    void generatedSecret()
    {
        QFETCH(OtpAlgorithm, algorithm);
        QFETCH(int, length);
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const QByteArray secret = generateTotpSecret(algorithm);
            QCOMPARE(secret.size(), length);
            seen.insert(secret);
        }
        QCOMPARE(seen.size(), 50);
        QCOMPARE(otpSecretLength(algorithm), length);
    }

    void algorithmNames()
    {
        QCOMPARE(otpAlgorithmName(OtpAlgorithm::Sha1), QStringLiteral("SHA1"));
        QCOMPARE(otpAlgorithmName(OtpAlgorithm::Sha256), QStringLiteral("SHA256"));
        QCOMPARE(otpAlgorithmName(OtpAlgorithm::Sha512), QStringLiteral("SHA512"));
        QCOMPARE(otpAlgorithmFromName(u"sha256"), std::optional<OtpAlgorithm>(OtpAlgorithm::Sha256));
        QCOMPARE(otpAlgorithmFromName(u"MD5"), std::nullopt);
        QCOMPARE(otpAlgorithmFromName(u"SHA-1"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
