#pragma once

#include "client/net/ServerProbe.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace dpdesk::gui {

// The office's main window. Delegates to views, models and controllers; it
// only arranges them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(client::ServerProbe *probe, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void showConnectionState(client::ServerProbe::State state);

    std::unique_ptr<Ui::MainWindow> m_ui;
    client::ServerProbe *m_probe;
    QLabel *m_connectionLabel;
};

} // namespace dpdesk::gui
