#include "core/qr/QrCode.h"

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace dpdesk {

namespace {
QRecLevel toQrLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrCode::ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrCode::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QrCodeFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
} // namespace

QrCode::QrCode(int version, int size, ErrorCorrection level, QByteArray modules)
    : m_version(version)
    , m_size(size)
    , m_level(level)
    , m_modules(std::move(modules))
{ }

Result<QrCode> QrCode::encode(const QByteArray &utf8Data, ErrorCorrection level)
{
    if (utf8Data.isEmpty())
        return Error{QStringLiteral("qr.empty"), QStringLiteral("There is nothing to encode."), {}};

    errno = 0;
    const std::unique_ptr<QRcode, QrCodeFree> code(
        QRcode_encodeData(int(utf8Data.size()), reinterpret_cast<const unsigned char *>(utf8Data.constData()),
                          0, toQrLevel(level)));
    if (!code) {
        if (errno == ERANGE)
            return Error{QStringLiteral("qr.too_long"),
                         QStringLiteral("The data (%1 bytes) does not fit in a QR code at this error "
                                        "correction level.")
                             .arg(utf8Data.size()),
                         {}};
        return Error{
            QStringLiteral("qr.encode_failed"), QStringLiteral("The QR code could not be made."), {}};
    }

    const int size = code->width;
    QByteArray modules(qsizetype(size) * size, '\0');
    for (qsizetype i = 0; i < modules.size(); ++i)
        modules[i] = char(code->data[i] & 0x01); // bit 0: dark module
    return QrCode(code->version, size, level, std::move(modules));
}

bool QrCode::module(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x) != 0;
}

QImage QrCode::toImage(int moduleSize, int quietZone) const
{
    moduleSize = std::max(moduleSize, 1);
    quietZone = std::max(quietZone, 0);
    const int side = (m_size + 2 * quietZone) * moduleSize;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return image;
    image.fill(255);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!module(x, y))
                continue;
            const int px = (x + quietZone) * moduleSize;
            const int py = (y + quietZone) * moduleSize;
            for (int dy = 0; dy < moduleSize; ++dy)
                std::fill_n(image.scanLine(py + dy) + px, moduleSize, uchar(0));
        }
    }
    return image;
}

QString QrCode::toSvg(int moduleSize, int quietZone) const
{
    moduleSize = std::max(moduleSize, 1);
    quietZone = std::max(quietZone, 0);
    const int modules = m_size + 2 * quietZone;
    const int pixels = modules * moduleSize;

    // One subpath per horizontal run of dark modules.
    QString path;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!module(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (module(x + run, y))
                ++run;
            path += QStringLiteral("M%1 %2h%3v1h-%3z").arg(x + quietZone).arg(y + quietZone).arg(run);
            x += run;
        }
    }

    QString svg;
    svg += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg +=
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%1\" "
                       "viewBox=\"0 0 %2 %2\" shape-rendering=\"crispEdges\">\n")
            .arg(pixels)
            .arg(modules);
    svg += QStringLiteral("<rect width=\"%1\" height=\"%1\" fill=\"#ffffff\"/>\n").arg(modules);
    svg += QStringLiteral("<path fill=\"#000000\" d=\"%1\"/>\n").arg(path);
    svg += QStringLiteral("</svg>\n");
    return svg;
}

} // namespace dpdesk
