#include "client/sync/ChangesPage.h"

#include <QTest>

using namespace dpdesk::client;

class TestChangesPage : public QObject
{
    Q_OBJECT

private slots:
    void theHintReadsWhereTheNextPageStartsFromThePagesEnd_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<qint64>("hint"); // -1: none
        // As the server writes a page (ChangesApi): the members after "changes".
        QTest::newRow("server's form")
            << QByteArray("{\"changes\":[{\"a\":[1]}],\"nextCursor\":1200,\"hasMore\":true}") << qint64(1200);
        QTest::newRow("spaces and order")
            << QByteArray("{\"changes\": [] ,\n \"hasMore\": true, \"nextCursor\": 7 }\n") << qint64(7);
        QTest::newRow("last page") << QByteArray("{\"changes\":[],\"nextCursor\":9,\"hasMore\":false}")
                                   << qint64(-1);
        QTest::newRow("members first")
            << QByteArray("{\"nextCursor\":9,\"hasMore\":true,\"changes\":[{\"x\":1}]}") << qint64(-1);
        QTest::newRow("nested after the array")
            << QByteArray("{\"changes\":[],\"more\":{\"nextCursor\":9,\"hasMore\":true}}") << qint64(-1);
        QTest::newRow("cursor a string")
            << QByteArray("{\"changes\":[],\"nextCursor\":\"9\",\"hasMore\":true}") << qint64(-1);
        QTest::newRow("cursor negative")
            << QByteArray("{\"changes\":[],\"nextCursor\":-3,\"hasMore\":true}") << qint64(-1);
        QTest::newRow("cursor a fraction")
            << QByteArray("{\"changes\":[],\"nextCursor\":2.5,\"hasMore\":true}") << qint64(-1);
        QTest::newRow("no hasMore") << QByteArray("{\"changes\":[],\"nextCursor\":9}") << qint64(-1);
        QTest::newRow("no array") << QByteArray("{\"nextCursor\":9,\"hasMore\":true}") << qint64(-1);
        QTest::newRow("cut off") << QByteArray("{\"changes\":[],\"nextCursor\":9,\"hasM") << qint64(-1);
        QTest::newRow("not json") << QByteArray("<html>]</html>") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }

    void theHintReadsWhereTheNextPageStartsFromThePagesEnd()
    {
        QFETCH(QByteArray, page);
        QFETCH(qint64, hint);
        const std::optional<qint64> read = nextCursorHint(page);
        QCOMPARE(read.value_or(-1), hint);
    }

    void bytesDecodeAsTheParsedObjectDoes()
    {
        const auto page = changesPageFromBytes("{\"changes\":[],\"nextCursor\":4,\"hasMore\":true}");
        QVERIFY(page);
        QCOMPARE(page->nextCursor, 4);
        QVERIFY(page->hasMore);
        for (const QByteArray &bad :
             {QByteArray("<html>"), QByteArray("[]"), QByteArray("{\"changes\":[]}")}) {
            const auto refused = changesPageFromBytes(bad);
            QVERIFY2(!refused, bad.constData());
            QCOMPARE(refused.error().code, QStringLiteral("changes.invalid_page"));
        }
    }
};

QTEST_GUILESS_MAIN(TestChangesPage)
#include "tst_changes_page.moc"
