#pragma once

#include "core/wire/AuditEntryJson.h"

#include <QFrame>
#include <QHash>
#include <QList>

class QGridLayout;
class QLabel;

namespace dpdesk::gui {

// Who did what to one application (GET /api/v1/applications/{id}/audit),
// newest first, or why it is not shown: still loading, or not available
// while offline (the trail is not kept in the local cache).
class AuditTimeline : public QFrame
{
    Q_OBJECT

public:
    enum class State { Loading, Unavailable, Shown };

    explicit AuditTimeline(QWidget *parent = nullptr);

    void setLoading();
    void setUnavailable();
    // applicantNames: applicant id -> name, for entries about an applicant.
    void setEntries(const QList<AuditEntry> &entries, const QHash<QString, QString> &applicantNames);

    State state() const { return m_state; }
    // The rows as shown, newest first: "time | who | what" (for tests and copying).
    QStringList rowTexts() const;

private:
    void clearRows();
    void showStatus(const QString &text);

    State m_state = State::Loading;
    QLabel *m_status;
    QWidget *m_rows;
    QGridLayout *m_grid;
    QStringList m_rowTexts;
};

} // namespace dpdesk::gui
