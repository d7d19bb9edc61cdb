// The "needs the office" list: exactly the applicants with an attention
// reason (C5, S2, S6, I4) in plain words, and the refused outbox entries.
#include "gui/models/ApplicationListModel.h"
#include "gui/models/NeedsAttentionModel.h"
#include "gui/text/AttentionTexts.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "ListSamples.h"

using namespace dpdesk;
using namespace dpdesk::gui;
using namespace list_samples;
using Attention = NeedsAttentionModel;

namespace {

QStringList rows(const Attention &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << model.index(row, Attention::ReferenceColumn).data().toString() + " | "
                + model.index(row, Attention::ApplicantColumn).data().toString() + " | "
                + model.index(row, Attention::WhatColumn).data().toString();
    }
    return out;
}

client::OutboxEntry outboxEntry(qint64 id, const QByteArray &method, const QString &path,
                                client::OutboxEntry::State state, const QString &error = {})
{
    client::OutboxEntry e;
    e.id = id;
    e.idempotencyKey = QStringLiteral("key-%1").arg(id, 5, 10, QLatin1Char('0'));
    e.method = method;
    e.path = path;
    e.body = "{}";
    e.createdAt = at(10);
    e.state = state;
    e.lastError = error;
    return e;
}

struct Rig
{
    Rig()
        : list(&f.cache(), f.clock())
    {
        if (!f.open() || !f.put(office()))
            qFatal("cannot set up the cache");
        list.reload();
    }

    CacheFixture f;
    ApplicationListModel list;
};

} // namespace

class TestNeedsAttentionModel : public QObject
{
    Q_OBJECT

private slots:
    void listsExactlyTheApplicantsThatNeedTheOffice()
    {
        Rig rig;
        Attention model(&rig.list);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString lockedAt = AttentionTexts::shortTime(at(9, 14, 3));
        QCOMPARE(
            rows(model),
            (QStringList{
                "A-002 | Özlem Yılmaz | Locked after 4 wrong dates of birth on " + lockedAt, // C5
                "A-003 | Sanne Visser | Says the personal details are not correct; signing is stopped", // S2
                "A-004 | Kees Bakker | Refused the contract: Rente te hoog", // S6
                "B-005 | Fatima El Amrani | Identification failed: Foto onscherp", // I4
            }));
        QCOMPARE(model.index(0, 0).data(Attention::ApplicationIdRole).toString(), QStringLiteral("2"));
        QCOMPARE(model.applicationId(3), QStringLiteral("5"));
        QCOMPARE(model.index(0, 0).data(Attention::ReasonRole).toInt(),
                 int(AttentionReason::InvitationLocked));
        QCOMPARE(model.index(3, 0).data(Attention::ReasonRole).toInt(),
                 int(AttentionReason::IdentificationFailed));
        QCOMPARE(model.index(0, 0).data(Attention::ApplicantPositionRole).toInt(), 1);
        QCOMPARE(model.index(0, 0).data(Attention::KindRole).value<Attention::Kind>(),
                 Attention::Kind::Attention);
        QCOMPARE(AttentionTexts::shortTime(QDateTime(QDate(2026, 11, 12), QTime(14, 3), Qt::LocalTime)),
                 QStringLiteral("12-11 14:03"));
    }

    void twoReasonsOfOneApplicantAreTwoRows()
    {
        Rig rig;
        Application both = application(
            "20", "C-020", {locked(idFailed(person(1, "Anouk Peters", "anouk@example.nl")), at(9, 8))}, 9);
        QVERIFY(rig.f.put({both}));
        rig.list.reload();
        Attention model(&rig.list);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(4, Attention::WhatColumn).data().toString().left(13),
                 QStringLiteral("Locked after "));
        QCOMPARE(model.index(5, Attention::WhatColumn).data().toString(),
                 QStringLiteral("Identification failed"));
        QCOMPARE(model.applicationId(4), QStringLiteral("20"));
        QCOMPARE(model.applicationId(5), QStringLiteral("20"));
    }

    void listsTheConflictsFirst()
    {
        Rig rig;
        Attention model(&rig.list);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        using S = client::OutboxEntry::State;
        model.setOutbox({
            outboxEntry(1, "PATCH", "/api/v1/applications/3", S::Conflict,
                        "Someone else changed this application in the meantime."),
            outboxEntry(2, "POST", "/api/v1/applications", S::Pending),
            outboxEntry(3, "POST", "/api/v1/applications/6/applicants/6-ap1/invitations/replace", S::Conflict,
                        "This invitation cannot be replaced."),
            outboxEntry(4, "POST", "/api/v1/applications", S::Conflict, "This reference is already in use."),
        });
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(
            rows(model).mid(0, 3),
            (QStringList{
                "A-003 | Sanne Visser | Your change was not accepted: Someone else changed this application "
                "in the meantime.",
                "A-006 | Lotte Smit | The new invitation was not made: This invitation cannot be replaced.",
                " |  | The new application was not created: This reference is already in use.",
            }));
        QCOMPARE(model.index(0, 0).data(Attention::KindRole).value<Attention::Kind>(),
                 Attention::Kind::Conflict);
        QCOMPARE(model.index(0, 0).data(Attention::OutboxEntryIdRole).toLongLong(), 1);
        QCOMPARE(model.applicationId(0), QStringLiteral("3"));
        QCOMPARE(model.applicationId(1), QStringLiteral("6"));
        QCOMPARE(model.applicationId(2), QString());
        QCOMPARE(model.index(3, 0).data(Attention::KindRole).value<Attention::Kind>(),
                 Attention::Kind::Attention);

        // The user discards a conflict: only that row goes.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setOutbox({outboxEntry(3, "POST", "/api/v1/applications/6/applicants/6-ap1/invitations/replace",
                                     S::Conflict, "This invitation cannot be replaced."),
                         outboxEntry(4, "POST", "/api/v1/applications", S::Conflict,
                                     "This reference is already in use.")});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 6);
    }

    void followsTheListWithRowSignals()
    {
        Rig rig;
        Attention model(&rig.list);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // S5: the office puts a new contract in place for A-004: the refusal is gone.
        auto a4 = office().at(3);
        a4.applicants[0] = invited(person(1, "Kees Bakker", "kees@example.nl"));
        // A-001 locks (C5).
        auto a1 = office().at(0);
        a1.applicants[0] = locked(a1.applicants[0], at(10, 8));
        // B-005's failure gets a new reason text.
        auto a5 = office().at(4);
        a5.applicants[0].identificationFailureReason = QStringLiteral("Document verlopen");
        QVERIFY(rig.f.put({a4, a1, a5}));
        rig.list.refresh({"4", "1", "5"});

        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.applicationId(0), QStringLiteral("1"));
        QCOMPARE(model.index(3, Attention::WhatColumn).data().toString(),
                 QStringLiteral("Identification failed: Document verlopen"));
    }

    void pathsGiveTheApplicationId()
    {
        QCOMPARE(applicationIdOfPath("/api/v1/applications/42"), QStringLiteral("42"));
        QCOMPARE(applicationIdOfPath("/api/v1/applications/42/applicants/7/invitations"),
                 QStringLiteral("42"));
        QCOMPARE(applicationIdOfPath("/api/v1/applications"), QString());
        QCOMPARE(applicationIdOfPath("/api/v1/users/3"), QString());
    }
};

QTEST_MAIN(TestNeedsAttentionModel)
#include "tst_needs_attention_model.moc"
