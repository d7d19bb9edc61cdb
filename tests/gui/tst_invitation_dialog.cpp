// InvitationDialog (C1): choose link or code, then the secret is shown once
// with every way to hand it over (clipboard, e-mail, letter), and closing
// asks first. InvitationText and InvitationLetter are tested here too.
#include "core/wire/CreateInvitationRequest.h"
#include "gui/dialogs/FieldMessage.h"
#include "gui/dialogs/InvitationDialog.h"
#include "gui/dialogs/InvitationLetter.h"
#include "gui/dialogs/InvitationText.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include "support/Screenshots.h"

using namespace dpdesk;
using gui::FieldMessage;
using gui::InvitationDialog;
using gui::InvitationLetter;
using gui::InvitationText;
using gui::IssuedInvitation;

namespace {

const QString kCode = QStringLiteral("K7QM-2XD9-3");
const QUrl kPage(QStringLiteral("https://portaal.example.nl/aanvraag"));
const QUrl kLink(
    QStringLiteral("https://portaal.example.nl/aanvraag/l/Zx8_4kTq-mW2rB7nYp3LhV0sJd9FgC6aE1uKoQi5XyU"));
const QDateTime kExpires(QDate(2027, 2, 14), QTime(13, 0), Qt::UTC);

QPushButton *button(QWidget *root, const char *name)
{
    auto *found = root->findChild<QPushButton *>(QLatin1String(name));
    Q_ASSERT(found);
    return found;
}

QPushButton *buttonWithRole(InvitationDialog &dialog, QDialogButtonBox::ButtonRole role)
{
    auto *box = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == role)
            return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

QPushButton *createButton(InvitationDialog &dialog)
{
    return buttonWithRole(dialog, QDialogButtonBox::AcceptRole);
}

QPushButton *closeButton(InvitationDialog &dialog)
{
    return buttonWithRole(dialog, QDialogButtonBox::RejectRole);
}

// Answers the next message box with the button labelled `answer`, and keeps its text.
void answerNextMessageBox(const QString &answer, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(QLatin1Char('&')) == answer) {
                b->click();
                timer->deleteLater();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no button ") + answer));
    });
    timer->start();
}

IssuedInvitation sample(InvitationKind kind)
{
    IssuedInvitation invitation;
    invitation.kind = kind;
    invitation.secret = kind == InvitationKind::Code ? kCode : kLink.path().section(QLatin1Char('/'), -1);
    invitation.link = kind == InvitationKind::Code ? kPage : kLink;
    invitation.applicantName = QStringLiteral("Jan de Vries");
    invitation.applicantEmail = QStringLiteral("jan@example.nl");
    invitation.officeName = QStringLiteral("Bakker & Zonen Financieel Advies");
    invitation.expiresAt = kExpires;
    return invitation;
}

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed>");
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class MailCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TestInvitationDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void stepOneSendsTheChoice()
    {
        InvitationDialog dialog(QStringLiteral("Jan de Vries"), QStringLiteral("jan@example.nl"),
                                QStringLiteral("Bakker Advies"));
        dialog.show();
        QCOMPARE(dialog.step(), InvitationDialog::Step::Choose);
        QCOMPARE(dialog.request(), CreateInvitationRequest{}); // a code, 30 days
        QVERIFY(createButton(dialog)->isDefault());
        test::saveScreenshot(&dialog, QStringLiteral("invitation-choose"));

        QSignalSpy requested(&dialog, &InvitationDialog::invitationRequested);
        dialog.findChild<QRadioButton *>(QStringLiteral("linkRadio"))->setChecked(true);
        dialog.findChild<QSpinBox *>(QStringLiteral("validDaysSpin"))->setValue(14);
        QTest::keyClick(dialog.findChild<QSpinBox *>(QStringLiteral("validDaysSpin")), Qt::Key_Return);
        QCOMPARE(requested.count(), 1);
        const auto sent = requested.at(0).at(0).value<CreateInvitationRequest>();
        QCOMPARE(sent.kind, InvitationKind::Link);
        QCOMPARE(sent.expiresInDays, 14);
        // One request until the controller answers.
        QVERIFY(!createButton(dialog)->isEnabled());
        createButton(dialog)->click();
        QCOMPARE(requested.count(), 1);

        dialog.showError(QStringLiteral("The applicant was removed from the application."));
        QCOMPARE(dialog.step(), InvitationDialog::Step::Choose);
        QVERIFY(createButton(dialog)->isEnabled());
        auto *error = dialog.findChild<FieldMessage *>(QStringLiteral("chooseError"));
        QVERIFY(error->hasError());
        QVERIFY(error->text().contains(QStringLiteral("removed")));
        test::saveScreenshot(&dialog, QStringLiteral("invitation-choose-error"));
    }

    void offlineItIsQueuedAndTheCodeComesLater()
    {
        InvitationDialog dialog(QStringLiteral("Jan de Vries"), {}, QStringLiteral("Bakker Advies"));
        dialog.show();
        createButton(dialog)->click();
        dialog.showQueued();
        QCOMPARE(dialog.step(), InvitationDialog::Step::Queued);
        QVERIFY(!createButton(dialog)->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("queuedText"))
                    ->text()
                    .contains(QStringLiteral("connection is back")));
        test::saveScreenshot(&dialog, QStringLiteral("invitation-queued"));
        dialog.showIssued(InvitationKind::Code, kCode, kPage, QStringLiteral("Jan de Vries"), kExpires);
        QCOMPARE(dialog.step(), InvitationDialog::Step::Issued);
    }

    void theCodeIsShownLargeAndCopied()
    {
        InvitationDialog dialog(QStringLiteral("Jan de Vries"), QStringLiteral("jan@example.nl"),
                                QStringLiteral("Bakker Advies"));
        dialog.show();
        dialog.showIssued(InvitationKind::Code, kCode, kPage, QStringLiteral("Jan de Vries"), kExpires);
        auto *code = dialog.findChild<QLabel *>(QStringLiteral("codeLabel"));
        QCOMPARE(code->text(), kCode);
        QVERIFY(code->isVisible());
        QVERIFY(code->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(code->font().pointSizeF() > 2 * dialog.font().pointSizeF());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("qrLabel"))->isVisible());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("expiresLabel"))
                    ->text()
                    .contains(QStringLiteral("2027")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("howLabel"))->text().contains(kPage.toString()));
        test::saveScreenshot(&dialog, QStringLiteral("invitation-issued-code"));

        QGuiApplication::clipboard()->clear();
        QVERIFY(button(&dialog, "copyButton")->isDefault());
        QTest::keyClick(&dialog, Qt::Key_Return); // Enter copies
        QCOMPARE(QGuiApplication::clipboard()->text(), kCode);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                 QByteArray("secret"));
        QVERIFY(dialog.isVisible());
        auto *note = dialog.findChild<FieldMessage *>(QStringLiteral("handedOverLabel"));
        QCOMPARE(note->tone(), FieldMessage::Tone::Success);
        test::saveScreenshot(&dialog, QStringLiteral("invitation-issued-code-copied"));
    }

    void theLinkIsShownWithAQrCodeAndCopied()
    {
        InvitationDialog dialog(QStringLiteral("Els de Vries-Bakker"), QStringLiteral("els@example.nl"),
                                QStringLiteral("Bakker Advies"));
        dialog.show();
        dialog.showIssued(InvitationKind::Link, kLink.path().section(QLatin1Char('/'), -1), kLink,
                          QStringLiteral("Els de Vries-Bakker"), kExpires);
        auto *link = dialog.findChild<QPlainTextEdit *>(QStringLiteral("linkView"));
        QVERIFY(link->isVisible());
        QVERIFY(link->isReadOnly());
        QCOMPARE(link->toPlainText(), kLink.toString());
        auto *qr = dialog.findChild<QLabel *>(QStringLiteral("qrLabel"));
        QVERIFY(qr->isVisible());
        QVERIFY(qr->pixmap().width() >= 120);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("codeLabel"))->isVisible());
        test::saveScreenshot(&dialog, QStringLiteral("invitation-issued-link"));
        button(&dialog, "copyButton")->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), kLink.toString());
    }

    void theEmailButtonOpensAPrefilledMessage()
    {
        MailCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
        InvitationDialog dialog(QStringLiteral("Jan de Vries"), QStringLiteral("jan@example.nl"),
                                QStringLiteral("Bakker Advies"));
        dialog.show();
        dialog.showIssued(InvitationKind::Code, kCode, kPage, QStringLiteral("Jan de Vries"), kExpires);
        button(&dialog, "emailButton")->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        QCOMPARE(catcher.opened.size(), 1);
        const QUrl url = catcher.opened.first();
        QCOMPARE(url.scheme(), QStringLiteral("mailto"));
        QCOMPARE(url.path(), QStringLiteral("jan@example.nl"));
        const QString body = QUrlQuery(url).queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
        QVERIFY(body.contains(kCode));
        QVERIFY(body.contains(QStringLiteral("date of birth")));
        QVERIFY(body.contains(kPage.toString()));
        QVERIFY(dialog.findChild<FieldMessage *>(QStringLiteral("handedOverLabel"))
                    ->text()
                    .contains(QStringLiteral("jan@example.nl")));
    }

    void theMailtoUrlKeepsEveryCharacter()
    {
        IssuedInvitation invitation = sample(InvitationKind::Link);
        invitation.applicantName = QStringLiteral("Zoë O'Neil-Ünal & Co?");
        invitation.officeName = QStringLiteral("A+B #1 = 100% advies");
        const QUrl url = InvitationText::mailtoUrl(invitation);
        QVERIFY(url.isValid());
        const QByteArray encoded = url.toEncoded();
        QVERIFY(encoded.startsWith("mailto:jan@example.nl?subject="));
        QVERIFY(!encoded.contains(' '));
        QVERIFY(!encoded.contains('\n'));
        QVERIFY(encoded.contains("%0D%0A")); // line breaks as CRLF (RFC 6068)
        QCOMPARE(encoded.count('&'), 1); // only the one between subject and body
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 InvitationText::subject(invitation));
        QString body = InvitationText::mailBody(invitation);
        QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                     .replace(QStringLiteral("\r\n"), QStringLiteral("\n")),
                 body);
        QVERIFY(body.contains(QStringLiteral("Dear Zoë O'Neil-Ünal & Co?,")));
        QVERIFY(body.contains(kLink.toString()));
        QVERIFY(body.contains(QStringLiteral("valid until")));
    }

    void theLetterIsAPdfWithEverythingOnIt_data()
    {
        QTest::addColumn<InvitationKind>("kind");
        QTest::newRow("code") << InvitationKind::Code;
        QTest::newRow("link") << InvitationKind::Link;
    }

    void theLetterIsAPdfWithEverythingOnIt()
    {
        QFETCH(InvitationKind, kind);
        const IssuedInvitation invitation = sample(kind);
        const QString path = m_dir.filePath(QStringLiteral("letter-%1.pdf").arg(QTest::currentDataTag()));
        QVERIFY(InvitationLetter(invitation, QDate(2027, 1, 15)).writePdf(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 2000);
        QVERIFY(file.read(5) == "%PDF-");
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext is not installed: the text of the letter is not checked");
        QVERIFY2(text.contains(invitation.officeName), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Jan de Vries")));
        QVERIFY(text.contains(QStringLiteral("valid until")));
        QVERIFY(text.contains(QStringLiteral("date of birth")));
        QVERIFY(text.contains(QStringLiteral("four times")));
        if (kind == InvitationKind::Code) {
            QVERIFY(text.contains(kCode));
            QVERIFY(text.contains(kPage.toString()));
        } else {
            // The link may wrap anywhere; all of it is there.
            QString joined = text;
            joined.remove(QRegularExpression(QStringLiteral("\\s")));
            QVERIFY(joined.contains(kLink.toString()));
        }
        if (!qEnvironmentVariableIsEmpty("DPDESK_SCREENSHOT_DIR"))
            QFile::copy(
                path,
                QDir(qEnvironmentVariable("DPDESK_SCREENSHOT_DIR"))
                    .filePath(QStringLiteral("invitation-letter-%1.pdf").arg(QTest::currentDataTag())));
    }

    void saveAsPdfWritesTheLetter()
    {
        InvitationDialog dialog(QStringLiteral("Jan de Vries"), QStringLiteral("jan@example.nl"),
                                QStringLiteral("Bakker Advies"));
        QString suggested;
        const QString path = m_dir.filePath(QStringLiteral("saved"));
        dialog.setFileChooser([&](QWidget *, const QString &name) {
            suggested = name;
            return path;
        });
        dialog.show();
        dialog.showIssued(InvitationKind::Code, kCode, kPage, QStringLiteral("Jan de Vries"), kExpires);
        button(&dialog, "saveButton")->click();
        QCOMPARE(suggested, QStringLiteral("Invitation Jan de Vries.pdf"));
        QFile file(path + QStringLiteral(".pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        auto *note = dialog.findChild<FieldMessage *>(QStringLiteral("handedOverLabel"));
        QCOMPARE(note->tone(), FieldMessage::Tone::Success);
        QVERIFY(note->text().contains(QStringLiteral("delete it")));
        test::saveScreenshot(&dialog, QStringLiteral("invitation-issued-saved"));

        // Cancelled: nothing written, nothing said.
        dialog.setFileChooser([](QWidget *, const QString &) { return QString(); });
        button(&dialog, "saveButton")->click();
        QVERIFY(note->text().contains(QStringLiteral("delete it")));
    }

    void closingAsksBecauseTheCodeIsNotShownAgain()
    {
        InvitationDialog dialog(QStringLiteral("Jan de Vries"), QStringLiteral("jan@example.nl"),
                                QStringLiteral("Bakker Advies"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showIssued(InvitationKind::Code, kCode, kPage, QStringLiteral("Jan de Vries"), kExpires);

        QString asked;
        answerNextMessageBox(QStringLiteral("Keep open"), &asked);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(asked.contains(QStringLiteral("not copied, e-mailed, printed or saved the code")));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.issued().secret, kCode);

        button(&dialog, "copyButton")->click();
        answerNextMessageBox(QStringLiteral("Close"), &asked);
        closeButton(dialog)->click();
        QCOMPARE(asked, QStringLiteral("The code will not be shown again."));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        // Forgotten once closed.
        QVERIFY(dialog.issued().secret.isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("codeLabel"))->text().isEmpty());
    }

    void stepOneClosesWithoutAsking()
    {
        InvitationDialog dialog(QStringLiteral("Jan de Vries"), {}, QStringLiteral("Bakker Advies"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void everyControlIsNamedAndReachable()
    {
        InvitationDialog dialog(QStringLiteral("Jan de Vries"), {}, QStringLiteral("Bakker Advies"));
        dialog.show();
        for (auto step : {0, 1}) {
            if (step == 1)
                dialog.showIssued(InvitationKind::Link, QStringLiteral("t"), kLink, QStringLiteral("Jan"),
                                  kExpires);
            for (QWidget *w : dialog.findChildren<QWidget *>()) {
                if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || qobject_cast<QLabel *>(w)
                    || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                    continue;
                QVERIFY2(!QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name).isEmpty(),
                         qPrintable(w->objectName()));
            }
        }
        for (const char *name : {"copyButton", "emailButton", "printButton", "saveButton"})
            QVERIFY2(button(&dialog, name)->text().contains(QLatin1Char('&')), name); // a mnemonic each
        QString asked;
        answerNextMessageBox(QStringLiteral("Close"), &asked);
        dialog.reject();
        QVERIFY(!asked.isEmpty());
    }
};

QTEST_MAIN(TestInvitationDialog)
#include "tst_invitation_dialog.moc"
