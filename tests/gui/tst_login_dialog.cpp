// LoginDialog: checks the fields before anything is sent, emits one request,
// and words every failure so the user knows what to do; a 6-digit code is
// never reused (A5, A6).
#include "core/time/Clock.h"
#include "gui/dialogs/FieldMessage.h"
#include "gui/dialogs/LoginDialog.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "support/Screenshots.h"

using namespace dpdesk;
using namespace std::chrono_literals;
using gui::FieldMessage;
using gui::LoginDialog;
using gui::LoginError;

Q_DECLARE_METATYPE(dpdesk::gui::LoginError)

namespace {

QLineEdit *edit(QWidget *root, const QString &name)
{
    auto *found = root->findChild<QLineEdit *>(name);
    Q_ASSERT(found);
    return found;
}

QPushButton *signInButton(LoginDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QLabel *label(LoginDialog &dialog, const char *name)
{
    return dialog.findChild<QLabel *>(QLatin1String(name));
}

void fill(LoginDialog &dialog, const QString &server, const QString &user, const QString &password,
          const QString &code)
{
    const QList<std::pair<const char *, QString>> fields = {
        {"serverEdit", server}, {"usernameEdit", user}, {"passwordEdit", password}, {"codeEdit", code}};
    for (const auto &[name, text] : fields) {
        QLineEdit *field = edit(&dialog, QLatin1String(name));
        field->clear();
        QTest::keyClicks(field, text);
    }
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void checksTheFieldsBeforeSending_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        const QString ok = QStringLiteral("https://portal.example.nl");
        QTest::newRow("no server") << ""
                                   << "anna"
                                   << "secret"
                                   << "123456"
                                   << "server"
                                   << "Enter the address";
        QTest::newRow("no scheme") << "portal.example.nl"
                                   << "anna"
                                   << "secret"
                                   << "123456"
                                   << "server"
                                   << "Start the address with https://";
        QTest::newRow("ftp") << "ftp://portal.example.nl"
                             << "anna"
                             << "secret"
                             << "123456"
                             << "server"
                             << "must start with https://";
        QTest::newRow("no host") << "https://"
                                 << "anna"
                                 << "secret"
                                 << "123456"
                                 << "server"
                                 << "not a web address";
        QTest::newRow("no username") << ok << "  "
                                     << "secret"
                                     << "123456"
                                     << "username"
                                     << "Enter your username";
        QTest::newRow("no password") << ok << "anna"
                                     << ""
                                     << "123456"
                                     << "password"
                                     << "Enter your password";
        QTest::newRow("5 digits") << ok << "anna"
                                  << "secret"
                                  << "12345"
                                  << "code"
                                  << "Enter the 6 digits";
        QTest::newRow("no code") << ok << "anna"
                                 << "secret"
                                 << ""
                                 << "code"
                                 << "Enter the 6 digits";
    }

    void checksTheFieldsBeforeSending()
    {
        QFETCH(QString, server);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QString, says);
        LoginDialog dialog;
        dialog.show();
        QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
        fill(dialog, server, user, password, code);
        signInButton(dialog)->click();
        QCOMPARE(requested.count(), 0);
        QVERIFY(!dialog.isBusy());
        auto *message = dialog.findChild<FieldMessage *>(field + QStringLiteral("Message"));
        QVERIFY(message->hasError());
        QVERIFY2(message->text().contains(says), qPrintable(message->text()));
        QCOMPARE(dialog.focusWidget(), edit(&dialog, field + QStringLiteral("Edit")));
        if (QByteArray(QTest::currentDataTag()) == "no scheme")
            test::saveScreenshot(&dialog, QStringLiteral("login-field-problem"));
    }

    void sendsOneRequestAndShowsProgress()
    {
        LoginDialog dialog;
        dialog.show();
        QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
        fill(dialog, QStringLiteral(" https://portal.example.nl:8443/dp "), QStringLiteral(" anna.smit "),
             QStringLiteral(" pass word "), QStringLiteral("123456"));
        signInButton(dialog)->click();
        QCOMPARE(requested.count(), 1);
        const QList<QVariant> args = requested.takeFirst();
        QCOMPARE(args.at(0).toUrl(), QUrl(QStringLiteral("https://portal.example.nl:8443/dp")));
        QCOMPARE(args.at(1).toString(), QStringLiteral("anna.smit"));
        QCOMPARE(args.at(2).toString(), QStringLiteral(" pass word ")); // a password is taken as typed
        QCOMPARE(args.at(3).toString(), QStringLiteral("123456"));

        QVERIFY(dialog.isBusy());
        QVERIFY(!signInButton(dialog)->isEnabled());
        QVERIFY(!edit(&dialog, "passwordEdit")->isEnabled());
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("busyRow"))->isVisible());
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isEnabled());
        test::saveScreenshot(&dialog, QStringLiteral("login-busy"));

        // Enter while busy sends nothing more.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(requested.count(), 0);
        dialog.setBusy(false);
        QVERIFY(signInButton(dialog)->isEnabled());
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("busyRow"))->isVisible());
    }

    void theCodeTakesDigitsOnly()
    {
        LoginDialog dialog;
        dialog.show();
        QLineEdit *code = edit(&dialog, "codeEdit");
        QTest::keyClicks(code, QStringLiteral("12a3 4-56789"));
        QCOMPARE(code->text(), QStringLiteral("123456"));
        code->clear();
        code->insert(QStringLiteral("654 321")); // pasted as an app shows it
        emit code->textEdited(code->text());
        QCOMPARE(code->text(), QStringLiteral("654321"));
    }

    void everyFailureSaysWhatToDo_data()
    {
        QTest::addColumn<LoginError>("kind");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("focus");
        QTest::newRow("wrong credentials")
            << LoginError::WrongCredentials << "username, password or 6-digit code is not right"
            << "codeEdit";
        QTest::newRow("throttled") << LoginError::Throttled << "Too many sign-in attempts"
                                   << "codeEdit";
        QTest::newRow("locked") << LoginError::AccountLocked
                                << "Ask the administrator of your office to unlock"
                                << "codeEdit";
        QTest::newRow("unreachable") << LoginError::ServerUnreachable
                                     << "Check the server address and your internet connection"
                                     << "serverEdit";
        QTest::newRow("certificate") << LoginError::CertificateProblem
                                     << "certificate could not be verified, so your password was not sent"
                                     << "serverEdit";
        QTest::newRow("other") << LoginError::Other << "Signing in did not work"
                               << "codeEdit";
    }

    void everyFailureSaysWhatToDo()
    {
        QFETCH(LoginError, kind);
        QFETCH(QString, says);
        QFETCH(QString, focus);
        LoginDialog dialog;
        dialog.show();
        QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
        fill(dialog, QStringLiteral("https://portal.example.nl"), QStringLiteral("anna"),
             QStringLiteral("secret"), QStringLiteral("123456"));
        signInButton(dialog)->click();
        QCOMPARE(requested.count(), 1);

        const QString detail =
            kind == LoginError::Other ? QStringLiteral("HTTP 500 (internal_error)") : QString();
        dialog.showError(kind, detail);
        QVERIFY(!dialog.isBusy());
        QVERIFY(signInButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("errorBanner"))->isVisible());
        QVERIFY2(label(dialog, "errorLabel")->text().contains(says),
                 qPrintable(label(dialog, "errorLabel")->text()));
        QCOMPARE(label(dialog, "errorDetailLabel")->isVisible(), !detail.isEmpty());
        if (!detail.isEmpty())
            QVERIFY(label(dialog, "errorDetailLabel")->text().contains(detail));
        // A code is used once; the password stays, and the cleared code is not
        // flagged as a new problem.
        QVERIFY(edit(&dialog, "codeEdit")->text().isEmpty());
        QVERIFY(!dialog.findChild<FieldMessage *>(QStringLiteral("codeMessage"))->hasError());
        QCOMPARE(edit(&dialog, "passwordEdit")->text(), QStringLiteral("secret"));
        QCOMPARE(dialog.focusWidget(), edit(&dialog, focus));
        QVERIFY(!LoginDialog::errorText(kind).isEmpty());
        test::saveScreenshot(&dialog,
                             QStringLiteral("login-error-")
                                 + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));

        // Signing in again hides the old message.
        QTest::keyClicks(edit(&dialog, "codeEdit"), QStringLiteral("654321"));
        signInButton(dialog)->click();
        QCOMPARE(requested.count(), 2);
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("errorBanner"))->isVisible());
    }

    void throttledWaitsAndCountsDown()
    {
        ManualClock clock;
        LoginDialog dialog(nullptr, clock);
        dialog.show();
        QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
        fill(dialog, QStringLiteral("https://portal.example.nl"), QStringLiteral("anna"),
             QStringLiteral("secret"), QStringLiteral("123456"));
        signInButton(dialog)->click();
        dialog.showError(LoginError::Throttled, {}, 90s);
        QVERIFY(!signInButton(dialog)->isEnabled());
        QVERIFY2(label(dialog, "errorLabel")->text().contains(QStringLiteral("(in 1:30)")),
                 qPrintable(label(dialog, "errorLabel")->text()));
        test::saveScreenshot(&dialog, QStringLiteral("login-error-throttled-countdown"));

        QTest::keyClicks(edit(&dialog, "codeEdit"), QStringLiteral("654321"));
        QTest::keyClick(edit(&dialog, "codeEdit"), Qt::Key_Return);
        QCOMPARE(requested.count(), 1); // still waiting

        clock.advanceSecs(31);
        QTRY_VERIFY(label(dialog, "errorLabel")->text().contains(QStringLiteral("(in 0:59)")));
        QVERIFY(!signInButton(dialog)->isEnabled());
        clock.advanceSecs(59);
        QTRY_VERIFY(signInButton(dialog)->isEnabled());
        QVERIFY(label(dialog, "errorLabel")->text().contains(QStringLiteral("try again now")));
        QTest::keyClick(edit(&dialog, "codeEdit"), Qt::Key_Return);
        QCOMPARE(requested.count(), 2);
    }

    void rememberedValuesAndAnAddressFixedByPolicy()
    {
        LoginDialog dialog;
        dialog.setServer(QUrl(QStringLiteral("https://portal.example.nl")));
        dialog.setUsername(QStringLiteral("anna"));
        dialog.setServerLocked(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *server = edit(&dialog, "serverEdit");
        QVERIFY(server->isReadOnly());
        QVERIFY(!(server->focusPolicy() & Qt::TabFocus));
        QVERIFY(label(dialog, "serverPolicyLabel")->isVisible());
        QVERIFY(server->accessibleDescription().contains(QStringLiteral("administrator")));
        // The first field to type in has the focus.
        QCOMPARE(dialog.focusWidget(), edit(&dialog, "passwordEdit"));
        test::saveScreenshot(&dialog, QStringLiteral("login-policy"));

        // An unreachable server is not something the user can edit here.
        QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
        QTest::keyClicks(edit(&dialog, "passwordEdit"), QStringLiteral("secret"));
        QTest::keyClicks(edit(&dialog, "codeEdit"), QStringLiteral("123456"));
        QTest::keyClick(edit(&dialog, "codeEdit"), Qt::Key_Enter);
        QCOMPARE(requested.count(), 1);
        dialog.showError(LoginError::ServerUnreachable);
        QCOMPARE(dialog.focusWidget(), edit(&dialog, "codeEdit"));
    }

    void anEmptyDialogStartsAtTheServer()
    {
        LoginDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.focusWidget(), edit(&dialog, "serverEdit"));
        test::saveScreenshot(&dialog, QStringLiteral("login-empty"));
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());
    }

    void tabOrderAndNames()
    {
        LoginDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QWidget *w = edit(&dialog, "serverEdit");
        const QStringList order = {"usernameEdit", "passwordEdit", "codeEdit"};
        for (const QString &next : order) {
            w = w->nextInFocusChain();
            while (!(w->focusPolicy() & Qt::TabFocus))
                w = w->nextInFocusChain();
            QCOMPARE(w->objectName(), next);
        }
        for (QWidget *control : dialog.findChildren<QWidget *>()) {
            if (!(control->focusPolicy() & Qt::TabFocus) || qobject_cast<QLabel *>(control))
                continue;
            QVERIFY2(!QAccessible::queryAccessibleInterface(control)->text(QAccessible::Name).isEmpty(),
                     qPrintable(control->objectName()));
        }
        for (QLabel *l : dialog.findChildren<QLabel *>()) {
            if (l->text().contains(QLatin1Char('&')))
                QVERIFY2(l->buddy(), qPrintable(l->objectName()));
        }
        QCOMPARE(edit(&dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_login_dialog.moc"
