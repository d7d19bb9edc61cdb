#include "gui/detail/AuditTimeline.h"

#include "gui/detail/StateMark.h"
#include "gui/text/AuditTexts.h"
#include "gui/text/ChecklistTexts.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dpdesk::gui {

AuditTimeline::AuditTimeline(QWidget *parent)
    : QFrame(parent)
    , m_status(new QLabel(this))
    , m_rows(new QWidget(this))
    , m_grid(new QGridLayout(m_rows))
{
    setObjectName(QStringLiteral("auditCard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Audit timeline").toUpper(), this);
    title->setProperty("role", QStringLiteral("section"));
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setLetterSpacing(QFont::PercentageSpacing, 106);
    title->setFont(f);
    layout->addWidget(title);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setProperty("role", QStringLiteral("hint"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(3, 1);
    layout->addWidget(m_rows);
    setLoading();
}

void AuditTimeline::setLoading()
{
    m_state = State::Loading;
    clearRows();
    showStatus(tr("Loading…"));
}

void AuditTimeline::setUnavailable()
{
    m_state = State::Unavailable;
    clearRows();
    showStatus(tr("Not available offline. The timeline is loaded from the portal service when you are "
                  "online again."));
}

void AuditTimeline::setEntries(const QList<AuditEntry> &entries,
                               const QHash<QString, QString> &applicantNames)
{
    m_state = State::Shown;
    clearRows();
    if (entries.isEmpty()) {
        showStatus(tr("Nothing recorded yet."));
        return;
    }
    m_status->hide();
    m_rows->show();
    const QLocale loc = locale();
    int row = 0;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it, ++row) {
        const AuditEntry &entry = *it;
        const bool attention = AuditTexts::isAttention(entry);
        auto *mark = new StateMark(m_rows);
        mark->setMark(attention ? CheckMark::Action : CheckMark::Open);
        mark->setFixedSize(mark->sizeHint() * 0.7);
        if (!attention)
            mark->setVisible(false);
        auto *when = new QLabel(ChecklistTexts::shortDateTime(entry.at, loc), m_rows);
        when->setProperty("role", QStringLiteral("caption"));
        auto *who = new QLabel(AuditTexts::actor(entry, applicantNames), m_rows);
        who->setTextFormat(Qt::PlainText);
        QFont bold = who->font();
        bold.setBold(true);
        who->setFont(bold);
        auto *what = new QLabel(AuditTexts::action(entry, applicantNames), m_rows);
        what->setTextFormat(Qt::PlainText);
        what->setWordWrap(true);
        what->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        what->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Any width (a long reason must not widen the column), and a height that
        // follows the width: setSizePolicy would drop setWordWrap's height-for-width.
        QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        what->setSizePolicy(policy);
        what->setMinimumWidth(160);
        m_grid->addWidget(mark, row, 0, Qt::AlignTop | Qt::AlignHCenter);
        m_grid->addWidget(when, row, 1, Qt::AlignTop);
        m_grid->addWidget(who, row, 2, Qt::AlignTop);
        m_grid->addWidget(what, row, 3); // the whole cell width to wrap in
        for (QWidget *w :
             {static_cast<QWidget *>(when), static_cast<QWidget *>(who), static_cast<QWidget *>(what)})
            w->show(); // now, not when the event loop runs: the row is there for a grab or a test
        m_rowTexts << QStringLiteral("%1 | %2 | %3").arg(when->text(), who->text(), what->text());
    }
    m_grid->setColumnMinimumWidth(0, (fontMetrics().height() + 2) * 7 / 10);
}

QStringList AuditTimeline::rowTexts() const
{
    return m_rowTexts;
}

void AuditTimeline::clearRows()
{
    m_rowTexts.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void AuditTimeline::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->show();
    m_rows->setVisible(false);
}

} // namespace dpdesk::gui
