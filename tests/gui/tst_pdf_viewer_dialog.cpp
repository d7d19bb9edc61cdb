// PdfViewerDialog: a PDF from memory shown with Qt PDF (every page), its
// text readable (pdf_compat), Save as writing the very same bytes, and
// printing every page (to a PDF printer, so the result can be checked).
//
// DPDESK_SCREENSHOT_DIR=<dir> saves a PNG of the viewer.
#include "gui/dialogs/PdfCompat.h"
#include "gui/dialogs/PdfViewerDialog.h"

#include <QBuffer>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include "support/Screenshots.h"

using namespace dpdesk;
using namespace dpdesk::gui;

namespace {

// A two-page contract-like PDF written with QPdfWriter.
QByteArray twoPagePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("Kredietovereenkomst"));
        QPainter painter(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSize(14);
        painter.setFont(font);
        painter.drawText(QPointF(200, 300), QStringLiteral("Kredietovereenkomst versie 2"));
        painter.drawText(QPointF(200, 500), QStringLiteral("IBAN NL20INGB0001234567"));
        writer.newPage();
        painter.drawText(QPointF(200, 300), QStringLiteral("Ondertekening"));
    }
    buffer.close();
    return bytes;
}

bool hasInk(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 128)
                return true;
    return false;
}

} // namespace

class TestPdfViewerDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryPageOfThePdf()
    {
        const QByteArray pdf = twoPagePdf();
        PdfViewerDialog viewer(pdf, QStringLiteral("Contract, version 2"), QStringLiteral("contract-v2.pdf"));
        QVERIFY(viewer.isLoaded());
        QCOMPARE(viewer.pageCount(), 2);
        QCOMPARE(viewer.findChild<QLabel *>("pagesLabel")->text(), QStringLiteral("Pages: 2"));
        QCOMPARE(viewer.windowTitle(), QStringLiteral("Contract, version 2"));
        const QString text = pdf_compat::allText(viewer.document());
        QVERIFY2(text.contains("NL20INGB0001234567"), qPrintable(text));
        QVERIFY(text.contains("Ondertekening"));
        QVERIFY(viewer.findChild<QPushButton *>("printButton")->isEnabled());
        // The view shows the first page (Qt PDF renders it on another thread).
        viewer.resize(700, 800);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        auto *view = viewer.findChild<QWidget *>("pdfView");
        QTRY_VERIFY_WITH_TIMEOUT(hasInk(view->grab().toImage()), 10'000);
        test::saveScreenshot(&viewer, QStringLiteral("pdf-viewer"));
    }

    void saveAsWritesTheSameBytes()
    {
        const QByteArray pdf = twoPagePdf();
        PdfViewerDialog viewer(pdf, QStringLiteral("Contract, version 2"), QStringLiteral("contract-v2.pdf"));
        QTemporaryDir dir;
        const QString path = dir.filePath(viewer.suggestedFileName());
        QVERIFY(viewer.saveTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), pdf); // byte for byte: its SHA-256 is the one listed
        QVERIFY(!viewer.saveTo(dir.filePath("no/such/folder/x.pdf")));
    }

    void printsEveryPage()
    {
        PdfViewerDialog viewer(twoPagePdf(), QStringLiteral("Contract"), QStringLiteral("contract.pdf"));
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath("printed.pdf"));
        QVERIFY(viewer.printTo(&printer));
        QPdfDocument printed;
        QFile file(dir.filePath("printed.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(pdf_compat::load(&printed, &file));
        QCOMPARE(printed.pageCount(), 2);
        // Printed as pictures of the pages: something is on each.
        const QImage first = pdf_compat::renderPage(&printed, 0, QSize(600, 840));
        QVERIFY(!first.isNull());
        QVERIFY(hasInk(first));
    }

    void somethingThatIsNotAPdfIsSaidSo()
    {
        PdfViewerDialog viewer(QByteArrayLiteral("not a pdf"), QStringLiteral("Contract"),
                               QStringLiteral("contract.pdf"));
        QVERIFY(!viewer.isLoaded());
        QCOMPARE(viewer.pageCount(), 0);
        QVERIFY(!viewer.findChild<QPushButton *>("printButton")->isEnabled());
        QVERIFY(viewer.findChild<QLabel *>("pagesLabel")->text().contains("cannot be shown"));
    }
};

QTEST_MAIN(TestPdfViewerDialog)
#include "tst_pdf_viewer_dialog.moc"
