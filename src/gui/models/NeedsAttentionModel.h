#pragma once

#include "client/cache/OutboxEntry.h"
#include "core/domain/Enums.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace dpdesk::gui {

class ApplicationListModel;

// What needs the office, as a to-do list: one row per applicant that needs
// the office (invitation locked C5, details wrong S2, contract refused S6,
// identification failed I4; an applicant with two reasons has two rows) and
// one row per change of the office the server refused (an outbox entry in
// state Conflict). Conflicts come first, then by reference. Every row
// carries its application id (ApplicationIdRole), so one click opens it.
//
// Follows the ApplicationListModel (rowsRefreshed) and setOutbox(), and
// updates with row-level signals only.
class NeedsAttentionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ReferenceColumn, ApplicantColumn, WhatColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ApplicationIdRole = Qt::UserRole + 1, // QString; empty for a refused new application
        KindRole, // Kind
        ReasonRole, // int AttentionReason (attention rows), -1 for a conflict
        ApplicantPositionRole, // int, 1 or 2 (attention rows), 0 for a conflict
        OutboxEntryIdRole, // qlonglong (conflict rows), 0 otherwise
    };
    Q_ENUM(Role)

    enum class Kind { Attention, Conflict };
    Q_ENUM(Kind)

    explicit NeedsAttentionModel(ApplicationListModel *applications, QObject *parent = nullptr);

    // The outbox (LocalCache::outbox()); only entries in state Conflict are shown.
    void setOutbox(const QList<client::OutboxEntry> &entries);
    // Recomputes the rows from the applications and the outbox (called on
    // ApplicationListModel::rowsRefreshed).
    void update();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The application id of a row ("" when none).
    QString applicationId(int row) const;

private:
    struct Entry
    {
        Kind kind = Kind::Attention;
        qint64 outboxId = 0;
        QString applicationId;
        QString reference;
        QString applicant; // name, or names for a conflict
        int position = 0;
        int reason = -1;
        QString text;

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    QList<Entry> collect() const;
    static bool keyLess(const Entry &a, const Entry &b);
    static bool sameKey(const Entry &a, const Entry &b);

    QPointer<ApplicationListModel> m_applications;
    QList<client::OutboxEntry> m_conflicts;
    QList<Entry> m_entries;
};

// The application id in an outbox entry's path (/api/v1/applications/{id}/...), or "".
QString applicationIdOfPath(const QString &path);

} // namespace dpdesk::gui
