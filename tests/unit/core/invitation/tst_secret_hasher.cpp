#include "core/crypto/Digest.h"
#include "core/invitation/InvitationCode.h"
#include "core/invitation/LinkToken.h"
#include "core/invitation/SecretHasher.h"

#include <QRegularExpression>
#include <QTest>

using namespace dpdesk;

namespace {

const QByteArray KeyA = QByteArray(32, 'a');
const QByteArray KeyB = QByteArray(32, 'b');

InvitationCode code(const char *text)
{
    return InvitationCode::parse(QString::fromLatin1(text)).value();
}

LinkToken token(const QString &text)
{
    return LinkToken::parse(text).value();
}

} // namespace

class TestSecretHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashIsHmacOfDomainSeparatedCanonicalForm()
    {
        const SecretHasher hasher(KeyA);
        const InvitationCode c = code("K7QM-2XD9-3");
        QCOMPARE(hasher.hash(c), Digest::hmacSha256(KeyA, "code:K7QM2XD93").toHex());
        const LinkToken t = LinkToken::generate();
        QCOMPARE(hasher.hash(t), Digest::hmacSha256(KeyA, "link:" + t.toString().toLatin1()).toHex());
    }

    void knownVector()
    {
        // Pins the scheme so that stored hashes stay valid across releases.
        const SecretHasher hasher(QByteArray("Jefe"));
        QCOMPARE(hasher.hashText(SecretHasher::Domain::InvitationCode, u"K7QM2XD93"),
                 Digest::hmacSha256("Jefe", "code:K7QM2XD93").toHex());
        QCOMPARE(hasher.hash(code("000000000")), Digest::hmacSha256("Jefe", "code:000000000").toHex());
    }

    void hashIsLowerCaseHexSha256()
    {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        const SecretHasher hasher(KeyA);
        QVERIFY(hex.match(QString::fromLatin1(hasher.hash(InvitationCode::generate()))).hasMatch());
        QVERIFY(hex.match(QString::fromLatin1(hasher.hash(LinkToken::generate()))).hasMatch());
    }

    void deterministic_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("same text") << "K7QM2XD93"
                                   << "K7QM2XD93";
        QTest::newRow("typed differently") << "K7QM-2XD9-3"
                                           << " k7qm 2xd9 3 ";
        QTest::newRow("O and L confusions") << "10ZH-0QR1-E"
                                            << "lozh-oqri-e";
    }

    void deterministic()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        const SecretHasher one(KeyA);
        const SecretHasher other(KeyA);
        const auto a = InvitationCode::parse(first);
        const auto b = InvitationCode::parse(second);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(one.hash(*a), one.hash(*a));
        QCOMPARE(one.hash(*a), other.hash(*b));
        QVERIFY(one.matches(one.hash(*a), *b));
    }

    void linkHashIsDeterministic()
    {
        const LinkToken t = LinkToken::generate();
        QCOMPARE(SecretHasher(KeyA).hash(t), SecretHasher(KeyA).hash(token(t.toString())));
    }

    void differentKeysGiveDifferentHashes()
    {
        const SecretHasher a(KeyA);
        const SecretHasher b(KeyB);
        const SecretHasher almostA(QByteArray(31, 'a') + 'b');
        for (int i = 0; i < 100; ++i) {
            const InvitationCode c = InvitationCode::generate();
            QVERIFY(a.hash(c) != b.hash(c));
            QVERIFY(a.hash(c) != almostA.hash(c));
            QVERIFY(!b.matches(a.hash(c), c));
            const LinkToken t = LinkToken::generate();
            QVERIFY(a.hash(t) != b.hash(t));
            QVERIFY(!b.matches(a.hash(t), t));
        }
    }

    void differentSecretsGiveDifferentHashes()
    {
        const SecretHasher hasher(KeyA);
        QVERIFY(hasher.hash(code("K7QM2XD93")) != hasher.hash(code("10ZH0QR1E")));
        QVERIFY(hasher.hash(LinkToken::generate()) != hasher.hash(LinkToken::generate()));
    }

    void domainsAreSeparated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("code text") << "K7QM2XD93";
        QTest::newRow("token text") << QString(43, QChar('A'));
        QTest::newRow("empty") << QString();
    }

    void domainsAreSeparated()
    {
        QFETCH(QString, text);
        const SecretHasher hasher(KeyA);
        const QByteArray asCode = hasher.hashText(SecretHasher::Domain::InvitationCode, text);
        const QByteArray asLink = hasher.hashText(SecretHasher::Domain::LinkToken, text);
        QVERIFY(asCode != asLink);
        // And neither is the bare HMAC of the text.
        QVERIFY(asCode != Digest::hmacSha256(KeyA, text.toUtf8()).toHex());
        QVERIFY(asLink != Digest::hmacSha256(KeyA, text.toUtf8()).toHex());
    }

    void codeAndLinkHashesUseTheirDomain()
    {
        const SecretHasher hasher(KeyA);
        const LinkToken t = token(QString(43, QChar('A')));
        QCOMPARE(hasher.hash(t), hasher.hashText(SecretHasher::Domain::LinkToken, t.toString()));
        QVERIFY(hasher.hash(t) != hasher.hashText(SecretHasher::Domain::InvitationCode, t.toString()));
        const InvitationCode c = code("K7QM2XD93");
        QCOMPARE(hasher.hash(c), hasher.hashText(SecretHasher::Domain::InvitationCode, c.canonical()));
        QVERIFY(hasher.hash(c) != hasher.hashText(SecretHasher::Domain::LinkToken, c.canonical()));
    }

    void matches()
    {
        const SecretHasher hasher(KeyA);
        const InvitationCode c = code("K7QM-2XD9-3");
        const QByteArray stored = hasher.hash(c);
        QVERIFY(hasher.matches(stored, c));
        QVERIFY(hasher.matches(stored, code("k7qm 2xd9 3")));
        QVERIFY(!hasher.matches(stored, code("10ZH-0QR1-E")));
        QVERIFY(!hasher.matches(QByteArray(), c));
        QVERIFY(!hasher.matches(stored.left(63), c));
        QVERIFY(!hasher.matches(stored + '0', c));
        QVERIFY(!hasher.matches(QByteArray::fromHex(stored), c)); // raw bytes are not the stored form

        QByteArray flipped = stored;
        flipped[10] = flipped[10] == '0' ? '1' : '0';
        QVERIFY(!hasher.matches(flipped, c));

        const LinkToken t = LinkToken::generate();
        const QByteArray storedLink = hasher.hash(t);
        QVERIFY(hasher.matches(storedLink, t));
        QVERIFY(!hasher.matches(storedLink, LinkToken::generate()));
        QVERIFY(!hasher.matches(stored, t));
        QVERIFY(!hasher.matches(storedLink, c));
    }
};

QTEST_GUILESS_MAIN(TestSecretHasher)
#include "tst_secret_hasher.moc"
