#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include "support/BenchOutput.h"

namespace bench_support {

// dpdesk-server as a child process.
class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    bool start(const QString &program, const QStringList &arguments, QString *why)
    {
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10'000)) {
            *why = QStringLiteral("cannot start %1: %2").arg(program, m_process.errorString());
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("listening on http://([0-9.]+):(\\d+)"));
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 120'000) {
            m_output += m_process.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(m_output));
            if (m.hasMatch()) {
                m_host = m.captured(1);
                m_port = quint16(m.captured(2).toUInt());
                return true;
            }
            if (m_process.state() != QProcess::Running) {
                *why = QStringLiteral("dpdesk-server exited (%1)").arg(m_process.exitCode());
                return false;
            }
            m_process.waitForReadyRead(1000);
        }
        *why = QStringLiteral("dpdesk-server did not start listening");
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString output() const { return QString::fromUtf8(m_output); }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QByteArray m_output;
    QString m_host;
    quint16 m_port = 0;
};

} // namespace bench_support
