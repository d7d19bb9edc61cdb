#include "gui/window/MainWindow.h"

#include "client/cache/Provisional.h"
#include "client/workspace/Workspace.h"
#include "gui/detail/ApplicationDetailView.h"
#include "gui/models/ApplicationFilterProxy.h"
#include "gui/models/ApplicationListModel.h"
#include "gui/models/NeedsAttentionModel.h"
#include "gui/models/StepMarkDelegate.h"
#include "gui/window/StatusIndicators.h"

#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTimer>

#include "ui_MainWindow.h"

namespace dpdesk::gui {

namespace {

// Pending outbox entries that change this application ("1 change waiting").
int pendingFor(const client::LocalCache *cache, const QString &applicationId)
{
    if (!cache)
        return 0;
    const QString marker = QStringLiteral("/applications/%1").arg(applicationId);
    int count = 0;
    for (const auto &entry : cache->pendingOutbox()) {
        if (entry.path == marker || entry.path.startsWith(marker + QLatin1Char('/')))
            ++count;
    }
    return count;
}

} // namespace

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_clock(clock)
    , m_detail(nullptr)
    , m_status(nullptr)
    , m_bulkReload(new QTimer(this))
{
    m_ui->setupUi(this);
    m_bulkReload->setSingleShot(true);
    m_bulkReload->setInterval(kBulkReloadIntervalMSecs);
    connect(m_bulkReload, &QTimer::timeout, this, &MainWindow::reloadPendingList);
    setWindowIcon(QIcon(QStringLiteral(":/icons/dpdesk.svg")));

    m_detail = new ApplicationDetailView(m_clock, m_ui->detailHost);
    m_ui->detailLayout->addWidget(m_detail);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({900, 460});
    // The list gets the room; the panel shows a handful of rows (after the
    // first layout, when the dock has a size to change).
    QTimer::singleShot(0, this, [this] { resizeDocks({m_ui->attentionDock}, {150}, Qt::Vertical); });
    m_status = new StatusIndicators(statusBar());

    auto *table = m_ui->applicationTable;
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionsMovable(true);
    table->setTabKeyNavigation(false);
    auto *steps = new StepMarkDelegate(table);
    table->setItemDelegateForColumn(ApplicationListModel::DocumentsColumn, steps);
    table->setItemDelegateForColumn(ApplicationListModel::IdentificationColumn, steps);
    table->setItemDelegateForColumn(ApplicationListModel::SigningColumn, steps);

    // Keyboard: Ctrl+F to the search, Enter in the search to the list, every
    // action in a menu with a shortcut.
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this,
            [this] { m_ui->applicationTable->setFocus(Qt::ShortcutFocusReason); });
    connect(m_ui->actionShowAttention, &QAction::triggered, this, [this] {
        m_ui->attentionDock->show();
        m_ui->attentionDock->raise();
        m_ui->attentionList->setFocus(Qt::ShortcutFocusReason);
    });
    setTabOrder(m_ui->searchEdit, m_ui->filterAll);
    setTabOrder(m_ui->filterAll, m_ui->filterNeedsAction);
    setTabOrder(m_ui->filterNeedsAction, m_ui->filterWaiting);
    setTabOrder(m_ui->filterWaiting, m_ui->filterComplete);
    setTabOrder(m_ui->filterComplete, m_ui->filterMine);
    setTabOrder(m_ui->filterMine, m_ui->applicationTable);
    setTabOrder(m_ui->applicationTable, m_detail);
    setTabOrder(m_detail, m_ui->attentionList);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_proxy)
            m_proxy->setSearchText(text);
        updateCount();
    });
    for (auto *button : {m_ui->filterAll, m_ui->filterNeedsAction, m_ui->filterWaiting, m_ui->filterComplete,
                         m_ui->filterMine})
        connect(button, &QToolButton::toggled, this, [this](bool on) {
            if (on)
                applyQuickFilter();
        });

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionLogOut, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionNewApplication, &QAction::triggered, this, &MainWindow::newApplicationRequested);
    connect(m_ui->actionCreateInvitation, &QAction::triggered, this, [this] { requestInvitation(false); });
    connect(m_ui->actionReplaceInvitation, &QAction::triggered, this, [this] { requestInvitation(true); });
    connect(m_ui->actionSync, &QAction::triggered, this, [this] {
        if (m_workspace)
            m_workspace->syncNow();
    });
    connect(m_ui->actionChangeBankAccount, &QAction::triggered, this, [this] {
        if (!m_shownId.isEmpty())
            emit changeBankAccountRequested(m_shownId);
    });
    connect(m_ui->actionNewSigning, &QAction::triggered, this, [this] {
        if (!m_shownId.isEmpty())
            emit newSigningRequested(m_shownId);
    });
    connect(m_detail, &ApplicationDetailView::documentOpenRequested, this,
            &MainWindow::documentOpenRequested);
    connect(m_detail, &ApplicationDetailView::createInvitationRequested, this,
            &MainWindow::createInvitationRequested);
    connect(m_detail, &ApplicationDetailView::replaceInvitationRequested, this,
            &MainWindow::replaceInvitationRequested);
    connect(m_ui->attentionList, &QAbstractItemView::activated, this, &MainWindow::openAttentionRow);
    connect(m_ui->attentionList, &QAbstractItemView::clicked, this, &MainWindow::openAttentionRow);

    updateActions();
    updateCount();
}

MainWindow::~MainWindow()
{
    // The views go before the models they show.
    m_ui->applicationTable->setModel(nullptr);
    m_ui->attentionList->setModel(nullptr);
}

void MainWindow::setWorkspace(client::Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    dropModels();
    m_workspace = workspace;
    m_status->setWorkspace(workspace);
    if (!workspace) {
        setWindowTitle(tr("DP Desk"));
        return;
    }
    connect(workspace, &client::Workspace::opened, this, [this] { buildModels(); });
    connect(workspace, &client::Workspace::loggedIn, this, [this] { buildModels(); });
    connect(workspace, &client::Workspace::userChanged, this, [this] { applyUser(); });
    connect(workspace, &client::Workspace::loggedOut, this, [this] { dropModels(); });
    connect(workspace, &client::Workspace::applicationsChanged, this, &MainWindow::onApplicationsChanged);
    connect(workspace, &client::Workspace::syncingChanged, this, [this](bool syncing) {
        if (!syncing && m_bulkReload->isActive())
            reloadPendingList(); // the bulk is over: show it all now
    });
    connect(workspace, &client::Workspace::conflictsChanged, this, [this] {
        if (m_attention && m_workspace && m_workspace->cache())
            m_attention->setOutbox(m_workspace->cache()->outbox());
    });
    connect(workspace, &client::Workspace::pendingCountChanged, this, [this] { showCurrent(); });
    connect(workspace, &client::Workspace::applicationConfirmed, this,
            [this](const QString &provisionalId, const QString &applicationId) {
                if (m_shownId == provisionalId)
                    openApplication(applicationId);
            });
    if (workspace->isOpen())
        buildModels();
}

void MainWindow::buildModels()
{
    if (!m_workspace || !m_workspace->cache())
        return;
    if (m_list && m_list->cache() == m_workspace->cache()) { // shown already (opened, then logged in)
        applyUser();
        return;
    }
    dropModels(); // another user's cache (the login after a resume was someone else's)
    m_list = std::make_unique<ApplicationListModel>(m_workspace->cache(), m_clock);
    // The newest rows at once, the rest from a thread of its own (a large
    // office's 100,000 rows take longer than opening a window should).
    m_list->reloadInBackground();
    connect(m_list.get(), &ApplicationListModel::loadingFinished, this, [this] {
        restoreSelection();
        afterListChanged({m_shownId});
    });
    m_proxy = std::make_unique<ApplicationFilterProxy>(m_list.get());
    applyUser();
    m_proxy->setSearchText(m_ui->searchEdit->text());
    m_attention = std::make_unique<NeedsAttentionModel>(m_list.get());
    m_attention->setOutbox(m_workspace->cache()->outbox());

    auto *table = m_ui->applicationTable;
    table->setModel(m_proxy.get());
    table->sortByColumn(ApplicationListModel::CreatedColumn, Qt::DescendingOrder);
    auto *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ApplicationListModel::ApplicantsColumn, QHeaderView::Stretch);
    const int unit = table->fontMetrics().averageCharWidth();
    const QList<std::pair<int, int>> widths = {
        {ApplicationListModel::ReferenceColumn, 15}, {ApplicationListModel::AmountColumn, 11},
        {ApplicationListModel::AdvisorColumn, 12},   {ApplicationListModel::CreatedColumn, 11},
        {ApplicationListModel::ProgressColumn, 10},  {ApplicationListModel::InvitationColumn, 14},
        {ApplicationListModel::DocumentsColumn, 6},  {ApplicationListModel::IdentificationColumn, 6},
        {ApplicationListModel::SigningColumn, 6},
    };
    for (const auto &[column, chars] : widths)
        header->resizeSection(column, chars * unit + 16);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_proxy.get(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    connect(m_proxy.get(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCount);
    connect(m_proxy.get(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(m_proxy.get(), &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);

    m_ui->attentionList->setModel(m_attention.get());
    m_ui->attentionList->header()->setStretchLastSection(true);
    m_ui->attentionList->header()->resizeSection(NeedsAttentionModel::ReferenceColumn, 18 * unit);
    m_ui->attentionList->header()->resizeSection(NeedsAttentionModel::ApplicantColumn, 24 * unit);
    auto updateDockTitle = [this] {
        const int count = m_attention ? m_attention->rowCount() : 0;
        m_ui->attentionDock->setWindowTitle(count ? tr("Needs attention (%1)").arg(count)
                                                  : tr("Needs attention"));
    };
    connect(m_attention.get(), &QAbstractItemModel::rowsInserted, this, updateDockTitle);
    connect(m_attention.get(), &QAbstractItemModel::rowsRemoved, this, updateDockTitle);
    connect(m_attention.get(), &QAbstractItemModel::modelReset, this, updateDockTitle);
    updateDockTitle();

    applyQuickFilter();
    updateCount();
    updateActions();
    selectFirstIfNone();
}

void MainWindow::selectFirstIfNone()
{
    // Something to look at from the start: the first application of the list.
    auto *table = m_ui->applicationTable;
    if (m_proxy && m_proxy->rowCount() > 0 && !table->currentIndex().isValid())
        table->selectRow(0);
}

void MainWindow::dropModels()
{
    m_bulkReload->stop();
    m_ui->applicationTable->setModel(nullptr);
    m_ui->attentionList->setModel(nullptr);
    m_attention.reset();
    m_proxy.reset();
    m_list.reset();
    m_shownId.clear();
    m_documentsShownFor.clear();
    m_detail->clear();
    updateCount();
    updateActions();
}

void MainWindow::onApplicationsChanged(const QStringList &ids)
{
    if (!m_list)
        return;
    // A bulk change, or any change while a bulk reload is due: one reload
    // when the interval is over (or the sync ends) covers them all.
    if (m_bulkReload->isActive() || ids.size() > m_list->resetThreshold()) {
        if (!m_bulkReload->isActive())
            m_bulkReload->start();
        return;
    }
    m_list->refresh(ids);
    afterListChanged(ids);
}

void MainWindow::reloadPendingList()
{
    m_bulkReload->stop();
    if (!m_list)
        return;
    m_list->reload();
    restoreSelection();
    afterListChanged({m_shownId});
}

// After a reset of the list (a bulk reload, the whole list read at start):
// the application shown is selected again when it is still in the list.
void MainWindow::restoreSelection()
{
    auto *table = m_ui->applicationTable;
    if (!m_list || !m_proxy || m_shownId.isEmpty() || table->currentIndex().isValid())
        return;
    const int sourceRow = m_list->rowOf(m_shownId);
    const QModelIndex proxyIndex =
        sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_list->index(sourceRow, 0));
    if (proxyIndex.isValid())
        table->selectionModel()->setCurrentIndex(
            proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::afterListChanged(const QStringList &ids)
{
    if (m_attention)
        m_attention->update();
    if (!m_shownId.isEmpty() && ids.contains(m_shownId))
        showCurrent();
    updateCount();
    selectFirstIfNone();
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex current = m_ui->applicationTable->currentIndex();
    const QString id = current.isValid() && m_proxy ? m_proxy->applicationId(current.row()) : QString();
    if (id == m_shownId)
        return;
    m_shownId = id;
    showCurrent();
    if (!id.isEmpty())
        emit auditRequested(id);
    updateActions();
}

void MainWindow::showCurrent()
{
    if (m_shownId.isEmpty() || !m_workspace) {
        m_detail->clear();
        return;
    }
    const auto application = m_workspace->application(m_shownId);
    if (!application) {
        m_detail->clear();
        return;
    }
    m_detail->setApplication(*application);
    // The documents change with a new contract (S5) and when the server
    // generates one: ask again for every newer version of the application.
    const QString documentsFor = application->id + QLatin1Char('@') + QString::number(application->version);
    if (documentsFor != m_documentsShownFor && !client::isProvisionalId(application->id)) {
        m_documentsShownFor = documentsFor;
        emit documentsRequested(application->id);
    }
    const int pending = pendingFor(m_workspace->cache(), m_shownId);
    m_detail->setPendingNote(pending ? tr("%n change(s) waiting to be sent", nullptr, pending) : QString());
}

QString MainWindow::currentApplicationId() const
{
    return m_shownId;
}

void MainWindow::openApplication(const QString &applicationId)
{
    if (!m_list || !m_proxy)
        return;
    int sourceRow = m_list->rowOf(applicationId);
    if (sourceRow < 0)
        return;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_list->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        // Hidden by the search or a quick filter: show everything.
        m_ui->searchEdit->clear();
        m_ui->filterAll->setChecked(true);
        applyQuickFilter();
        sourceRow = m_list->rowOf(applicationId);
        proxyIndex = m_proxy->mapFromSource(m_list->index(sourceRow, 0));
    }
    if (!proxyIndex.isValid())
        return;
    auto *table = m_ui->applicationTable;
    table->selectionModel()->setCurrentIndex(proxyIndex,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(proxyIndex, QAbstractItemView::PositionAtCenter);
}

void MainWindow::applyQuickFilter()
{
    if (!m_proxy)
        return;
    ApplicationFilterProxy::QuickFilters filters = ApplicationFilterProxy::NoQuickFilter;
    if (m_ui->filterNeedsAction->isChecked())
        filters = ApplicationFilterProxy::NeedsAction;
    else if (m_ui->filterWaiting->isChecked())
        filters = ApplicationFilterProxy::WaitingForCustomer;
    else if (m_ui->filterComplete->isChecked())
        filters = ApplicationFilterProxy::Complete;
    else if (m_ui->filterMine->isChecked())
        filters = ApplicationFilterProxy::Mine;
    m_proxy->setQuickFilters(filters);
    updateCount();
}

// The signed-in user (or, while a resumed session is not renewed yet, the
// one remembered in the cache): title, advisor names and the "mine" filter.
void MainWindow::applyUser()
{
    if (!m_workspace || !m_list || !m_proxy)
        return;
    const auto user = m_workspace->user();
    const QString name = user.displayName.isEmpty() ? user.username : user.displayName;
    setWindowTitle(user.officeName.isEmpty() ? tr("DP Desk — %1").arg(name)
                                             : tr("DP Desk — %1 — %2").arg(user.officeName, name));
    if (user.id.isEmpty())
        return;
    m_list->setAdvisorNames({{user.id, user.displayName}});
    m_detail->setAdvisorNames({{user.id, user.displayName}});
    m_proxy->setCurrentUserId(user.id);
}

void MainWindow::updateCount()
{
    if (!m_proxy || !m_list) {
        m_ui->countLabel->clear();
        return;
    }
    const int shown = m_proxy->rowCount();
    const int all = m_list->rowCount();
    if (m_list->isLoading()) {
        m_ui->countLabel->setText(tr("Loading the list… (%n shown)", nullptr, shown));
        return;
    }
    m_ui->countLabel->setText(shown == all ? tr("%n application(s)", nullptr, all)
                                           : tr("%1 of %n application(s)", nullptr, all).arg(shown));
}

void MainWindow::updateActions()
{
    const bool open = m_list != nullptr;
    const bool selected = open && !m_shownId.isEmpty() && !client::isProvisionalId(m_shownId);
    m_ui->actionNewApplication->setEnabled(open);
    m_ui->actionCreateInvitation->setEnabled(selected);
    m_ui->actionReplaceInvitation->setEnabled(selected);
    m_ui->actionChangeBankAccount->setEnabled(selected);
    m_ui->actionNewSigning->setEnabled(selected);
    m_ui->actionSync->setEnabled(m_workspace != nullptr);
    m_ui->actionLogOut->setEnabled(open);
}

void MainWindow::openAttentionRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString applicationId = index.data(NeedsAttentionModel::ApplicationIdRole).toString();
    if (!applicationId.isEmpty())
        openApplication(applicationId);
    if (index.data(NeedsAttentionModel::KindRole).value<NeedsAttentionModel::Kind>()
        == NeedsAttentionModel::Kind::Conflict)
        emit conflictOpened(index.data(NeedsAttentionModel::OutboxEntryIdRole).toLongLong());
}

void MainWindow::requestInvitation(bool replace)
{
    if (m_shownId.isEmpty())
        return;
    // The applicant is chosen by the controller when there are two.
    if (replace)
        emit replaceInvitationRequested(m_shownId, QString());
    else
        emit createInvitationRequested(m_shownId, QString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About DP Desk"),
                       tr("<h3>DP Desk %1</h3><p>The back office for credit intermediaries: invitations, "
                          "the customers' checklists and everything that needs the office, in one "
                          "window that works offline.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace dpdesk::gui
