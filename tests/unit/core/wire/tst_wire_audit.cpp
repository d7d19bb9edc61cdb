// The audit trail as GET /api/v1/applications/{id}/audit sends it (AuditList
// in docs/api/openapi.yaml).
#include "core/wire/AuditEntryJson.h"
#include "core/wire/StrictJson.h"
#include "core/wire/WireErrors.h"

#include <QTest>

using namespace dpdesk;

namespace {

QJsonObject parse(const char *json)
{
    const Result<QJsonObject> parsed = parseJsonObject(QByteArray(json));
    if (!parsed)
        qFatal("bad test JSON: %s", qPrintable(parsed.error().message));
    return parsed.value();
}

} // namespace

class TestWireAudit : public QObject
{
    Q_OBJECT

private slots:
    void decodesTheServersShape()
    {
        const auto list = auditListFromJson(parse(R"({"items": [
            {"at": "2026-11-12T13:02:00.000Z", "actor": {"kind": "user", "id": "7", "name": "Sanne Bos"},
             "action": "invitation.created", "details": {"applicantId": "12", "kind": "code"}},
            {"at": "2026-11-12T14:03:00Z", "actor": {"kind": "customer", "id": "0"},
             "action": "invitation.locked", "details": {"applicantId": "12", "failedAttempts": 4}}]})"));
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().field));
        QCOMPARE(list->size(), 2);
        const AuditEntry &first = list->at(0);
        QCOMPARE(first.at, QDateTime(QDate(2026, 11, 12), QTime(13, 2), Qt::UTC));
        QCOMPARE(first.actorKind, AuditActorKind::User);
        QCOMPARE(first.actorId, QStringLiteral("7"));
        QCOMPARE(first.actorName, QStringLiteral("Sanne Bos"));
        QCOMPARE(first.action, QStringLiteral("invitation.created"));
        QCOMPARE(first.details.value("kind").toString(), QStringLiteral("code"));
        QCOMPARE(list->at(1).actorKind, AuditActorKind::Customer);
        QVERIFY(list->at(1).actorName.isEmpty());
        QCOMPARE(list->at(1).details.value("failedAttempts").toInt(), 4);
    }

    void roundTrips()
    {
        AuditEntry e;
        e.at = QDateTime(QDate(2026, 11, 12), QTime(13, 2, 5, 250), Qt::UTC);
        e.actorKind = AuditActorKind::Customer;
        e.action = QStringLiteral("customer.contract_refused");
        e.details = QJsonObject{{"applicantId", "3"}, {"reason", "Rente te hoog\nen looptijd te lang"}};
        const auto decoded = auditEntryFromJson(parse(toCompactJson(toJson(e)).constData()));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), e);
    }

    void emptyTrailIsFine()
    {
        const auto list = auditListFromJson(parse(R"({"items": []})"));
        QVERIFY(list.ok());
        QVERIFY(list->isEmpty());
    }

    void refusesBadEntriesWithThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QByteArray ok = R"("at": "2026-11-12T13:02:00Z", "actor": {"kind": "user"}, "action": "a.b")";
        QTest::newRow("no items") << QByteArray("{}") << QString(wire_error::MissingField)
                                  << QStringLiteral("items");
        QTest::newRow("details missing") << "{\"items\": [{" + ok + "}]}" << QString(wire_error::MissingField)
                                         << QStringLiteral("items[0].details");
        QTest::newRow("details not object")
            << "{\"items\": [{" + ok + ", \"details\": []}]}" << QString(wire_error::WrongType)
            << QStringLiteral("items[0].details");
        QTest::newRow("unknown actor kind")
            << QByteArray(R"({"items": [{"at": "2026-11-12T13:02:00Z", "actor": {"kind": "robot"},
                "action": "a.b", "details": {}}]})")
            << QString(wire_error::InvalidEnum) << QStringLiteral("items[0].actor.kind");
        QTest::newRow("bad time") << QByteArray(R"({"items": [{"at": "12-11-2026", "actor": {"kind": "user"},
                "action": "a.b", "details": {}}]})")
                                  << QString(wire_error::InvalidDate) << QStringLiteral("items[0].at");
        QTest::newRow("unknown field")
            << "{\"items\": [{" + ok + ", \"details\": {}, \"extra\": 1}]}"
            << QString(wire_error::UnknownField) << QStringLiteral("items[0].extra");
        QTest::newRow("action with spaces")
            << QByteArray(R"({"items": [{"at": "2026-11-12T13:02:00Z", "actor": {"kind": "user"},
                "action": "drop table", "details": {}}]})")
            << QString(wire_error::InvalidValue) << QStringLiteral("items[0].action");
    }

    void refusesBadEntriesWithThePath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto list = auditListFromJson(parse(json.constData()));
        QVERIFY(!list.ok());
        QCOMPARE(list.error().code, code);
        QCOMPARE(list.error().field, field);
    }
};

QTEST_GUILESS_MAIN(TestWireAudit)
#include "tst_wire_audit.moc"
