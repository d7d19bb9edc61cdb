// bench_documents: how long generating one document takes (target: at most
// 100 ms per document), in-process, without HTTP or a database: the
// snapshot, the Dutch template and the PDF (QTextDocument + QPdfWriter under
// the offscreen platform), as DocumentService does on a download or a new
// contract. Renders each kind --size times (default 50) for a one- and a
// two-applicant application and prints per kind the mean, p50 and p99 in
// ms and the PDF size. --save DIR writes one PDF of each kind there (to look
// at them).
#include "core/crypto/Digest.h"
#include "server/documents/DocumentSnapshot.h"
#include "server/documents/DocumentTemplates.h"
#include "server/documents/LenderProfile.h"
#include "server/documents/PdfRenderer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dpdesk;
using namespace dpdesk::server;

namespace {

void figure(const QByteArray &name, double value, const char *unit)
{
    const bool whole = value >= 100 || value == double(qint64(value));
    std::printf("%s: %.*f %s\n", name.constData(), whole ? 0 : 2, value, unit);
    std::fflush(stdout);
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values[rank];
}

Application sample(int applicants)
{
    Application a;
    a.id = QStringLiteral("4711");
    a.loanAmountCents = 1'500'000;
    a.loanKind = LoanKind::PersonalLoan;
    a.termMonths = 60;
    a.iban = QStringLiteral("NL91ABNA0417164300");
    a.accountHolder = QStringLiteral("J. de Boer");
    a.contractVersion = 2;
    Applicant first;
    first.fullName = QStringLiteral("Jan de Boer");
    first.dateOfBirth = QDate(1980, 5, 17);
    a.applicants.append(first);
    if (applicants == 2) {
        Applicant second;
        second.position = 2;
        second.fullName = QStringLiteral("Els de Boer-Jansen");
        second.dateOfBirth = QDate(1982, 11, 2);
        a.applicants.append(second);
    }
    return a;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Document generation time per document."));
    parser.addHelpOption();
    const QCommandLineOption sizeOpt(QStringLiteral("size"),
                                     QStringLiteral("renderings per kind and applicant count (default 50)"),
                                     QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption saveOpt(
        QStringLiteral("save"), QStringLiteral("write one PDF of each kind to DIR"), QStringLiteral("DIR"));
    parser.addOptions({sizeOpt, saveOpt});
    parser.process(app);
    const int size = qMax(1, parser.value(sizeOpt).toInt());

    const LenderProfile lender;
    const QDateTime created = QDateTime::currentDateTimeUtc();
    const DocumentKind kinds[] = {DocumentKind::Esic, DocumentKind::PrivacyStatement,
                                  DocumentKind::ProvisionalAgreement, DocumentKind::Contract};
    // The first rendering loads the fonts; it is reported on its own.
    {
        QElapsedTimer t;
        t.start();
        const QJsonObject s =
            documentSnapshot(DocumentKind::Contract, sample(1), QStringLiteral("Advies Noord B.V."), lender,
                             lender.annualRateBasisPoints);
        auto pdf = PdfRenderer::render(
            {QStringLiteral("warm-up"), documentHtml(DocumentKind::Contract, s, 1, created), {}});
        if (!pdf) {
            std::fprintf(stderr, "bench_documents: %s\n", qPrintable(pdf.error().message));
            return 1;
        }
        figure("document_first_render", double(t.nsecsElapsed()) / 1e6, "ms");
    }
    for (int applicants : {1, 2}) {
        const Application a = sample(applicants);
        for (DocumentKind kind : kinds) {
            const QJsonObject snapshot = documentSnapshot(kind, a, QStringLiteral("Advies Noord B.V."),
                                                          lender, lender.annualRateBasisPoints);
            std::vector<double> ms;
            QByteArray pdf;
            for (int i = 0; i < size; ++i) {
                QElapsedTimer t;
                t.start();
                auto rendered = PdfRenderer::render(
                    {documentTitle(kind), documentHtml(kind, snapshot, 2, created), [&](int page, int count) {
                         return documentFooter(kind, snapshot, 2, created, page, count);
                     }});
                const QByteArray sha = Digest::sha256(rendered.value()); // as DocumentService does
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
                pdf = rendered.value();
                Q_UNUSED(sha);
            }
            double sum = 0;
            for (double v : ms)
                sum += v;
            const QByteArray name = "document_" + enumToString(kind).toLatin1() + "_"
                + QByteArray::number(applicants) + "_applicant" + (applicants > 1 ? "s" : "");
            figure(name + "_mean", sum / double(ms.size()), "ms");
            figure(name + "_p50", percentile(ms, 50), "ms");
            figure(name + "_p99", percentile(ms, 99), "ms");
            figure(name + "_bytes", double(pdf.size()), "bytes");
            if (parser.isSet(saveOpt)) {
                QDir().mkpath(parser.value(saveOpt));
                QFile out(QDir(parser.value(saveOpt))
                              .filePath(QStringLiteral("%1-%2.pdf").arg(enumToString(kind)).arg(applicants)));
                if (out.open(QIODevice::WriteOnly))
                    out.write(pdf);
            }
        }
    }
    return 0;
}
