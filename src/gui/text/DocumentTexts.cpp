#include "gui/text/DocumentTexts.h"

#include "gui/text/ChecklistTexts.h"

namespace dpdesk::gui {

QString DocumentTexts::kind(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Esic:
        return tr("ESIC (standard credit information)");
    case DocumentKind::PrivacyStatement:
        return tr("Privacy statement");
    case DocumentKind::ProvisionalAgreement:
        return tr("Provisional agreement");
    case DocumentKind::Contract:
        return tr("Contract");
    }
    return {};
}

QString DocumentTexts::state(const DocumentVersion &document, const QLocale &locale)
{
    if (!document.supersededAt)
        return tr("Current");
    return tr("Superseded on %1").arg(ChecklistTexts::shortDateTime(*document.supersededAt, locale));
}

QString DocumentTexts::shortHash(const DocumentVersion &document)
{
    if (document.sha256.isEmpty())
        return tr("not generated yet");
    return document.sha256.left(12) + QStringLiteral("…");
}

QString DocumentTexts::title(const DocumentVersion &document)
{
    return tr("%1, version %2").arg(kind(document.kind)).arg(document.version);
}

QString DocumentTexts::fileName(const DocumentVersion &document, const QString &reference)
{
    QString safe;
    for (const QChar c : reference)
        safe += c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'-';
    const QString kindName = enumToString(document.kind).replace(u'_', u'-');
    return safe.isEmpty() ? QStringLiteral("%1-v%2.pdf").arg(kindName).arg(document.version)
                          : QStringLiteral("%1-%2-v%3.pdf").arg(safe, kindName).arg(document.version);
}

} // namespace dpdesk::gui
