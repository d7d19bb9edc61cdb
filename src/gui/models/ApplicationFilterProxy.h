#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <array>
#include <vector>

namespace dpdesk::client {
struct ApplicationRow;
}

namespace dpdesk::gui {

class ApplicationListModel;

// Search as you type and quick filters over an ApplicationListModel.
//
// The search text is split on white space; every word must occur (as a
// substring, ignoring case and accents) in the reference, an applicant's name
// or e-mail address, or an applicant's invitation state word ("active",
// "locked", "expired", ...). Quick filters are combined with AND.
//
// Built for 100,000 rows: each row's search text is folded once when it is
// stored (ApplicationRow::searchKey), a keystroke is one pass of byte
// substring tests, and sorting is left to the source model (sort() is
// forwarded), so a keystroke never re-sorts.
class ApplicationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum QuickFilter {
        NoQuickFilter = 0,
        NeedsAction = 0x1, // an applicant is locked (C5), details wrong (S2), refused (S6), ID failed (I4)
        WaitingForCustomer =
            0x2, // invited and active, not complete, nothing for the office (isWaitingForCustomer)
        Complete = 0x4, // I5
        Mine = 0x8, // the advisor is the logged-in user (setCurrentUserId)
    };
    Q_DECLARE_FLAGS(QuickFilters, QuickFilter)
    Q_FLAG(QuickFilters)

    explicit ApplicationFilterProxy(ApplicationListModel *source, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setQuickFilters(QuickFilters filters);
    QuickFilters quickFilters() const { return m_filters; }
    // The logged-in user's id, for the Mine filter (empty: Mine matches nothing).
    void setCurrentUserId(const QString &userId);

    ApplicationListModel *applications() const { return m_source; }
    // The application id of a proxy row.
    QString applicationId(int proxyRow) const;

    // Forwarded to the source model, which sorts on its typed keys.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Term
    {
        QByteArray folded;
        std::array<quint64, 4> bloom{}; // client::searchBloomOf(folded)
        quint8 statusWords = 0; // bit per InvitationStatus whose word contains the term
    };

    void refilter();
    bool termsMatch(const client::ApplicationRow &row) const;
    void forgetMatches() { m_matchesValid = false; }

    QPointer<ApplicationListModel> m_source;
    QString m_searchText;
    QList<Term> m_terms;
    // Typing on narrows the search: a row the shorter text did not match is
    // not matched by the longer one either. m_matches holds, per source row,
    // whether the search terms matched at the last pass (quick filters not
    // included); valid until the source rows change.
    mutable std::vector<bool> m_matches;
    mutable bool m_matchesValid = false;
    bool m_narrowing = false;
    QuickFilters m_filters = NoQuickFilter;
    QString m_userId;
    qint64 m_nowMs = 0; // taken at each refilter, for expiry
};

} // namespace dpdesk::gui

Q_DECLARE_OPERATORS_FOR_FLAGS(dpdesk::gui::ApplicationFilterProxy::QuickFilters)
