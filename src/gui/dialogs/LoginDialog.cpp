#include "gui/dialogs/LoginDialog.h"

#include "gui/dialogs/CheckedField.h"
#include "gui/dialogs/DialogStyle.h"
#include "gui/dialogs/FieldMessage.h"

#include <QAccessible>
#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QTimer>

#include "ui_LoginDialog.h"

namespace dpdesk::gui {

LoginDialog::LoginDialog(QWidget *parent, const Clock &clock)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_clock(&clock)
    , m_waitTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    DialogStyle::makeTitle(m_ui->titleLabel, 1.45);
    DialogStyle::makeSubtitle(m_ui->subtitleLabel);
    DialogStyle::makeSubtitle(m_ui->serverPolicyLabel);
    m_ui->logoLabel->setPixmap(DialogStyle::appIcon().pixmap(QSize(52, 52)));
    m_ui->logoLabel->setFixedSize(QSize(52, 52));

    DialogStyle::makeBanner(m_ui->errorBanner, DialogStyle::Banner::Error);
    m_ui->errorIconLabel->setPixmap(DialogStyle::errorIcon().pixmap(QSize(22, 22)));
    m_ui->errorIconLabel->setFixedSize(QSize(22, 22));
    m_ui->errorBannerLayout->setAlignment(m_ui->errorIconLabel, Qt::AlignTop);
    QFont detailFont = m_ui->errorDetailLabel->font();
    detailFont.setPointSizeF(detailFont.pointSizeF() * 0.9);
    m_ui->errorDetailLabel->setFont(detailFont);
    m_ui->errorBanner->hide();
    m_ui->serverPolicyLabel->hide();
    m_ui->busyRow->hide();
    m_ui->busyBar->setFixedHeight(m_ui->busyLabel->sizeHint().height() / 2 + 2);

    // The code in large, evenly spaced digits, as the authenticator app shows it.
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(m_ui->codeEdit->font().pointSizeF() * 1.25);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_ui->codeEdit->setFont(codeFont);
    m_ui->codeEdit->setMaximumWidth(QFontMetrics(codeFont).horizontalAdvance(QStringLiteral("0000000000"))
                                    + 24);
    // Digits only, also when pasted as "123 456".
    connect(m_ui->codeEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        QString digits;
        for (const QChar c : text) {
            if (c.unicode() >= u'0' && c.unicode() <= u'9')
                digits += c;
        }
        digits.truncate(6);
        if (digits != text)
            m_ui->codeEdit->setText(digits);
    });

    QPushButton *signIn = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    signIn->setText(tr("&Sign in"));
    signIn->setAccessibleName(tr("Sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_server = new CheckedField(m_ui->serverEdit, m_ui->serverMessage, &FieldChecks::serverUrl, this);
    m_username = new CheckedField(
        m_ui->usernameEdit, m_ui->usernameMessage,
        [](const QString &text) { return FieldChecks::requiredText(text, tr("Enter your username.")); },
        this);
    m_password = new CheckedField(
        m_ui->passwordEdit, m_ui->passwordMessage,
        [](const QString &text) { return FieldChecks::requiredText(text, tr("Enter your password.")); },
        this);
    m_code = new CheckedField(
        m_ui->codeEdit, m_ui->codeMessage,
        [](const QString &text) {
            if (text.size() == 6)
                return FieldCheck{FieldCheck::State::Valid, {}};
            return FieldCheck{FieldCheck::State::Incomplete,
                              tr("Enter the 6 digits your authenticator app shows now.")};
        },
        this);

    m_waitTimer->setInterval(250);
    connect(m_waitTimer, &QTimer::timeout, this, &LoginDialog::updateWait);
    setMinimumWidth(480);
    updateEnabled();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setServer(const QUrl &server)
{
    m_ui->serverEdit->setText(server.toString());
}

void LoginDialog::setUsername(const QString &username)
{
    m_ui->usernameEdit->setText(username);
}

void LoginDialog::setServerLocked(bool locked)
{
    m_serverLocked = locked;
    m_ui->serverEdit->setReadOnly(locked);
    // Read-only looks read-only: the window's colour instead of a white box.
    QPalette pal = m_ui->serverEdit->parentWidget()->palette();
    if (locked)
        pal.setColor(QPalette::Base, pal.color(QPalette::Window));
    m_ui->serverEdit->setPalette(pal);
    // A fixed address is not a stop on the way through the form.
    m_ui->serverEdit->setFocusPolicy(locked ? Qt::ClickFocus : Qt::StrongFocus);
    m_ui->serverEdit->setAccessibleDescription(locked ? m_ui->serverPolicyLabel->text() : QString());
    m_ui->serverPolicyLabel->setVisible(locked);
    updateEnabled();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        clearError();
    updateEnabled();
    DialogStyle::fitHeight(this);
}

void LoginDialog::showError(LoginError kind, const QString &detail, std::chrono::seconds retryAfter)
{
    setBusy(false);
    m_ui->errorLabel->setText(errorText(kind));
    m_ui->errorDetailLabel->setText(detail.isEmpty() ? QString() : tr("Details: %1").arg(detail));
    m_ui->errorDetailLabel->setVisible(!detail.isEmpty());
    m_ui->errorBanner->show();
    if (kind == LoginError::Throttled && retryAfter.count() > 0) {
        m_retryAt = m_clock->nowUtc().addSecs(retryAfter.count());
        m_waitTimer->start();
        updateWait();
    }
    // A 6-digit code is good for one attempt; the password stays.
    m_code->reset();
    const bool addressProblem =
        kind == LoginError::ServerUnreachable || kind == LoginError::CertificateProblem;
    if (addressProblem && !m_serverLocked) {
        m_ui->serverEdit->setFocus();
        m_ui->serverEdit->selectAll();
    } else {
        m_ui->codeEdit->setFocus();
    }
    QAccessibleEvent alert(m_ui->errorLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    DialogStyle::fitHeight(this);
}

void LoginDialog::clearError()
{
    m_ui->errorBanner->hide();
    m_ui->errorLabel->clear();
    m_ui->errorDetailLabel->clear();
    DialogStyle::fitHeight(this);
}

QString LoginDialog::errorText(LoginError kind)
{
    switch (kind) {
    case LoginError::WrongCredentials:
        return tr("The username, password or 6-digit code is not right. Type the code your authenticator app "
                  "shows now and try again.");
    case LoginError::Throttled:
        return tr("Too many sign-in attempts. Wait a few minutes before you try again.");
    case LoginError::AccountLocked:
        return tr(
            "This account is locked after too many failed sign-ins. Ask the administrator of your office "
            "to unlock it.");
    case LoginError::ServerUnreachable:
        return tr(
            "The portal service does not answer. Check the server address and your internet connection. "
            "If both are right, ask your administrator whether the service is running.");
    case LoginError::CertificateProblem:
        return tr("The server's security certificate could not be verified, so your password was not sent. "
                  "Check the server address; if it is right, ask your administrator to check the "
                  "certificate.");
    case LoginError::Other:
        break;
    }
    return tr("Signing in did not work. Try again; if it keeps failing, tell your administrator what the "
              "details say.");
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!event->spontaneous())
        focusFirstEmpty();
    DialogStyle::fitHeight(this);
}

void LoginDialog::submit()
{
    if (m_busy || m_retryAt.isValid())
        return;
    for (CheckedField *field : {m_server, m_username, m_password, m_code})
        field->reveal();
    DialogStyle::fitHeight(this);
    for (CheckedField *field : {m_server, m_username, m_password, m_code}) {
        if (!field->isAcceptable()) {
            field->edit()->setFocus();
            return;
        }
    }
    const QUrl server = FieldChecks::parseServerUrl(m_ui->serverEdit->text());
    setBusy(true);
    emit loginRequested(server, m_ui->usernameEdit->text().trimmed(), m_ui->passwordEdit->text(),
                        m_ui->codeEdit->text());
}

void LoginDialog::updateEnabled()
{
    const bool editable = !m_busy;
    m_ui->serverEdit->setEnabled(editable);
    m_ui->usernameEdit->setEnabled(editable);
    m_ui->passwordEdit->setEnabled(editable);
    m_ui->codeEdit->setEnabled(editable);
    m_ui->busyRow->setVisible(m_busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && !m_retryAt.isValid());
}

void LoginDialog::updateWait()
{
    if (!m_retryAt.isValid())
        return;
    const qint64 left = m_clock->nowUtc().secsTo(m_retryAt);
    if (left <= 0) {
        m_retryAt = {};
        m_waitTimer->stop();
        m_ui->errorLabel->setText(tr("Too many sign-in attempts. You can try again now."));
    } else {
        // The next whole minute, so that "at" is never earlier than "in".
        QTime atTime = m_retryAt.toLocalTime().time();
        if (atTime.second() > 0 || atTime.msec() > 0)
            atTime = QTime(atTime.hour(), atTime.minute()).addSecs(60);
        const QString at = QLocale().toString(atTime, QStringLiteral("HH:mm"));
        const QString in = QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'));
        m_ui->errorLabel->setText(
            tr("Too many sign-in attempts. You can try again at %1 (in %2).").arg(at, in));
    }
    updateEnabled();
}

void LoginDialog::focusFirstEmpty()
{
    for (CheckedField *field : {m_server, m_username, m_password, m_code}) {
        if (field->edit()->text().isEmpty() && !(field == m_server && m_serverLocked)) {
            field->edit()->setFocus();
            return;
        }
    }
    m_ui->codeEdit->setFocus();
}

} // namespace dpdesk::gui
