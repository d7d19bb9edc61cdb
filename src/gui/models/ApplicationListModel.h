#pragma once

#include "client/cache/ApplicationRow.h"
#include "core/time/Clock.h"
#include "gui/models/ListStates.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace dpdesk::client {
class LocalCache;
}

namespace dpdesk::gui {

// The applications of the main window's list, one row each, from the list
// rows of the local cache (LocalCache::listRows: no JSON is decoded). The
// model sorts itself (sort(), on typed keys, the same values SortRole gives),
// so that a filter proxy on top never has to re-sort while the user types.
//
// reload() reads every row (a model reset); refresh(ids) re-reads only those
// applications and inserts, updates, moves or removes their rows with
// row-level signals, keeping the current sort order.
class ApplicationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ReferenceColumn,
        ApplicantsColumn,
        AmountColumn,
        AdvisorColumn,
        CreatedColumn,
        ProgressColumn, // "4/6 steps"
        InvitationColumn, // "Code active / Link locked"
        DocumentsColumn, // one StepMark per applicant
        IdentificationColumn,
        SigningColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the application id
        SortRole, // the typed value the column sorts on (qlonglong, double, int or folded QString)
        StepMarksRole, // StepMarks (one per applicant) in the three step columns
        NeedsAttentionRole, // bool: some applicant needs the office (C5, S2, S6, I4)
        CompleteRole, // bool (I5)
        AdvisorIdRole, // QString
    };
    Q_ENUM(Role)

    // refresh() with more ids than this reloads everything at once (one reset
    // instead of thousands of row signals, e.g. during a first sync).
    static constexpr int kDefaultResetThreshold = 500;

    explicit ApplicationListModel(const client::LocalCache *cache, const Clock &clock = Clock::system(),
                                  QObject *parent = nullptr);
    ~ApplicationListModel() override;

    // Rows shown at once by reloadInBackground: more than a window holds.
    static constexpr int kFirstRows = 200;

    // Reads every list row of the cache (a model reset), in the current sort
    // order. Ends a reloadInBackground under way.
    void reload();
    // How the window opens: shows the newest firstRows rows at once (one
    // quick query), reads every row on a thread of its own meanwhile, and
    // adds the rest when read (rows inserted below the first ones when the
    // list is still in its default order, else a reset), then emits
    // loadingFinished. Applications refreshed meanwhile are read again
    // afterwards, so none shows an older state.
    void reloadInBackground(int firstRows = kFirstRows);
    bool isLoading() const { return m_loading; }
    // What reloadInBackground runs on its thread (default:
    // LocalCache::readListRows): nullopt when the read failed or was
    // cancelled (cancelled() true). Tests pin down what the read sees.
    using RowReader = std::function<std::optional<QList<client::ApplicationRow>>(
        const QString &cacheFile, const std::function<bool()> &cancelled)>;
    void setRowReader(RowReader reader) { m_rowReader = std::move(reader); }
    // Re-reads these applications: new ones are inserted at their sorted
    // place, changed ones updated (and moved when their sort key changed),
    // vanished ones removed. Row-level signals only, unless more than
    // resetThreshold() ids are given.
    void refresh(const QStringList &ids);
    void setResetThreshold(int threshold) { m_resetThreshold = threshold; }
    int resetThreshold() const { return m_resetThreshold; }

    // Display names of the office's users, by user id (the Advisor column
    // shows the id when a name is not known).
    void setAdvisorNames(const QHash<QString, QString> &namesById);
    QString advisorName(const QString &advisorId) const;
    // The locale for amounts and dates (default: the system's).
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Sorts on the column's SortRole value; ties: newest first, then by id.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The row's data (0 <= row < rowCount()).
    const client::ApplicationRow &rowAt(int row) const { return m_slots[m_order[size_t(row)]]; }
    // The row of an application, or -1.
    int rowOf(const QString &applicationId) const;
    QModelIndex indexOf(const QString &applicationId, int column = 0) const;

    const Clock &clock() const { return m_clock; }
    const client::LocalCache *cache() const { return m_cache; }

    // The checklist step shown in a column, if it is a step column.
    static std::optional<ChecklistStep> stepOfColumn(int column);

signals:
    // Emitted after reload(), reloadInBackground() (both steps) and refresh():
    // rows may have come, gone or changed.
    void rowsRefreshed();
    // Every row is there (after reloadInBackground).
    void loadingFinished();

private:
    bool before(const client::ApplicationRow &a, const client::ApplicationRow &b) const;
    int compareOn(int column, const client::ApplicationRow &a, const client::ApplicationRow &b) const;
    QVariant sortValue(int column, const client::ApplicationRow &row) const;
    QVariant display(int column, const client::ApplicationRow &row) const;
    QString toolTip(int column, const client::ApplicationRow &row) const;
    void installRows(QList<client::ApplicationRow> rows); // inside a model reset
    void finishLoading(std::optional<QList<client::ApplicationRow>> read);
    int allocateSlot(client::ApplicationRow row);
    void ensureIdIndex() const;
    int rowOfSlot(int slot) const;
    void insertRow(client::ApplicationRow fresh);
    void updateRow(int slot, client::ApplicationRow fresh);
    void removeSlot(int slot);

    const client::LocalCache *m_cache;
    const Clock &m_clock;
    QLocale m_locale;
    QHash<QString, QString> m_advisorNames;
    int m_sortColumn = CreatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_resetThreshold = kDefaultResetThreshold;

    // Rows live in stable slots; m_order maps a model row to its slot.
    QList<client::ApplicationRow> m_slots;
    std::vector<int> m_freeSlots;
    std::vector<int> m_order;
    // Application id -> slot, built on first use (not needed to show the list).
    mutable QHash<QString, int> m_slotOfId;
    mutable bool m_idIndexValid = false;

    // reloadInBackground: the reading thread, which load is current, and
    // the applications refreshed while it reads. A read not wanted any more
    // stops at its next batch (m_cancelLoad), so that the destructor, which
    // waits for the thread, does not wait long.
    std::shared_ptr<std::atomic<bool>> m_cancelLoad;
    QThreadPool m_loader;
    RowReader m_rowReader;
    quint64 m_loadGeneration = 0;
    bool m_loading = false;
    QStringList m_refreshedWhileLoading;
};

} // namespace dpdesk::gui
