#include "server/documents/PdfRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace dpdesk::server {

namespace {
constexpr int kResolution = 300; // device pixels per inch of the layout
constexpr qreal kMarginMm = 20;
constexpr qreal kFooterMm = 10; // below the body, inside the bottom margin
const QString kFontFamily = QStringLiteral("DejaVu Sans");
} // namespace

bool PdfRenderer::available()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

Result<QByteArray> PdfRenderer::render(const Page &page)
{
    if (!available())
        return Error{QStringLiteral("documents.renderer_unavailable"),
                     QStringLiteral("This server process cannot render documents (it has no "
                                    "QGuiApplication)."),
                     {}};
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setTitle(page.title);
    writer.setCreator(QStringLiteral("DP Desk portal service"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer); // lay out at the writer's resolution
    QFont font(kFontFamily, 10);
    font.setStyleHint(QFont::SansSerif);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(page.html);

    const QRectF body = writer.pageLayout().paintRectPixels(kResolution);
    document.setPageSize(QSizeF(body.width(), body.height()));
    const int pageCount = document.pageCount();
    const qreal footerOffset = kFooterMm / 25.4 * kResolution;

    QFont footerFont(kFontFamily, 7);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{QStringLiteral("documents.render_failed"), QStringLiteral("Cannot start the PDF."), {}};
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0)
            writer.newPage();
        // paintRectPixels is relative to the paper; the painter's origin is
        // already at the top left of the paint rectangle.
        painter.save();
        painter.translate(0, -i * body.height());
        document.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();
        if (page.footer) {
            painter.save();
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(0, body.height() + footerOffset * 0.3, body.width(), footerOffset),
                             Qt::AlignLeft | Qt::AlignTop, page.footer(i + 1, pageCount));
            painter.restore();
        }
    }
    if (!painter.end())
        return Error{QStringLiteral("documents.render_failed"), QStringLiteral("Cannot finish the PDF."), {}};
    buffer.close();
    return pdf;
}

} // namespace dpdesk::server
