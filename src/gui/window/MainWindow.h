#pragma once

#include "core/domain/Document.h"
#include "core/time/Clock.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace dpdesk::client {
class Workspace;
}

namespace dpdesk::gui {

class ApplicationDetailView;
class ApplicationFilterProxy;
class ApplicationListModel;
class NeedsAttentionModel;
class StatusIndicators;

// The office's main window: the application list with its search and quick
// filters, the detail pane of the selected application, and the needs-
// attention panel. It arranges views over the models of the signed-in
// user's cache and forwards the user's requests as signals; the flows behind
// them (dialogs, sending) are DeskController's.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Clock &clock = Clock::system(), QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the workspace's user and data (null: signed out, empty window).
    // Reloads the models when the workspace opens a user's cache.
    void setWorkspace(client::Workspace *workspace);

    // The application shown in the detail pane (empty when none).
    QString currentApplicationId() const;
    // Selects the application in the list (clearing a filter that hides it)
    // and shows it.
    void openApplication(const QString &applicationId);

    ApplicationListModel *listModel() const { return m_list.get(); }
    ApplicationFilterProxy *filterProxy() const { return m_proxy.get(); }
    NeedsAttentionModel *attentionModel() const { return m_attention.get(); }
    ApplicationDetailView *detailView() const { return m_detail; }

signals:
    void newApplicationRequested();
    void createInvitationRequested(const QString &applicationId, const QString &applicantId);
    void replaceInvitationRequested(const QString &applicationId, const QString &applicantId);
    // A conflict row of the needs-attention panel was opened.
    void conflictOpened(qint64 outboxEntryId);
    void auditRequested(const QString &applicationId);
    // S5: the bank account of the application (a new contract), or a new
    // signing with new invitations (the Maex way).
    void changeBankAccountRequested(const QString &applicationId);
    void newSigningRequested(const QString &applicationId);
    // The shown application's document versions are needed (selected, or a
    // newer version of it arrived), or one of them is to be opened.
    void documentsRequested(const QString &applicationId);
    void documentOpenRequested(const QString &applicationId, const dpdesk::DocumentVersion &document);
    void logoutRequested();

private:
    void buildModels();
    void dropModels();
    void onApplicationsChanged(const QStringList &ids);
    void afterListChanged(const QStringList &ids);
    void reloadPendingList();
    void onSelectionChanged();
    void selectFirstIfNone();
    void showCurrent();
    void applyQuickFilter();
    void updateCount();
    void applyUser();
    void restoreSelection();
    void updateActions();
    void openAttentionRow(const QModelIndex &index);
    void requestInvitation(bool replace);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Clock &m_clock;
    QPointer<client::Workspace> m_workspace;
    std::unique_ptr<ApplicationListModel> m_list;
    std::unique_ptr<ApplicationFilterProxy> m_proxy;
    std::unique_ptr<NeedsAttentionModel> m_attention;
    ApplicationDetailView *m_detail;
    StatusIndicators *m_status;
    QString m_shownId;
    QString m_documentsShownFor; // "<id>@<version>" the documents were asked for
    // A bulk change (a first sync of 100,000 applications comes as 100
    // pages) reloads the list at most once per interval instead of once per
    // page, which would cost quadratic time; a few changes (push) show at once.
    QTimer *m_bulkReload;
    static constexpr int kBulkReloadIntervalMSecs = 2'000;
};

} // namespace dpdesk::gui
