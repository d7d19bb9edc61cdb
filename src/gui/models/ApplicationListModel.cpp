#include "gui/models/ApplicationListModel.h"

#include "client/cache/LocalCache.h"
#include "gui/models/StepMarkDelegate.h"
#include "gui/text/AttentionTexts.h"
#include "gui/text/ListTexts.h"

#include <QDateTime>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>
#include <utility>

namespace dpdesk::gui {

namespace {

using client::ApplicantRow;
using client::ApplicationRow;

template<typename T>
int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Marks ordered for sorting: what needs the office first, done last.
int markRank(StepMark mark)
{
    switch (mark) {
    case StepMark::NeedsAction:
        return 0;
    case StepMark::ToDo:
        return 1;
    case StepMark::InProgress:
        return 2;
    case StepMark::Done:
        return 3;
    }
    return 1;
}

// A step column's sort key: the least advanced applicant first, then the sum.
int stepKey(const ApplicationRow &row, ChecklistStep step)
{
    int least = 3;
    int sum = 0;
    for (const ApplicantRow &applicant : row.applicants) {
        const int rank = markRank(stepMark(applicant, step));
        least = std::min(least, rank);
        sum += rank;
    }
    return least * 10 + sum;
}

// Invitation states ordered for sorting: what needs the office first.
int invitationRank(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::Locked:
        return 0;
    case InvitationStatus::Expired:
        return 1;
    case InvitationStatus::Revoked:
        return 2;
    case InvitationStatus::None:
        return 3;
    case InvitationStatus::Active:
        return 4;
    case InvitationStatus::Completed:
        return 5;
    }
    return 3;
}

int invitationKey(const ApplicationRow &row, qint64 nowMs)
{
    int key = 0;
    for (int i = 0; i < kMaxApplicants; ++i)
        key = key * 10
            + (i < row.applicants.size() ? invitationRank(invitationStatus(row.applicants[i], nowMs)) : 9);
    return key;
}

QString applicantNames(const ApplicationRow &row)
{
    QString names;
    for (const ApplicantRow &applicant : row.applicants) {
        if (!names.isEmpty())
            names += QStringLiteral(" & ");
        names += applicant.fullName;
    }
    return names;
}

int compareNames(const ApplicationRow &a, const ApplicationRow &b)
{
    const qsizetype count = std::min(a.applicants.size(), b.applicants.size());
    for (qsizetype i = 0; i < count; ++i) {
        if (const int c = a.applicants[i].fullName.compare(b.applicants[i].fullName, Qt::CaseInsensitive))
            return c;
    }
    return threeWay(a.applicants.size(), b.applicants.size());
}

// The needs-action mark as an icon, for the reference of a row that needs the office.
QIcon needsActionIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        StepMarkDelegate::paintMark(&painter, QRectF(2, 2, 28, 28), StepMark::NeedsAction);
        return QIcon(pixmap);
    }();
    return icon;
}

} // namespace

ApplicationListModel::ApplicationListModel(const client::LocalCache *cache, const Clock &clock,
                                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_clock(clock)
    , m_rowReader(&client::LocalCache::readListRows)
{
    m_loader.setMaxThreadCount(1);
}

ApplicationListModel::~ApplicationListModel()
{
    if (m_cancelLoad)
        *m_cancelLoad = true; // m_loader waits for the read: let it stop soon
}

std::optional<ChecklistStep> ApplicationListModel::stepOfColumn(int column)
{
    switch (column) {
    case DocumentsColumn:
        return ChecklistStep::Documents;
    case IdentificationColumn:
        return ChecklistStep::Identification;
    case SigningColumn:
        return ChecklistStep::Signing;
    default:
        return std::nullopt;
    }
}

// --- Loading -------------------------------------------------------------------

void ApplicationListModel::reload()
{
    ++m_loadGeneration; // a background read under way is not wanted any more
    if (m_cancelLoad)
        *m_cancelLoad = true;
    const bool wasLoading = std::exchange(m_loading, false);
    m_refreshedWhileLoading.clear();
    beginResetModel();
    installRows(m_cache ? m_cache->listRows() : QList<ApplicationRow>{}); // newest first
    endResetModel();
    emit rowsRefreshed();
    if (wasLoading)
        emit loadingFinished();
}

void ApplicationListModel::reloadInBackground(int firstRows)
{
    const quint64 generation = ++m_loadGeneration;
    if (m_cancelLoad)
        *m_cancelLoad = true;
    m_refreshedWhileLoading.clear();
    beginResetModel();
    installRows(m_cache ? m_cache->newestListRows(firstRows) : QList<ApplicationRow>{});
    endResetModel();
    m_loading = m_cache && m_slots.size() >= firstRows; // fewer: that was all of them
    emit rowsRefreshed();
    if (!m_loading) {
        emit loadingFinished();
        return;
    }
    auto cancel = m_cancelLoad = std::make_shared<std::atomic<bool>>(false);
    QtConcurrent::run(&m_loader, [reader = m_rowReader, file = m_cache->filePath(), cancel] {
        return reader(file, [cancel] { return cancel->load(); });
    }).then(this, [this, generation](std::optional<QList<ApplicationRow>> rows) {
        if (generation == m_loadGeneration && m_loading)
            finishLoading(std::move(rows));
    });
}

void ApplicationListModel::finishLoading(std::optional<QList<ApplicationRow>> read)
{
    m_loading = false;
    if (!read) // the read failed: read here, as reload() does (nothing shown is lost)
        read = m_cache->listRows();
    QList<ApplicationRow> rows = std::move(*read);
    const QStringList refreshed = std::exchange(m_refreshedWhileLoading, {});
    // Still the newest rows in the default order, untouched: the rest go below them.
    const qsizetype shown = m_slots.size();
    bool below = refreshed.isEmpty() && m_freeSlots.empty() && rows.size() > shown
        && m_sortColumn == CreatedColumn && m_sortOrder == Qt::DescendingOrder;
    for (qsizetype i = 0; below && i < shown; ++i)
        below = m_order[size_t(i)] == int(i) && m_slots[i].id == rows[i].id;
    if (below) {
        // The rows shown first may have changed since (a sync wrote them):
        // updated in place, then the rest inserted below them.
        int firstChanged = -1;
        int lastChanged = -1;
        for (qsizetype i = 0; i < shown; ++i) {
            if (!(m_slots[i] == rows[i])) {
                m_slots[i] = std::move(rows[i]);
                firstChanged = firstChanged < 0 ? int(i) : firstChanged;
                lastChanged = int(i);
            }
        }
        if (firstChanged >= 0)
            emit dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
        for (qsizetype i = 0; i < shown; ++i) // the list read becomes the model's (no copy)
            rows[i] = std::move(m_slots[i]);
        beginInsertRows({}, int(shown), int(rows.size() - 1));
        m_slots = std::move(rows);
        m_order.resize(size_t(m_slots.size()));
        std::iota(m_order.begin(), m_order.end(), 0);
        m_slotOfId.clear();
        m_idIndexValid = false;
        endInsertRows();
    } else {
        beginResetModel();
        installRows(std::move(rows));
        endResetModel();
        if (!refreshed.isEmpty())
            refresh(refreshed); // read again: the rows read may be older
    }
    emit rowsRefreshed();
    emit loadingFinished();
}

void ApplicationListModel::installRows(QList<ApplicationRow> rows)
{
    m_slots = std::move(rows);
    m_freeSlots.clear();
    m_order.resize(size_t(m_slots.size()));
    std::iota(m_order.begin(), m_order.end(), 0);
    m_slotOfId.clear();
    m_idIndexValid = false;
    const auto less = [this](int a, int b) {
        return before(m_slots[a], m_slots[b]);
    };
    if (!std::is_sorted(m_order.begin(), m_order.end(), less)) // already so for the default order
        std::sort(m_order.begin(), m_order.end(), less);
}

void ApplicationListModel::refresh(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    if (m_loading)
        m_refreshedWhileLoading += ids;
    if (ids.size() > m_resetThreshold) {
        reload();
        return;
    }
    ensureIdIndex();
    QHash<QString, ApplicationRow> fresh;
    for (ApplicationRow &row : m_cache ? m_cache->listRows(ids) : QList<ApplicationRow>{})
        fresh.insert(row.id, std::move(row));
    QSet<QString> seen;
    for (const QString &id : ids) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const auto slot = m_slotOfId.constFind(id);
        auto row = fresh.find(id);
        if (row == fresh.end()) {
            if (slot != m_slotOfId.cend())
                removeSlot(*slot);
        } else if (slot == m_slotOfId.cend()) {
            insertRow(std::move(*row));
        } else {
            updateRow(*slot, std::move(*row));
        }
    }
    emit rowsRefreshed();
}

void ApplicationListModel::ensureIdIndex() const
{
    if (m_idIndexValid)
        return;
    m_slotOfId.clear();
    m_slotOfId.reserve(qsizetype(m_order.size()));
    for (const int slot : m_order)
        m_slotOfId.insert(m_slots[slot].id, slot);
    m_idIndexValid = true;
}

int ApplicationListModel::rowOfSlot(int slot) const
{
    const auto it = std::find(m_order.cbegin(), m_order.cend(), slot);
    return it == m_order.cend() ? -1 : int(it - m_order.cbegin());
}

int ApplicationListModel::allocateSlot(ApplicationRow row)
{
    if (!m_freeSlots.empty()) {
        const int slot = m_freeSlots.back();
        m_freeSlots.pop_back();
        m_slots[slot] = std::move(row);
        return slot;
    }
    m_slots.append(std::move(row));
    return int(m_slots.size() - 1);
}

void ApplicationListModel::insertRow(ApplicationRow fresh)
{
    const auto at =
        std::upper_bound(m_order.cbegin(), m_order.cend(), fresh,
                         [this](const ApplicationRow &row, int slot) { return before(row, m_slots[slot]); });
    const int position = int(at - m_order.cbegin());
    const QString id = fresh.id;
    beginInsertRows({}, position, position);
    const int slot = allocateSlot(std::move(fresh));
    m_order.insert(m_order.begin() + position, slot);
    m_slotOfId.insert(id, slot);
    endInsertRows();
}

void ApplicationListModel::updateRow(int slot, ApplicationRow fresh)
{
    const int row = rowOfSlot(slot);
    const int last = int(m_order.size()) - 1;
    const auto slotLess = [this](const ApplicationRow &a, int s) {
        return before(a, m_slots[s]);
    };
    int destination = row; // in the coordinates before the move (beginMoveRows)
    if (row > 0 && before(fresh, m_slots[m_order[size_t(row - 1)]])) {
        destination = int(std::upper_bound(m_order.cbegin(), m_order.cbegin() + row, fresh, slotLess)
                          - m_order.cbegin());
    } else if (row < last && before(m_slots[m_order[size_t(row + 1)]], fresh)) {
        destination = int(std::upper_bound(m_order.cbegin() + row + 1, m_order.cend(), fresh, slotLess)
                          - m_order.cbegin());
    }
    if (destination == row) {
        m_slots[slot] = std::move(fresh);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginMoveRows({}, row, row, {}, destination);
    m_slots[slot] = std::move(fresh);
    if (destination < row)
        std::rotate(m_order.begin() + destination, m_order.begin() + row, m_order.begin() + row + 1);
    else
        std::rotate(m_order.begin() + row, m_order.begin() + row + 1, m_order.begin() + destination);
    endMoveRows();
    const int now = destination < row ? destination : destination - 1;
    emit dataChanged(index(now, 0), index(now, ColumnCount - 1));
}

void ApplicationListModel::removeSlot(int slot)
{
    const int row = rowOfSlot(slot);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_order.erase(m_order.begin() + row);
    m_slotOfId.remove(m_slots[slot].id);
    m_slots[slot] = ApplicationRow{};
    m_freeSlots.push_back(slot);
    endRemoveRows();
}

int ApplicationListModel::rowOf(const QString &applicationId) const
{
    ensureIdIndex();
    const auto slot = m_slotOfId.constFind(applicationId);
    return slot == m_slotOfId.cend() ? -1 : rowOfSlot(*slot);
}

QModelIndex ApplicationListModel::indexOf(const QString &applicationId, int column) const
{
    const int row = rowOf(applicationId);
    return row < 0 ? QModelIndex() : index(row, column);
}

void ApplicationListModel::setAdvisorNames(const QHash<QString, QString> &namesById)
{
    m_advisorNames = namesById;
    if (!m_order.empty())
        emit dataChanged(index(0, AdvisorColumn), index(rowCount() - 1, AdvisorColumn));
}

QString ApplicationListModel::advisorName(const QString &advisorId) const
{
    return m_advisorNames.value(advisorId, advisorId);
}

void ApplicationListModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_order.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

// --- Sorting --------------------------------------------------------------------

int ApplicationListModel::compareOn(int column, const ApplicationRow &a, const ApplicationRow &b) const
{
    switch (column) {
    case ReferenceColumn:
        return a.reference.compare(b.reference, Qt::CaseInsensitive);
    case ApplicantsColumn:
        return compareNames(a, b);
    case AmountColumn:
        return threeWay(a.loanAmountCents, b.loanAmountCents);
    case AdvisorColumn:
        return advisorName(a.advisorId).compare(advisorName(b.advisorId), Qt::CaseInsensitive);
    case CreatedColumn:
        return threeWay(a.createdAtMs, b.createdAtMs);
    case ProgressColumn: // the fraction done, exactly: a.done/a.total against b.done/b.total
        if (const int c =
                threeWay(qint64(a.stepsDone()) * b.stepsTotal(), qint64(b.stepsDone()) * a.stepsTotal()))
            return c;
        return threeWay(a.stepsDone(), b.stepsDone());
    case InvitationColumn: {
        const qint64 now = m_clock.nowMSecs();
        return threeWay(invitationKey(a, now), invitationKey(b, now));
    }
    case DocumentsColumn:
    case IdentificationColumn:
    case SigningColumn: {
        const ChecklistStep step = *stepOfColumn(column);
        return threeWay(stepKey(a, step), stepKey(b, step));
    }
    default:
        return 0;
    }
}

bool ApplicationListModel::before(const ApplicationRow &a, const ApplicationRow &b) const
{
    if (m_sortColumn >= 0 && m_sortColumn != CreatedColumn) {
        const int c = compareOn(m_sortColumn, a, b);
        if (c != 0)
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    // Created: in the chosen order; as a tie-break newest first. Then by id, always ascending.
    const bool ascending = m_sortColumn == CreatedColumn && m_sortOrder == Qt::AscendingOrder;
    if (a.createdAtMs != b.createdAtMs)
        return ascending ? a.createdAtMs < b.createdAtMs : a.createdAtMs > b.createdAtMs;
    return a.id < b.id;
}

void ApplicationListModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return; // the rows are kept in this order already (reload, refresh)
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList saved = persistentIndexList();
    std::vector<int> savedSlots;
    savedSlots.reserve(size_t(saved.size()));
    for (const QModelIndex &index : saved)
        savedSlots.push_back(m_order[size_t(index.row())]);

    m_sortColumn = column < 0 ? int(CreatedColumn) : column;
    m_sortOrder = column < 0 ? Qt::DescendingOrder : order;
    std::sort(m_order.begin(), m_order.end(),
              [this](int a, int b) { return before(m_slots[a], m_slots[b]); });

    if (!saved.isEmpty()) {
        std::vector<int> rowOfSlot(size_t(m_slots.size()), -1);
        for (size_t row = 0; row < m_order.size(); ++row)
            rowOfSlot[size_t(m_order[row])] = int(row);
        QModelIndexList moved;
        moved.reserve(saved.size());
        for (qsizetype i = 0; i < saved.size(); ++i)
            moved << index(rowOfSlot[size_t(savedSlots[size_t(i)])], saved[i].column());
        changePersistentIndexList(saved, moved);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- Data ----------------------------------------------------------------------

int ApplicationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int ApplicationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationListModel::sortValue(int column, const ApplicationRow &row) const
{
    switch (column) {
    case ReferenceColumn:
        return row.reference.toCaseFolded();
    case ApplicantsColumn:
        return applicantNames(row).toCaseFolded();
    case AmountColumn:
        return row.loanAmountCents;
    case AdvisorColumn:
        return advisorName(row.advisorId).toCaseFolded();
    case CreatedColumn:
        return row.createdAtMs;
    case ProgressColumn:
        return row.stepsTotal() > 0 ? double(row.stepsDone()) / row.stepsTotal() : 0.0;
    case InvitationColumn:
        return invitationKey(row, m_clock.nowMSecs());
    case DocumentsColumn:
    case IdentificationColumn:
    case SigningColumn:
        return stepKey(row, *stepOfColumn(column));
    default:
        return {};
    }
}

QVariant ApplicationListModel::display(int column, const ApplicationRow &row) const
{
    switch (column) {
    case ReferenceColumn:
        return row.reference;
    case ApplicantsColumn:
        return applicantNames(row);
    case AmountColumn:
        return m_locale.toCurrencyString(double(row.loanAmountCents) / 100.0, QStringLiteral("€"), 2);
    case AdvisorColumn:
        return advisorName(row.advisorId);
    case CreatedColumn:
        return m_locale.toString(
            QDateTime::fromMSecsSinceEpoch(row.createdAtMs, Qt::UTC).toLocalTime().date(),
            QLocale::ShortFormat);
    case ProgressColumn:
        return tr("%1/%2 steps").arg(row.stepsDone()).arg(row.stepsTotal());
    case InvitationColumn: {
        const qint64 now = m_clock.nowMSecs();
        QStringList parts;
        for (const ApplicantRow &applicant : row.applicants) {
            const InvitationStatus status = invitationStatus(applicant, now);
            parts << (status == InvitationStatus::None
                          ? ListTexts::invitationWord(status)
                          : tr("%1 %2").arg(ListTexts::invitationKindWord(applicant.invitationKind),
                                            ListTexts::invitationWord(status)));
        }
        return parts.join(QStringLiteral(" / "));
    }
    default:
        return {};
    }
}

QString ApplicationListModel::toolTip(int column, const ApplicationRow &row) const
{
    if (const auto step = stepOfColumn(column)) {
        QStringList lines;
        for (const ApplicantRow &applicant : row.applicants)
            lines << tr("%1 – %2: %3 (%4)")
                         .arg(applicant.fullName, ListTexts::stepName(*step),
                              ListTexts::markWord(stepMark(applicant, *step)),
                              ListTexts::stepDetail(applicant, *step));
        return lines.join(QLatin1Char('\n'));
    }
    switch (column) {
    case ApplicantsColumn: {
        QStringList lines;
        for (const ApplicantRow &applicant : row.applicants)
            lines << tr("%1 <%2>").arg(applicant.fullName, applicant.email);
        return lines.join(QLatin1Char('\n'));
    }
    case ReferenceColumn:
    case ProgressColumn: {
        QStringList lines{tr("%1 of %2 steps done").arg(row.stepsDone()).arg(row.stepsTotal())};
        for (const ApplicantRow &applicant : row.applicants) {
            for (int r = 0; r < 4; ++r) {
                const auto reason = AttentionReason(r);
                if (applicant.hasAttention(reason))
                    lines << tr("%1: %2").arg(applicant.fullName, AttentionTexts::reason(reason, applicant));
            }
        }
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return display(column, row).toString();
    }
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationRow &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(column, row);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return toolTip(column, row);
    case Qt::DecorationRole:
        if (column == ReferenceColumn && row.needsAttention()) // C5, S2, S6, I4: never to be discovered
            return needsActionIcon();
        return {};
    case Qt::TextAlignmentRole:
        if (column == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case SortRole:
        return sortValue(column, row);
    case StepMarksRole:
        if (const auto step = stepOfColumn(column)) {
            StepMarks marks;
            for (const ApplicantRow &applicant : row.applicants)
                marks << stepMark(applicant, *step);
            return QVariant::fromValue(marks);
        }
        return {};
    case NeedsAttentionRole:
        return row.needsAttention();
    case CompleteRole:
        return row.complete;
    case AdvisorIdRole:
        return row.advisorId;
    default:
        return {};
    }
}

QVariant ApplicationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ReferenceColumn:
            return tr("Reference");
        case ApplicantsColumn:
            return tr("Applicants");
        case AmountColumn:
            return tr("Amount");
        case AdvisorColumn:
            return tr("Advisor");
        case CreatedColumn:
            return tr("Created");
        case ProgressColumn:
            return tr("Progress");
        case InvitationColumn:
            return tr("Invitation");
        case DocumentsColumn:
            return tr("Docs", "short column title for Documents");
        case IdentificationColumn:
            return tr("ID", "short column title for Identification");
        case SigningColumn:
            return tr("Sign", "short column title for Signing");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (const auto step = stepOfColumn(section))
            return tr("%1, one mark per applicant: ✓ done, ◐ in progress, ○ to do, ▲ needs action")
                .arg(ListTexts::stepName(*step));
    }
    if (role == Qt::TextAlignmentRole && section == AmountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> ApplicationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "applicationId");
    names.insert(SortRole, "sortValue");
    names.insert(StepMarksRole, "stepMarks");
    names.insert(NeedsAttentionRole, "needsAttention");
    names.insert(CompleteRole, "complete");
    names.insert(AdvisorIdRole, "advisorId");
    return names;
}

} // namespace dpdesk::gui
