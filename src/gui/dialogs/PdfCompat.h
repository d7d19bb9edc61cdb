#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QIODevice;
class QPdfDocument;
class QPdfView;

namespace dpdesk::gui::pdf_compat {

// The few calls of Qt PDF whose shape changed between Qt 6 releases (load
// from a device finishing later, the text selection API, the view's page
// and zoom modes), in one place so that the rest of the GUI does not care
// which Qt 6 it is built with (written against 6.4).

// Loads the PDF from device (which must stay open while the document is
// used) and waits until the document is ready or failed. True when it has
// pages.
bool load(QPdfDocument *document, QIODevice *device);

// The text of one page (empty when there is none).
QString pageText(QPdfDocument *document, int page);
// The text of every page, pages separated by a line break.
QString allText(QPdfDocument *document);

// The page as an image of about size pixels (the page's aspect ratio kept),
// on white.
QImage renderPage(QPdfDocument *document, int page, QSize size);

// Every page one under the other, as wide as the view.
void showAllPagesFitToWidth(QPdfView *view);

} // namespace dpdesk::gui::pdf_compat
