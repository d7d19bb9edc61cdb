#include "gui/dialogs/InvitationLetter.h"

#include "core/qr/QrCode.h"
#include "gui/dialogs/DialogStyle.h"
#include "gui/dialogs/InvitationText.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontDatabase>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace dpdesk::gui {

namespace {

constexpr qreal kBodyPoints = 10.5;

qreal millimetres(const QPaintDevice *device, qreal mm)
{
    return mm * device->logicalDpiY() / 25.4;
}

// Lays out rich text at the device's resolution and paints it at (0, y);
// returns its height.
qreal paintHtml(QPainter &painter, QPaintDevice *device, const QString &html, qreal y, qreal width)
{
    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(kBodyPoints);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setTextWidth(width);
    painter.save();
    painter.translate(0, y);
    document.drawContents(&painter);
    painter.restore();
    return document.size().height();
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

InvitationLetter::InvitationLetter(IssuedInvitation invitation, QDate date)
    : m_invitation(std::move(invitation))
    , m_date(date)
{ }

void InvitationLetter::paint(QPagedPaintDevice *device) const
{
    QPainter painter(device);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page(QPointF(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    const qreal width = page.width();
    const qreal gap = millimetres(device, 6);
    const QString brand = DialogStyle::brandColor().name();
    const IssuedInvitation &inv = m_invitation;

    // Letterhead: the office, a rule in the brand colour, the date.
    qreal y = paintHtml(
        painter, device,
        QStringLiteral("<table width='100%'><tr><td><span style='font-size:18pt; font-weight:600; "
                       "color:%1'>%2</span></td><td align='right' valign='bottom'>%3</td></tr></table>")
            .arg(brand, escaped(inv.officeName),
                 escaped(QLocale().toString(m_date, QStringLiteral("d MMMM yyyy")))),
        0, width);
    y += millimetres(device, 2);
    painter.fillRect(QRectF(0, y, width, millimetres(device, 0.8)), DialogStyle::brandColor());
    y += millimetres(device, 12);

    y += paintHtml(painter, device, QStringLiteral("<p>%1</p>").arg(escaped(inv.applicantName)), y, width);
    y += millimetres(device, 10);

    const QString intro =
        tr("%1 has prepared your credit application. You finish it online: read and accept the documents, "
           "sign, "
           "and confirm your identity with your passport, identity card or residence permit.")
            .arg(escaped(inv.officeName));
    y += paintHtml(painter, device,
                   QStringLiteral("<p style='font-size:16pt; font-weight:600'>%1</p>"
                                  "<p>%2</p><p>%3</p>")
                       .arg(escaped(tr("Finish your credit application online")),
                            escaped(tr("Dear %1,").arg(inv.applicantName)), intro),
                   y, width);
    y += gap;

    y += inv.kind == InvitationKind::Code ? paintCodeBox(painter, device, y, width)
                                          : paintLinkBox(painter, device, y, width);
    y += gap;

    QStringList notes;
    notes << tr("This invitation is valid until <b>%1</b>.")
                 .arg(escaped(InvitationText::dateAndTime(inv.expiresAt)));
    notes
        << (inv.kind == InvitationKind::Code ? tr(
                "The invitation is personal: keep this letter to yourself. Nobody from %1 will ever ask you "
                "for the code by phone or e-mail.")
                                             : tr("The invitation is personal: keep this letter to yourself. "
                                                  "Nobody from %1 will ever ask you "
                                                  "for the link by phone or e-mail."))
               .arg(escaped(inv.officeName));
    notes
        << tr("If a wrong date of birth is entered four times, the invitation is blocked. Contact %1 and you "
              "will get a new one.")
               .arg(escaped(inv.officeName));
    QString html;
    for (const QString &note : std::as_const(notes))
        html += QStringLiteral("<p>%1</p>").arg(note);
    html += QStringLiteral("<p><br>%1<br>%2</p>").arg(escaped(tr("Kind regards,")), escaped(inv.officeName));
    paintHtml(painter, device, html, y, width);
}

qreal InvitationLetter::paintCodeBox(QPainter &painter, QPagedPaintDevice *device, qreal y, qreal width) const
{
    const qreal pad = millimetres(device, 6);
    const IssuedInvitation &inv = m_invitation;
    QString steps = QStringLiteral("<p style='font-weight:600'>%1</p><ol>").arg(escaped(tr("How to log in")));
    steps += QStringLiteral("<li>%1</li>")
                 .arg(inv.link.isEmpty() ? escaped(tr("Go to the application page."))
                                         : tr("Go to <b>%1</b>.").arg(escaped(inv.link.toString())));
    steps += QStringLiteral("<li>%1</li><li>%2</li></ol>")
                 .arg(escaped(tr("Type your personal code.")), escaped(tr("Enter your date of birth.")));

    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(26);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    const QFontMetricsF metrics(codeFont, device);
    // Measure the steps first, then draw the box behind everything.
    QTextDocument measure;
    measure.documentLayout()->setPaintDevice(device);
    QFont body = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    body.setPointSizeF(kBodyPoints);
    measure.setDefaultFont(body);
    measure.setDocumentMargin(0);
    measure.setHtml(steps);
    measure.setTextWidth(width - 2 * pad);
    const qreal captionLine = QFontMetricsF(body, device).height();
    const qreal height = pad + captionLine + metrics.height() + pad / 2 + measure.size().height() + pad / 2;

    painter.setPen(QPen(DialogStyle::brandColor(), millimetres(device, 0.4)));
    painter.setBrush(QColor(0xf1, 0xf5, 0xfb));
    painter.drawRoundedRect(QRectF(0, y, width, height), millimetres(device, 3), millimetres(device, 3));

    painter.save();
    painter.translate(pad, y + pad);
    painter.setPen(Qt::black);
    painter.setFont(body);
    painter.drawText(QRectF(0, 0, width - 2 * pad, captionLine), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Your personal code"));
    painter.setFont(codeFont);
    painter.setPen(DialogStyle::brandColor());
    painter.drawText(QRectF(0, captionLine, width - 2 * pad, metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, inv.secret);
    painter.translate(0, captionLine + metrics.height() + pad / 2);
    measure.drawContents(&painter);
    painter.restore();
    return height;
}

qreal InvitationLetter::paintLinkBox(QPainter &painter, QPagedPaintDevice *device, qreal y, qreal width) const
{
    const qreal pad = millimetres(device, 6);
    const qreal qrSide = millimetres(device, 40);
    const IssuedInvitation &inv = m_invitation;
    const auto qr = QrCode::encode(inv.link.toEncoded(), QrCode::ErrorCorrection::Medium);

    const qreal textX = pad + qrSide + pad;
    const qreal textWidth = width - textX - pad;
    QTextDocument text;
    text.documentLayout()->setPaintDevice(device);
    QFont body = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    body.setPointSizeF(kBodyPoints);
    text.setDefaultFont(body);
    text.setDocumentMargin(0);
    text.setHtml(QStringLiteral("<p style='font-weight:600'>%1</p><ol><li>%2</li><li>%3</li></ol>"
                                "<p>%4</p>")
                     .arg(escaped(tr("How to log in")),
                          escaped(tr("Scan the QR code with the camera of your "
                                     "phone, or type the address below into your "
                                     "browser.")),
                          escaped(tr("Enter your date of birth.")), escaped(tr("Your personal link:"))));
    text.setTextWidth(textWidth);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(8.5);
    const QString link = inv.link.toString(QUrl::FullyEncoded);
    QTextOption wrapAnywhere;
    wrapAnywhere.setWrapMode(QTextOption::WrapAnywhere);
    const QFontMetricsF monoMetrics(mono, device);
    const QRectF linkBounds =
        monoMetrics.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWrapAnywhere, link);
    const qreal height = pad + qMax(qrSide, text.size().height() + linkBounds.height()) + pad;

    painter.setPen(QPen(DialogStyle::brandColor(), millimetres(device, 0.4)));
    painter.setBrush(QColor(0xf1, 0xf5, 0xfb));
    painter.drawRoundedRect(QRectF(0, y, width, height), millimetres(device, 3), millimetres(device, 3));

    if (qr) {
        // Modules as filled rectangles: sharp at any print resolution.
        const int quiet = 2;
        const qreal module = qrSide / (qr->size() + 2 * quiet);
        const QPointF origin(pad, y + pad);
        painter.fillRect(QRectF(origin, QSizeF(qrSide, qrSide)), Qt::white);
        painter.setPen(Qt::NoPen);
        painter.setRenderHint(QPainter::Antialiasing, false);
        for (int row = 0; row < qr->size(); ++row) {
            int col = 0;
            while (col < qr->size()) {
                if (!qr->module(col, row)) {
                    ++col;
                    continue;
                }
                const int start = col;
                while (col < qr->size() && qr->module(col, row))
                    ++col;
                painter.fillRect(QRectF(origin.x() + (start + quiet) * module,
                                        origin.y() + (row + quiet) * module, (col - start) * module, module),
                                 Qt::black);
            }
        }
        painter.setRenderHint(QPainter::Antialiasing, true);
    }

    painter.save();
    painter.translate(textX, y + pad);
    text.drawContents(&painter);
    painter.translate(0, text.size().height());
    painter.setFont(mono);
    painter.setPen(DialogStyle::brandColor());
    painter.drawText(QRectF(0, 0, textWidth, linkBounds.height()), link, wrapAnywhere);
    painter.restore();
    return height;
}

Status InvitationLetter::writePdf(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QStringLiteral("letter.write_failed"), file.errorString(), {}};
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(22, 20, 22, 20), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(tr("Invitation for %1").arg(m_invitation.applicantName));
        writer.setCreator(QStringLiteral("DP Desk"));
        paint(&writer);
    }
    file.close();
    if (file.error() != QFileDevice::NoError || file.size() == 0)
        return Error{QStringLiteral("letter.write_failed"), file.errorString(), {}};
    return Status::success();
}

} // namespace dpdesk::gui
