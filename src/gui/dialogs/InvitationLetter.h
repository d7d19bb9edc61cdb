#pragma once

#include "core/Result.h"
#include "gui/dialogs/IssuedInvitation.h"

#include <QCoreApplication>
#include <QDate>

class QPagedPaintDevice;
class QPainter;

namespace dpdesk::gui {

// The one-page invitation letter (C1, C2): the office's name, the
// applicant's name, the code in large print or the link as a QR code, the
// expiry and how to log in. Painted on any paged device: a QPrinter after
// QPrintDialog, or a QPdfWriter for a PDF file.
class InvitationLetter
{
    Q_DECLARE_TR_FUNCTIONS(InvitationLetter)

public:
    // date: the date printed on the letter.
    explicit InvitationLetter(IssuedInvitation invitation, QDate date = QDate::currentDate());

    // Paints the letter inside the device's page layout (its margins kept).
    void paint(QPagedPaintDevice *device) const;

    // Writes an A4 PDF. Error letter.write_failed when the file cannot be
    // written. The file holds the secret: the caller says so to the user.
    Status writePdf(const QString &path) const;

private:
    qreal paintCodeBox(QPainter &painter, QPagedPaintDevice *device, qreal y, qreal width) const;
    qreal paintLinkBox(QPainter &painter, QPagedPaintDevice *device, qreal y, qreal width) const;

    IssuedInvitation m_invitation;
    QDate m_date;
};

} // namespace dpdesk::gui
