#pragma once

#include "core/domain/Document.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dpdesk::server {

// The Dutch texts of the documents (D1, S6), filled in from a version's
// snapshot (DocumentSnapshot.h). HTML in the subset QTextDocument renders.
// Everything that came from a person (names, the office's name) is escaped.

// "Kredietovereenkomst", "Privacyverklaring", ...
QString documentTitle(DocumentKind kind);

// The body of the document; its first lines carry the title and the
// version number.
QString documentHtml(DocumentKind kind, const QJsonObject &snapshot, int version, const QDateTime &createdAt);

// The line at the foot of page `page` (from 1) of `pageCount`.
QString documentFooter(DocumentKind kind, const QJsonObject &snapshot, int version,
                       const QDateTime &createdAt, int page, int pageCount);

} // namespace dpdesk::server
