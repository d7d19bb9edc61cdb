// NewApplicationDialog: every field is checked as the user types with the
// core rules, "Create application" stays disabled until the request is one
// the server accepts, and the request holds exactly what was typed.
#include "core/time/Clock.h"
#include "gui/dialogs/FieldMessage.h"
#include "gui/dialogs/NewApplicationDialog.h"

#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include "support/Screenshots.h"

using namespace dpdesk;
using gui::FieldMessage;
using gui::NewApplicationDialog;

namespace {

// ManualClock's default start: 2027-01-15 08:00 UTC.
const QDate kToday(2027, 1, 15);

QLineEdit *edit(QWidget *root, const char *name)
{
    auto *found = root->findChild<QLineEdit *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

FieldMessage *message(QWidget *root, const char *name)
{
    auto *found = root->findChild<FieldMessage *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

QGroupBox *applicantBox(NewApplicationDialog &dialog, int index)
{
    return dialog.findChild<QGroupBox *>(index == 0 ? QStringLiteral("firstApplicant")
                                                    : QStringLiteral("secondApplicant"));
}

QPushButton *createButton(NewApplicationDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Types like a user: clears, then key by key, then leaves the field.
void type(QLineEdit *field, const QString &text)
{
    field->setFocus();
    field->clear();
    QTest::keyClicks(field, text);
    emit field->editingFinished();
}

void fillApplicant(QWidget *box, const QString &name, const QString &birth, const QString &email,
                   const QString &phone = {})
{
    type(edit(box, "fullNameEdit"), name);
    type(edit(box, "dateOfBirthEdit"), birth);
    type(edit(box, "emailEdit"), email);
    if (!phone.isEmpty())
        type(edit(box, "phoneEdit"), phone);
}

void fillLoan(NewApplicationDialog &dialog)
{
    type(edit(&dialog, "referenceEdit"), QStringLiteral("DP-2027-0042"));
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("amountSpin"))->setValue(12500.50);
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("loanKindCombo"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Revolving credit")));
    dialog.findChild<QSpinBox *>(QStringLiteral("termSpin"))->setValue(72);
}

} // namespace

class TestNewApplicationDialog : public QObject
{
    Q_OBJECT

    ManualClock m_clock;

private slots:
    void initTestCase() { QCOMPARE(m_clock.nowUtc().date(), kToday); }

    void createIsDisabledUntilEverythingIsValid()
    {
        NewApplicationDialog dialog(nullptr, m_clock);
        dialog.show();
        test::saveScreenshot(&dialog, QStringLiteral("new-application-empty"));
        QVERIFY(!createButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                    ->text()
                    .contains(QStringLiteral("reference")));

        fillLoan(dialog);
        QVERIFY(!createButton(dialog)->isEnabled());
        fillApplicant(applicantBox(dialog, 0), QStringLiteral("Jan de Vries"), QStringLiteral("24-03-1980"),
                      QStringLiteral("jan@example.nl"));
        QVERIFY(createButton(dialog)->isEnabled());
        QVERIFY(dialog.isComplete());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().isEmpty());

        // One field broken again disables it again.
        type(edit(&dialog, "emailEdit"), QStringLiteral("jan@"));
        QVERIFY(!createButton(dialog)->isEnabled());
    }

    void theRequestHoldsWhatWasTyped()
    {
        NewApplicationDialog dialog(nullptr, m_clock);
        dialog.show();
        fillLoan(dialog);
        type(edit(&dialog, "ibanEdit"), QStringLiteral("nl91 abna 0417 1643 00"));
        type(edit(&dialog, "accountHolderEdit"), QStringLiteral("  J. de Vries "));
        fillApplicant(applicantBox(dialog, 0), QStringLiteral(" Jan de Vries"), QStringLiteral("24-03-1980"),
                      QStringLiteral("jan@example.nl "), QStringLiteral("06 12345678"));
        applicantBox(dialog, 1)->setChecked(true);
        fillApplicant(applicantBox(dialog, 1), QStringLiteral("Els de Vries-Bakker"),
                      QStringLiteral("1/2/1982"), QStringLiteral("els@example.nl"));
        QVERIFY(dialog.isComplete());
        test::saveScreenshot(&dialog, QStringLiteral("new-application-two-applicants"));

        NewApplicationRequest expected;
        expected.reference = QStringLiteral("DP-2027-0042");
        expected.loanAmountCents = 1'250'050;
        expected.loanKind = LoanKind::RevolvingCredit;
        expected.termMonths = 72;
        expected.iban = QStringLiteral("NL91ABNA0417164300");
        expected.accountHolder = QStringLiteral("J. de Vries");
        expected.applicants = {
            {QStringLiteral("Jan de Vries"), QDate(1980, 3, 24), QStringLiteral("jan@example.nl"),
             QStringLiteral("06 12345678")},
            {QStringLiteral("Els de Vries-Bakker"), QDate(1982, 2, 1), QStringLiteral("els@example.nl"), {}},
        };
        QCOMPARE(dialog.request(), expected);
        // The IBAN is shown in groups of four once it is right.
        QCOMPARE(edit(&dialog, "ibanEdit")->text(), QStringLiteral("NL91 ABNA 0417 1643 00"));

        // Enter on a field presses "Create application".
        QTest::keyClick(edit(&dialog, "emailEdit"), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.request(), expected);
    }

    void setRequestFillsTheForm()
    {
        NewApplicationRequest request;
        request.reference = QStringLiteral("R-1");
        request.loanAmountCents = 500'000;
        request.loanKind = LoanKind::PersonalLoan;
        request.termMonths = 24;
        request.applicants = {{QStringLiteral("A B"), QDate(1970, 12, 31), QStringLiteral("a@b.nl"), {}}};
        NewApplicationDialog dialog(nullptr, m_clock);
        dialog.setRequest(request);
        QVERIFY(dialog.isComplete());
        QCOMPARE(dialog.request(), request);
    }

    void ibanIsCheckedAsYouType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("says");
        QTest::newRow("ABN AMRO") << "NL91ABNA0417164300" << true << "Bank: ABN AMRO";
        QTest::newRow("ING, print form") << "NL20 INGB 0001 2345 67" << true << "Bank: ING";
        QTest::newRow("Rabobank, lower case") << "nl44rabo0123456789" << true << "Bank: Rabobank";
        QTest::newRow("German") << "DE89370400440532013000" << true << "Valid IBAN from DE";
        QTest::newRow("check digits") << "NL91ABNA0417164301" << false << "check digits do not match";
        QTest::newRow("too short") << "NL91ABNA04171643" << false
                                   << "Too short: NL IBANs have 18 characters; this one has 16.";
        QTest::newRow("too long") << "NL91ABNA041716430000" << false
                                  << "Too long: NL IBANs have 18 characters; this one has 20.";
        QTest::newRow("country") << "XX91ABNA0417164300" << false << "XX is not a SEPA country";
        QTest::newRow("no country") << "1291ABNA0417164300" << false << "two-letter country code";
        QTest::newRow("characters") << "NL91-ABNA-0417" << false << "only the letters A to Z";
        QTest::newRow("Dutch structure") << "NL91ABNA04171643AB" << false << "4 letters for the bank";
    }

    void ibanIsCheckedAsYouType()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(QString, says);
        NewApplicationDialog dialog(nullptr, m_clock);
        dialog.show();
        fillLoan(dialog);
        fillApplicant(applicantBox(dialog, 0), QStringLiteral("Jan de Vries"), QStringLiteral("24-03-1980"),
                      QStringLiteral("jan@example.nl"));
        QVERIFY(createButton(dialog)->isEnabled()); // no IBAN is fine (S4: not known yet)

        type(edit(&dialog, "ibanEdit"), typed);
        FieldMessage *note = message(&dialog, "ibanMessage");
        QVERIFY2(note->text().contains(says), qPrintable(note->text()));
        QCOMPARE(note->hasError(), !valid);
        QCOMPARE(createButton(dialog)->isEnabled(), valid);
        if (!valid) {
            // The problem is also the field's accessible description.
            QVERIFY(edit(&dialog, "ibanEdit")->accessibleDescription().contains(note->text()));
            if (QByteArray(QTest::currentDataTag()) == "check digits")
                test::saveScreenshot(&dialog, QStringLiteral("new-application-iban-error"));
        } else {
            QVERIFY(!edit(&dialog, "ibanEdit")->accessibleDescription().contains(QStringLiteral("Too")));
        }
    }

    void aShortIbanIsAHintWhileTypingAndAProblemAfterwards()
    {
        NewApplicationDialog dialog(nullptr, m_clock);
        dialog.show();
        QLineEdit *iban = edit(&dialog, "ibanEdit");
        iban->setFocus();
        QTest::keyClicks(iban, QStringLiteral("NL91ABNA"));
        FieldMessage *note = message(&dialog, "ibanMessage");
        QCOMPARE(note->tone(), FieldMessage::Tone::Hint);
        QVERIFY(note->text().contains(QStringLiteral("this one has 8")));
        emit iban->editingFinished();
        QCOMPARE(note->tone(), FieldMessage::Tone::Error);
        // A definite problem shows at once, without leaving the field.
        QTest::keyClicks(iban, QStringLiteral("0417164301"));
        QCOMPARE(note->tone(), FieldMessage::Tone::Error);
        QVERIFY(note->text().contains(QStringLiteral("check digits")));
        QTest::keyClick(iban, Qt::Key_Backspace);
        QTest::keyClicks(iban, QStringLiteral("0"));
        QCOMPARE(note->tone(), FieldMessage::Tone::Success);
        QCOMPARE(note->text(), QStringLiteral("Bank: ABN AMRO"));
    }

    void dateOfBirthIsCheckedAsYouType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("says");
        QTest::newRow("valid") << "24-03-1980" << true << "24 March 1980 (age 46)";
        QTest::newRow("slashes, short") << "1/2/1982" << true << "1 February 1982";
        QTest::newRow("digits only") << "24031980" << true << "24 March 1980";
        QTest::newRow("18 today") << "15-01-2009" << true << "(age 18)";
        QTest::newRow("18 tomorrow")
            << "16-01-2009" << false
            << "at least 18 years old; with this date of birth, the applicant is 17.";
        QTest::newRow("not a day") << "31-02-1980" << false << "31-02-1980 is not a date on the calendar";
        QTest::newRow("not a leap year") << "29-02-1981" << false << "not a date on the calendar";
        QTest::newRow("future") << "01-01-2030" << false << "must be in the past";
        QTest::newRow("today") << "15-01-2027" << false << "must be in the past";
        QTest::newRow("before 1900") << "31-12-1899" << false << "before 1900 is not accepted";
        QTest::newRow("ISO order") << "1980-03-24" << false << "DD-MM-YYYY";
        QTest::newRow("unfinished") << "24-03-19" << false << "DD-MM-YYYY";
    }

    void dateOfBirthIsCheckedAsYouType()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(QString, says);
        NewApplicationDialog dialog(nullptr, m_clock);
        dialog.show();
        fillLoan(dialog);
        fillApplicant(applicantBox(dialog, 0), QStringLiteral("Jan de Vries"), typed,
                      QStringLiteral("jan@example.nl"));
        FieldMessage *note = message(applicantBox(dialog, 0), "dateOfBirthMessage");
        QVERIFY2(note->text().contains(says), qPrintable(note->text()));
        QCOMPARE(note->hasError(), !valid);
        QCOMPARE(createButton(dialog)->isEnabled(), valid);
        if (valid)
            QVERIFY(dialog.request().applicants.at(0).dateOfBirth.isValid());
        if (QByteArray(QTest::currentDataTag()) == "18 tomorrow")
            test::saveScreenshot(&dialog, QStringLiteral("new-application-too-young"));
    }

    void emailAndPhoneAreChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("says");
        QTest::newRow("e-mail ok") << "email"
                                   << "els.bakker@mail.example.nl" << true << "";
        QTest::newRow("no @") << "email"
                              << "els.example.nl" << false << "has an @";
        QTest::newRow("no domain") << "email"
                                   << "els@example" << false << "domain such as example.nl";
        QTest::newRow("space") << "email"
                               << "els bakker@example.nl" << false << "not an e-mail address";
        QTest::newRow("two @") << "email"
                               << "els@@example.nl" << false << "not an e-mail address";
        QTest::newRow("empty e-mail") << "email"
                                      << "" << false << "Enter the e-mail address.";
        QTest::newRow("phone ok") << "phone"
                                  << "+31 (0)6-1234 5678" << true << "";
        QTest::newRow("phone letters") << "phone"
                                       << "06 1234 ABCD" << false << "only digits";
        QTest::newRow("phone short") << "phone"
                                     << "12345" << false << "6 to 15 digits";
        QTest::newRow("phone long") << "phone"
                                    << "0612345678901234" << false << "at most 15 digits";
    }

    void emailAndPhoneAreChecked()
    {
        QFETCH(QString, field);
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(QString, says);
        NewApplicationDialog dialog(nullptr, m_clock);
        dialog.show();
        fillLoan(dialog);
        QWidget *box = applicantBox(dialog, 0);
        fillApplicant(box, QStringLiteral("Jan de Vries"), QStringLiteral("24-03-1980"),
                      QStringLiteral("jan@example.nl"));
        type(edit(box, qPrintable(field + QStringLiteral("Edit"))), typed);
        FieldMessage *note = message(box, qPrintable(field + QStringLiteral("Message")));
        QCOMPARE(note->hasError(), !valid);
        QVERIFY2(note->text().contains(says), qPrintable(note->text()));
        QCOMPARE(createButton(dialog)->isEnabled(), valid);
    }

    void theSecondApplicantIsCheckedOnlyWhenAdded()
    {
        NewApplicationDialog dialog(nullptr, m_clock);
        dialog.show();
        fillLoan(dialog);
        fillApplicant(applicantBox(dialog, 0), QStringLiteral("Jan de Vries"), QStringLiteral("24-03-1980"),
                      QStringLiteral("jan@example.nl"));
        QVERIFY(createButton(dialog)->isEnabled());
        QGroupBox *second = applicantBox(dialog, 1);
        QVERIFY(!second->isChecked());
        QVERIFY(!edit(second, "fullNameEdit")->isEnabled());

        second->setChecked(true);
        QVERIFY(edit(second, "fullNameEdit")->isEnabled());
        QCOMPARE(dialog.focusWidget(), edit(second, "fullNameEdit"));
        QVERIFY(!createButton(dialog)->isEnabled());
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(QStringLiteral("full name of applicant 2")),
                 qPrintable(summary->text()));

        fillApplicant(second, QStringLiteral("Els de Vries"), QStringLiteral("2-2-2010"),
                      QStringLiteral("els@example.nl"));
        QVERIFY(!createButton(dialog)->isEnabled()); // 16 years old
        QVERIFY(message(second, "dateOfBirthMessage")->hasError());
        type(edit(second, "dateOfBirthEdit"), QStringLiteral("2-2-1990"));
        QVERIFY(createButton(dialog)->isEnabled());
        QCOMPARE(dialog.request().applicants.size(), 2);
        QCOMPARE(dialog.request().applicants.at(1).fullName, QStringLiteral("Els de Vries"));

        // Switched off again: one applicant, and its fields no longer count.
        type(edit(second, "emailEdit"), QStringLiteral("broken"));
        second->setChecked(false);
        QVERIFY(createButton(dialog)->isEnabled());
        QCOMPARE(dialog.request().applicants.size(), 1);
    }

    void acceptingAnIncompleteFormShowsEveryProblem()
    {
        NewApplicationDialog dialog(nullptr, m_clock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.accept(); // as Enter would, if the button were enabled
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible());
        QVERIFY(message(&dialog, "referenceMessage")->hasError());
        QVERIFY(message(&dialog, "amountMessage")->hasError());
        QVERIFY(message(&dialog, "termMessage")->hasError());
        QVERIFY(message(applicantBox(dialog, 0), "fullNameMessage")->hasError());
        QVERIFY(message(applicantBox(dialog, 0), "emailMessage")->hasError());
        QVERIFY(!message(&dialog, "ibanMessage")->hasError()); // optional
        QVERIFY(!message(applicantBox(dialog, 0), "phoneMessage")->hasError());
        QCOMPARE(dialog.focusWidget(), edit(&dialog, "referenceEdit"));
        test::saveScreenshot(&dialog, QStringLiteral("new-application-problems"));
    }

    void aServerRefusalIsShownAtItsField()
    {
        NewApplicationDialog dialog(nullptr, m_clock);
        dialog.show();
        fillLoan(dialog);
        fillApplicant(applicantBox(dialog, 0), QStringLiteral("Jan de Vries"), QStringLiteral("24-03-1980"),
                      QStringLiteral("jan@example.nl"));
        QVERIFY(dialog.isComplete());
        dialog.showServerError(Error{QStringLiteral("json.invalid_value"), QStringLiteral("Unknown mailbox."),
                                     QStringLiteral("applicants[0].email")});
        FieldMessage *note = message(applicantBox(dialog, 0), "emailMessage");
        QVERIFY(note->hasError());
        QCOMPARE(note->text(), QStringLiteral("Unknown mailbox."));
        QVERIFY(!createButton(dialog)->isEnabled());
        QCOMPARE(dialog.focusWidget(), edit(applicantBox(dialog, 0), "emailEdit"));
        type(edit(applicantBox(dialog, 0), "emailEdit"), QStringLiteral("jan.devries@example.nl"));
        QVERIFY(!note->hasError());
        QVERIFY(createButton(dialog)->isEnabled());

        // A refusal that names no field is shown above the buttons until the next edit.
        dialog.showServerError(
            Error{QStringLiteral("conflict"), QStringLiteral("The reference is in use."), {}});
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QCOMPARE(summary->text(), QStringLiteral("The reference is in use."));
        QVERIFY(!createButton(dialog)->isEnabled());
        type(edit(&dialog, "referenceEdit"), QStringLiteral("DP-2027-0043"));
        QVERIFY(createButton(dialog)->isEnabled());
    }

    void escapeCancels()
    {
        NewApplicationDialog dialog(nullptr, m_clock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(edit(&dialog, "referenceEdit"), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void everyControlHasAnAccessibleNameAndEveryLabelABuddy()
    {
        NewApplicationDialog dialog(nullptr, m_clock);
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isEnabledTo(&dialog) || qobject_cast<QLabel *>(w))
                continue;
            if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue; // the spin box's own editor; the spin box carries the name
            const QString name = QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name);
            QVERIFY2(!name.isEmpty(),
                     qPrintable(w->objectName() + QStringLiteral(" has no accessible name")));
        }
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(), qPrintable(label->objectName()));
        }
    }
};

QTEST_MAIN(TestNewApplicationDialog)
#include "tst_new_application_dialog.moc"
