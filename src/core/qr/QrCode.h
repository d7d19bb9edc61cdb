#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace dpdesk {

// A QR code symbol (ISO/IEC 18004) as a square grid of dark and light
// modules, e.g. for the authenticator enrolment in DOMAIN.md A5. Encoding is
// done by libqrencode in 8-bit (byte) mode with the smallest version that
// fits; the C API stays inside QrCode.cpp.
class QrCode
{
public:
    enum class ErrorCorrection { Low, Medium, Quartile, High }; // L ~7%, M ~15%, Q ~25%, H ~30%

    // Errors: qr.empty (no data), qr.too_long (does not fit version 40 at
    // this level), qr.encode_failed (anything else libqrencode reports).
    static Result<QrCode> encode(const QByteArray &utf8Data, ErrorCorrection level);

    int version() const { return m_version; } // 1..40
    int size() const { return m_size; } // modules per side: 17 + 4 * version
    ErrorCorrection errorCorrection() const { return m_level; }

    // True for a dark module; false for a light one and outside the symbol.
    bool module(int x, int y) const;

    // Black on white, Format_Grayscale8, (size + 2 * quietZone) * moduleSize
    // pixels per side. moduleSize is at least 1 and quietZone at least 0.
    QImage toImage(int moduleSize = 8, int quietZone = 4) const;

    // A standalone SVG document: a white background rectangle and one black
    // path in module units (viewBox), scaled to the same pixel size as
    // toImage(), rendered with shape-rendering="crispEdges".
    QString toSvg(int moduleSize = 8, int quietZone = 4) const;

private:
    QrCode(int version, int size, ErrorCorrection level, QByteArray modules);

    int m_version = 0;
    int m_size = 0;
    ErrorCorrection m_level = ErrorCorrection::Medium;
    QByteArray m_modules; // row-major, size * size, 1 = dark
};

} // namespace dpdesk
