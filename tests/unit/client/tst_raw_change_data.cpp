// rawChangeData: the bytes of each record of a changes page as they arrived,
// which the local cache stores instead of encoding the record again.
#include "client/sync/ChangesPage.h"
#include "client/sync/RawChangeData.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/ChangeRecord.h"
#include "core/wire/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "ClientSamples.h"

using namespace dpdesk;
using namespace dpdesk::client;
using namespace client_samples;

namespace {

// A page as the server writes it: the stored compact record bytes spliced in.
QByteArray serverPage(const QList<ChangeRecord> &changes)
{
    QByteArray body = "{\"changes\":[";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const ChangeRecord &c = changes[i];
        if (i)
            body += ',';
        const auto *app = std::get_if<Application>(&c.data);
        body += "{\"seq\":" + QByteArray::number(c.seq) + ",\"entity\":\"application\",\"id\":\""
            + c.id.toUtf8() + "\",\"op\":\"" + (app ? "upsert" : "delete")
            + "\",\"data\":" + (app ? toCompactJson(toJson(*app)) : QByteArray("null")) + '}';
    }
    return body + "],\"nextCursor\":" + QByteArray::number(changes.size()) + ",\"hasMore\":false}";
}

// The "data" values of a page, as a JSON parser reads them.
QList<QJsonValue> parsedData(const QByteArray &page)
{
    QList<QJsonValue> values;
    for (const QJsonValue &change : QJsonDocument::fromJson(page).object().value("changes").toArray())
        values << change.toObject().value("data");
    return values;
}

// Each slice parses (on its own) to the value the whole page holds there.
void verifySlicesMatch(const QByteArray &page)
{
    QVERIFY2(!QJsonDocument::fromJson(page).isNull(), "the sample is JSON");
    const auto slices = rawChangeData(page);
    QVERIFY(slices.has_value());
    const QList<QJsonValue> expected = parsedData(page);
    QCOMPARE(slices->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        // Wrapped in an array: a slice may be a scalar (null).
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + slices->at(i) + "]", &error);
        QVERIFY2(error.error == QJsonParseError::NoError, slices->at(i).constData());
        QCOMPARE(doc.array().first(), expected.at(i));
    }
}

} // namespace

class TestRawChangeData : public QObject
{
    Q_OBJECT

private slots:
    void serverPagesGiveTheStoredBytes()
    {
        Application unusual = application("7", "DPD-7", 3, 2);
        unusual.applicants[0].fullName = QStringLiteral("Zoë \"Z\" O\u2019Brien \\ [x] {y}");
        unusual.accountHolder = QStringLiteral("Ünïcödé 😀 / € \\\" }]");
        const QList<ChangeRecord> changes{upsert(1, application("1", "A-1")), removal(2, "5"),
                                          upsert(3, unusual)};
        const QByteArray page = serverPage(changes);
        const auto slices = rawChangeData(page);
        QVERIFY(slices.has_value());
        QCOMPARE(slices->size(), 3);
        // Byte for byte what encoding the record gives, and it decodes to the record.
        QCOMPARE(slices->at(0), toCompactJson(toJson(application("1", "A-1"))));
        QCOMPARE(slices->at(1), QByteArray("null"));
        QCOMPARE(slices->at(2), toCompactJson(toJson(unusual)));
        QCOMPARE(slices->at(2), QJsonDocument(toJson(unusual)).toJson(QJsonDocument::Compact));
        auto decoded = applicationFromJson(QJsonDocument::fromJson(slices->at(2)).object());
        QVERIFY(decoded);
        QCOMPARE(*decoded, unusual);

        // The page decoder and the slices agree on the order of the records.
        auto decodedPage = changesPageFromJson(QJsonDocument::fromJson(page).object());
        QVERIFY(decodedPage);
        QCOMPARE(decodedPage->changes.size(), slices->size());
        verifySlicesMatch(page);
    }

    void oddButValidJson_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::newRow("empty page") << QByteArray(R"({"changes":[],"nextCursor":0,"hasMore":false})");
        QTest::newRow("whitespace everywhere")
            << QByteArray(" \n{ \"changes\" :\t[ {\"seq\" : 1 , \"data\" : { \"a\" : [ 1 , 2 ] } } ,\r\n"
                          " { \"data\"\n:\nnull } ] , \"hasMore\" : false }\n ");
        QTest::newRow("data first, other keys after")
            << QByteArray(R"({"hasMore":true,"changes":[{"data":{"x":1},"seq":1,"id":"1"}],"nextCursor":1})");
        QTest::newRow("escapes and brackets in strings")
            << QByteArray("{\"changes\":[{\"id\":\"a\\\"]}\",\"data\":{\"s\":\"\\\\\\\"}]{[\\\\\","
                          "\"t\":\"\\/\\b\\f\\n\\r\\t\"},\"after\":\"\\\\\"}]}");
        QTest::newRow("unicode escapes and raw UTF-8") << QByteArray(
            "{\"changes\":[{\"data\":{\"n\":\"\\u00e9\\ud83d\\ude00 \xc3\xa9 \xf0\x9f\x98\x80\"}}]}");
        QTest::newRow("nested arrays and objects")
            << QByteArray(R"({"changes":[{"data":[[1,[2,[3,{"k":[[]]}]]],{},[],{"a":{"b":{"c":[null]}}}]},)"
                          R"({"data":{"data":{"data":1}}}]})");
        QTest::newRow("numbers and literals")
            << QByteArray(R"({"changes":[{"data":-1.5e+10},{"data":0},{"data":true},{"data":false},)"
                          R"({"data":"x"},{"data":12345678901234567890}]})");
        QTest::newRow("\"changes\" also inside a record")
            << QByteArray(R"({"changes":[{"data":{"changes":[{"data":9}]}}]})");
        QTest::newRow("other keys hold arrays of objects with data")
            << QByteArray(R"({"other":[{"data":1}],"changes":[{"data":2}],"more":{"changes":3}})");
    }

    void oddButValidJson()
    {
        QFETCH(QByteArray, page);
        verifySlicesMatch(page);
    }

    void unsureInputGivesNothing_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("top level array") << QByteArray(R"([{"changes":[]}])");
        QTest::newRow("no changes") << QByteArray(R"({"nextCursor":1,"hasMore":false})");
        QTest::newRow("changes not an array") << QByteArray(R"({"changes":{"data":1}})");
        QTest::newRow("changes twice") << QByteArray(R"({"changes":[{"data":1}],"changes":[{"data":2}]})");
        QTest::newRow("an entry that is not an object") << QByteArray(R"({"changes":[{"data":1},2]})");
        QTest::newRow("an entry without data") << QByteArray(R"({"changes":[{"seq":1}]})");
        QTest::newRow("an empty entry") << QByteArray(R"({"changes":[{}]})");
        QTest::newRow("data twice") << QByteArray(R"({"changes":[{"data":1,"data":2}]})");
        QTest::newRow("data spelled with an escape") << QByteArray("{\"changes\":[{\"d\\u0061ta\":1}]}");
        QTest::newRow("cut off in a string") << QByteArray("{\"changes\":[{\"data\":\"abc");
        QTest::newRow("cut off in an object") << QByteArray(R"({"changes":[{"data":{"a":[1,2)");
        QTest::newRow("cut off after a backslash") << QByteArray("{\"changes\":[{\"data\":\"\\");
        QTest::newRow("trailing garbage") << QByteArray(R"({"changes":[{"data":1}]} x)");
        QTest::newRow("missing colon") << QByteArray(R"({"changes" [{"data":1}]})");
    }

    void unsureInputGivesNothing()
    {
        QFETCH(QByteArray, page);
        QVERIFY(!rawChangeData(page).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRawChangeData)
#include "tst_raw_change_data.moc"
