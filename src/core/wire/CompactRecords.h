#pragma once

#include "core/domain/Application.h"

#include <QByteArray>

namespace dpdesk {

// The records the server renders on every write, as compact JSON bytes:
// byte for byte toCompactJson(toJson(record)) (ApplicationJson.h,
// ApplicantJson.h), several times faster.
QByteArray compactJson(const Application &application);
QByteArray compactJson(const Applicant &applicant);

} // namespace dpdesk
