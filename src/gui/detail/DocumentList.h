#pragma once

#include "core/domain/Document.h"

#include <QFrame>
#include <QList>

class QLabel;
class QTreeWidget;

namespace dpdesk::gui {

// The document versions of one application (GET .../documents; D1, S5):
// per document its versions, newest first, with the date, whether it is
// current or superseded, and the start of its SHA-256. Or why none are shown:
// still loading, or not available offline (they are not kept in the local
// cache). Enter or a double-click on a row asks to open that version.
class DocumentList : public QFrame
{
    Q_OBJECT

public:
    enum class State { Loading, Unavailable, Shown };
    enum Column { KindColumn, VersionColumn, CreatedColumn, StateColumn, HashColumn, ColumnCount };

    explicit DocumentList(QWidget *parent = nullptr);

    void setLoading();
    void setUnavailable(const QString &reason = {});
    void setDocuments(const QList<DocumentVersion> &documents);

    State state() const { return m_state; }
    // The versions in the order shown.
    const QList<DocumentVersion> &documents() const { return m_documents; }
    QTreeWidget *view() const { return m_view; }

signals:
    void openRequested(const dpdesk::DocumentVersion &document);

private:
    void showStatus(const QString &text);
    void fitHeight();

    State m_state = State::Loading;
    QList<DocumentVersion> m_documents;
    QLabel *m_status;
    QTreeWidget *m_view;
};

} // namespace dpdesk::gui
