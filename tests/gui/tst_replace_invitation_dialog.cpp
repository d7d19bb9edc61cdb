// ReplaceInvitationDialog (C6): says plainly that the old link or code stops
// working at once, shows why, asks for link or code, and never makes the
// destructive button the default.
#include "core/domain/Invitation.h"
#include "gui/dialogs/ReplaceInvitationDialog.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include "support/Screenshots.h"

using namespace dpdesk;
using gui::ReplaceInvitationDialog;

namespace {

const QDateTime kNow(QDate(2027, 1, 15), QTime(9, 30), Qt::UTC);

Invitation lockedCode()
{
    Invitation invitation;
    invitation.id = QStringLiteral("inv-1");
    invitation.applicantId = QStringLiteral("app-1");
    invitation.kind = InvitationKind::Code;
    invitation.state = InvitationState::Locked;
    invitation.failedAttempts = 4;
    invitation.createdAt = kNow.addDays(-3);
    invitation.expiresAt = kNow.addDays(27);
    invitation.lockedAt = kNow.addSecs(-3600);
    return invitation;
}

QPushButton *destructiveButton(ReplaceInvitationDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QDialogButtonBox::DestructiveRole)
            return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

QPushButton *cancelButton(ReplaceInvitationDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
}

QString labelText(ReplaceInvitationDialog &dialog, const char *name)
{
    return dialog.findChild<QLabel *>(QLatin1String(name))->text();
}

} // namespace

class TestReplaceInvitationDialog : public QObject
{
    Q_OBJECT

private slots:
    void saysWhatHappensAndWhy()
    {
        ReplaceInvitationDialog dialog(QStringLiteral("Jan de Vries"), lockedCode(), kNow);
        dialog.show();
        QVERIFY(labelText(dialog, "titleLabel").contains(QStringLiteral("Jan de Vries")));
        const QString consequence = labelText(dialog, "consequenceLabel");
        QVERIFY(consequence.contains(QStringLiteral("current code stops working at once")));
        QVERIFY(consequence.contains(QStringLiteral("must use the new invitation")));
        QCOMPARE(labelText(dialog, "applicantLabel"), QStringLiteral("Jan de Vries"));
        QVERIFY2(labelText(dialog, "reasonLabel")
                     .startsWith(QStringLiteral("Locked after 4 wrong dates of birth, on ")),
                 qPrintable(labelText(dialog, "reasonLabel")));
        test::saveScreenshot(&dialog, QStringLiteral("replace-invitation-locked"));
    }

    void theDestructiveButtonIsNotTheDefault()
    {
        ReplaceInvitationDialog dialog(QStringLiteral("Jan de Vries"), lockedCode(), kNow);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *replace = destructiveButton(dialog);
        QVERIFY(replace);
        QVERIFY(replace->text().contains(QStringLiteral("Delete and create new")));
        QVERIFY(!replace->isDefault());
        QVERIFY(!replace->autoDefault());
        QVERIFY(cancelButton(dialog)->isDefault());
        // Enter cancels, wherever the focus is, even on the destructive button.
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());

        dialog.show();
        replace->setFocus();
        QTest::keyClick(replace, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());

        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void returnsTheChoice()
    {
        ReplaceInvitationDialog dialog(QStringLiteral("Jan de Vries"), lockedCode(), kNow);
        dialog.show();
        QCOMPARE(dialog.request().kind, InvitationKind::Code); // the current kind
        dialog.findChild<QRadioButton *>(QStringLiteral("linkRadio"))->setChecked(true);
        destructiveButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.request(), (CreateInvitationRequest{InvitationKind::Link, 30}));

        // Space on the focused destructive button replaces too (a deliberate key).
        ReplaceInvitationDialog again(QStringLiteral("Jan de Vries"), lockedCode(), kNow);
        again.show();
        destructiveButton(again)->setFocus();
        QTest::keyClick(destructiveButton(again), Qt::Key_Space);
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(again.request().kind, InvitationKind::Code);
    }

    void reasons_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("failedAttempts");
        QTest::addColumn<int>("expiresInDays");
        QTest::addColumn<QString>("says");
        QTest::addColumn<bool>("replaceable");
        QTest::newRow("expired") << int(InvitationState::Active) << 0 << -2 << "Expired on " << true;
        QTest::newRow("active") << int(InvitationState::Active) << 0 << 10 << "Still active." << true;
        QTest::newRow("active, 2 tries")
            << int(InvitationState::Active) << 2 << 10 << "2 of 4 attempts" << true;
        QTest::newRow("revoked") << int(InvitationState::Revoked) << 0 << 10 << "Already replaced" << false;
        QTest::newRow("completed") << int(InvitationState::Completed) << 0 << 10 << "finished every step"
                                   << false;
    }

    void reasons()
    {
        QFETCH(int, state);
        QFETCH(int, failedAttempts);
        QFETCH(int, expiresInDays);
        QFETCH(QString, says);
        QFETCH(bool, replaceable);
        Invitation invitation = lockedCode();
        invitation.kind = InvitationKind::Link;
        invitation.state = InvitationState(state);
        invitation.failedAttempts = failedAttempts;
        invitation.lockedAt.reset();
        if (invitation.state == InvitationState::Revoked)
            invitation.revokedAt = kNow;
        invitation.expiresAt = kNow.addDays(expiresInDays);
        ReplaceInvitationDialog dialog(QStringLiteral("Els de Vries"), invitation, kNow);
        dialog.show();
        QVERIFY2(labelText(dialog, "reasonLabel").contains(says),
                 qPrintable(labelText(dialog, "reasonLabel")));
        QVERIFY(labelText(dialog, "consequenceLabel").contains(QStringLiteral("current link stops working")));
        QCOMPARE(dialog.request().kind, InvitationKind::Link);
        QCOMPARE(destructiveButton(dialog)->isEnabled(), replaceable);
        if (QByteArray(QTest::currentDataTag()) == "expired")
            test::saveScreenshot(&dialog, QStringLiteral("replace-invitation-expired-link"));
    }

    void everyControlIsNamed()
    {
        ReplaceInvitationDialog dialog(QStringLiteral("Jan de Vries"), lockedCode(), kNow);
        dialog.show();
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (!(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QLabel *>(w))
                continue;
            QVERIFY2(!QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name).isEmpty(),
                     qPrintable(w->objectName()));
        }
        QCOMPARE(dialog.focusWidget(), dialog.findChild<QRadioButton *>(QStringLiteral("codeRadio")));
    }
};

QTEST_MAIN(TestReplaceInvitationDialog)
#include "tst_replace_invitation_dialog.moc"
