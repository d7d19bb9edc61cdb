// The application list model: columns, marks, sorting on every column and
// row-level updates from the local cache.
#include "gui/models/ApplicationListModel.h"
#include "gui/models/StepMarkDelegate.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QIcon>
#include <QPainter>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThread>

#include "ListSamples.h"

using namespace dpdesk;
using namespace dpdesk::gui;
using namespace list_samples;
using Model = ApplicationListModel;

namespace {

QStringList references(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, Model::ReferenceColumn).data().toString();
    return out;
}

QString cell(const Model &model, const QString &id, int column, int role = Qt::DisplayRole)
{
    return model.indexOf(id, column).data(role).toString();
}

StepMarks marks(const Model &model, const QString &id, int column)
{
    return model.indexOf(id, column).data(Model::StepMarksRole).value<StepMarks>();
}

// -1, 0, 1 for two SortRole values of one column.
int compareSortValues(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString)
        return a.toString().compare(b.toString(), Qt::CaseInsensitive);
    const QPartialOrdering order = QVariant::compare(a, b);
    return order == QPartialOrdering::Less ? -1 : (order == QPartialOrdering::Greater ? 1 : 0);
}

} // namespace

class TestApplicationListModel : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryApplicationNewestFirst()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        Model model(&f.cache(), f.clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));
        QCOMPARE(references(model).first(), QStringLiteral("A-009"));
        QCOMPARE(references(model).last(), QStringLiteral("A-001"));
        QCOMPARE(model.rowOf("3"), 6);
        QCOMPARE(model.rowOf("nope"), -1);
        QCOMPARE(model.index(0, 0).data(Model::IdRole).toString(), QStringLiteral("9"));
    }

    void columnsShowTheRowInWords()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        Model model(&f.cache(), f.clock());
        model.setLocale(QLocale(QLocale::Dutch, QLocale::Netherlands));
        model.setAdvisorNames({{"u1", "Anna de Vries"}});
        model.reload();

        QCOMPARE(cell(model, "2", Model::ApplicantsColumn), QStringLiteral("Özlem Yılmaz & Piet Jansen"));
        QCOMPARE(cell(model, "2", Model::AmountColumn), QStringLiteral("€\u00a020.000,00"));
        QCOMPARE(cell(model, "1", Model::AdvisorColumn), QStringLiteral("Anna de Vries"));
        QCOMPARE(cell(model, "2", Model::AdvisorColumn), QStringLiteral("u2")); // no name known
        QCOMPARE(cell(model, "5", Model::CreatedColumn),
                 QLocale(QLocale::Dutch, QLocale::Netherlands)
                     .toString(at(5).toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(cell(model, "5", Model::ProgressColumn), QStringLiteral("5/6 steps")); // 2 + 3
        QCOMPARE(cell(model, "6", Model::ProgressColumn), QStringLiteral("3/3 steps"));
        QCOMPARE(cell(model, "2", Model::InvitationColumn), QStringLiteral("Code locked / Link active"));
        QCOMPARE(cell(model, "7", Model::InvitationColumn), QStringLiteral("not invited"));
        QCOMPARE(cell(model, "8", Model::InvitationColumn), QStringLiteral("Code expired"));
        QCOMPARE(model.indexOf("2").data(Model::NeedsAttentionRole).toBool(), true);
        QCOMPARE(model.indexOf("1").data(Model::NeedsAttentionRole).toBool(), false);
        QCOMPARE(model.indexOf("6").data(Model::CompleteRole).toBool(), true);
        QVERIFY(model.indexOf("2").data(Qt::DecorationRole).canConvert<QIcon>()); // needs the office
        QVERIFY(!model.indexOf("1").data(Qt::DecorationRole).isValid());
        QCOMPARE(model.indexOf("2").data(Model::AdvisorIdRole).toString(), QStringLiteral("u2"));

        model.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(cell(model, "2", Model::AmountColumn), QStringLiteral("€20,000.00"));
        QCOMPARE(model.indexOf("2", Model::AmountColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void stepColumnsCarryOneMarkPerApplicantWithWords()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        Model model(&f.cache(), f.clock());
        model.reload();
        using M = StepMark;
        QCOMPARE(marks(model, "1", Model::DocumentsColumn), StepMarks{M::ToDo});
        QCOMPARE(marks(model, "3", Model::SigningColumn), StepMarks{M::NeedsAction}); // S2
        QCOMPARE(marks(model, "4", Model::SigningColumn), StepMarks{M::NeedsAction}); // S6
        QCOMPARE(marks(model, "5", Model::IdentificationColumn), (StepMarks{M::NeedsAction, M::Done})); // I4
        QCOMPARE(marks(model, "5", Model::DocumentsColumn), (StepMarks{M::Done, M::Done}));
        QCOMPARE(marks(model, "9", Model::SigningColumn), (StepMarks{M::Done, M::Done}));
        QCOMPARE(marks(model, "9", Model::IdentificationColumn), (StepMarks{M::ToDo, M::ToDo}));
        QVERIFY(!model.indexOf("1", Model::ReferenceColumn).data(Model::StepMarksRole).isValid());

        const QString tip = cell(model, "5", Model::IdentificationColumn, Qt::ToolTipRole);
        QVERIFY2(tip.contains("Fatima El Amrani – Identification: needs action (failed)"), qPrintable(tip));
        QVERIFY2(tip.contains("Tom de Vries – Identification: done (done)"), qPrintable(tip));
        QCOMPARE(cell(model, "4", Model::SigningColumn, Qt::AccessibleTextRole),
                 QStringLiteral("Kees Bakker – Signing: needs action (contract refused)"));
        const QString reasons = cell(model, "4", Model::ProgressColumn, Qt::ToolTipRole);
        QVERIFY2(reasons.contains("Kees Bakker: Refused the contract: Rente te hoog"), qPrintable(reasons));
    }

    void sortsOnEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c = 0; c < Model::ColumnCount; ++c) {
            const QByteArray name = QMetaEnum::fromType<Model::Column>().valueToKey(c);
            QTest::newRow(name + " ascending") << c << int(Qt::AscendingOrder);
            QTest::newRow(name + " descending") << c << int(Qt::DescendingOrder);
        }
    }

    void sortsOnEveryColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        Model model(&f.cache(), f.clock());
        model.setAdvisorNames({{"u1", "Zoë"}, {"u2", "Anna"}});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QPersistentModelIndex kept = model.indexOf("4", column);
        model.sort(column, Qt::SortOrder(order));
        QCOMPARE(model.sortColumn(), column);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(kept.data(Model::IdRole).toString(), QStringLiteral("4")); // persistent indexes follow
        QCOMPARE(kept.column(), column);
        int distinct = 0;
        for (int row = 1; row < model.rowCount(); ++row) {
            const int c = compareSortValues(model.index(row - 1, column).data(Model::SortRole),
                                            model.index(row, column).data(Model::SortRole));
            QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0,
                     qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(row - 1).arg(row)));
            distinct += c != 0;
        }
        QVERIFY2(distinct >= 1, "the column should tell the samples apart");
    }

    void sortsByTheValueNotTheText()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        Model model(&f.cache(), f.clock());
        model.setLocale(QLocale(QLocale::Dutch, QLocale::Netherlands));
        model.reload();
        model.sort(Model::AmountColumn, Qt::AscendingOrder);
        // € 5.000,00 < € 7.500,00 < € 10.000,00: as numbers, not as text.
        QCOMPARE(references(model).mid(0, 3), (QStringList{"A-003", "A-006", "B-005"}));
        model.sort(Model::ProgressColumn, Qt::DescendingOrder);
        QCOMPARE(references(model).first(), QStringLiteral("A-006")); // 3/3
        QCOMPARE(references(model).at(1), QStringLiteral("B-005")); // 5/6
        model.sort(Model::SigningColumn, Qt::AscendingOrder);
        const QStringList bySigning = references(model);
        QCOMPARE(QSet<QString>(bySigning.cbegin(), bySigning.cbegin() + 2),
                 (QSet<QString>{"A-003", "A-004"})); // needs action first
    }

    void refreshInsertsUpdatesMovesAndRemovesRowByRow()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        Model model(&f.cache(), f.clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        model.sort(Model::AmountColumn, Qt::AscendingOrder);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy refreshed(&model, &Model::rowsRefreshed);

        // A new application of € 6.000: inserted between € 5.000 and € 7.500.
        QVERIFY(
            f.put({application("10", "N-010", {invited(person(1, "Nieuw", "n@example.nl"))}, 10, 600'000)}));
        model.refresh({"10"});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(inserted.first().at(2).toInt(), 1);
        QCOMPARE(references(model).mid(0, 3), (QStringList{"A-003", "N-010", "A-006"}));

        // The same amount, a new state: updated in place.
        auto changedApp = office().at(0);
        changedApp.applicants[0] = documentsAccepted(changedApp.applicants[0]);
        changedApp.version = 2;
        QVERIFY(f.put({changedApp}));
        const int row = model.rowOf("1");
        model.refresh({"1"});
        QCOMPARE(moved.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().column(), Model::ColumnCount - 1);
        QCOMPARE(marks(model, "1", Model::DocumentsColumn), StepMarks{StepMark::Done});

        // A higher amount: the row moves to its new place.
        changedApp.loanAmountCents = 9'900'000;
        QVERIFY(f.put({changedApp}));
        model.refresh({"1"});
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.rowOf("1"), model.rowCount() - 1);
        QCOMPARE(cell(model, "1", Model::ReferenceColumn), QStringLiteral("A-001"));
        changedApp.loanAmountCents = 100;
        QVERIFY(f.put({changedApp}));
        model.refresh({"1"});
        QCOMPARE(moved.size(), 2);
        QCOMPARE(model.rowOf("1"), 0);

        // Deleted on the server: removed.
        QVERIFY(f.remove("3"));
        model.refresh({"3", "3"});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOf("3"), -1);
        QCOMPARE(model.rowCount(), 9);

        // Several at once, and an id that is nowhere: nothing for that one.
        QVERIFY(f.put({application("11", "N-011", {person(1, "Twee", "t@example.nl")}, 11, 5)}));
        QVERIFY(f.remove("6"));
        model.refresh({"11", "6", "404"});
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(references(model).first(), QStringLiteral("N-011"));

        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
        QCOMPARE(refreshed.size(), 6);
    }

    void manyChangesAtOnceAreOneReset()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        Model model(&f.cache(), f.clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResetThreshold(3);
        model.reload();
        QList<Application> more;
        QStringList ids;
        for (int n = 20; n < 24; ++n) {
            more << application(QString::number(n), QStringLiteral("M-%1").arg(n),
                                {person(1, "M", "m@example.nl")}, 12);
            ids << QString::number(n);
        }
        QVERIFY(f.put(more));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.refresh(ids);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.rowCount(), 13);
    }

    // How the window opens: the newest rows at once, the rest read on a
    // thread of their own and inserted below them (no reset: a selection
    // made meanwhile stays).
    void openingShowsTheNewestAtOnceAndTheRestWhenRead()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        Model all(&f.cache(), f.clock());
        all.reload();
        Model model(&f.cache(), f.clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &Model::loadingFinished);
        model.reloadInBackground(3);
        QVERIFY(model.isLoading());
        QCOMPARE(references(model), references(all).mid(0, 3));
        QCOMPARE(finished.size(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(finished.wait(5000));
        QVERIFY(!model.isLoading());
        QCOMPARE(references(model), references(all));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3);
        QCOMPARE(inserted.first().at(2).toInt(), 8);
        QCOMPARE(model.rowOf("3"), all.rowOf("3")); // the id index covers the rows added

        // A list that fits in the first rows is all there at once.
        Model small(&f.cache(), f.clock());
        QSignalSpy smallFinished(&small, &Model::loadingFinished);
        small.reloadInBackground(50);
        QVERIFY(!small.isLoading());
        QCOMPARE(smallFinished.size(), 1);
        QCOMPARE(references(small), references(all));
    }

    // An application the sync changes while the rest is read shows its
    // latest state, once, whether the read saw the change or not.
    void aChangeWhileTheListIsReadShowsItsLatestState_data()
    {
        QTest::addColumn<bool>("readSeesTheChange");
        QTest::newRow("read before the change") << false;
        QTest::newRow("read after the change") << true;
    }

    void aChangeWhileTheListIsReadShowsItsLatestState()
    {
        QFETCH(bool, readSeesTheChange);
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        auto oldest = f.cache().application("1");
        QVERIFY(oldest);
        oldest->reference = QStringLiteral("A-001b");
        ++oldest->version;
        const QList<client::ApplicationRow> before = f.cache().listRows();
        QVERIFY(f.put({*oldest}));
        const QList<client::ApplicationRow> after = f.cache().listRows();
        Model model(&f.cache(), f.clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // What the thread's read sees, pinned down.
        model.setRowReader([rows = readSeesTheChange ? after : before](const QString &, const auto &) {
            return std::optional(rows);
        });
        QSignalSpy finished(&model, &Model::loadingFinished);
        model.reloadInBackground(3);
        model.refresh({"1"}); // the sync's notice of the change
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(references(model).contains(QStringLiteral("A-001b")));
        QVERIFY(!references(model).contains(QStringLiteral("A-001")));
        QCOMPARE(references(model).last(), QStringLiteral("A-001b"));
    }

    // The newest rows changed by the sync between the two reads (no
    // refresh yet): updated in place, the rest inserted below, no reset.
    void theFirstRowsChangedMeanwhileAreUpdatedInPlace()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        // What the thread's read sees: the newest application changed since
        // the first rows were read.
        QList<client::ApplicationRow> later = f.cache().listRows();
        later.first().reference = QStringLiteral("A-009b");
        ++later.first().version;
        Model model(&f.cache(), f.clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRowReader([later](const QString &, const auto &) { return std::optional(later); });
        QSignalSpy finished(&model, &Model::loadingFinished);
        model.reloadInBackground(3);
        QCOMPARE(references(model).first(), QStringLiteral("A-009"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(references(model).first(), QStringLiteral("A-009b"));
        QCOMPARE(model.rowCount(), 9);
    }

    // A read that fails (the file cannot be opened a second time, say)
    // loses nothing: the list is read on the GUI thread instead.
    void aFailedReadReadsTheListAfterAll()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        Model model(&f.cache(), f.clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRowReader(
            [](const QString &, const auto &) { return std::optional<QList<client::ApplicationRow>>(); });
        QSignalSpy finished(&model, &Model::loadingFinished);
        model.reloadInBackground(3);
        QVERIFY(finished.wait(5000));
        QCOMPARE(model.rowCount(), 9);
    }

    // A read not wanted any more (reload) is told to stop, so that closing
    // the window does not wait for a whole large read.
    void aReadNotWantedAnyMoreIsToldToStop()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        std::atomic<bool> sawCancel = false;
        {
            Model model(&f.cache(), f.clock());
            model.setRowReader([&sawCancel](const QString &, const std::function<bool()> &cancelled) {
                QElapsedTimer waited;
                waited.start();
                while (!cancelled() && waited.elapsed() < 5000)
                    QThread::msleep(1); // a long read, in batches
                sawCancel = cancelled();
                return std::optional<QList<client::ApplicationRow>>();
            });
            model.reloadInBackground(3);
            QVERIFY(model.isLoading());
            model.reload();
            QCOMPARE(model.rowCount(), 9);
        } // the destructor waits for the read, which stopped
        QVERIFY(sawCancel);
        // The real reader stops too.
        QVERIFY(!client::LocalCache::readListRows(f.cache().filePath(), [] { return true; }));
        QCOMPARE(client::LocalCache::readListRows(f.cache().filePath())->size(), 9);
    }

    // Sorted on another column meanwhile: the whole list comes in that order.
    void aSortWhileTheListIsReadKeepsThatOrder()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        Model model(&f.cache(), f.clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &Model::loadingFinished);
        model.reloadInBackground(3);
        model.sort(Model::ReferenceColumn, Qt::AscendingOrder);
        QVERIFY(finished.wait(5000));
        QStringList expected = references(model);
        std::sort(expected.begin(), expected.end());
        QCOMPARE(references(model), expected);
        QCOMPARE(model.rowCount(), 9);
    }

    // A read that is not wanted any more (a reload, or a newer read) is
    // dropped when it ends: it changes nothing and reports nothing.
    void aReadOvertakenByAReloadIsDropped()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        Model model(&f.cache(), f.clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &Model::loadingFinished);
        model.reloadInBackground(2);
        model.reload(); // everything, now
        QCOMPARE(finished.size(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(f.remove("9"));
        model.reloadInBackground(4); // its read ends after the first one's (one reading thread)
        QVERIFY(model.isLoading());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(finished.wait(5000));
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.rowOf("9"), -1);
    }

    void delegatePaintsTheMarks()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.put(office()));
        Model model(&f.cache(), f.clock());
        model.setLocale(QLocale(QLocale::Dutch, QLocale::Netherlands));
        model.setAdvisorNames({{"u1", "Anna de Vries"}, {"u2", "Bas Kok"}});
        model.reload();
        QTableView view;
        StepMarkDelegate delegate;
        for (int c : {Model::DocumentsColumn, Model::IdentificationColumn, Model::SigningColumn})
            view.setItemDelegateForColumn(c, &delegate);
        view.setModel(&model);
        view.verticalHeader()->hide();
        view.resize(1100, 330);
        view.resizeColumnsToContents();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Each mark is drawn with its own shape: the four images differ.
        QList<QImage> images;
        for (StepMark mark : {StepMark::ToDo, StepMark::InProgress, StepMark::Done, StepMark::NeedsAction}) {
            QImage image(16, 16, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            StepMarkDelegate::paintMark(&painter, QRectF(1, 1, 14, 14), mark);
            painter.end();
            for (const QImage &other : images)
                QVERIFY(image != other);
            images << image;
        }
        const QSize hint =
            delegate.sizeHint(QStyleOptionViewItem(), model.indexOf("5", Model::DocumentsColumn));
        QVERIFY(hint.width() >= 2 * 14);
        if (const QByteArray dir = qgetenv("DPDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            view.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/application_list.png"));
    }
};

QTEST_MAIN(TestApplicationListModel)
#include "tst_application_list_model.moc"
