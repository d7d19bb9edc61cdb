// ChangeBankAccountDialog (S5): the current account shown, the new IBAN
// checked as the user types with the core rules and the bank's name once
// valid, the plain consequence statement, the confirm button enabled only
// for a valid change, and a complete application (I5) refused outright.
//
// DPDESK_SCREENSHOT_DIR=<dir> saves a PNG of the dialog in its main states.
#include "gui/dialogs/ChangeBankAccountDialog.h"
#include "gui/dialogs/FieldMessage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "support/Screenshots.h"
#include "unit/core/domain/ChecklistSamples.h"

using namespace dpdesk;
using namespace dpdesk::gui;
using namespace checklist_samples;

namespace {

template<typename T>
T *child(QWidget *root, const char *name)
{
    auto *found = root->findChild<T *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

// Types like a user: clears, then key by key.
void type(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, text);
}

// An application under way: both applicants accepted the documents.
Application underWay()
{
    Application a = application(2);
    a = documentsAccepted(a, 0);
    a = documentsAccepted(a, 1);
    return a;
}

} // namespace

class TestChangeBankAccountDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTheCurrentAccountAndTheConsequence()
    {
        ChangeBankAccountDialog dialog(underWay());
        QCOMPARE(child<QLabel>(&dialog, "currentIbanLabel")->text(),
                 QStringLiteral("NL91 ABNA 0417 1643 00 · ABN AMRO"));
        QCOMPARE(child<QLabel>(&dialog, "currentHolderLabel")->text(), QStringLiteral("J. de Vries"));
        QCOMPARE(child<QLineEdit>(&dialog, "accountHolderEdit")->text(), QStringLiteral("J. de Vries"));
        QCOMPARE(child<QLabel>(&dialog, "consequenceLabel")->text(),
                 QStringLiteral("A new contract will be generated. The customer keeps the same link and code "
                                "but must go through the steps again."));
        QVERIFY(child<QLabel>(&dialog, "titleLabel")->text().contains("DP-2026-0142"));
        QVERIFY(!child<QPushButton>(&dialog, "confirmButton")->isEnabled()); // nothing typed yet
        QVERIFY(!dialog.isRefused());
    }

    void theNewIbanIsCheckedAsTheUserTypes()
    {
        ChangeBankAccountDialog dialog(underWay());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *iban = child<QLineEdit>(&dialog, "ibanEdit");
        auto *message = child<FieldMessage>(&dialog, "ibanMessage");
        auto *confirm = child<QPushButton>(&dialog, "confirmButton");

        // Unfinished: a hint, not yet an error, and no confirm.
        type(iban, "NL20 INGB");
        QCOMPARE(message->tone(), FieldMessage::Tone::Hint);
        QVERIFY(message->text().contains("Too short"));
        QVERIFY(!confirm->isEnabled());
        // A wrong check digit: an error at once (the core mod-97 rule).
        type(iban, "NL20 INGB 0001 2345 68");
        QCOMPARE(message->tone(), FieldMessage::Tone::Error);
        QVERIFY(!confirm->isEnabled());
        test::saveScreenshot(&dialog, QStringLiteral("change-bank-account-invalid"));
        // Right: the bank's name, and confirm enabled.
        type(iban, "nl20ingb0001234567");
        QCOMPARE(message->tone(), FieldMessage::Tone::Success);
        QCOMPARE(message->text(), QStringLiteral("Bank: ING"));
        QVERIFY(confirm->isEnabled());
        QVERIFY(dialog.canConfirm());
        QCOMPARE(dialog.iban(), QStringLiteral("NL20INGB0001234567")); // electronic form for the wire
        // Leaving the field shows the print form.
        QTest::keyClick(iban, Qt::Key_Tab);
        QCOMPARE(iban->text(), QStringLiteral("NL20 INGB 0001 2345 67"));
        QVERIFY(confirm->isEnabled());

        // The account holder is required.
        auto *holder = child<QLineEdit>(&dialog, "accountHolderEdit");
        type(holder, "   ");
        QVERIFY(!confirm->isEnabled());
        type(holder, "J. de Vries-Bakker");
        QVERIFY(confirm->isEnabled());
        QCOMPARE(dialog.accountHolder(), QStringLiteral("J. de Vries-Bakker"));
        test::saveScreenshot(&dialog, QStringLiteral("change-bank-account-valid"));

        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void theCurrentAccountIsNoChange()
    {
        ChangeBankAccountDialog dialog(underWay());
        auto *iban = child<QLineEdit>(&dialog, "ibanEdit");
        auto *confirm = child<QPushButton>(&dialog, "confirmButton");
        type(iban, "NL91ABNA0417164300");
        QVERIFY(!confirm->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, "sameNote")->isHidden());
        QCOMPARE(child<FieldMessage>(&dialog, "ibanMessage")->text(), QStringLiteral("Bank: ABN AMRO"));
        // Only the holder changes: that is a change (a new contract too).
        type(child<QLineEdit>(&dialog, "accountHolderEdit"), "J. de Vries en A. de Vries-Bakker");
        QVERIFY(confirm->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "sameNote")->isHidden());
        // Enter does not accept an invalid change.
        type(iban, "NL91ABNA041716430");
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void aRefusalFromTheWorkspaceShowsNextToTheField()
    {
        ChangeBankAccountDialog dialog(underWay());
        type(child<QLineEdit>(&dialog, "ibanEdit"), "NL20INGB0001234567");
        dialog.showError(Error{"conflict.bank_account_unchanged", "Nothing would change.", "iban"});
        QCOMPARE(child<FieldMessage>(&dialog, "ibanMessage")->text(),
                 QStringLiteral("Nothing would change."));
        QVERIFY(!child<QPushButton>(&dialog, "confirmButton")->isEnabled());
        dialog.showError(Error{"workspace.signed_out", "Log in first.", {}});
        QVERIFY(!child<QFrame>(&dialog, "errorFrame")->isHidden());
        QCOMPARE(child<QLabel>(&dialog, "errorLabel")->text(), QStringLiteral("Log in first."));
        type(child<QLineEdit>(&dialog, "ibanEdit"), "NL39RABO0300065264"); // a fix clears the field error
        QVERIFY(child<QPushButton>(&dialog, "confirmButton")->isEnabled());
    }

    void aCompleteApplicationIsRefused()
    {
        // I5: every applicant signed and identified; the contract cannot change.
        ChangeBankAccountDialog dialog(complete(2));
        QVERIFY(dialog.isRefused());
        QVERIFY(!child<QLineEdit>(&dialog, "ibanEdit")->isEnabled());
        QVERIFY(!child<QLineEdit>(&dialog, "accountHolderEdit")->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "confirmButton")->isHidden());
        QVERIFY(!child<QFrame>(&dialog, "errorFrame")->isHidden());
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->text().startsWith("This application is complete"));
        QVERIFY(child<QFrame>(&dialog, "consequenceFrame")->isHidden());
        QVERIFY(!dialog.canConfirm());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        test::saveScreenshot(&dialog, QStringLiteral("change-bank-account-complete"));
    }
};

QTEST_MAIN(TestChangeBankAccountDialog)
#include "tst_change_bank_account_dialog.moc"
