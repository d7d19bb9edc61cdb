// Search as you type and the quick filters of the application list.
#include "gui/models/ApplicationFilterProxy.h"
#include "gui/models/ApplicationListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "ListSamples.h"

using namespace dpdesk;
using namespace dpdesk::gui;
using namespace list_samples;
using Model = ApplicationListModel;
using Proxy = ApplicationFilterProxy;

namespace {

QStringList references(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, Model::ReferenceColumn).data().toString();
    out.sort();
    return out;
}

struct Rig
{
    Rig()
        : model(&f.cache(), f.clock())
        , proxy(&model)
        , tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        if (!f.open() || !f.put(office()))
            qFatal("cannot set up the cache");
        model.reload();
    }

    CacheFixture f;
    Model model;
    Proxy proxy;
    QAbstractItemModelTester tester;
};

} // namespace

class TestApplicationFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void showsEverythingWithoutFilters()
    {
        Rig rig;
        QCOMPARE(rig.proxy.rowCount(), 9);
        QCOMPARE(rig.proxy.applicationId(0), QStringLiteral("9"));
    }

    void searchesAsYouType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name") << "jan" << QStringList{"A-001", "A-002"}; // Jan de Boer, Piet Jansen
        QTest::newRow("name, two words") << "piet jan" << QStringList{"A-002"};
        QTest::newRow("name, any case") << "DE BOER" << QStringList{"A-001"};
        QTest::newRow("name without accents") << "ozlem yilmaz" << QStringList{"A-002"};
        QTest::newRow("name with accents") << "Özlem" << QStringList{"A-002"};
        QTest::newRow("reference") << "b-005" << QStringList{"B-005"};
        QTest::newRow("reference prefix")
            << "a-00" << QStringList{"A-001", "A-002", "A-003", "A-004", "A-006", "A-007", "A-008", "A-009"};
        QTest::newRow("e-mail") << "piet@voorbeeld" << QStringList{"A-002"};
        QTest::newRow("e-mail domain") << "voorbeeld.nl" << QStringList{"A-002"};
        QTest::newRow("code state locked") << "locked" << QStringList{"A-002"};
        QTest::newRow("code state expired") << "expired" << QStringList{"A-008"};
        QTest::newRow("code state not invited") << "not invited" << QStringList{"A-007"};
        QTest::newRow("code state completed") << "completed" << QStringList{"A-006", "B-005"};
        QTest::newRow("state and name") << "locked özlem" << QStringList{"A-002"};
        QTest::newRow("state of the other applicant") << "locked piet" << QStringList{"A-002"};
        QTest::newRow("nothing") << "zzz" << QStringList{};
        QTest::newRow("blank") << "   " << QStringList{"A-001", "A-002", "A-003", "A-004", "A-006",
                                                       "A-007", "A-008", "A-009", "B-005"};
    }

    void searchesAsYouType()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        Rig rig;
        rig.proxy.setSearchText(text);
        QCOMPARE(rig.proxy.searchText(), text);
        QCOMPARE(references(rig.proxy), expected);
    }

    void typingLetterByLetterNarrowsAndWidens()
    {
        Rig rig;
        QList<int> counts;
        for (const char *typed : {"e", "em", "emm", "emma", "emm", ""}) {
            rig.proxy.setSearchText(typed);
            counts << rig.proxy.rowCount();
        }
        QCOMPARE(counts, (QList<int>{9, 2, 1, 1, 1, 9})); // "em": Emma, and Özlem
        QCOMPARE(counts.size(), 6);
    }

    void quickFilters_data()
    {
        QTest::addColumn<int>("filters");
        QTest::addColumn<QStringList>("expected");
        // C5, S2, S6, I4 (B-005).
        QTest::newRow("needs action")
            << int(Proxy::NeedsAction) << QStringList{"A-002", "A-003", "A-004", "B-005"};
        // Invited, active, not complete, nothing for the office: not A-007 (not invited), not A-008
        // (expired).
        QTest::newRow("waiting for customer")
            << int(Proxy::WaitingForCustomer) << QStringList{"A-001", "A-009"};
        QTest::newRow("complete") << int(Proxy::Complete) << QStringList{"A-006"};
        QTest::newRow("mine") << int(Proxy::Mine) << QStringList{"A-001", "A-003", "A-007", "A-009", "B-005"};
        QTest::newRow("mine and needs action")
            << int(Proxy::Mine | Proxy::NeedsAction) << QStringList{"A-003", "B-005"};
        QTest::newRow("complete and needs action")
            << int(Proxy::Complete | Proxy::NeedsAction) << QStringList{};
    }

    void quickFilters()
    {
        QFETCH(int, filters);
        QFETCH(QStringList, expected);
        Rig rig;
        rig.proxy.setCurrentUserId("u1");
        rig.proxy.setQuickFilters(Proxy::QuickFilters(filters));
        QCOMPARE(references(rig.proxy), expected);
        rig.proxy.setQuickFilters(Proxy::NoQuickFilter);
        QCOMPARE(rig.proxy.rowCount(), 9);
    }

    void mineWithoutAUserMatchesNothing()
    {
        Rig rig;
        rig.proxy.setQuickFilters(Proxy::Mine);
        QCOMPARE(rig.proxy.rowCount(), 0);
        rig.proxy.setCurrentUserId("u2");
        QCOMPARE(references(rig.proxy), (QStringList{"A-002", "A-004", "A-006", "A-008"}));
    }

    void waitingEndsWhenTheInvitationExpires()
    {
        Rig rig;
        rig.proxy.setQuickFilters(Proxy::WaitingForCustomer);
        QCOMPARE(rig.proxy.rowCount(), 2);
        rig.f.clock().setNow(at(30)); // the invitations of day 1 expire now
        rig.proxy.setQuickFilters(Proxy::NoQuickFilter);
        rig.proxy.setQuickFilters(Proxy::WaitingForCustomer);
        QCOMPARE(rig.proxy.rowCount(), 0);
        rig.proxy.setQuickFilters(Proxy::NoQuickFilter);
        rig.proxy.setSearchText("expired");
        QCOMPARE(references(rig.proxy),
                 (QStringList{"A-001", "A-002", "A-003", "A-004", "A-008", "A-009", "B-005"}));
    }

    void searchAndQuickFilterCombine()
    {
        Rig rig;
        rig.proxy.setQuickFilters(Proxy::NeedsAction);
        rig.proxy.setSearchText("kees");
        QCOMPARE(references(rig.proxy), QStringList{"A-004"});
        rig.proxy.setSearchText("jan de boer");
        QCOMPARE(rig.proxy.rowCount(), 0);
    }

    void sortingGoesToTheSourceAndKeepsTheFilter()
    {
        Rig rig;
        rig.proxy.setQuickFilters(Proxy::NeedsAction);
        rig.proxy.sort(Model::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(rig.model.sortColumn(), int(Model::AmountColumn));
        QStringList ordered;
        for (int row = 0; row < rig.proxy.rowCount(); ++row)
            ordered << rig.proxy.index(row, 0).data().toString();
        QCOMPARE(ordered, (QStringList{"A-004", "A-002", "B-005", "A-003"})); // 25k, 20k, 10k, 5k
    }

    void narrowingAsYouTypeGivesWhatAFreshSearchGives()
    {
        // Typing on only re-checks the rows the shorter text matched; after
        // every step the result must equal a fresh proxy's with the same settings.
        Rig rig;
        rig.proxy.setCurrentUserId("u1");
        auto check = [&](const char *step) {
            Proxy fresh(&rig.model);
            fresh.setCurrentUserId("u1");
            fresh.setQuickFilters(rig.proxy.quickFilters());
            fresh.setSearchText(rig.proxy.searchText());
            QVERIFY2(references(rig.proxy) == references(fresh), step);
        };
        const auto type = [&](const QString &text) {
            rig.proxy.setSearchText(text);
            check(qPrintable(text));
        };
        type("e");
        type("ee");
        rig.proxy.setQuickFilters(Proxy::Mine);
        check("mine");
        type("e");
        rig.proxy.setQuickFilters(Proxy::NoQuickFilter);
        type("em");
        type("emm");
        // A row changes while narrowing: Jan de Boer becomes Emmy de Boer.
        auto a1 = office().at(0);
        a1.applicants[0].fullName = QStringLiteral("Emmy de Boer");
        QVERIFY(rig.f.put({a1}));
        rig.model.refresh({"1"});
        check("refreshed");
        type("emmy");
        type("emma");
        type("emma meijer");
        type("emma meijer x");
        type("emma");
        type("em locked"); // a state word: checked by state, not narrowed
        type("em lockedx");
        rig.proxy.sort(Model::ApplicantsColumn, Qt::AscendingOrder);
        type("em");
        type("emm");
    }

    void refreshedRowsAreFilteredToo()
    {
        Rig rig;
        rig.proxy.setQuickFilters(Proxy::NeedsAction);
        QSignalSpy reset(&rig.proxy, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&rig.proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&rig.proxy, &QAbstractItemModel::rowsRemoved);

        // A-001 gets locked (C5): it joins; A-004 gets a new contract: it leaves.
        auto a1 = office().at(0);
        a1.applicants[0] = locked(a1.applicants[0], at(10, 8));
        auto a4 = office().at(3);
        a4.applicants[0] = invited(person(1, "Kees Bakker", "kees@example.nl"));
        QVERIFY(rig.f.put({a1, a4}));
        rig.model.refresh({"1", "4"});
        QCOMPARE(references(rig.proxy), (QStringList{"A-001", "A-002", "A-003", "B-005"}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_MAIN(TestApplicationFilterProxy)
#include "tst_application_filter_proxy.moc"
