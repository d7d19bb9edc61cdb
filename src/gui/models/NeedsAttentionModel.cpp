#include "gui/models/NeedsAttentionModel.h"

#include "client/cache/ApplicationRow.h"
#include "gui/models/ApplicationListModel.h"
#include "gui/text/AttentionTexts.h"

#include <algorithm>

namespace dpdesk::gui {

QString applicationIdOfPath(const QString &path)
{
    static const QLatin1String prefix("/api/v1/applications/");
    if (!path.startsWith(prefix))
        return {};
    const qsizetype start = prefix.size();
    qsizetype end = path.indexOf(QLatin1Char('/'), start);
    if (end < 0)
        end = path.size();
    return path.mid(start, end - start);
}

NeedsAttentionModel::NeedsAttentionModel(ApplicationListModel *applications, QObject *parent)
    : QAbstractTableModel(parent)
    , m_applications(applications)
{
    if (applications)
        connect(applications, &ApplicationListModel::rowsRefreshed, this, &NeedsAttentionModel::update);
    update();
}

void NeedsAttentionModel::setOutbox(const QList<client::OutboxEntry> &entries)
{
    m_conflicts.clear();
    for (const client::OutboxEntry &entry : entries) {
        if (entry.state == client::OutboxEntry::State::Conflict)
            m_conflicts << entry;
    }
    update();
}

bool NeedsAttentionModel::keyLess(const Entry &a, const Entry &b)
{
    if (a.kind != b.kind)
        return a.kind == Kind::Conflict; // conflicts first
    if (a.kind == Kind::Conflict)
        return a.outboxId < b.outboxId;
    if (const int c = a.reference.compare(b.reference, Qt::CaseInsensitive))
        return c < 0;
    if (a.applicationId != b.applicationId)
        return a.applicationId < b.applicationId;
    if (a.position != b.position)
        return a.position < b.position;
    return a.reason < b.reason;
}

bool NeedsAttentionModel::sameKey(const Entry &a, const Entry &b)
{
    return !keyLess(a, b) && !keyLess(b, a);
}

QList<NeedsAttentionModel::Entry> NeedsAttentionModel::collect() const
{
    QList<Entry> entries;
    for (const client::OutboxEntry &conflict : m_conflicts) {
        Entry e;
        e.kind = Kind::Conflict;
        e.outboxId = conflict.id;
        e.applicationId = applicationIdOfPath(conflict.path);
        e.text = AttentionTexts::conflict(conflict);
        if (m_applications && !e.applicationId.isEmpty()) {
            const int row = m_applications->rowOf(e.applicationId);
            if (row >= 0) {
                const client::ApplicationRow &application = m_applications->rowAt(row);
                e.reference = application.reference;
                QStringList names;
                for (const client::ApplicantRow &applicant : application.applicants)
                    names << applicant.fullName;
                e.applicant = names.join(QStringLiteral(" & "));
            }
        }
        entries << e;
    }
    const int rows = m_applications ? m_applications->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const client::ApplicationRow &application = m_applications->rowAt(row);
        if (!application.needsAttention())
            continue;
        for (const client::ApplicantRow &applicant : application.applicants) {
            for (int r = 0; r < 4; ++r) { // C5, S2, S6, I4
                const auto reason = AttentionReason(r);
                if (!applicant.hasAttention(reason))
                    continue;
                Entry e;
                e.applicationId = application.id;
                e.reference = application.reference;
                e.applicant = applicant.fullName;
                e.position = applicant.position;
                e.reason = r;
                e.text = AttentionTexts::reason(reason, applicant);
                entries << e;
            }
        }
    }
    std::sort(entries.begin(), entries.end(), keyLess);
    return entries;
}

// Merges the new entries into the current ones (both sorted by key): rows
// that left are removed, new ones inserted, changed ones updated.
void NeedsAttentionModel::update()
{
    const QList<Entry> fresh = collect();
    int row = 0;
    qsizetype next = 0;
    while (row < m_entries.size() || next < fresh.size()) {
        if (next == fresh.size() || (row < m_entries.size() && keyLess(m_entries[row], fresh[next]))) {
            int end = row; // remove a run of entries that left
            while (end + 1 < m_entries.size()
                   && (next == fresh.size() || keyLess(m_entries[end + 1], fresh[next])))
                ++end;
            beginRemoveRows({}, row, end);
            m_entries.remove(row, end - row + 1);
            endRemoveRows();
        } else if (row == m_entries.size() || keyLess(fresh[next], m_entries[row])) {
            qsizetype end = next; // insert a run of new entries
            while (end + 1 < fresh.size()
                   && (row == m_entries.size() || keyLess(fresh[end + 1], m_entries[row])))
                ++end;
            const int count = int(end - next + 1);
            beginInsertRows({}, row, row + count - 1);
            for (int i = 0; i < count; ++i)
                m_entries.insert(row + i, fresh[next + i]);
            endInsertRows();
            row += count;
            next = end + 1;
        } else {
            if (!(m_entries[row] == fresh[next])) {
                m_entries[row] = fresh[next];
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++next;
        }
    }
}

int NeedsAttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int NeedsAttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NeedsAttentionModel::applicationId(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].applicationId : QString();
}

QVariant NeedsAttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ReferenceColumn:
            return e.reference;
        case ApplicantColumn:
            return e.applicant;
        case WhatColumn:
            return e.text;
        }
        return {};
    case ApplicationIdRole:
        return e.applicationId;
    case KindRole:
        return QVariant::fromValue(e.kind);
    case ReasonRole:
        return e.reason;
    case ApplicantPositionRole:
        return e.position;
    case OutboxEntryIdRole:
        return e.outboxId;
    default:
        return {};
    }
}

QVariant NeedsAttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReferenceColumn:
        return tr("Application");
    case ApplicantColumn:
        return tr("Applicant");
    case WhatColumn:
        return tr("What needs doing");
    }
    return {};
}

} // namespace dpdesk::gui
