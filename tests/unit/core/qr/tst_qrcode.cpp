#include "core/otp/OtpAuthUri.h"
#include "core/qr/QrCode.h"

#include <QImage>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace dpdesk;

using Ec = QrCode::ErrorCorrection;
Q_DECLARE_METATYPE(dpdesk::QrCode::ErrorCorrection)

namespace {
QByteArray enrolmentPayload()
{
    OtpAuthUri uri;
    uri.issuer = QStringLiteral("DP Desk");
    uri.account = QStringLiteral("jan@example.nl");
    uri.secret = QByteArrayLiteral("12345678901234567890");
    return uri.toUri().value().toUtf8();
}

QrCode encodeOrFail(const QByteArray &data, Ec level)
{
    Result<QrCode> code = QrCode::encode(data, level);
    if (!code.ok())
        qFatal("encode failed: %s", qPrintable(code.error().code));
    return std::move(code).value();
}

// The 7x7 finder pattern: dark ring, light ring, dark 3x3 centre.
bool finderModule(int dx, int dy)
{
    const int ring = std::max(std::abs(dx - 3), std::abs(dy - 3));
    return ring != 2;
}

// The 15 format bits around the top-left finder (ISO/IEC 18004 7.9), unmasked.
int readFormatBits(const QrCode &code)
{
    auto bit = [&](int x, int y) {
        return code.module(x, y) ? 1 : 0;
    };
    int bits = 0;
    for (int i = 0; i <= 5; ++i)
        bits |= bit(8, i) << i;
    bits |= bit(8, 7) << 6;
    bits |= bit(8, 8) << 7;
    bits |= bit(7, 8) << 8;
    for (int i = 9; i < 15; ++i)
        bits |= bit(14 - i, 8) << i;
    return bits ^ 0x5412;
}

int formatWithBch(int data)
{
    int rem = data;
    for (int i = 0; i < 10; ++i)
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    return (data << 10) | (rem & 0x3ff);
}
} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void encodesEnrolmentUri_data()
    {
        QTest::addColumn<Ec>("level");
        QTest::newRow("L") << Ec::Low;
        QTest::newRow("M") << Ec::Medium;
        QTest::newRow("Q") << Ec::Quartile;
        QTest::newRow("H") << Ec::High;
    }
    void encodesEnrolmentUri()
    {
        QFETCH(Ec, level);
        const QByteArray payload = enrolmentPayload();
        QVERIFY(payload.startsWith("otpauth://totp/DP%20Desk:jan%40example.nl?secret="));
        const Result<QrCode> code = QrCode::encode(payload, level);
        QVERIFY(code.ok());
        QVERIFY(code->version() >= 1 && code->version() <= 40);
        QCOMPARE(code->size(), 17 + 4 * code->version());
        QCOMPARE(code->errorCorrection(), level);
    }

    // The format information carries the level: L=01, M=00, Q=11, H=10.
    void formatInformationMatchesLevel_data() { encodesEnrolmentUri_data(); }
    void formatInformationMatchesLevel()
    {
        QFETCH(Ec, level);
        const QrCode code = encodeOrFail(enrolmentPayload(), level);
        const int format = readFormatBits(code);
        QCOMPARE(formatWithBch(format >> 10), format); // a valid BCH code word
        const int eccBits = format >> 13;
        const int expected = level == Ec::Low ? 1 : level == Ec::Medium ? 0 : level == Ec::Quartile ? 3 : 2;
        QCOMPARE(eccBits, expected);
    }

    void sizeGrowsWithLevel_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("short") << QByteArray("DP Desk");
        QTest::newRow("otpauth") << enrolmentPayload();
        QTest::newRow("500 bytes") << QByteArray(500, 'x');
    }
    void sizeGrowsWithLevel()
    {
        QFETCH(QByteArray, data);
        const int low = encodeOrFail(data, Ec::Low).size();
        const int medium = encodeOrFail(data, Ec::Medium).size();
        const int quartile = encodeOrFail(data, Ec::Quartile).size();
        const int high = encodeOrFail(data, Ec::High).size();
        QVERIFY(low <= medium);
        QVERIFY(medium <= quartile);
        QVERIFY(quartile <= high);
        QVERIFY(high >= low);
        if (data.size() > 100)
            QVERIFY(high > low);
    }

    void finderPatternsAtThreeCorners_data() { encodesEnrolmentUri_data(); }
    void finderPatternsAtThreeCorners()
    {
        QFETCH(Ec, level);
        const QrCode code = encodeOrFail(enrolmentPayload(), level);
        const int n = code.size();
        const QPoint corners[] = {{0, 0}, {n - 7, 0}, {0, n - 7}};
        for (const QPoint &c : corners) {
            for (int dy = 0; dy < 7; ++dy) {
                for (int dx = 0; dx < 7; ++dx)
                    QVERIFY2(code.module(c.x() + dx, c.y() + dy) == finderModule(dx, dy),
                             qPrintable(QStringLiteral("corner (%1,%2) offset (%3,%4)")
                                            .arg(c.x())
                                            .arg(c.y())
                                            .arg(dx)
                                            .arg(dy)));
            }
        }
        // Light separators around the finders.
        for (int i = 0; i < 8; ++i) {
            QVERIFY(!code.module(7, i) && !code.module(i, 7)); // top-left
            QVERIFY(!code.module(n - 8, i) && !code.module(n - 1 - i, 7)); // top-right
            QVERIFY(!code.module(7, n - 1 - i) && !code.module(i, n - 8)); // bottom-left
        }
        // Timing patterns between the finders, and the always-dark module.
        for (int i = 8; i < n - 8; ++i) {
            QCOMPARE(code.module(i, 6), i % 2 == 0);
            QCOMPARE(code.module(6, i), i % 2 == 0);
        }
        QVERIFY(code.module(8, n - 8));
    }

    void moduleOutsideIsLight()
    {
        const QrCode code = encodeOrFail("x", Ec::Medium);
        QCOMPARE(code.size(), 21);
        QVERIFY(code.module(0, 0));
        QVERIFY(!code.module(-1, 0));
        QVERIFY(!code.module(0, -1));
        QVERIFY(!code.module(21, 0));
        QVERIFY(!code.module(0, 21));
    }

    void image_data()
    {
        QTest::addColumn<int>("moduleSize");
        QTest::addColumn<int>("quietZone");
        QTest::newRow("defaults 8/4") << 8 << 4;
        QTest::newRow("1/0") << 1 << 0;
        QTest::newRow("3/2") << 3 << 2;
        QTest::newRow("10/6") << 10 << 6;
    }
    void image()
    {
        QFETCH(int, moduleSize);
        QFETCH(int, quietZone);
        const QrCode code = encodeOrFail(enrolmentPayload(), Ec::Medium);
        const QImage image = code.toImage(moduleSize, quietZone);
        const int side = (code.size() + 2 * quietZone) * moduleSize;
        QCOMPARE(image.width(), side);
        QCOMPARE(image.height(), side);
        QVERIFY(image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Mono);

        const int quietPixels = quietZone * moduleSize;
        for (int y = 0; y < side; ++y) {
            for (int x = 0; x < side; ++x) {
                const int gray = qGray(image.pixel(x, y));
                const bool inQuiet =
                    x < quietPixels || y < quietPixels || x >= side - quietPixels || y >= side - quietPixels;
                bool dark = false;
                if (!inQuiet)
                    dark = code.module((x - quietPixels) / moduleSize, (y - quietPixels) / moduleSize);
                if ((dark && gray != 0) || (!dark && gray != 255))
                    QFAIL(qPrintable(QStringLiteral("pixel (%1,%2) is %3, quiet zone %4, dark %5")
                                         .arg(x)
                                         .arg(y)
                                         .arg(gray)
                                         .arg(inQuiet)
                                         .arg(dark)));
            }
        }
    }

    void imageDefaults()
    {
        const QrCode code = encodeOrFail(enrolmentPayload(), Ec::Medium);
        QCOMPARE(code.toImage().size(), QSize((code.size() + 8) * 8, (code.size() + 8) * 8));
        // Nonsense sizes are clamped: modules of 1 px, no quiet zone.
        QCOMPARE(code.toImage(0, -3).width(), code.size());
    }

    void svg_data() { image_data(); }
    void svg()
    {
        QFETCH(int, moduleSize);
        QFETCH(int, quietZone);
        const QrCode code = encodeOrFail(enrolmentPayload(), Ec::Medium);
        const QString svg = code.toSvg(moduleSize, quietZone);
        const int modules = code.size() + 2 * quietZone;
        const int side = modules * moduleSize;

        QXmlStreamReader xml(svg);
        int svgElements = 0;
        int paths = 0;
        QString d;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("svg")) {
                ++svgElements;
                QCOMPARE(xml.namespaceUri(), QLatin1String("http://www.w3.org/2000/svg"));
                QCOMPARE(a.value(QLatin1String("width")).toInt(), side);
                QCOMPARE(a.value(QLatin1String("height")).toInt(), side);
                QCOMPARE(a.value(QLatin1String("viewBox")).toString(),
                         QStringLiteral("0 0 %1 %1").arg(modules));
                QCOMPARE(a.value(QLatin1String("shape-rendering")).toString(), QStringLiteral("crispEdges"));
            } else if (xml.name() == QLatin1String("path")) {
                ++paths;
                d = a.value(QLatin1String("d")).toString();
                QCOMPARE(a.value(QLatin1String("fill")).toString(), QStringLiteral("#000000"));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(svgElements, 1);
        QCOMPARE(paths, 1);
        QVERIFY(!d.isEmpty());

        // Rasterise the path (runs "Mx yhNv1h-Nz") and compare with the modules.
        QVector<QVector<bool>> grid(modules, QVector<bool>(modules, false));
        static const QRegularExpression run(QStringLiteral("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z"));
        qsizetype consumed = 0;
        auto it = run.globalMatch(d);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QCOMPARE(m.capturedStart(), consumed);
            consumed = m.capturedEnd();
            const int x = m.captured(1).toInt();
            const int y = m.captured(2).toInt();
            const int w = m.captured(3).toInt();
            QCOMPARE(m.captured(4).toInt(), w);
            QVERIFY(x >= 0 && y >= 0 && x + w <= modules && y < modules);
            for (int i = 0; i < w; ++i) {
                QVERIFY2(!grid[y][x + i], "overlapping runs");
                grid[y][x + i] = true;
            }
        }
        QCOMPARE(consumed, d.size());
        for (int y = 0; y < modules; ++y) {
            for (int x = 0; x < modules; ++x)
                QCOMPARE(grid[y][x], code.module(x - quietZone, y - quietZone));
        }
    }

    void tooLong_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<Ec>("level");
        QTest::addColumn<bool>("fits");
        // Byte-mode capacity of version 40: L 2953, M 2331, Q 1663, H 1273.
        QTest::newRow("3000 at H") << 3000 << Ec::High << false;
        QTest::newRow("3000 at L") << 3000 << Ec::Low << false;
        QTest::newRow("1273 at H") << 1273 << Ec::High << true;
        QTest::newRow("1274 at H") << 1274 << Ec::High << false;
        QTest::newRow("2953 at L") << 2953 << Ec::Low << true;
        QTest::newRow("2954 at L") << 2954 << Ec::Low << false;
    }
    void tooLong()
    {
        QFETCH(int, length);
        QFETCH(Ec, level);
        QFETCH(bool, fits);
        const Result<QrCode> code = QrCode::encode(QByteArray(length, 'a'), level);
        if (fits) {
            QVERIFY(code.ok());
            QCOMPARE(code->version(), 40);
            QCOMPARE(code->size(), 177);
        } else {
            QVERIFY(!code.ok());
            QCOMPARE(code.error().code, QStringLiteral("qr.too_long"));
            QVERIFY(!code.error().message.isEmpty());
        }
    }

    void emptyIsRefused()
    {
        const Result<QrCode> code = QrCode::encode({}, Ec::Medium);
        QVERIFY(!code.ok());
        QCOMPARE(code.error().code, QStringLiteral("qr.empty"));
    }

    void binaryAndUtf8Encode()
    {
        QVERIFY(QrCode::encode(QByteArray("a\0b\xff", 4), Ec::Medium).ok());
        QVERIFY(QrCode::encode(QStringLiteral("Zo\u00eb \u20ac").toUtf8(), Ec::Medium).ok());
    }

    void deterministic()
    {
        const QrCode a = encodeOrFail(enrolmentPayload(), Ec::Quartile);
        const QrCode b = encodeOrFail(enrolmentPayload(), Ec::Quartile);
        QCOMPARE(a.toSvg(), b.toSvg());
        QCOMPARE(a.toImage(), b.toImage());
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
