// The detail pane: one application, its applicants side by side with their
// checklist and invitation, the invitation buttons (C1, C6), the audit
// timeline and the empty state. Offscreen, TZ=UTC, Dutch date formats.
//
// DPDESK_SCREENSHOT_DIR=<dir> saves a PNG of each screenshot case there.
#include "core/time/Clock.h"
#include "gui/detail/ApplicantPanel.h"
#include "gui/detail/ApplicationDetailView.h"
#include "gui/detail/AuditTimeline.h"
#include "gui/detail/StateMark.h"
#include "gui/text/ChecklistTexts.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include "unit/core/domain/ChecklistSamples.h"

using namespace dpdesk;
using namespace dpdesk::gui;
using namespace checklist_samples;

Q_DECLARE_METATYPE(dpdesk::Application)

namespace {

struct Fixture
{
    ManualClock clock{at(12, 15)};
    ApplicationDetailView view{clock};

    Fixture()
    {
        view.resize(980, 900);
        view.setAdvisorNames({{"7", "Sanne Bos"}});
        view.show();
    }

    // In position order (the layout order).
    QList<ApplicantPanel *> panels() const
    {
        QList<ApplicantPanel *> out;
        for (auto *p : view.findChildren<ApplicantPanel *>()) {
            if (p->isVisibleTo(&view))
                out.append(p);
        }
        std::sort(out.begin(), out.end(),
                  [](auto *a, auto *b) { return a->pos().manhattanLength() < b->pos().manhattanLength(); });
        return out;
    }
    ApplicantPanel *panel(int index) const { return panels().at(index); }

    static QString text(const QWidget *parent, const char *name)
    {
        const auto *label = parent->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    QString header(const char *name) const { return text(&view, name); }
    QString line(int index, const char *name) const { return text(panel(index), name); }
    CheckMark mark(int index, const char *name) const
    {
        return panel(index)->findChild<StateMark *>(QLatin1String(name))->mark();
    }
    QPushButton *button(int index, const char *name) const
    {
        return panel(index)->findChild<QPushButton *>(QLatin1String(name));
    }
    bool emptyStateShown() const
    {
        const auto *pages = view.findChild<QStackedWidget *>();
        return pages->currentWidget()->objectName() == QLatin1String("emptyState");
    }
    AuditTimeline *audit() const { return view.findChild<AuditTimeline *>(); }
};

AuditEntry entry(int minute, AuditActorKind kind, const QString &action, const QJsonObject &details,
                 const QString &name = {})
{
    AuditEntry e;
    e.at = at(12, 14, minute);
    e.actorKind = kind;
    e.actorName = name;
    e.action = action;
    e.details = details;
    return e;
}

QList<AuditEntry> lockTrail()
{
    const QJsonObject ap2{{"applicantId", "ap-2"}};
    QList<AuditEntry> trail{
        entry(0, AuditActorKind::User, "application.created", {}, "Sanne Bos"),
        entry(1, AuditActorKind::User, "invitation.created", {{"applicantId", "ap-1"}, {"kind", "code"}},
              "Sanne Bos"),
        entry(1, AuditActorKind::User, "invitation.created", {{"applicantId", "ap-2"}, {"kind", "code"}},
              "Sanne Bos"),
        entry(2, AuditActorKind::Customer, "customer.documents_accepted", {{"applicantId", "ap-1"}}),
    };
    for (int i = 1; i <= 3; ++i) {
        QJsonObject d = ap2;
        d.insert("failedAttempts", i);
        trail.append(entry(2 + i, AuditActorKind::Customer, "customer.login_failed", d));
    }
    QJsonObject d = ap2;
    d.insert("failedAttempts", 4);
    trail.append(entry(3 + 3, AuditActorKind::Customer, "invitation.locked", d));
    return trail;
}

void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("DPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // the pending layout requests
    QVERIFY(w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestApplicationDetailView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands)); }

    void showsTheEmptyStateWhenNothingIsSelected()
    {
        Fixture f;
        QVERIFY(f.emptyStateShown());
        QCOMPARE(f.header("emptyTitle"), QStringLiteral("Select an application"));
        QVERIFY(!f.view.applicationId());
        f.view.setApplication(application(1));
        QVERIFY(!f.emptyStateShown());
        QCOMPARE(f.view.applicationId().value_or(QString()), QStringLiteral("app-142"));
        f.view.clear();
        QVERIFY(f.emptyStateShown());
        QVERIFY(!f.view.applicationId());
    }

    void headerShowsTheApplication()
    {
        Fixture f;
        Application a = application(1);
        a.contractVersion = 2;
        f.view.setApplication(a);
        QCOMPARE(f.header("reference"), QStringLiteral("DP-2026-0142"));
        QCOMPARE(f.header("summary"), QString::fromUtf8("€\u00a015.000,00 · Personal loan · 60 months"));
        QCOMPARE(f.header("advisor"), QStringLiteral("Sanne Bos"));
        QCOMPARE(f.header("account"), QString::fromUtf8("NL91 **** **** **43 00 · ABN AMRO"));
        QCOMPARE(f.header("contractVersion"), QStringLiteral("Version 2"));
        QCOMPARE(f.header("updated"), QStringLiteral("02-11-2026 10:15"));
        QCOMPARE(f.header("statusChip"), QStringLiteral("In progress"));

        a.iban.clear();
        a.advisorId = QStringLiteral("99");
        a.loanKind = LoanKind::RevolvingCredit;
        f.view.setApplication(a);
        QCOMPARE(f.header("account"), QStringLiteral("Not filled in yet")); // S4: filled in later
        QCOMPARE(f.header("advisor"), QStringLiteral("User 99"));
        QVERIFY(f.header("summary").contains(QStringLiteral("Revolving credit")));
    }

    void overallStatus()
    {
        Fixture f;
        f.view.setApplication(lockedOut(application(2), 1, at(12, 14, 3)));
        QCOMPARE(f.header("statusChip"), QStringLiteral("Needs your action"));
        f.view.setApplication(complete(2)); // I5
        QCOMPARE(f.header("statusChip"), QStringLiteral("Complete"));
    }

    void oneApplicantIsOneColumn()
    {
        Fixture f;
        f.view.setApplication(application(1));
        QCOMPARE(f.panels().size(), 1);
        QCOMPARE(f.line(0, "applicantName"), QStringLiteral("Jan de Vries"));
        QCOMPARE(f.line(0, "dateOfBirth"), QStringLiteral("23-04-1980"));
        QCOMPARE(f.line(0, "email"), QStringLiteral("jan.devries@example.nl"));
        QCOMPARE(f.line(0, "applicantPosition"), QStringLiteral("APPLICANT 1"));
    }

    void twoApplicantsAreSideBySide()
    {
        Fixture f;
        f.view.setApplication(application(2));
        QCOMPARE(f.panels().size(), 2);
        QCOMPARE(f.line(0, "applicantName"), QStringLiteral("Jan de Vries"));
        QCOMPARE(f.line(1, "applicantName"), QStringLiteral("Anna de Vries-Bakker"));
        QCOMPARE(f.panel(0)->y(), f.panel(1)->y());
        QVERIFY(f.panel(0)->geometry().right() < f.panel(1)->x());
        QVERIFY(qAbs(f.panel(0)->width() - f.panel(1)->width()) <= 1);
        // A narrow pane stacks them, so that nothing is cut off; wide again: side by side.
        f.view.resize(660, 900);
        QCoreApplication::processEvents();
        QCOMPARE(f.panel(0)->x(), f.panel(1)->x());
        QVERIFY(f.panel(0)->geometry().bottom() < f.panel(1)->y());
        f.view.resize(980, 900);
        QCoreApplication::processEvents();
        QCOMPARE(f.panel(0)->y(), f.panel(1)->y());
        // Back to one applicant: one column again.
        f.view.setApplication(application(1));
        QCOMPARE(f.panels().size(), 1);
    }

    void checklistTextsForEachState_data()
    {
        QTest::addColumn<Application>("application");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mark");
        const Application a = application(2);
        const int open = int(CheckMark::Open), busy = int(CheckMark::Busy), done = int(CheckMark::Done),
                  action = int(CheckMark::Action);
        QTest::newRow("documents open") << a << 0 << "documentsText"
                                        << "Not accepted yet" << open;
        QTest::newRow("documents accepted") << documentsAccepted(a, 1) << 1 << "documentsText"
                                            << "Accepted" << done;
        QTest::newRow("locked") << lockedOut(a, 1, at(12, 14, 3)) << 1 << "invitationStateText"
                                << "Locked after 4 wrong dates of birth on 12-11-2026 14:03" << action;
        QTest::newRow("details wrong")
            << detailsWrong(a, 0) << 0 << "signingText"
            << QString::fromUtf8("Details are wrong (answered no to \u201care your details correct?\u201d)")
            << action;
        QTest::newRow("refused") << refused(a, 0, QStringLiteral("Maandlast is te hoog")) << 0
                                 << "signingText"
                                 << "Refused the contract: Maandlast is te hoog" << action;
        QTest::newRow("waiting") << signedBy(a, 0) << 0 << "signingText"
                                 << "Signed; waiting for the co-applicant to sign" << busy;
        QTest::newRow("id failed") << identified(signedBy(a, 1), 1, false,
                                                 QStringLiteral("Document verlopen"))
                                   << 1 << "identificationText"
                                   << "ID check failed: Document verlopen" << action;
        QTest::newRow("signed") << complete(2) << 1 << "signingText"
                                << "Signed" << done;
        QTest::newRow("step") << ibanConfirmed(a, 1) << 1 << "currentStep"
                              << "Reading the contract and iDIN" << -1;
        QTest::newRow("attempts") << wrongDates(a, 0, 2, at(12, 14)) << 0 << "invitationAttempts"
                                  << "2 of 4 attempts used" << -1;
        QTest::newRow("kind") << a << 0 << "invitationKind"
                              << "Code" << -1;
        QTest::newRow("expires") << a << 0 << "invitationExpires"
                                 << "02-12-2026 10:15" << -1;
        QTest::newRow("active") << a << 0 << "invitationStateText"
                                << "Active until 02-12-2026 10:15" << busy;
    }

    void checklistTextsForEachState()
    {
        QFETCH(Application, application);
        QFETCH(int, index);
        QFETCH(QString, label);
        QFETCH(QString, text);
        QFETCH(int, mark);
        Fixture f;
        f.view.setApplication(application);
        QCOMPARE(f.line(index, label.toLatin1().constData()), text);
        if (mark >= 0) {
            const QString markName =
                label.chopped(4) + QStringLiteral("Mark"); // "signingText" -> "signingMark"
            QCOMPARE(int(f.mark(index, markName.toLatin1().constData())), mark);
        }
    }

    void theWarningBeforeTheLastAttempt()
    {
        // C4: after three wrong dates one more locks the invitation.
        Fixture f;
        f.view.setApplication(wrongDates(application(1), 0, 3, at(12, 14)));
        QCOMPARE(f.line(0, "invitationHint"),
                 QStringLiteral("One more wrong date of birth locks this invitation."));
        QVERIFY(f.panel(0)->findChild<QLabel *>("invitationHint")->isVisible());
        f.view.setApplication(application(1));
        QVERIFY(!f.panel(0)->findChild<QLabel *>("invitationHint")->isVisible());
    }

    void buttonsEmitTheApplicationAndTheApplicant()
    {
        Fixture f;
        Application a = application(2);
        a.applicants[1].invitation.reset(); // applicant 2 not invited yet
        f.view.setApplication(a);
        QSignalSpy create(&f.view, &ApplicationDetailView::createInvitationRequested);
        QSignalSpy replace(&f.view, &ApplicationDetailView::replaceInvitationRequested);

        QVERIFY(!f.button(0, "createInvitationButton")->isVisible()); // has one: replace it instead (C6)
        QVERIFY(f.button(1, "createInvitationButton")->isVisible());
        QVERIFY(!f.button(1, "replaceInvitationButton")->isVisible());
        QCOMPARE(f.line(1, "noInvitation"),
                 QStringLiteral("Not invited yet. Create an invitation with a link or a code."));
        QTest::mouseClick(f.button(1, "createInvitationButton"), Qt::LeftButton);
        QCOMPARE(create.size(), 1);
        QCOMPARE(create.at(0), (QVariantList{"app-142", "ap-2"}));

        QTest::mouseClick(f.button(0, "replaceInvitationButton"), Qt::LeftButton);
        QCOMPARE(replace.size(), 1);
        QCOMPARE(replace.at(0), (QVariantList{"app-142", "ap-1"}));
        QCOMPARE(create.size(), 1);

        // The panels are reused for the next application: the ids follow.
        Application other = application(2);
        other.id = QStringLiteral("app-200");
        other.applicants[0].id = QStringLiteral("ap-201");
        f.view.setApplication(other);
        QTest::mouseClick(f.button(0, "replaceInvitationButton"), Qt::LeftButton);
        QCOMPARE(replace.at(1), (QVariantList{"app-200", "ap-201"}));
    }

    void replaceIsEmphasisedWhenLockedOrExpired()
    {
        // C6: the way out of a locked (C5) or expired invitation.
        Fixture f;
        const Application a = lockedOut(application(2), 1, at(12, 14, 3));
        f.view.setApplication(a);
        QPushButton *locked = f.button(1, "replaceInvitationButton");
        QPushButton *active = f.button(0, "replaceInvitationButton");
        QVERIFY(locked->isVisible());
        QVERIFY(locked->property("emphasised").toBool());
        QVERIFY(locked->isDefault());
        QVERIFY(!active->property("emphasised").toBool());
        QVERIFY(!active->isDefault());
        QVERIFY(f.line(1, "invitationHint").contains(QStringLiteral("can no longer log in")));
        // It also looks different, not only a property.
        QVERIFY(locked->grab().toImage().pixelColor(locked->width() / 2, 3)
                != active->grab().toImage().pixelColor(active->width() / 2, 3));

        // After the replacement the new invitation is active: no emphasis.
        f.view.setApplication(replaced(a, 1, at(12, 15)));
        QVERIFY(!f.button(1, "replaceInvitationButton")->property("emphasised").toBool());
        QCOMPARE(f.line(1, "invitationKind"), QStringLiteral("Link"));
        QCOMPARE(f.line(1, "invitationAttempts"), QStringLiteral("0 of 4 attempts used"));
    }

    void expiryFollowsTheClock()
    {
        Fixture f;
        const Application a = application(1);
        const QDateTime expiresAt = a.applicants.at(0).invitation->expiresAt;
        f.clock.setNow(expiresAt.addSecs(-1));
        f.view.setApplication(a);
        QVERIFY(!f.button(0, "replaceInvitationButton")->property("emphasised").toBool());
        f.clock.setNow(expiresAt);
        f.view.setApplication(a);
        QCOMPARE(f.line(0, "invitationStateText"), QStringLiteral("Expired on 02-12-2026 10:15"));
        QCOMPARE(f.mark(0, "invitationStateMark"), CheckMark::Action);
        QVERIFY(f.button(0, "replaceInvitationButton")->property("emphasised").toBool());
    }

    void aCompletedInvitationOffersNoButtons()
    {
        Fixture f;
        Application a = complete(1);
        a.applicants[0].invitation->state = InvitationState::Completed;
        f.view.setApplication(a);
        QVERIFY(!f.button(0, "createInvitationButton")->isVisible());
        QVERIFY(!f.button(0, "replaceInvitationButton")->isVisible());
        QCOMPARE(f.line(0, "invitationStateText"), QStringLiteral("Completed: every step is done"));
    }

    void auditTimelineStates()
    {
        Fixture f;
        f.view.setApplication(application(2));
        QCOMPARE(f.audit()->state(), AuditTimeline::State::Loading);
        QCOMPARE(Fixture::text(f.audit(), "auditStatus"), QString::fromUtf8("Loading…"));

        // A late answer for another application is ignored.
        f.view.setAuditEntries(QStringLiteral("app-other"), lockTrail());
        QCOMPARE(f.audit()->state(), AuditTimeline::State::Loading);

        f.view.setAuditEntries(QStringLiteral("app-142"), lockTrail());
        QCOMPARE(f.audit()->state(), AuditTimeline::State::Shown);
        const QStringList rows = f.audit()->rowTexts();
        QCOMPARE(rows.size(), 8);
        QCOMPARE(
            rows.first(), // newest first, with the applicant's name
            QStringLiteral("12-11-2026 14:06 | Anna de Vries-Bakker | Locked after 4 wrong dates of birth"));
        QCOMPARE(rows.last(), QStringLiteral("12-11-2026 14:00 | Sanne Bos | Application created"));
        QVERIFY(rows.contains(
            QStringLiteral("12-11-2026 14:01 | Sanne Bos | Invitation created for Jan de Vries (code)")));

        // A newer version of the same application keeps the timeline.
        f.view.setApplication(bumped(application(2)));
        QCOMPARE(f.audit()->state(), AuditTimeline::State::Shown);

        f.view.setAuditUnavailable(QStringLiteral("app-142"));
        QCOMPARE(f.audit()->state(), AuditTimeline::State::Unavailable);
        QVERIFY(Fixture::text(f.audit(), "auditStatus").startsWith(QStringLiteral("Not available offline")));
        QVERIFY(f.audit()->rowTexts().isEmpty());

        // Another application starts loading again.
        f.view.setAuditEntries(QStringLiteral("app-142"), lockTrail());
        Application other = application(1);
        other.id = QStringLiteral("app-200");
        f.view.setApplication(other);
        QCOMPARE(f.audit()->state(), AuditTimeline::State::Loading);
        f.view.setAuditEntries(QStringLiteral("app-200"), {});
        QCOMPARE(Fixture::text(f.audit(), "auditStatus"), QStringLiteral("Nothing recorded yet."));
    }

    void pendingNote()
    {
        Fixture f;
        f.view.setApplication(application(1));
        auto *note = f.view.findChild<QLabel *>("pendingNote");
        QVERIFY(!note->isVisible());
        f.view.setPendingNote(ChecklistTexts::pendingChanges(1));
        QVERIFY(note->isVisible());
        QVERIFY(note->text().endsWith(QStringLiteral("1 change waiting to be sent")));
        // Another application: its own outbox, the caller tells again.
        Application other = application(1);
        other.id = QStringLiteral("app-200");
        f.view.setApplication(other);
        QVERIFY(!note->isVisible());
        f.view.setPendingNote(ChecklistTexts::pendingChanges(2));
        f.view.setPendingNote({});
        QVERIFY(!note->isVisible());
    }

    void screenshots()
    {
        // One applicant under way with a change waiting; two with one locked;
        // refused; complete. Look at them (DPDESK_SCREENSHOT_DIR).
        {
            Fixture f;
            f.view.setApplication(ibanConfirmed(application(1), 0));
            f.view.setPendingNote(ChecklistTexts::pendingChanges(1));
            f.view.setAuditLoading();
            screenshot(f.view, "detail-one-applicant");
        }
        {
            Fixture f;
            Application a = signedBy(application(2), 0);
            a = lockedOut(a, 1, at(12, 14, 6));
            f.view.setApplication(a);
            f.view.setAuditEntries(a.id, lockTrail());
            screenshot(f.view, "detail-two-applicants-locked");
            f.view.resize(660, 700); // a narrow pane next to the list
            screenshot(f.view, "detail-two-applicants-narrow");
        }
        {
            Fixture f;
            Application a =
                refused(application(2), 0,
                        QStringLiteral("De maandlast is hoger dan met de adviseur besproken; ik wil "
                                       "eerst opnieuw overleggen over de looptijd."));
            a = documentsAccepted(a, 1);
            f.view.setApplication(a);
            f.view.setAuditUnavailable(a.id);
            screenshot(f.view, "detail-refused");
        }
        {
            Fixture f;
            Application a = complete(2);
            a.contractVersion = 1;
            for (Applicant &x : a.applicants)
                x.invitation->state = InvitationState::Completed;
            f.view.setApplication(a);
            f.view.setAuditEntries(a.id, {});
            screenshot(f.view, "detail-complete");
        }
        {
            Fixture f;
            screenshot(f.view, "detail-empty");
        }
    }
};

QTEST_MAIN(TestApplicationDetailView)
#include "tst_application_detail_view.moc"
