#include "gui/models/ApplicationFilterProxy.h"

#include "client/cache/ApplicationRow.h"
#include "gui/models/ApplicationListModel.h"
#include "gui/text/ListTexts.h"

namespace dpdesk::gui {

ApplicationFilterProxy::ApplicationFilterProxy(ApplicationListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSourceModel(source);
}

void ApplicationFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    auto *applications = qobject_cast<ApplicationListModel *>(model);
    Q_ASSERT_X(applications || !model, "ApplicationFilterProxy",
               "the source must be an ApplicationListModel");
    m_source = applications;
    QSortFilterProxyModel::setSourceModel(applications);
}

void ApplicationFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    QList<Term> terms;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Term term{client::foldForSearch(word.trimmed()), 0};
        if (term.folded.isEmpty())
            continue;
        for (int s = 0; s < kInvitationStatusCount; ++s) {
            if (client::foldForSearch(ListTexts::invitationWord(InvitationStatus(s))).contains(term.folded))
                term.statusWords |= quint8(1u << s);
        }
        terms << term;
    }
    const bool same = terms.size() == m_terms.size()
        && std::equal(terms.cbegin(), terms.cend(), m_terms.cbegin(),
                      [](const Term &a, const Term &b) { return a.folded == b.folded; });
    m_terms = terms;
    if (!same)
        refilter();
}

void ApplicationFilterProxy::setQuickFilters(QuickFilters filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    refilter();
}

void ApplicationFilterProxy::setCurrentUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    if (m_filters & Mine)
        refilter();
}

// invalidate() rebuilds the mapping in one pass over the source rows.
// (invalidateFilter() would apply the change row by row; with tens of
// thousands of rows leaving at once that costs far more than the pass.)
void ApplicationFilterProxy::refilter()
{
    m_nowMs = m_source ? m_source->clock().nowMSecs() : 0;
    invalidate();
}

QString ApplicationFilterProxy::applicationId(int proxyRow) const
{
    return index(proxyRow, 0).data(ApplicationListModel::IdRole).toString();
}

void ApplicationFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_source)
        m_source->sort(column, order);
}

bool ApplicationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_source || sourceParent.isValid())
        return false;
    const client::ApplicationRow &row = m_source->rowAt(sourceRow);
    if (m_filters != NoQuickFilter) {
        if ((m_filters & NeedsAction) && !row.needsAttention()) // C5, S2, S6, I4
            return false;
        if ((m_filters & Complete) && !row.complete) // I5
            return false;
        if ((m_filters & Mine) && (m_userId.isEmpty() || row.advisorId != m_userId))
            return false;
        if ((m_filters & WaitingForCustomer) && !isWaitingForCustomer(row, m_nowMs))
            return false;
    }
    for (const Term &term : m_terms) {
        if (row.searchKey.contains(term.folded))
            continue;
        bool stateMatches = false;
        if (term.statusWords) {
            for (const client::ApplicantRow &applicant : row.applicants) {
                if (term.statusWords & (1u << int(invitationStatus(applicant, m_nowMs))))
                    stateMatches = true;
            }
        }
        if (!stateMatches)
            return false;
    }
    return true;
}

} // namespace dpdesk::gui
