#include "gui/detail/DocumentList.h"

#include "gui/text/ChecklistTexts.h"
#include "gui/text/DocumentTexts.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dpdesk::gui {

namespace {

// Enter on a row opens it, as a double-click does (QTreeWidget's activated
// depends on the style for Enter; this does not).
class DocumentTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
            emit itemActivated(currentItem(), currentColumn());
            return;
        }
        QTreeWidget::keyPressEvent(event);
    }
};

} // namespace

DocumentList::DocumentList(QWidget *parent)
    : QFrame(parent)
    , m_status(new QLabel(this))
    , m_view(new DocumentTree(this))
{
    setObjectName(QStringLiteral("documentsCard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 16);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Documents").toUpper(), this);
    title->setProperty("role", QStringLiteral("section"));
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setLetterSpacing(QFont::PercentageSpacing, 106);
    title->setFont(f);
    layout->addWidget(title);
    m_status->setObjectName(QStringLiteral("documentsStatus"));
    m_status->setProperty("role", QStringLiteral("hint"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_view->setObjectName(QStringLiteral("documentList"));
    m_view->setAccessibleName(tr("Documents"));
    m_view->setAccessibleDescription(tr("Every version of the application's documents. Press Enter to open "
                                        "one."));
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({tr("Document"), tr("Version"), tr("Created"), tr("State"), tr("SHA-256")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // as high as its rows (fitHeight)
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    layout->addWidget(m_view);
    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = item ? m_view->indexOfTopLevelItem(item) : -1;
        if (index >= 0 && index < m_documents.size())
            emit openRequested(m_documents.at(index));
    });
    setLoading();
}

void DocumentList::setLoading()
{
    m_state = State::Loading;
    showStatus(tr("Loading…"));
}

void DocumentList::setUnavailable(const QString &reason)
{
    m_state = State::Unavailable;
    showStatus(reason.isEmpty() ? tr("Not available offline. The documents are loaded from the portal "
                                     "service when you are online again.")
                                : reason);
}

void DocumentList::setDocuments(const QList<DocumentVersion> &documents)
{
    m_state = State::Shown;
    m_documents = documents;
    // Per document (in the order of D1, then the contract) its versions, newest first.
    std::stable_sort(m_documents.begin(), m_documents.end(),
                     [](const DocumentVersion &a, const DocumentVersion &b) {
                         if (a.kind != b.kind)
                             return int(a.kind) < int(b.kind);
                         return a.version > b.version;
                     });
    m_view->clear();
    if (m_documents.isEmpty()) {
        showStatus(tr("No documents yet."));
        return;
    }
    const QLocale loc = locale();
    const int rowHeight = m_view->fontMetrics().height() + 10; // as the application list
    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    for (const DocumentVersion &d : std::as_const(m_documents)) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(KindColumn, DocumentTexts::kind(d.kind));
        item->setText(VersionColumn, QString::number(d.version));
        item->setTextAlignment(VersionColumn, Qt::AlignCenter);
        item->setText(CreatedColumn, ChecklistTexts::shortDateTime(d.createdAt, loc));
        item->setText(StateColumn, DocumentTexts::state(d, loc));
        item->setText(HashColumn, DocumentTexts::shortHash(d));
        item->setSizeHint(KindColumn, QSize(0, rowHeight));
        item->setToolTip(HashColumn,
                         d.sha256.isEmpty() ? tr("Generated when it is first opened.")
                                            : tr("SHA-256: %1").arg(d.sha256));
        item->setToolTip(KindColumn, tr("Press Enter or double-click to open."));
        if (d.superseded()) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, muted);
        } else {
            QFont bold = item->font(StateColumn);
            bold.setBold(true);
            item->setFont(StateColumn, bold);
        }
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        if (m_documents.at(i).generated())
            m_view->topLevelItem(i)->setFont(HashColumn, mono);
    m_status->hide();
    m_view->show();
    fitHeight();
}

void DocumentList::showStatus(const QString &text)
{
    m_documents.clear();
    m_view->clear();
    m_view->hide();
    m_status->setText(text);
    m_status->show();
}

void DocumentList::fitHeight()
{
    int height = m_view->header()->sizeHint().height() + 2 * m_view->frameWidth();
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        height +=
            m_view->sizeHintForRow(i) > 0 ? m_view->sizeHintForRow(i) : m_view->fontMetrics().height() + 8;
    m_view->setFixedHeight(height + 2);
}

} // namespace dpdesk::gui
