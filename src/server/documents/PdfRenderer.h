#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace dpdesk::server {

// Renders HTML (the subset QTextDocument knows) to an A4 PDF with Qt's own
// PDF writer: fonts are embedded, text stays text (pdftotext reads it back).
// Needs a QGuiApplication (fonts); the server's main creates one on the
// offscreen platform. Without one, render() refuses with
// documents.renderer_unavailable instead of aborting the process.
class PdfRenderer
{
public:
    // A line for the foot of each page: footer(page from 1, pageCount).
    using Footer = std::function<QString(int page, int pageCount)>;

    struct Page
    {
        QString title; // the PDF's Title metadata
        QString html;
        Footer footer;
    };

    // True when this process can render (a QGuiApplication exists).
    static bool available();

    static Result<QByteArray> render(const Page &page);
};

} // namespace dpdesk::server
