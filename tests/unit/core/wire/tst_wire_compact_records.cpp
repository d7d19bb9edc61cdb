// compactJson (CompactRecords.h) writes byte for byte what Qt's writer makes
// of toJson(record): the changes feed and the stored progress depend on it.
#include "core/wire/ApplicantJson.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/CompactJsonWriter.h"
#include "core/wire/CompactRecords.h"
#include "core/wire/StrictJson.h"
#include "core/wire/WireTime.h"

#include <QTest>

#include "WireSamples.h"

using namespace dpdesk;

namespace {
// Strings that exercise every branch of the escaping.
QStringList trickyTexts()
{
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    return {
        QStringLiteral("plain"),
        controls,
        QStringLiteral("quote \" backslash \\ slash / del \x7f"),
        QStringLiteral("Ö'Brien-Çelik, één, € 100"),
        QStringLiteral("emoji \U0001F600 and \U00010348"),
        QString(QChar(0xd800)) + QStringLiteral("lone high"),
        QStringLiteral("lone low ") + QChar(0xdc01),
        QStringLiteral("high at end ") + QChar(0xdbff),
        QString(QChar(0xfffe)) + QChar(0xffff) + QChar(0xfdd0),
        QStringLiteral("\u0800\u07ff\u0080\u00ff"),
    };
}

QByteArray viaQt(const Application &a)
{
    return toCompactJson(toJson(a));
}
} // namespace

class TestWireCompactRecords : public QObject
{
    Q_OBJECT

private slots:
    void samplesMatchQtsWriter()
    {
        const Application app = samples::application();
        QCOMPARE(compactJson(app), viaQt(app));
        for (const Applicant &a : app.applicants)
            QCOMPARE(compactJson(a), toCompactJson(toJson(a)));
        // And the bytes read back to the same record.
        const auto parsed = parseJsonObject(compactJson(app));
        QVERIFY(parsed.ok());
        QCOMPARE(applicationFromJson(parsed.value()).value(), app);
    }

    void everyOptionalEmptyMatches()
    {
        Application app = samples::application();
        app.iban.clear();
        app.accountHolder.clear();
        Applicant bare;
        bare.id = QStringLiteral("3");
        bare.position = 1;
        bare.dateOfBirth = QDate(1990, 1, 2);
        app.applicants = {bare};
        app.loanAmountCents = 0;
        app.version = (qint64(1) << 53) - 1;
        QCOMPARE(compactJson(app), viaQt(app));
        app.applicants.clear();
        QCOMPARE(compactJson(app), viaQt(app));
    }

    void everyTextIsEscapedAsQtDoes_data()
    {
        QTest::addColumn<QString>("text");
        int n = 0;
        for (const QString &t : trickyTexts())
            QTest::addRow("text %d", n++) << t;
    }
    void everyTextIsEscapedAsQtDoes()
    {
        QFETCH(QString, text);
        Application app = samples::application();
        app.reference = text;
        app.accountHolder = text;
        Applicant &a = app.applicants[0];
        a.fullName = text;
        a.email = text;
        a.refusalReason = text;
        a.identificationFailureReason = text;
        a.answers->highRiskExplanation = text;
        a.answers->highRiskSectors = {text, text};
        a.invitation->id = text;
        QCOMPARE(compactJson(app), viaQt(app));
        QCOMPARE(compactJson(a), toCompactJson(toJson(a)));
    }

    void timesAndDatesAreWrittenAsWireTimeDoes()
    {
        QList<QDateTime> times{
            QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(-86'400'001, Qt::UTC),
            QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2000, 3, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(1900, 2, 28), QTime(12, 30, 5, 7), Qt::UTC),
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(-5, 6, 7), QTime(8, 9), Qt::UTC),
            QDateTime(QDate(2026, 11, 23), QTime(14, 5, 9, 120), Qt::OffsetFromUTC, 3600),
            QDateTime(),
        };
        for (qint64 ms = -3'000'000'000'000; ms < 3'000'000'000'000; ms += 7'777'777'777)
            times << QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        for (const QDateTime &t : times) {
            CompactJsonWriter w;
            w.wireTime(t);
            QCOMPARE(w.take(), '"' + formatWireTime(t).toUtf8() + '"');
            CompactJsonWriter d;
            d.wireDate(t.date());
            QCOMPARE(d.take(), '"' + formatWireDate(t.date()).toUtf8() + '"');
        }
    }

    void everyEnumValueMatches()
    {
        Application app = samples::application();
        Applicant &a = app.applicants[1];
        for (const auto &[status, name] : EnumNames<IdinStatus>::entries) {
            a.idinStatus = status;
            QCOMPARE(compactJson(app), viaQt(app));
        }
        a.idinStatus.reset();
        for (const auto &[state, name] : EnumNames<InvitationState>::entries) {
            a.invitation->state = state;
            QCOMPARE(compactJson(a), toCompactJson(toJson(a)));
        }
        a.invitation.reset();
        QCOMPARE(compactJson(a), toCompactJson(toJson(a)));
    }
};

QTEST_GUILESS_MAIN(TestWireCompactRecords)
#include "tst_wire_compact_records.moc"
