#pragma once

#include "core/Result.h"
#include "core/domain/Document.h"
#include "core/wire/FieldReader.h"

#include <QJsonObject>

namespace dpdesk {

// One document version as the server lists it:
// {"id", "applicationId", "kind": "esic"|"privacy_statement"|
//  "provisional_agreement"|"contract", "version": 1.., "contractVersion": 1..,
//  "createdAt", "superseded": bool, "supersededAt": time|null,
//  "sha256": 64 lower-case hex|null, "sizeBytes": 1..|null,
//  "generatedAt": time|null, "contentType": "application/pdf"}
// Consistency: superseded exactly when supersededAt is set; sha256,
// sizeBytes and generatedAt are all set (generated) or all null.
QJsonObject toJson(const DocumentVersion &document);
DocumentVersion readDocumentVersion(FieldReader &reader);
Result<DocumentVersion> documentVersionFromJson(const QJsonObject &object, const QString &path = {});

} // namespace dpdesk
