#pragma once

#include "core/domain/Application.h"
#include "core/domain/Document.h"
#include "core/wire/AuditEntryJson.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QStackedWidget;

namespace dpdesk {
class Clock;
}

namespace dpdesk::gui {

class ApplicantPanel;
class AuditTimeline;
class DocumentList;

// The right-hand pane of the main window: one application with its header
// (reference, amount, loan kind, term, advisor, masked IBAN and bank,
// contract version), one column per applicant with their checklist and
// invitation, the document versions (D1, S5) and the audit timeline. Shows "Select an application" when
// nothing is selected. Below about 760 pixels wide the applicants stack.
// It only shows and asks: the buttons emit signals,
// the caller does the work (through the outbox) and calls setApplication
// again with the result.
class ApplicationDetailView : public QWidget
{
    Q_OBJECT

public:
    // clock decides whether an invitation has expired (LoginRules isExpired).
    explicit ApplicationDetailView(const Clock &clock, QWidget *parent = nullptr);
    ~ApplicationDetailView() override;

    // Shows application. A different application than before resets the
    // audit timeline to "Loading…" and the pending note; the same one (a
    // newer version from sync) keeps both and the scroll position.
    void setApplication(const Application &application);
    // Back to "Select an application".
    void clear();
    std::optional<QString> applicationId() const;

    // Display names of the office's users by id, for the advisor. An advisor
    // not in the map is shown as "User <id>".
    void setAdvisorNames(const QHash<QString, QString> &namesById);

    // The audit timeline of the shown application. Entries or the offline
    // state for another application (a late answer after the selection
    // moved on) are ignored.
    void setAuditLoading();
    void setAuditEntries(const QString &applicationId, const QList<AuditEntry> &entries);
    void setAuditUnavailable(const QString &applicationId);

    // The document versions of the shown application, as the audit timeline.
    void setDocumentsLoading();
    void setDocuments(const QString &applicationId, const QList<DocumentVersion> &documents);
    void setDocumentsUnavailable(const QString &applicationId, const QString &reason = {});
    DocumentList *documentList() const { return m_documents; }

    // Local changes of this application not yet sent, e.g. "1 change waiting
    // to be sent" (ChecklistTexts::pendingChanges); empty hides the note.
    void setPendingNote(const QString &text);

signals:
    void createInvitationRequested(const QString &applicationId, const QString &applicantId);
    void replaceInvitationRequested(const QString &applicationId, const QString &applicantId);
    void documentOpenRequested(const QString &applicationId, const dpdesk::DocumentVersion &document);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildEmptyPage();
    void arrangeFor(int width);
    QWidget *buildDetailPage();
    QWidget *fact(const QString &caption, QLabel *value);
    void showHeader(const Application &application);
    void showApplicants(const Application &application);
    QHash<QString, QString> applicantNames() const;

    const Clock &m_clock;
    std::optional<Application> m_application;
    QHash<QString, QString> m_advisorNames;
    QStackedWidget *m_pages;
    QWidget *m_emptyPage;
    QWidget *m_detailPage;
    QLabel *m_reference;
    QLabel *m_status;
    QLabel *m_summary;
    QLabel *m_advisor;
    QLabel *m_account;
    QLabel *m_contract;
    QLabel *m_updated;
    QLabel *m_pendingNote;
    QGridLayout *m_facts;
    QList<QWidget *> m_factBoxes;
    QBoxLayout *m_applicantRow;
    std::optional<bool> m_narrow;
    QList<ApplicantPanel *> m_panels;
    DocumentList *m_documents;
    AuditTimeline *m_audit;
};

} // namespace dpdesk::gui
