// The documents in the detail pane (D1, S5): every version, newest first per
// document, superseded ones marked, the start of the SHA-256, Enter opening a
// version, and a plain message offline. Offscreen, TZ=UTC.
//
// DPDESK_SCREENSHOT_DIR=<dir> saves a PNG of the detail pane with documents.
#include "core/time/Clock.h"
#include "gui/detail/ApplicationDetailView.h"
#include "gui/detail/DocumentList.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "support/Screenshots.h"
#include "unit/core/domain/ChecklistSamples.h"

using namespace dpdesk;
using namespace dpdesk::gui;
using namespace checklist_samples;

Q_DECLARE_METATYPE(dpdesk::DocumentVersion)

namespace {

DocumentVersion version(DocumentKind kind, int v, int day, bool superseded, bool generated = true)
{
    DocumentVersion d;
    d.id = QStringLiteral("%1-%2").arg(int(kind)).arg(v);
    d.applicationId = QStringLiteral("app-142");
    d.kind = kind;
    d.version = v;
    d.contractVersion = kind == DocumentKind::Contract ? v : 1;
    d.createdAt = at(day, 10);
    if (superseded)
        d.supersededAt = at(day + 1, 11);
    if (generated) {
        d.sha256 =
            QString::fromLatin1(QCryptographicHash::hash(d.id.toUtf8(), QCryptographicHash::Sha256).toHex());
        d.sizeBytes = 21'000;
        d.generatedAt = at(day, 10);
    }
    return d;
}

// As the server lists them: per kind, oldest first.
QList<DocumentVersion> afterTwoChanges()
{
    return {version(DocumentKind::Esic, 1, 2, false),
            version(DocumentKind::PrivacyStatement, 1, 2, false),
            version(DocumentKind::ProvisionalAgreement, 1, 2, false),
            version(DocumentKind::Contract, 1, 2, true),
            version(DocumentKind::Contract, 2, 5, true),
            version(DocumentKind::Contract, 3, 8, false, false)};
}

} // namespace

class TestDocumentList : public QObject
{
    Q_OBJECT

private slots:
    void everyVersionNewestFirstWithSupersededMarked()
    {
        DocumentList list;
        QCOMPARE(list.state(), DocumentList::State::Loading);
        list.setDocuments(afterTwoChanges());
        QCOMPARE(list.state(), DocumentList::State::Shown);
        QTreeWidget *view = list.view();
        QCOMPARE(view->topLevelItemCount(), 6);
        auto row = [&](int i, int column) {
            return view->topLevelItem(i)->text(column);
        };
        QCOMPARE(row(0, DocumentList::KindColumn), QStringLiteral("ESIC (standard credit information)"));
        QCOMPARE(row(3, DocumentList::KindColumn), QStringLiteral("Contract"));
        QCOMPARE(row(3, DocumentList::VersionColumn), QStringLiteral("3"));
        QCOMPARE(row(3, DocumentList::StateColumn), QStringLiteral("Current"));
        QCOMPARE(row(3, DocumentList::HashColumn), QStringLiteral("not generated yet"));
        QCOMPARE(row(4, DocumentList::VersionColumn), QStringLiteral("2"));
        QVERIFY(row(4, DocumentList::StateColumn).startsWith("Superseded on "));
        QCOMPARE(row(5, DocumentList::VersionColumn), QStringLiteral("1"));
        QCOMPARE(row(5, DocumentList::HashColumn), list.documents().at(5).sha256.left(12) + "…");
        QCOMPARE(view->topLevelItem(5)->toolTip(DocumentList::HashColumn),
                 "SHA-256: " + list.documents().at(5).sha256);
        QVERIFY(view->topLevelItem(5)->foreground(0) != view->topLevelItem(3)->foreground(0)); // muted
    }

    void enterOpensTheChosenVersion()
    {
        DocumentList list;
        list.setDocuments(afterTwoChanges());
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QSignalSpy open(&list, &DocumentList::openRequested);
        QTreeWidget *view = list.view();
        view->setFocus();
        view->setCurrentItem(view->topLevelItem(4));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        const auto chosen = open.first().at(0).value<DocumentVersion>();
        QCOMPARE(chosen.kind, DocumentKind::Contract);
        QCOMPARE(chosen.version, 2);
        QVERIFY(chosen.superseded()); // an old version opens too (S5: it stays downloadable)
    }

    void offlineSaysSoPlainly()
    {
        DocumentList list;
        list.setDocuments(afterTwoChanges());
        list.setUnavailable();
        QCOMPARE(list.state(), DocumentList::State::Unavailable);
        QVERIFY(list.documents().isEmpty());
        QVERIFY(list.view()->isHidden());
        QVERIFY(list.findChild<QLabel *>("documentsStatus")->text().startsWith("Not available offline."));
    }

    void theDetailPaneShowsTheDocumentsOfTheShownApplicationOnly()
    {
        ManualClock clock{at(12, 15)};
        ApplicationDetailView view(clock);
        view.resize(980, 1200);
        Application a = application(2);
        a.contractVersion = 3;
        a.iban = QStringLiteral("NL20INGB0001234567");
        a.applicants[0].identification = IdentificationState::Done; // kept through S5
        view.setApplication(a);
        QCOMPARE(view.documentList()->state(), DocumentList::State::Loading);
        view.setDocuments(QStringLiteral("another"), afterTwoChanges()); // a late answer: ignored
        QCOMPARE(view.documentList()->state(), DocumentList::State::Loading);
        view.setDocuments(a.id, afterTwoChanges());
        QCOMPARE(view.documentList()->documents().size(), 6);
        QSignalSpy open(&view, &ApplicationDetailView::documentOpenRequested);
        emit view.documentList()->view()->itemActivated(view.documentList()->view()->topLevelItem(3), 0);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().at(0).toString(), a.id);
        // S5: the applicants start over, and the panel says why.
        const auto notes = view.findChildren<QLabel *>("contractNote");
        QCOMPARE(notes.size(), 2);
        for (const QLabel *note : notes) {
            QVERIFY(!note->isHidden());
            QCOMPARE(note->text(),
                     QStringLiteral(
                         "Contract changed (version 3): the customer must go through the steps again."));
        }
        test::saveScreenshot(&view, QStringLiteral("detail-documents"));

        // Another application: back to loading.
        Application other = application(1);
        other.id = QStringLiteral("app-143");
        view.setApplication(other);
        QCOMPARE(view.documentList()->state(), DocumentList::State::Loading);
        QVERIFY(view.findChildren<QLabel *>("contractNote").first()->isHidden()); // contract version 1
    }
};

QTEST_MAIN(TestDocumentList)
#include "tst_document_list.moc"
