#include "gui/detail/ApplicationDetailView.h"

#include "core/domain/Attention.h"
#include "core/domain/ChecklistRules.h"
#include "core/iban/Iban.h"
#include "core/time/Clock.h"
#include "gui/detail/ApplicantPanel.h"
#include "gui/detail/AuditTimeline.h"
#include "gui/detail/DocumentList.h"
#include "gui/detail/StateMark.h"
#include "gui/text/ChecklistTexts.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace dpdesk::gui {

namespace {

// Below this width two applicant columns get too narrow to read.
constexpr int kSideBySideMinimumWidth = 760;

QColor blend(const QColor &a, const QColor &b, qreal amountOfA)
{
    const qreal r = amountOfA;
    return QColor::fromRgbF(float(a.redF() * r + b.redF() * (1 - r)),
                            float(a.greenF() * r + b.greenF() * (1 - r)),
                            float(a.blueF() * r + b.blueF() * (1 - r)));
}

// Cards on the window background, muted captions, and the colours of the
// marks; derived from the palette so that a dark palette stays readable.
QString styleSheetFor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::WindowText);
    const QColor border = blend(text, base, 0.16);
    const QColor muted = blend(text, base, 0.62);
    const QColor action = StateMark::colour(CheckMark::Action, palette);
    const QColor busy = StateMark::colour(CheckMark::Busy, palette);
    QString css = QStringLiteral(R"(
QFrame#headerCard, QFrame#applicantCard, QFrame#documentsCard, QFrame#auditCard {
    background: %1; border: 1px solid %2; border-radius: 8px;
}
QLabel[role="caption"] { color: %3; }
QLabel[role="section"] { color: %3; }
QLabel[role="hint"] { color: %3; }
QLabel[mark="3"] { color: %4; }
QLabel#pendingNote {
    color: %5; background: %6; border: 1px solid %7; border-radius: 6px; padding: 6px 10px;
}
QPushButton { padding: 5px 14px; }
QPushButton[emphasised="true"] {
    background: %4; color: white; font-weight: bold;
    border: 1px solid %8; border-radius: 4px; padding: 6px 16px;
}
QPushButton[emphasised="true"]:hover { background: %8; }
QPushButton[emphasised="true"]:pressed { background: %8; }
)");
    return css.arg(base.name(), border.name(), muted.name(), action.name(), busy.darker(125).name(),
                   blend(busy, base, 0.10).name(), blend(busy, base, 0.40).name(), action.darker(118).name());
}

// A pill in the colour of the mark, on a light tint of it.
void styleChip(QLabel *chip, CheckMark mark)
{
    const QPalette palette = chip->palette();
    const QColor c = StateMark::colour(mark, palette);
    QFont bold = chip->font();
    bold.setBold(true);
    const int height = QFontMetrics(bold).height() + 8;
    chip->setFixedHeight(height);
    chip->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border-radius: %3px; "
                                       "padding: 0px 12px; font-weight: bold; }")
                            .arg(c.darker(112).name(), blend(c, palette.color(QPalette::Base), 0.12).name())
                            .arg(height / 2));
}

QLabel *newValueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

ApplicationDetailView::ApplicationDetailView(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("applicationDetailView"));
    setStyleSheet(styleSheetFor(palette()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_emptyPage = buildEmptyPage();
    m_detailPage = buildDetailPage();
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_detailPage);
    arrangeFor(width());
    clear();
}

ApplicationDetailView::~ApplicationDetailView() = default;

QWidget *ApplicationDetailView::buildEmptyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("Select an application"), page);
    title->setObjectName(QStringLiteral("emptyTitle"));
    title->setAlignment(Qt::AlignCenter);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    title->setProperty("role", QStringLiteral("caption"));
    auto *hint = new QLabel(tr("Choose an application in the list to see its checklist, invitations and "
                               "history."),
                            page);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setProperty("role", QStringLiteral("hint"));
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addSpacing(6);
    layout->addWidget(hint);
    layout->addStretch(2);
    return page;
}

QWidget *ApplicationDetailView::fact(const QString &caption, QLabel *value)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *captionLabel = new QLabel(caption.toUpper(), box);
    captionLabel->setProperty("role", QStringLiteral("caption"));
    QFont f = captionLabel->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setLetterSpacing(QFont::PercentageSpacing, 106);
    captionLabel->setFont(f);
    layout->addWidget(captionLabel);
    layout->addWidget(value);
    layout->addStretch(1);
    return box;
}

QWidget *ApplicationDetailView::buildDetailPage()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(14);

    auto *header = new QFrame(content);
    header->setObjectName(QStringLiteral("headerCard"));
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(20, 16, 20, 16);
    headerLayout->setSpacing(12);

    m_reference = newValueLabel(QStringLiteral("reference"), header);
    QFont big = m_reference->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_reference->setFont(big);
    m_status = new QLabel(header);
    m_status->setObjectName(QStringLiteral("statusChip"));
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_reference, 1, Qt::AlignVCenter);
    titleRow->addWidget(m_status, 0, Qt::AlignVCenter);
    auto *titleBlock = new QVBoxLayout;
    titleBlock->setSpacing(3);
    titleBlock->addLayout(titleRow);
    m_summary = newValueLabel(QStringLiteral("summary"), header);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.1);
    m_summary->setFont(summaryFont);
    titleBlock->addWidget(m_summary);
    headerLayout->addLayout(titleBlock);

    m_facts = new QGridLayout;
    m_facts->setHorizontalSpacing(28);
    m_facts->setVerticalSpacing(10);
    m_advisor = newValueLabel(QStringLiteral("advisor"), header);
    m_account = newValueLabel(QStringLiteral("account"), header);
    m_contract = newValueLabel(QStringLiteral("contractVersion"), header);
    m_updated = newValueLabel(QStringLiteral("updated"), header);
    m_factBoxes = {fact(tr("Advisor"), m_advisor), fact(tr("Bank account"), m_account),
                   fact(tr("Contract"), m_contract), fact(tr("Last change"), m_updated)};
    headerLayout->addLayout(m_facts);

    m_pendingNote = newValueLabel(QStringLiteral("pendingNote"), header);
    m_pendingNote->setWordWrap(false);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_pendingNote);
    noteRow->addStretch(1);
    headerLayout->addLayout(noteRow);
    layout->addWidget(header);

    m_applicantRow = new QBoxLayout(QBoxLayout::LeftToRight);
    m_applicantRow->setSpacing(14);
    layout->addLayout(m_applicantRow);

    m_documents = new DocumentList(content);
    connect(m_documents, &DocumentList::openRequested, this, [this](const DocumentVersion &document) {
        if (m_application)
            emit documentOpenRequested(m_application->id, document);
    });
    layout->addWidget(m_documents);

    m_audit = new AuditTimeline(content);
    layout->addWidget(m_audit);
    layout->addStretch(1);
    scroll->setWidget(content);
    return scroll;
}

void ApplicationDetailView::arrangeFor(int width)
{
    const bool narrow = width < kSideBySideMinimumWidth;
    if (m_narrow.has_value() && *m_narrow == narrow)
        return;
    m_narrow = narrow;
    // Narrow: applicants one above the other, the header's facts two by two,
    // so that an e-mail address or an IBAN never has to be cut off.
    m_applicantRow->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    for (QWidget *box : std::as_const(m_factBoxes))
        m_facts->removeWidget(box);
    const int columns = narrow ? 2 : 4;
    for (int i = 0; i < m_factBoxes.size(); ++i)
        m_facts->addWidget(m_factBoxes.at(i), i / columns, i % columns);
    const QList<int> stretch = narrow ? QList<int>{1, 1, 0, 0} : QList<int>{2, 3, 1, 2};
    for (int c = 0; c < stretch.size(); ++c)
        m_facts->setColumnStretch(c, stretch.at(c));
}

void ApplicationDetailView::resizeEvent(QResizeEvent *event)
{
    arrangeFor(width());
    QWidget::resizeEvent(event);
}

void ApplicationDetailView::clear()
{
    m_application.reset();
    m_pages->setCurrentWidget(m_emptyPage);
}

std::optional<QString> ApplicationDetailView::applicationId() const
{
    if (!m_application)
        return std::nullopt;
    return m_application->id;
}

void ApplicationDetailView::setApplication(const Application &application)
{
    const bool other = !m_application || m_application->id != application.id;
    m_application = application;
    showHeader(application);
    showApplicants(application);
    if (other) {
        m_audit->setLoading();
        m_documents->setLoading();
        setPendingNote({});
        static_cast<QScrollArea *>(m_detailPage)->verticalScrollBar()->setValue(0);
    }
    m_pages->setCurrentWidget(m_detailPage);
}

void ApplicationDetailView::setAdvisorNames(const QHash<QString, QString> &namesById)
{
    m_advisorNames = namesById;
    if (m_application)
        showHeader(*m_application);
}

void ApplicationDetailView::showHeader(const Application &application)
{
    const QLocale loc = locale();
    m_reference->setText(application.reference);
    m_summary->setText(
        tr("%1 · %2 · %3 months")
            .arg(loc.toCurrencyString(double(application.loanAmountCents) / 100.0, QStringLiteral("€")),
                 ChecklistTexts::loanKind(application.loanKind))
            .arg(application.termMonths));

    CheckMark overall = CheckMark::Busy;
    QString status = tr("In progress");
    if (isComplete(application)) { // I5
        overall = CheckMark::Done;
        status = tr("Complete");
    } else if (needsAttention(application)) {
        overall = CheckMark::Action;
        status = tr("Needs your action");
    }
    m_status->setText(status);
    m_status->setAccessibleName(status);
    styleChip(m_status, overall);

    const QString advisorName = m_advisorNames.value(application.advisorId);
    m_advisor->setText(advisorName.isEmpty() ? tr("User %1").arg(application.advisorId) : advisorName);

    if (application.iban.isEmpty()) {
        m_account->setText(tr("Not filled in yet"));
    } else if (const Result<Iban> iban = Iban::parse(application.iban); iban) {
        const QString bank = iban->bankName();
        m_account->setText(bank.isEmpty() ? iban->masked() : tr("%1 · %2").arg(iban->masked(), bank));
    } else {
        m_account->setText(tr("Not a valid IBAN"));
    }
    m_contract->setText(tr("Version %1").arg(application.contractVersion));
    m_updated->setText(ChecklistTexts::shortDateTime(application.updatedAt, loc));
}

void ApplicationDetailView::showApplicants(const Application &application)
{
    while (m_panels.size() > application.applicants.size())
        delete m_panels.takeLast();
    while (m_panels.size() < application.applicants.size()) {
        auto *panel = new ApplicantPanel(m_detailPage);
        connect(panel, &ApplicantPanel::createInvitationRequested, this, [this](const QString &applicantId) {
            if (m_application)
                emit createInvitationRequested(m_application->id, applicantId);
        });
        connect(panel, &ApplicantPanel::replaceInvitationRequested, this, [this](const QString &applicantId) {
            if (m_application)
                emit replaceInvitationRequested(m_application->id, applicantId);
        });
        m_applicantRow->addWidget(panel, 1); // side by side, equally wide and high
        m_panels.append(panel);
    }
    const QDateTime now = m_clock.nowUtc();
    for (int i = 0; i < m_panels.size(); ++i)
        m_panels[i]->setApplicant(application.applicants.at(i), now, application.contractVersion);
}

QHash<QString, QString> ApplicationDetailView::applicantNames() const
{
    QHash<QString, QString> names;
    if (m_application) {
        for (const Applicant &a : m_application->applicants)
            names.insert(a.id, a.fullName);
    }
    return names;
}

void ApplicationDetailView::setAuditLoading()
{
    m_audit->setLoading();
}

void ApplicationDetailView::setAuditEntries(const QString &applicationId, const QList<AuditEntry> &entries)
{
    if (!m_application || m_application->id != applicationId)
        return;
    m_audit->setEntries(entries, applicantNames());
}

void ApplicationDetailView::setAuditUnavailable(const QString &applicationId)
{
    if (!m_application || m_application->id != applicationId)
        return;
    m_audit->setUnavailable();
}

void ApplicationDetailView::setDocumentsLoading()
{
    m_documents->setLoading();
}

void ApplicationDetailView::setDocuments(const QString &applicationId,
                                         const QList<DocumentVersion> &documents)
{
    if (!m_application || m_application->id != applicationId)
        return;
    m_documents->setDocuments(documents);
}

void ApplicationDetailView::setDocumentsUnavailable(const QString &applicationId, const QString &reason)
{
    if (!m_application || m_application->id != applicationId)
        return;
    m_documents->setUnavailable(reason);
}

void ApplicationDetailView::setPendingNote(const QString &text)
{
    m_pendingNote->setText(text.isEmpty() ? QString() : QStringLiteral("\u21bb  ") + text);
    m_pendingNote->setAccessibleName(text);
    m_pendingNote->setVisible(!text.isEmpty());
}

} // namespace dpdesk::gui
