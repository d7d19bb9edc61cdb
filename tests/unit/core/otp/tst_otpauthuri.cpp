#include "core/otp/Base32.h"
#include "core/otp/OtpAuthUri.h"
#include "core/otp/TotpSecret.h"

#include <QTest>
#include <QUrl>

using namespace dpdesk;

Q_DECLARE_METATYPE(dpdesk::OtpAlgorithm)

namespace {
const QByteArray kSecret = QByteArrayLiteral("12345678901234567890");
const QString kSecretB32 = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

OtpAuthUri dpDeskUri()
{
    OtpAuthUri uri;
    uri.issuer = QStringLiteral("DP Desk");
    uri.account = QStringLiteral("jan@example.nl");
    uri.secret = kSecret;
    return uri;
}
} // namespace

class TestOtpAuthUri : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheKeyUriFormat()
    {
        const Result<QString> uri = dpDeskUri().toUri();
        QVERIFY(uri.ok());
        QCOMPARE(uri.value(),
                 QStringLiteral("otpauth://totp/DP%20Desk:jan%40example.nl?secret=") + kSecretB32
                     + QStringLiteral("&issuer=DP%20Desk&algorithm=SHA1&digits=6&period=30"));
        // A URL parser sees what an authenticator app sees.
        const QUrl url(uri.value());
        QVERIFY(url.isValid());
        QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(url.host(), QStringLiteral("totp"));
        QCOMPARE(url.path(), QStringLiteral("/DP Desk:jan@example.nl"));
    }

    void buildsNonDefaultParameters()
    {
        OtpAuthUri in = dpDeskUri();
        in.secret = QByteArray(32, '\x42');
        in.params = {OtpAlgorithm::Sha256, 8, 60};
        const QString uri = in.toUri().value();
        QVERIFY(uri.endsWith(QStringLiteral("&algorithm=SHA256&digits=8&period=60")));
        QVERIFY(uri.contains(QStringLiteral("secret=") + Base32::encode(in.secret) + QLatin1Char('&')));
        QVERIFY(!uri.contains(QStringLiteral("=&")));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("secretLength");
        QTest::addColumn<OtpAlgorithm>("algorithm");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::newRow("dp desk default") << "DP Desk"
                                         << "jan@example.nl" << 20 << OtpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("sha256 8 digits") << "DP Desk"
                                         << "s.devries" << 32 << OtpAlgorithm::Sha256 << 8 << 30;
        QTest::newRow("sha512 period 60") << "DP Desk"
                                          << "piet" << 64 << OtpAlgorithm::Sha512 << 6 << 60;
        QTest::newRow("minimum secret, period 1") << "X"
                                                  << "y" << 16 << OtpAlgorithm::Sha1 << 8 << 1;
        QTest::newRow("no issuer") << ""
                                   << "jan@example.nl" << 20 << OtpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("unicode") << QStringLiteral("Hypotheek & Zo\u00eb")
                                 << QStringLiteral("zo\u00eb@voorbeeld.nl") << 20 << OtpAlgorithm::Sha1 << 6
                                 << 30;
        QTest::newRow("reserved chars") << "A+B=C?D#E/F%G"
                                        << "a&b=c?d#e/f%g+h i" << 20 << OtpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("inner spaces") << "  DP  Desk "
                                      << "jan van der berg" << 20 << OtpAlgorithm::Sha1 << 6 << 30;
    }
    void roundTrip()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(int, secretLength);
        QFETCH(OtpAlgorithm, algorithm);
        QFETCH(int, digits);
        QFETCH(int, period);
        OtpAuthUri in;
        in.issuer = issuer;
        in.account = account;
        in.secret = QByteArray(secretLength, '\0');
        for (int i = 0; i < secretLength; ++i)
            in.secret[i] = char(i * 37 + 11);
        in.params = {algorithm, digits, period};

        const Result<QString> uri = in.toUri();
        QVERIFY2(uri.ok(), qPrintable(uri.ok() ? QString() : uri.error().message));
        QVERIFY(!uri.value().contains(QLatin1Char(' ')));
        const Result<OtpAuthUri> out = OtpAuthUri::parse(uri.value());
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().code));
        QCOMPARE(out->issuer, in.issuer);
        QCOMPARE(out->account, in.account);
        QCOMPARE(out->secret, in.secret);
        QCOMPARE(out->params, in.params);
        QVERIFY(out.value() == in);
        QCOMPARE(out->toUri().value(), uri.value());
    }

    void roundTripGeneratedSecretKeepsCodes()
    {
        OtpAuthUri in = dpDeskUri();
        in.secret = generateTotpSecret();
        const Result<OtpAuthUri> out = OtpAuthUri::parse(in.toUri().value());
        QVERIFY(out.ok());
        QCOMPARE(totp(out->secret, 1'800'000'000, out->params), totp(in.secret, 1'800'000'000, in.params));
    }

    void parsesVariants_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<OtpAlgorithm>("algorithm");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        const QString s = kSecretB32;
        QTest::newRow("defaults") << "otpauth://totp/DP%20Desk:jan?secret=" + s << "DP Desk"
                                  << "jan" << OtpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("upper-case scheme and type") << "OTPAUTH://TOTP/DP%20Desk:jan?secret=" + s << "DP Desk"
                                                    << "jan" << OtpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("encoded colon, space before account")
            << "otpauth://totp/DP%20Desk%3A%20jan?issuer=DP%20Desk&secret=" + s << "DP Desk"
            << "jan" << OtpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("issuer only in label") << "otpauth://totp/ACME:jan?secret=" + s << "ACME"
                                              << "jan" << OtpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("issuer only as parameter") << "otpauth://totp/jan?secret=" + s + "&issuer=ACME"
                                                  << "ACME"
                                                  << "jan" << OtpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("no issuer") << "otpauth://totp/jan?secret=" + s << ""
                                   << "jan" << OtpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("plus as space in parameter")
            << "otpauth://totp/DP%20Desk:jan?secret=" + s + "&issuer=DP+Desk"
            << "DP Desk"
            << "jan" << OtpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("lower-case padded spaced secret")
            << "otpauth://totp/jan?secret=gezdgnbvgy3tqojq%20gezdgnbvgy3tqojq===="
            << ""
            << "jan" << OtpAlgorithm::Sha1 << 6 << 30;
        QTest::newRow("parameters in any order, lower-case algorithm")
            << "otpauth://totp/X:jan?period=60&digits=8&algorithm=sha512&issuer=X&secret=" + s << "X"
            << "jan" << OtpAlgorithm::Sha512 << 8 << 60;
        QTest::newRow("unknown parameter ignored")
            << "otpauth://totp/X:jan?secret=" + s + "&image=https%3A%2F%2Fexample.nl%2Flogo.png"
            << "X"
            << "jan" << OtpAlgorithm::Sha1 << 6 << 30;
    }
    void parsesVariants()
    {
        QFETCH(QString, uri);
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(OtpAlgorithm, algorithm);
        QFETCH(int, digits);
        QFETCH(int, period);
        const Result<OtpAuthUri> parsed = OtpAuthUri::parse(uri);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->issuer, issuer);
        QCOMPARE(parsed->account, account);
        QCOMPARE(parsed->secret, kSecret);
        QCOMPARE(parsed->params.algorithm, algorithm);
        QCOMPARE(parsed->params.digits, digits);
        QCOMPARE(parsed->params.periodSecs, period);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("code");
        const QString s = kSecretB32;
        const QString base = "otpauth://totp/DP%20Desk:jan?secret=" + s + "&issuer=DP%20Desk";
        QTest::newRow("empty") << ""
                               << "otpauth.scheme";
        QTest::newRow("https scheme") << "https://totp/DP%20Desk:jan?secret=" + s << "otpauth.scheme";
        QTest::newRow("no slashes") << "otpauth:totp/jan?secret=" + s << "otpauth.scheme";
        QTest::newRow("hotp") << "otpauth://hotp/DP%20Desk:jan?secret=" + s + "&counter=0"
                              << "otpauth.type";
        QTest::newRow("unknown type") << "otpauth://motp/jan?secret=" + s << "otpauth.type";
        QTest::newRow("no type") << "otpauth:///jan?secret=" + s << "otpauth.type";
        QTest::newRow("no label") << "otpauth://totp"
                                  << "otpauth.label";
        QTest::newRow("empty label") << "otpauth://totp/?secret=" + s << "otpauth.label";
        QTest::newRow("issuer without account") << "otpauth://totp/DP%20Desk:?secret=" + s << "otpauth.label";
        QTest::newRow("two colons") << "otpauth://totp/A:b:c?secret=" + s << "otpauth.label";
        QTest::newRow("colon in issuer parameter") << "otpauth://totp/jan?secret=" + s + "&issuer=A%3AB"
                                                   << "otpauth.label";
        QTest::newRow("duplicate parameter") << base + "&digits=6&digits=8"
                                             << "otpauth.parameter";
        QTest::newRow("duplicate secret") << base + "&secret=" + s << "otpauth.parameter";
        QTest::newRow("missing secret") << "otpauth://totp/DP%20Desk:jan?issuer=DP%20Desk"
                                        << "otpauth.secret_missing";
        QTest::newRow("no query") << "otpauth://totp/DP%20Desk:jan"
                                  << "otpauth.secret_missing";
        QTest::newRow("empty secret") << "otpauth://totp/jan?secret=&issuer=X"
                                      << "otpauth.secret_missing";
        QTest::newRow("secret not base32") << "otpauth://totp/jan?secret=GEZDGNBVGY3TQOJ1GEZDGNBVGY3TQOJQ"
                                           << "otpauth.secret_invalid";
        QTest::newRow("secret bad length") << "otpauth://totp/jan?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQG"
                                           << "otpauth.secret_invalid";
        QTest::newRow("secret too short (80 bits)") << "otpauth://totp/jan?secret=GEZDGNBVGY3TQOJQ"
                                                    << "otpauth.secret_invalid";
        QTest::newRow("issuer mismatch") << "otpauth://totp/DP%20Desk:jan?secret=" + s + "&issuer=Evil%20Corp"
                                         << "otpauth.issuer_mismatch";
        QTest::newRow("issuer case mismatch")
            << "otpauth://totp/DP%20Desk:jan?secret=" + s + "&issuer=dp%20desk"
            << "otpauth.issuer_mismatch";
        QTest::newRow("empty label issuer vs parameter") << "otpauth://totp/:jan?secret=" + s + "&issuer=X"
                                                         << "otpauth.issuer_mismatch";
        QTest::newRow("md5") << base + "&algorithm=MD5"
                             << "otpauth.algorithm";
        QTest::newRow("sha-1 spelling") << base + "&algorithm=SHA-1"
                                        << "otpauth.algorithm";
        QTest::newRow("empty algorithm") << base + "&algorithm="
                                         << "otpauth.algorithm";
        QTest::newRow("7 digits") << base + "&digits=7"
                                  << "otpauth.digits";
        QTest::newRow("0 digits") << base + "&digits=0"
                                  << "otpauth.digits";
        QTest::newRow("06 digits") << base + "&digits=06"
                                   << "otpauth.digits";
        QTest::newRow("digits word") << base + "&digits=six"
                                     << "otpauth.digits";
        QTest::newRow("empty digits") << base + "&digits"
                                      << "otpauth.digits";
        QTest::newRow("period 0") << base + "&period=0"
                                  << "otpauth.period";
        QTest::newRow("period negative") << base + "&period=-30"
                                         << "otpauth.period";
        QTest::newRow("period plus sign") << base + "&period=+30"
                                          << "otpauth.period";
        QTest::newRow("period not a number") << base + "&period=30s"
                                             << "otpauth.period";
        QTest::newRow("period too long") << base + "&period=3601"
                                         << "otpauth.period";
        QTest::newRow("period overflow") << base + "&period=99999999999"
                                         << "otpauth.period";
        QTest::newRow("empty period") << base + "&period="
                                      << "otpauth.period";
    }
    void parseErrors()
    {
        QFETCH(QString, uri);
        QFETCH(QString, code);
        const Result<OtpAuthUri> parsed = OtpAuthUri::parse(uri);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void buildErrors_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("secretLength");
        QTest::addColumn<int>("digits");
        QTest::addColumn<int>("period");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty account") << "DP Desk"
                                       << "" << 20 << 6 << 30 << "otpauth.label"
                                       << "account";
        QTest::newRow("blank account") << "DP Desk"
                                       << "   " << 20 << 6 << 30 << "otpauth.label"
                                       << "account";
        QTest::newRow("account padded") << "DP Desk"
                                        << " jan" << 20 << 6 << 30 << "otpauth.label"
                                        << "account";
        QTest::newRow("colon in account") << "DP Desk"
                                          << "a:b" << 20 << 6 << 30 << "otpauth.label"
                                          << "account";
        QTest::newRow("colon in issuer") << "DP:Desk"
                                         << "jan" << 20 << 6 << 30 << "otpauth.label"
                                         << "issuer";
        QTest::newRow("no secret") << "DP Desk"
                                   << "jan" << 0 << 6 << 30 << "otpauth.secret_invalid"
                                   << "secret";
        QTest::newRow("short secret") << "DP Desk"
                                      << "jan" << 15 << 6 << 30 << "otpauth.secret_invalid"
                                      << "secret";
        QTest::newRow("7 digits") << "DP Desk"
                                  << "jan" << 20 << 7 << 30 << "otpauth.digits"
                                  << "digits";
        QTest::newRow("period 0") << "DP Desk"
                                  << "jan" << 20 << 6 << 0 << "otpauth.period"
                                  << "period";
        QTest::newRow("period 3601") << "DP Desk"
                                     << "jan" << 20 << 6 << 3601 << "otpauth.period"
                                     << "period";
    }
    void buildErrors()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, account);
        QFETCH(int, secretLength);
        QFETCH(int, digits);
        QFETCH(int, period);
        QFETCH(QString, code);
        QFETCH(QString, field);
        OtpAuthUri in;
        in.issuer = issuer;
        in.account = account;
        in.secret = QByteArray(secretLength, 'k');
        in.params = {OtpAlgorithm::Sha1, digits, period};
        QVERIFY(!in.validate().ok());
        const Result<QString> uri = in.toUri();
        QVERIFY(!uri.ok());
        QCOMPARE(uri.error().code, code);
        QCOMPARE(uri.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestOtpAuthUri)
#include "tst_otpauthuri.moc"
