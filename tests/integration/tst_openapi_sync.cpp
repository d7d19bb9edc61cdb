// The API document docs/api/openapi.yaml and the server's router in step:
// every registered route is documented, and every documented operation is
// served. A route added, renamed or removed on one side only fails here with
// its name.
#include "server/http/Router.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

#include "support/ServerFixture.h"

using namespace dpdesk;
using namespace dpdesk::test;

namespace {

// The (path, method) pairs of the "paths:" section of an OpenAPI document,
// as "METHOD /path" like Router::routes(), and what the reader could not
// follow.
struct DocumentedRoutes
{
    QStringList routes;
    QStringList problems;
};

// A line-based reader for the "paths:" section only, so that the test needs
// no YAML library. It assumes the block style the document is written in:
//  - "paths:" is a key at column 0 with nothing after the colon; the section
//    ends at the next non-blank, non-comment line at column 0;
//  - each path is a key indented by exactly two spaces that starts with "/"
//    (plain, or in single or double quotes) and has nothing after its colon;
//  - each operation is a lower-case HTTP method key indented by exactly four
//    spaces; other keys at that level (parameters, summary, description,
//    servers) are skipped, and so is everything indented deeper;
//  - indentation is spaces only; blank lines and lines whose first non-space
//    character is "#" are skipped; a trailing " #" comment after a key is
//    allowed.
// It reports (in problems), rather than guesses at, what it cannot read:
// tabs in the indentation, a flow-style or $ref path item, a path key not
// starting with "/", an odd indentation inside the section, a path listed
// twice, and a document without a "paths:" section.
DocumentedRoutes readOpenApiPaths(const QByteArray &document)
{
    static const QStringList methods{"get", "put", "post", "delete", "options", "head", "patch", "trace"};
    DocumentedRoutes out;
    bool sawPaths = false;
    bool inPaths = false;
    QString currentPath;
    QSet<QString> seenPaths;
    const QList<QByteArray> lines = document.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = QString::fromUtf8(lines.at(n));
        if (line.endsWith('\r'))
            line.chop(1);
        const QString where = QStringLiteral("line %1").arg(n + 1);
        const QString content = line.trimmed();
        if (content.isEmpty() || content.startsWith('#'))
            continue;
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == ' ')
            ++indent;
        if (line.at(indent) == '\t') {
            if (inPaths || indent == 0)
                out.problems << where + QStringLiteral(": a tab in the indentation");
            continue;
        }
        // "key: value  # comment" -> key and value without the comment.
        QString text = content;
        if (const qsizetype hash = text.indexOf(QStringLiteral(" #")); hash >= 0)
            text = text.left(hash).trimmed();
        qsizetype colon = text.indexOf(QStringLiteral(": "));
        if (colon < 0 && text.endsWith(':'))
            colon = text.size() - 1;
        const QString key = colon >= 0 ? text.left(colon).trimmed() : text;
        const QString value = colon >= 0 ? text.mid(colon + 1).trimmed() : QString();

        if (indent == 0) {
            inPaths = key == QLatin1String("paths");
            if (inPaths) {
                sawPaths = true;
                if (!value.isEmpty())
                    out.problems << where + QStringLiteral(": \"paths:\" in flow style (%1)").arg(value);
            }
            continue;
        }
        if (!inPaths)
            continue;
        if (indent == 2) {
            QString path = key;
            if (path.size() >= 2 && (path.startsWith('"') || path.startsWith('\''))
                && path.endsWith(path.at(0)))
                path = path.mid(1, path.size() - 2);
            currentPath.clear();
            if (colon < 0 || !path.startsWith('/')) {
                out.problems << where + QStringLiteral(": not a path key: %1").arg(content);
                continue;
            }
            if (!value.isEmpty()) {
                out.problems << where + QStringLiteral(": path %1 in flow style or as a $ref").arg(path);
                continue;
            }
            if (seenPaths.contains(path)) {
                out.problems << where + QStringLiteral(": path %1 listed twice").arg(path);
                continue;
            }
            seenPaths.insert(path);
            currentPath = path;
        } else if (indent == 4) {
            if (currentPath.isEmpty())
                continue; // under a refused path key, already reported
            if (key == QLatin1String("$ref"))
                out.problems << where + QStringLiteral(": path %1 is a $ref").arg(currentPath);
            else if (methods.contains(key))
                out.routes << key.toUpper() + ' ' + currentPath;
        } else if (indent < 4 || indent % 2 != 0) {
            out.problems << where + QStringLiteral(": unexpected indentation of %1 in paths").arg(indent);
        }
    }
    if (!sawPaths)
        out.problems << QStringLiteral("no \"paths:\" section");
    return out;
}

// DPDESK_SOURCE_DIR (set by ctest); run by hand, the first folder upwards
// from the test binary that holds the document.
QString openApiFile()
{
    const QString relative = QStringLiteral("docs/api/openapi.yaml");
    const QString sourceDir = qEnvironmentVariable("DPDESK_SOURCE_DIR");
    if (!sourceDir.isEmpty())
        return QDir(sourceDir).filePath(relative);
    QDir dir(QCoreApplication::applicationDirPath());
    do {
        if (QFile::exists(dir.filePath(relative)))
            return dir.filePath(relative);
    } while (dir.cdUp());
    return {};
}

QStringList missingFrom(const QStringList &wanted, const QStringList &have)
{
    QStringList out;
    for (const QString &item : wanted) {
        if (!have.contains(item))
            out << item;
    }
    out.sort();
    return out;
}

} // namespace

class TestOpenApiSync : public QObject
{
    Q_OBJECT

private slots:
    void readerFindsOperationsAndSkipsEverythingElse()
    {
        const QByteArray sample = "openapi: 3.0.3\n"
                                  "# paths: in a comment\n"
                                  "info:\n"
                                  "  title: x\n"
                                  "paths:\n"
                                  "  /a:\n"
                                  "    parameters:\n"
                                  "      - name: id\n"
                                  "    get:\n"
                                  "      description: >-\n"
                                  "        post: inside a text block\n"
                                  "\n"
                                  "    patch:  # a comment\n"
                                  "      responses:\n"
                                  "        get:\n"
                                  "  \"/b/{id}\":\r\n"
                                  "    summary: b\n"
                                  "    post:\r\n"
                                  "components:\n"
                                  "  /c:\n"
                                  "    get:\n";
        const auto read = readOpenApiPaths(sample);
        QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.join('\n')));
        QCOMPARE(read.routes, (QStringList{"GET /a", "PATCH /a", "POST /b/{id}"}));
    }

    void readerReportsWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("no paths") << QByteArray("openapi: 3.0.3\ninfo:\n  title: x\n");
        QTest::newRow("flow paths") << QByteArray("paths: {}\n");
        QTest::newRow("flow path item") << QByteArray("paths:\n  /a: {get: {}}\n");
        QTest::newRow("ref path item") << QByteArray("paths:\n  /a:\n    $ref: other.yaml\n");
        QTest::newRow("not a path") << QByteArray("paths:\n  a:\n    get:\n");
        QTest::newRow("tab") << QByteArray("paths:\n\t/a:\n");
        QTest::newRow("odd indent") << QByteArray("paths:\n   /a:\n");
        QTest::newRow("twice") << QByteArray("paths:\n  /a:\n    get:\n  /a:\n    post:\n");
    }
    void readerReportsWhatItCannotRead()
    {
        QFETCH(QByteArray, document);
        QVERIFY(!readOpenApiPaths(document).problems.isEmpty());
    }

    void everyRouteIsDocumentedAndEveryOperationServed()
    {
        ServerFixture f;
        DPDESK_START_SERVER(f);

        const QString file = openApiFile();
        QVERIFY2(!file.isEmpty(),
                 "docs/api/openapi.yaml not found: set DPDESK_SOURCE_DIR to the source folder");
        QFile in(file);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("cannot read ") + file));
        const DocumentedRoutes documented = readOpenApiPaths(in.readAll());
        QVERIFY2(documented.problems.isEmpty(),
                 qPrintable(file + QStringLiteral(": the paths section cannot be read:\n  ")
                            + documented.problems.join(QStringLiteral("\n  "))));

        // The JSON API only: the customer's web pages and the sandbox pages
        // (web/) are HTML for browsers, covered by tst_customer_pages.
        QStringList served;
        for (const QString &route : f.server().router().routes()) {
            if (route.section(QLatin1Char(' '), 1).startsWith(QLatin1String("/api/")))
                served << route;
        }
        QVERIFY2(!served.isEmpty(), "the router has no routes");
        QVERIFY2(!documented.routes.isEmpty(), qPrintable(file + QStringLiteral(" documents no operation")));
        QCOMPARE(QSet<QString>(served.begin(), served.end()).size(), served.size());

        const QStringList undocumented = missingFrom(served, documented.routes);
        const QStringList notServed = missingFrom(documented.routes, served);
        QStringList message;
        if (!undocumented.isEmpty())
            message << QStringLiteral("Routes of the server missing from %1 (document them):\n  %2")
                           .arg(file, undocumented.join(QStringLiteral("\n  ")));
        if (!notServed.isEmpty())
            message << QStringLiteral(
                           "Operations in %1 that the server does not have (remove or fix them):\n  %2")
                           .arg(file, notServed.join(QStringLiteral("\n  ")));
        QVERIFY2(message.isEmpty(), qPrintable(message.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestOpenApiSync)
#include "tst_openapi_sync.moc"
