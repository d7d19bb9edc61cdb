// The wire forms of the document list (D1, S5) and of the bank-account
// change (S4, S5).
#include "core/wire/BankAccountChange.h"
#include "core/wire/DocumentJson.h"

#include <QTest>

using namespace dpdesk;

namespace {
DocumentVersion generated()
{
    DocumentVersion d;
    d.id = QStringLiteral("7");
    d.applicationId = QStringLiteral("3");
    d.kind = DocumentKind::Contract;
    d.version = 2;
    d.contractVersion = 2;
    d.createdAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    d.sha256 = QString(64, QLatin1Char('a'));
    d.sizeBytes = 27'391;
    d.generatedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 1), Qt::UTC);
    return d;
}
} // namespace

class TestWireDocuments : public QObject
{
    Q_OBJECT

private slots:
    void documentVersionsRoundTrip_data()
    {
        QTest::addColumn<bool>("isGenerated");
        QTest::addColumn<bool>("isSuperseded");
        QTest::newRow("generated, current") << true << false;
        QTest::newRow("generated, superseded") << true << true;
        QTest::newRow("not generated yet") << false << false;
    }
    void documentVersionsRoundTrip()
    {
        QFETCH(bool, isGenerated);
        QFETCH(bool, isSuperseded);
        DocumentVersion d = generated();
        if (!isGenerated) {
            d.sha256.clear();
            d.sizeBytes = 0;
            d.generatedAt.reset();
        }
        if (isSuperseded)
            d.supersededAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        const QJsonObject json = toJson(d);
        QCOMPARE(json.value("superseded").toBool(), isSuperseded);
        QCOMPARE(json.value("sha256").isNull(), !isGenerated);
        QCOMPARE(json.value("sizeBytes").isNull(), !isGenerated);
        const auto back = documentVersionFromJson(json);
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back.value(), d);
    }

    void inconsistentDocumentVersionsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("superseded without a time") << "superseded" << QJsonValue(true) << "supersededAt";
        QTest::newRow("upper-case hash") << "sha256" << QJsonValue(QString(64, QLatin1Char('A'))) << "sha256";
        QTest::newRow("short hash") << "sha256" << QJsonValue(QStringLiteral("abc")) << "sha256";
        QTest::newRow("hash without size") << "sizeBytes" << QJsonValue() << "sizeBytes";
        QTest::newRow("hash without time") << "generatedAt" << QJsonValue() << "generatedAt";
        QTest::newRow("not a pdf") << "contentType" << QJsonValue(QStringLiteral("text/html"))
                                   << "contentType";
        QTest::newRow("unknown kind") << "kind" << QJsonValue(QStringLiteral("invoice")) << "kind";
        QTest::newRow("version 0") << "version" << QJsonValue(0) << "version";
    }
    void inconsistentDocumentVersionsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = toJson(generated());
        json.insert(key, value);
        const auto result = documentVersionFromJson(json);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, field);
    }

    void bankAccountChange_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::addColumn<QString>("field");
        const auto body = [](const QJsonValue &iban, const QJsonValue &holder) {
            return QJsonObject{{"iban", iban}, {"accountHolder", holder}};
        };
        QTest::newRow("valid") << body("NL20INGB0001234567", "J. de Boer") << ""
                               << "";
        QTest::newRow("German") << body("DE89370400440532013000", "J. de Boer") << ""
                                << "";
        QTest::newRow("check digits") << body("NL20INGB0001234568", "J") << "iban.checksum"
                                      << "iban";
        QTest::newRow("Dutch structure") << body("NL2012340001234567", "J") << "iban.format"
                                         << "iban";
        QTest::newRow("print form") << body("NL20 INGB 0001 2345 67", "J") << "json.invalid_value"
                                    << "iban";
        QTest::newRow("lower case") << body("nl20ingb0001234567", "J") << "json.invalid_value"
                                    << "iban";
        QTest::newRow("null iban") << body(QJsonValue(), "J") << "json.wrong_type"
                                   << "iban";
        QTest::newRow("holder with a line break")
            << body("NL20INGB0001234567", "J.\nde Boer") << "json.invalid_value"
            << "accountHolder";
        QTest::newRow("no holder") << QJsonObject{{"iban", "NL20INGB0001234567"}} << "json.missing_field"
                                   << "accountHolder";
    }
    void bankAccountChange()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto result = bankAccountChangeFromJson(body);
        if (code.isEmpty()) {
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
            QCOMPARE(result->iban, body.value("iban").toString());
            QCOMPARE(toJson(result.value()), body);
            return;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.error().message.isEmpty());
    }

    void thePrintFormIsRefusedWithTheElectronicForm()
    {
        const auto result = bankAccountChangeFromJson(
            QJsonObject{{"iban", "NL20 INGB 0001 2345 67"}, {"accountHolder", "J. de Boer"}});
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains("NL20INGB0001234567"), qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestWireDocuments)
#include "tst_wire_documents.moc"
