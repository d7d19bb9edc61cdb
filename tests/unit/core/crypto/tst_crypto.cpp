#include "core/crypto/Digest.h"
#include "core/crypto/SecureRandom.h"

#include <QSet>
#include <QTest>

using namespace dpdesk;

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void sha256KnownVector()
    {
        QCOMPARE(Digest::sha256("abc").toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void hmacSha256Rfc4231Case2()
    {
        QCOMPARE(Digest::hmacSha256("Jefe", "what do ya want for nothing?").toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void constantTimeEquals()
    {
        QVERIFY(Digest::constantTimeEquals("abc", "abc"));
        QVERIFY(!Digest::constantTimeEquals("abc", "abd"));
        QVERIFY(!Digest::constantTimeEquals("abc", "abcd"));
    }

    void randomBytesDiffer()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 100; ++i) {
            const QByteArray b = SecureRandom::bytes(16);
            QCOMPARE(b.size(), 16);
            seen.insert(b);
        }
        QCOMPARE(seen.size(), 100);
    }

    void uniformStaysInRangeAndCoversIt()
    {
        QVector<int> hits(7, 0);
        for (int i = 0; i < 7000; ++i) {
            const quint32 v = SecureRandom::uniform(7);
            QVERIFY(v < 7);
            ++hits[int(v)];
        }
        for (int h : hits)
            QVERIFY2(h > 700, "each value of 7 should appear roughly 1000 times in 7000 draws");
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
