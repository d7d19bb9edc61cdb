#include "gui/window/MainWindow.h"

#include <QLabel>

#include "ui_MainWindow.h"

namespace dpdesk::gui {

MainWindow::MainWindow(client::ServerProbe *probe, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_probe(probe)
    , m_connectionLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    QFont big = m_ui->headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_ui->headline->setFont(big);
    m_ui->serverLabel->setText(tr("Portal service: %1").arg(probe->serverUrl().toDisplayString()));
    m_connectionLabel->setAccessibleName(tr("Connection state"));
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionReconnect, &QAction::triggered, probe, &client::ServerProbe::probe);
    connect(probe, &client::ServerProbe::stateChanged, this, &MainWindow::showConnectionState);
    showConnectionState(probe->state());
}

MainWindow::~MainWindow() = default;

void MainWindow::showConnectionState(client::ServerProbe::State state)
{
    switch (state) {
    case client::ServerProbe::State::Unknown:
        m_connectionLabel->setText(tr("Connecting…"));
        break;
    case client::ServerProbe::State::Online:
        m_connectionLabel->setText(tr("● Online"));
        break;
    case client::ServerProbe::State::Offline:
        m_connectionLabel->setText(tr("○ Offline: %1").arg(m_probe->lastError()));
        break;
    }
}

} // namespace dpdesk::gui
