#include "gui/dialogs/PdfCompat.h"

#include <QEventLoop>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfView>
#include <QStringList>
#include <QTimer>

namespace dpdesk::gui::pdf_compat {

bool load(QPdfDocument *document, QIODevice *device)
{
    document->load(device);
    if (document->status() == QPdfDocument::Status::Loading) {
        // Qt 6.4 may finish loading from a device on the event loop.
        QEventLoop loop;
        QObject::connect(document, &QPdfDocument::statusChanged, &loop, [&loop](QPdfDocument::Status s) {
            if (s != QPdfDocument::Status::Loading)
                loop.quit();
        });
        QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
        if (document->status() == QPdfDocument::Status::Loading)
            loop.exec();
    }
    return document->status() == QPdfDocument::Status::Ready && document->pageCount() > 0;
}

QString pageText(QPdfDocument *document, int page)
{
    return document->getAllText(page).text();
}

QString allText(QPdfDocument *document)
{
    QStringList pages;
    for (int page = 0; page < document->pageCount(); ++page)
        pages << pageText(document, page);
    return pages.join(QLatin1Char('\n'));
}

QImage renderPage(QPdfDocument *document, int page, QSize size)
{
    const QSizeF points = document->pagePointSize(page);
    if (points.isEmpty())
        return {};
    const QSize fitted = points.scaled(QSizeF(size), Qt::KeepAspectRatio).toSize();
    QImage image = document->render(page, fitted);
    if (image.isNull())
        return image;
    // Transparent where the page has no content: flatten on white for printing.
    QImage white(image.size(), QImage::Format_RGB32);
    white.fill(Qt::white);
    QPainter painter(&white);
    painter.drawImage(0, 0, image);
    return white;
}

void showAllPagesFitToWidth(QPdfView *view)
{
    view->setPageMode(QPdfView::PageMode::MultiPage);
    view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

} // namespace dpdesk::gui::pdf_compat
