#include "gui/models/ApplicationFilterProxy.h"

#include "client/cache/ApplicationRow.h"
#include "gui/models/ApplicationListModel.h"
#include "gui/text/ListTexts.h"

#include <algorithm>
#include <cstring>

namespace dpdesk::gui {

namespace {

// needle in haystack: memchr for the first byte, then a compare. Several
// times faster than QByteArray::contains for these short texts.
bool containsBytes(const QByteArray &haystack, const QByteArray &needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    const char *data = haystack.constData();
    const char *end = data + haystack.size() - n + 1;
    const char first = needle.front();
    const char *rest = needle.constData() + 1;
    for (const char *p = data; p < end;) {
        p = static_cast<const char *>(std::memchr(p, first, size_t(end - p)));
        if (!p)
            return false;
        if (std::memcmp(p + 1, rest, size_t(n - 1)) == 0)
            return true;
        ++p;
    }
    return false;
}

// Every old term is found inside some new term: the new search can only match fewer rows.
bool narrows(const QList<QByteArray> &before, const QList<QByteArray> &after)
{
    if (before.isEmpty())
        return false;
    return std::all_of(before.cbegin(), before.cend(), [&](const QByteArray &old) {
        return std::any_of(after.cbegin(), after.cend(),
                           [&](const QByteArray &term) { return term.contains(old); });
    });
}

} // namespace

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
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = applications;
    forgetMatches();
    if (applications) {
        // Any change of the source rows renumbers or changes them.
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(applications, signal, this, &ApplicationFilterProxy::forgetMatches);
        connect(applications, &QAbstractItemModel::rowsMoved, this, &ApplicationFilterProxy::forgetMatches);
        connect(applications, &QAbstractItemModel::modelReset, this, &ApplicationFilterProxy::forgetMatches);
        connect(applications, &QAbstractItemModel::layoutChanged, this,
                &ApplicationFilterProxy::forgetMatches);
        connect(applications, &QAbstractItemModel::dataChanged, this, &ApplicationFilterProxy::forgetMatches);
    }
    QSortFilterProxyModel::setSourceModel(applications);
}

void ApplicationFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    QList<Term> terms;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Term term;
        term.folded = client::foldForSearch(word.trimmed());
        if (term.folded.isEmpty())
            continue;
        term.bloom = client::searchBloomOf(term.folded);
        for (int s = 0; s < kInvitationStatusCount; ++s) {
            if (client::foldForSearch(ListTexts::invitationWord(InvitationStatus(s))).contains(term.folded))
                term.statusWords |= quint8(1u << s);
        }
        terms << term;
    }
    QList<QByteArray> before;
    QList<QByteArray> after;
    for (const Term &term : m_terms)
        before << term.folded;
    for (const Term &term : terms)
        after << term.folded;
    m_terms = terms;
    if (after == before)
        return;
    // A term that matches a state word can match rows by their state at the
    // time of the pass, so only plain text narrows safely.
    const bool stateWords =
        std::any_of(terms.cbegin(), terms.cend(), [](const Term &t) { return t.statusWords; });
    m_narrowing = m_matchesValid && !stateWords && narrows(before, after);
    refilter();
}

void ApplicationFilterProxy::setQuickFilters(QuickFilters filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    forgetMatches(); // rows the quick filters skipped were not searched
    m_narrowing = false;
    refilter();
}

void ApplicationFilterProxy::setCurrentUserId(const QString &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    if (m_filters & Mine) {
        forgetMatches();
        m_narrowing = false;
        refilter();
    }
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
    if (m_terms.isEmpty())
        return true;
    const size_t index = size_t(sourceRow);
    if (m_narrowing && m_matchesValid && index < m_matches.size() && !m_matches[index])
        return false; // the shorter text did not match this row either
    const bool match = termsMatch(row);
    if (!m_matchesValid) {
        m_matches.assign(size_t(m_source->rowCount()), true);
        m_matchesValid = true;
    }
    if (index < m_matches.size())
        m_matches[index] = match;
    return match;
}

bool ApplicationFilterProxy::termsMatch(const client::ApplicationRow &row) const
{
    for (const Term &term : m_terms) {
        if (client::mayContain(row.searchBloom, term.bloom) && containsBytes(row.searchKey, term.folded))
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
