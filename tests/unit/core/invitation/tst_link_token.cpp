#include "core/invitation/LinkToken.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace dpdesk;

class TestLinkToken : public QObject
{
    Q_OBJECT

private slots:
    void generatedTokensAreUrlSafeAndUnique()
    {
        static const QRegularExpression format(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const LinkToken token = LinkToken::generate();
            const QString text = token.toString();
            QCOMPARE(text.size(), LinkToken::Length);
            QVERIFY2(format.match(text).hasMatch(), qPrintable(text));
            QCOMPARE(token.bytes().size(), LinkToken::Bytes);
            QVERIFY(LinkToken::Bytes * 8 >= 128);
            const auto parsed = LinkToken::parse(text);
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, token);
            QCOMPARE(parsed->toString(), text);
            seen.insert(text);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void encodesBytesAsUnpaddedBase64Url()
    {
        const auto parsed = LinkToken::parse(QStringLiteral("_-__") + QString(39, QChar('A')));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->bytes().left(3), QByteArray::fromHex("ffefff"));
        QCOMPARE(parsed->bytes().mid(3), QByteArray(29, '\0'));
    }

    void accepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("all zero") << QString(43, QChar('A'));
        QTest::newRow("all ones") << QString(42, QChar('_')) + QChar('8');
        QTest::newRow("mixed") << QStringLiteral("abcdefghijklmnopqrstuvwxyz-_0123456789ABCDE");
    }

    void accepts()
    {
        QFETCH(QString, text);
        const auto parsed = LinkToken::parse(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->toString(), text);
        QCOMPARE(parsed->bytes().size(), 32);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        const QString valid = QString(43, QChar('A'));
        QTest::newRow("empty") << QString();
        QTest::newRow("42 characters") << valid.left(42);
        QTest::newRow("44 characters") << valid + QChar('A');
        QTest::newRow("padding") << valid + QChar('=');
        QTest::newRow("padding inside") << valid.left(42) + QChar('=');
        QTest::newRow("plus (standard base64)") << QChar('+') + valid.mid(1);
        QTest::newRow("slash (standard base64)") << QChar('/') + valid.mid(1);
        QTest::newRow("space inside") << valid.left(20) + QChar(' ') + valid.mid(21);
        QTest::newRow("leading space") << QChar(' ') + valid.mid(1);
        QTest::newRow("trailing newline") << valid.left(42) + QChar('\n');
        QTest::newRow("non-ascii") << valid.left(42) + QChar(0x00e9);
        QTest::newRow("NUL") << valid.left(42) + QChar(0);
        QTest::newRow("last char has unused bits set") << valid.left(42) + QChar('B');
        QTest::newRow("last char low bit") << valid.left(42) + QChar('9');
        QTest::newRow("percent-encoded") << QStringLiteral("%41") + valid.mid(3);
    }

    void rejects()
    {
        QFETCH(QString, text);
        const auto parsed = LinkToken::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, QStringLiteral("link_token.format"));
        QCOMPARE(parsed.error().field, QStringLiteral("token"));
        QVERIFY(!parsed.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLinkToken)
#include "tst_link_token.moc"
