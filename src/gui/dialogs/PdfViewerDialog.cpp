#include "gui/dialogs/PdfViewerDialog.h"

#include "gui/dialogs/DialogStyle.h"
#include "gui/dialogs/PdfCompat.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace dpdesk::gui {

namespace {
constexpr int kPrintDpi = 300;
} // namespace

PdfViewerDialog::PdfViewerDialog(const QByteArray &pdf, const QString &title, const QString &fileName,
                                 QWidget *parent)
    : QDialog(parent)
    , m_bytes(pdf)
    , m_fileName(fileName)
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("titleLabel"));
    titleLabel->setTextFormat(Qt::PlainText);
    DialogStyle::makeTitle(titleLabel, 1.2);
    m_pages = new QLabel(this);
    m_pages->setObjectName(QStringLiteral("pagesLabel"));
    DialogStyle::makeSubtitle(m_pages);
    header->addWidget(titleLabel, 1, Qt::AlignBottom);
    header->addWidget(m_pages, 0, Qt::AlignBottom);
    layout->addLayout(header);

    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setAccessibleName(title);
    m_view->setDocumentMargins(QMargins(12, 12, 12, 12));
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printButton"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &PdfViewerDialog::saveAs);
    connect(m_print, &QPushButton::clicked, this, &PdfViewerDialog::print);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(buttons);

    m_buffer.setData(m_bytes);
    m_buffer.open(QIODevice::ReadOnly);
    m_loaded = pdf_compat::load(m_document, &m_buffer);
    if (m_loaded) {
        m_view->setDocument(m_document);
        pdf_compat::showAllPagesFitToWidth(m_view);
        m_pages->setText(tr("Pages: %1").arg(m_document->pageCount()));
    } else {
        m_pages->setText(tr("This PDF cannot be shown; Save as… keeps it as it is."));
    }
    m_print->setEnabled(m_loaded);
    resize(760, 860);
}

PdfViewerDialog::~PdfViewerDialog()
{
    m_view->setDocument(nullptr);
}

int PdfViewerDialog::pageCount() const
{
    return m_loaded ? m_document->pageCount() : 0;
}

Status PdfViewerDialog::saveTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit())
        return Error{QStringLiteral("file.write_failed"),
                     tr("The file could not be saved: %1").arg(file.errorString()),
                     {}};
    return Status::success();
}

Status PdfViewerDialog::printTo(QPrinter *printer) const
{
    if (!m_loaded)
        return Error{QStringLiteral("pdf.not_loaded"), tr("This PDF cannot be printed."), {}};
    QPainter painter;
    if (!painter.begin(printer))
        return Error{QStringLiteral("print.failed"), tr("The printer could not be started."), {}};
    int from = 0;
    int to = pageCount() - 1;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        from = std::min(printer->fromPage(), pageCount()) - 1;
        to = std::clamp(printer->toPage(), printer->fromPage(), pageCount()) - 1;
    }
    for (int page = from; page <= to; ++page) {
        if (page > from)
            printer->newPage();
        const QRect area = painter.viewport();
        // Rendered at no more than kPrintDpi (a high-resolution printer would
        // need an A4 picture of half a gigabyte), then scaled onto the page.
        const QSizeF points = m_document->pagePointSize(page);
        const qreal dpi = std::min<qreal>(kPrintDpi, printer->resolution());
        const QImage image = pdf_compat::renderPage(m_document, page, (points * dpi / 72.0).toSize());
        if (image.isNull())
            continue;
        const QSize fitted = image.size().scaled(area.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(area.topLeft(), fitted), image);
    }
    painter.end();
    return Status::success();
}

void PdfViewerDialog::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save document"),
                                                      QDir(folder).filePath(m_fileName), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status saved = saveTo(path); !saved)
        QMessageBox::warning(this, tr("Save document"), saved.error().message);
}

void PdfViewerDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setMinMax(1, pageCount());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status printed = printTo(&printer); !printed)
        QMessageBox::warning(this, tr("Print document"), printed.error().message);
}

} // namespace dpdesk::gui
