#include "core/time/Clock.h"

#include <QTest>

using namespace dpdesk;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void manualClockMovesOnlyWhenTold()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 12), QTime(14, 3), Qt::UTC));
        const auto start = clock.nowUtc();
        QCOMPARE(clock.nowUtc(), start);
        clock.advanceSecs(30);
        QCOMPARE(clock.nowUtc(), start.addSecs(30));
        clock.advanceMSecs(-500);
        QCOMPARE(clock.nowMSecs(), start.toMSecsSinceEpoch() + 29'500);
        clock.setNow(start);
        QCOMPARE(clock.nowSecs(), start.toSecsSinceEpoch());
    }

    void systemClockIsUtcAndCurrent()
    {
        const auto before = QDateTime::currentDateTimeUtc();
        const auto now = Clock::system().nowUtc();
        const auto after = QDateTime::currentDateTimeUtc();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(before <= now && now <= after);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
