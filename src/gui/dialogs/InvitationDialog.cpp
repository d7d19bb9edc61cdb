#include "gui/dialogs/InvitationDialog.h"

#include "core/qr/QrCode.h"
#include "core/wire/WireLimits.h"
#include "gui/dialogs/DialogStyle.h"
#include "gui/dialogs/FieldMessage.h"
#include "gui/dialogs/InvitationLetter.h"
#include "gui/dialogs/InvitationText.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>

#include "ui_InvitationDialog.h"

namespace dpdesk::gui {

namespace {

QString defaultChooseFile(QWidget *parent, const QString &suggestedFileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, InvitationDialog::tr("Save invitation letter"),
                                        QDir(folder).filePath(suggestedFileName),
                                        InvitationDialog::tr("PDF documents (*.pdf)"));
}

// A file name from a person's name: no characters that a file system refuses.
QString fileNameSafe(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'.')
            out += c;
    }
    return out.simplified();
}

} // namespace

InvitationDialog::InvitationDialog(const QString &applicantName, const QString &applicantEmail,
                                   const QString &officeName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InvitationDialog>())
    , m_applicantName(applicantName)
    , m_chooseFile(&defaultChooseFile)
{
    m_ui->setupUi(this);
    m_issued.applicantEmail = applicantEmail;
    m_issued.officeName = officeName;
    setWindowTitle(tr("Invite %1").arg(applicantName));

    // Step 1.
    DialogStyle::makeTitle(m_ui->chooseTitle);
    m_ui->chooseTitle->setText(tr("Invite %1").arg(applicantName));
    m_ui->chooseIntro->setText(
        tr("Choose how %1 logs in to finish the application. With either, the customer "
           "also gives their date of birth.")
            .arg(applicantName));
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    for (QLabel *note : {m_ui->codeNote, m_ui->linkNote}) {
        DialogStyle::makeSubtitle(note);
        note->setContentsMargins(indent, 0, 0, 4);
    }
    m_ui->codeRadio->setAccessibleDescription(m_ui->codeNote->text());
    m_ui->linkRadio->setAccessibleDescription(m_ui->linkNote->text());
    m_ui->validDaysSpin->setRange(wire_limits::kMinInvitationDays, wire_limits::kMaxInvitationDays);
    m_ui->validDaysSpin->setValue(wire_limits::kDefaultInvitationDays);
    m_ui->validDaysSpin->setSuffix(tr(" days"));
    m_ui->chooseError->setField(m_ui->codeRadio);

    // Offline.
    DialogStyle::makeTitle(m_ui->queuedTitle);
    DialogStyle::makeSubtitle(m_ui->queuedText);
    m_ui->queuedBar->setFixedHeight(10);

    // Step 2.
    DialogStyle::makeTitle(m_ui->issuedTitle);
    DialogStyle::makeBanner(m_ui->onceBanner, DialogStyle::Banner::Warning);
    m_ui->onceIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(QSize(24, 24)));
    m_ui->onceIcon->setFixedSize(QSize(24, 24));
    m_ui->onceLayout->setAlignment(m_ui->onceIcon, Qt::AlignTop);
    DialogStyle::makeBanner(m_ui->secretFrame, DialogStyle::Banner::Info);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 2.6);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    m_ui->codeLabel->setFont(codeFont);
    QFont linkFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    linkFont.setPointSizeF(font().pointSizeF() * 1.1);
    m_ui->linkView->setFont(linkFont);
    m_ui->linkView->setWordWrapMode(QTextOption::WrapAnywhere);
    m_ui->linkView->setFixedHeight(QFontMetrics(linkFont).lineSpacing() * 3 + 12);
    QPalette linkPalette = m_ui->linkView->palette();
    linkPalette.setColor(QPalette::Base, Qt::transparent);
    m_ui->linkView->setPalette(linkPalette);
    DialogStyle::makeSubtitle(m_ui->secretCaption);
    DialogStyle::makeSubtitle(m_ui->expiresLabel);
    m_ui->expiresLabel->setPalette(palette());
    m_ui->handedOverLabel->setField(m_ui->copyButton);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &InvitationDialog::copySecret);
    connect(m_ui->emailButton, &QPushButton::clicked, this, &InvitationDialog::writeEmail);
    connect(m_ui->printButton, &QPushButton::clicked, this, &InvitationDialog::printLetter);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &InvitationDialog::saveLetter);

    m_createButton = m_ui->buttonBox->addButton(tr("&Create invitation"), QDialogButtonBox::AcceptRole);
    m_createButton->setAccessibleName(tr("Create invitation"));
    // A plain button: its text changes from Cancel to Close, so no stock icon.
    m_closeButton = m_ui->buttonBox->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(m_createButton, &QPushButton::clicked, this, &InvitationDialog::create);
    connect(m_closeButton, &QPushButton::clicked, this, &InvitationDialog::reject);

    setMinimumWidth(560);
    showStep(Step::Choose);
}

InvitationDialog::~InvitationDialog()
{
    forgetSecret();
}

CreateInvitationRequest InvitationDialog::request() const
{
    CreateInvitationRequest request;
    request.kind = m_ui->linkRadio->isChecked() ? InvitationKind::Link : InvitationKind::Code;
    request.expiresInDays = m_ui->validDaysSpin->value();
    return request;
}

void InvitationDialog::showIssued(InvitationKind kind, const QString &secret, const QUrl &linkUrl,
                                  const QString &applicantName, const QDateTime &expiresAt)
{
    m_issued.kind = kind;
    m_issued.secret = secret;
    m_issued.link = linkUrl;
    m_issued.applicantName = applicantName;
    m_issued.expiresAt = expiresAt;
    m_handedOver = false;
    m_ui->handedOverLabel->clearMessage();

    const bool code = kind == InvitationKind::Code;
    m_ui->issuedTitle->setText(code ? tr("Personal code for %1").arg(applicantName)
                                    : tr("Personal link for %1").arg(applicantName));
    m_ui->onceLabel->setText(
        code
            ? tr(
                "<b>This code is shown only this once.</b> Hand it over now: copy it, e-mail it, or print or "
                "save the letter. The portal service keeps no readable copy.")
            : tr(
                "<b>This link is shown only this once.</b> Hand it over now: copy it, e-mail it, or print or "
                "save the letter. The portal service keeps no readable copy."));
    m_ui->secretCaption->setText(code ? tr("Personal code") : tr("Personal link"));
    m_ui->codeLabel->setVisible(code);
    m_ui->linkView->setVisible(!code);
    m_ui->qrLabel->setVisible(!code);
    m_ui->copyButton->setText(code ? tr("&Copy code") : tr("&Copy link"));
    if (code) {
        m_ui->codeLabel->setText(secret);
        m_ui->linkView->clear();
        m_ui->qrLabel->clear();
        m_ui->howLabel->setText(
            linkUrl.isEmpty()
                ? tr("%1 goes to the application page and logs in with this code and their date of birth.")
                      .arg(applicantName)
                : tr("%1 goes to %2 and logs in with this code and their date of birth.")
                      .arg(applicantName, linkUrl.toString()));
    } else {
        m_ui->codeLabel->clear();
        m_ui->linkView->setPlainText(m_issued.handOver());
        const auto qr = QrCode::encode(linkUrl.toEncoded(), QrCode::ErrorCorrection::Medium);
        if (qr) {
            // Whole pixels per module, about 180 pixels in all: sharp and easy to scan off the screen.
            const int moduleSize = qMax(2, 180 / (qr->size() + 8));
            m_ui->qrLabel->setPixmap(QPixmap::fromImage(qr->toImage(moduleSize, 4)));
        } else {
            m_ui->qrLabel->setText(tr("No QR code: the link is too long."));
        }
        m_ui->howLabel->setText(
            tr("%1 opens the link, or scans the QR code, and logs in with their date of birth.")
                .arg(applicantName));
    }
    m_ui->expiresLabel->setText(tr("Valid until %1.").arg(InvitationText::dateAndTime(expiresAt)));
    showStep(Step::Issued);
}

void InvitationDialog::showQueued()
{
    showStep(Step::Queued);
}

void InvitationDialog::showError(const QString &message)
{
    showStep(Step::Choose);
    m_ui->chooseError->showMessage(FieldMessage::Tone::Error, message);
    fitToPage();
}

void InvitationDialog::reject()
{
    if (m_step == Step::Issued) {
        const bool code = m_issued.kind == InvitationKind::Code;
        QString text;
        if (m_handedOver)
            text = code ? tr("The code will not be shown again.") : tr("The link will not be shown again.");
        else
            text = code
                ? tr("You have not copied, e-mailed, printed or saved the code yet. It will not be shown "
                     "again: after closing, only a new invitation helps.")
                : tr("You have not copied, e-mailed, printed or saved the link yet. It will not be shown "
                     "again: after closing, only a new invitation helps.");
        QMessageBox box(QMessageBox::Warning, tr("Close the invitation?"), text, QMessageBox::NoButton, this);
        QPushButton *close = box.addButton(tr("Close"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep open"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != close)
            return;
        forgetSecret();
    }
    QDialog::reject();
}

void InvitationDialog::showStep(Step step)
{
    m_step = step;
    // One page at a time; hidden pages take no room.
    m_ui->choosePage->setVisible(step == Step::Choose);
    m_ui->queuedPage->setVisible(step == Step::Queued);
    m_ui->issuedPage->setVisible(step == Step::Issued);
    switch (step) {
    case Step::Choose:
        m_createButton->setVisible(true);
        m_createButton->setEnabled(true);
        m_createButton->setDefault(true);
        m_closeButton->setText(tr("Cancel"));
        break;
    case Step::Queued:
        m_createButton->setVisible(false);
        m_closeButton->setText(tr("Close"));
        m_closeButton->setDefault(true);
        m_closeButton->setFocus();
        break;
    case Step::Issued:
        m_createButton->setVisible(false);
        m_closeButton->setText(tr("Close"));
        // Enter copies; closing is a deliberate step.
        m_closeButton->setDefault(false);
        m_closeButton->setAutoDefault(false);
        m_ui->copyButton->setDefault(true);
        m_ui->copyButton->setFocus();
        break;
    }
    m_closeButton->setAccessibleName(m_closeButton->text());
    fitToPage();
}

void InvitationDialog::fitToPage()
{
    DialogStyle::fitHeight(this); // when visible; showEvent() does it first
}

void InvitationDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToPage();
}

void InvitationDialog::create()
{
    m_ui->chooseError->clearMessage();
    m_createButton->setEnabled(false); // one request; the controller answers with a step
    emit invitationRequested(request());
}

void InvitationDialog::copySecret()
{
    auto *data = new QMimeData;
    data->setText(m_issued.handOver());
    // Clipboard managers (Klipper and others) keep this out of their history.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    noteHandedOver(m_issued.kind == InvitationKind::Code ? tr("The code is on the clipboard.")
                                                         : tr("The link is on the clipboard."));
}

void InvitationDialog::writeEmail()
{
    if (!QDesktopServices::openUrl(InvitationText::mailtoUrl(m_issued))) {
        say(FieldMessage::Tone::Error, tr("No e-mail program could be opened. Copy it instead."));
        return;
    }
    noteHandedOver(
        tr("A new e-mail to %1 is ready in your e-mail program: check it and send it.")
            .arg(m_issued.applicantEmail.isEmpty() ? m_issued.applicantName : m_issued.applicantEmail));
}

void InvitationDialog::printLetter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(22, 20, 22, 20), QPageLayout::Millimeter));
    printer.setDocName(tr("Invitation for %1").arg(m_issued.applicantName));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    InvitationLetter(m_issued).paint(&printer);
    noteHandedOver(tr("The letter went to the printer."));
}

void InvitationDialog::saveLetter()
{
    const QString suggested = tr("Invitation %1.pdf").arg(fileNameSafe(m_issued.applicantName));
    QString path = m_chooseFile(this, suggested);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    const Status written = InvitationLetter(m_issued).writePdf(path);
    if (!written) {
        say(FieldMessage::Tone::Error, tr("The letter could not be saved: %1").arg(written.error().message));
        return;
    }
    noteHandedOver(tr("Saved as %1. The file holds the secret: delete it once the customer has the letter.")
                       .arg(QDir::toNativeSeparators(path)));
}

void InvitationDialog::noteHandedOver(const QString &what)
{
    m_handedOver = true;
    say(FieldMessage::Tone::Success, what);
}

void InvitationDialog::say(FieldMessage::Tone tone, const QString &text)
{
    m_ui->handedOverLabel->showMessage(tone, text);
    fitToPage();
}

void InvitationDialog::forgetSecret()
{
    m_issued.secret.clear();
    m_issued.link.clear();
    m_ui->codeLabel->clear();
    m_ui->linkView->clear();
    m_ui->qrLabel->clear();
}

} // namespace dpdesk::gui
