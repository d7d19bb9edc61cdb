#pragma once

#include "core/domain/Document.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace dpdesk::gui {

// The documents of an application in words (D1, S5): their names, a version
// line and the short form of their SHA-256.
class DocumentTexts
{
    Q_DECLARE_TR_FUNCTIONS(dpdesk::gui::DocumentTexts)

public:
    // "ESIC", "Privacy statement", "Provisional agreement", "Contract".
    static QString kind(DocumentKind kind);
    // "Current" or "Superseded on 3 Jun 2026 10:00".
    static QString state(const DocumentVersion &document, const QLocale &locale = QLocale());
    // The first 12 hex digits ("a1b2c3d4e5f6…"), or "not generated yet".
    static QString shortHash(const DocumentVersion &document);
    // "Contract, version 2": a viewer's title.
    static QString title(const DocumentVersion &document);
    // "contract-v2.pdf": the suggested file name (no personal data).
    static QString fileName(const DocumentVersion &document, const QString &reference);
};

} // namespace dpdesk::gui
