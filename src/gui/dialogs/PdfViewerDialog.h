#pragma once

#include "core/Result.h"

#include <QBuffer>
#include <QByteArray>
#include <QDialog>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QPushButton;

namespace dpdesk::gui {

// Shows one PDF as the server sent it (a document version, D1 and S5), all
// pages one under the other, with "Save as…" (the exact bytes, so the file's
// SHA-256 is the one listed and audited) and "Print…". Works on the bytes in
// memory; nothing is written unless the user saves.
class PdfViewerDialog : public QDialog
{
    Q_OBJECT

public:
    // title: what it is ("Contract, version 2"); fileName: the suggested name
    // for Save as.
    PdfViewerDialog(const QByteArray &pdf, const QString &title, const QString &fileName,
                    QWidget *parent = nullptr);
    ~PdfViewerDialog() override;

    bool isLoaded() const { return m_loaded; }
    int pageCount() const;
    QPdfDocument *document() const { return m_document; }
    const QByteArray &bytes() const { return m_bytes; }
    QString suggestedFileName() const { return m_fileName; }

    // Writes the PDF's bytes unchanged to path.
    Status saveTo(const QString &path) const;
    // Prints every page on printer (set up by the caller), fitted to the page.
    Status printTo(QPrinter *printer) const;

public slots:
    void saveAs(); // asks for a file name
    void print(); // the print dialog, then printTo

private:
    QByteArray m_bytes;
    QString m_fileName;
    QBuffer m_buffer;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QLabel *m_pages;
    QPushButton *m_save;
    QPushButton *m_print;
    bool m_loaded = false;
};

} // namespace dpdesk::gui
