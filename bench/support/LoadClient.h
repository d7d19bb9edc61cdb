#pragma once

// A small HTTP/1.1 load client for the benchmarks (keep-alive connections,
// one request in flight each, no pipelining).
#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "support/BenchOutput.h"

namespace bench_support {

struct Request
{
    QByteArray method;
    QByteArray target; // path and query
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authorized = true; // send the bearer token
};

struct Response
{
    int status = 0; // 0: the connection failed before an answer
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct Stats
{
    qint64 ok = 0;
    qint64 failed = 0;
    qint64 elapsedNs = 0;
    std::vector<qint64> latenciesNs;
    double serverCpuMs = -1; // the server's CPU time during the phase, -1 when unknown

    double perSecond(double count) const { return elapsedNs > 0 ? count * 1e9 / double(elapsedNs) : 0; }
    double percentileMs(double p) const
    {
        if (latenciesNs.empty())
            return 0;
        std::vector<qint64> sorted = latenciesNs;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())));
        return double(sorted[rank]) / 1e6;
    }
};

// `connections` keep-alive sockets, each with
// one request in flight. next(conn) gives the connection's next request (or
// nothing when it has no more work); done(conn, response) says whether the
// answer counts as a success.
class LoadClient
{
public:
    using Next = std::function<std::optional<Request>(int conn)>;
    using Done = std::function<bool(int conn, const Response &)>;

    LoadClient(QString host, quint16 port)
        : m_host(std::move(host))
        , m_port(port)
    { }

    void setBearer(const QString &token) { m_bearer = token.toLatin1(); }

    void setServerPid(qint64 pid) { m_serverPid = pid; }

    Stats run(int connections, qint64 maxRequests, qint64 maxMs, const Next &next, const Done &done)
    {
        Stats stats;
        QEventLoop loop;
        qint64 issued = 0;
        int active = connections;
        QElapsedTimer clock;
        std::vector<std::unique_ptr<Conn>> conns;

        std::function<void(Conn &)> issue;
        std::function<void(Conn &)> open;
        auto finish = [&](Conn &c) {
            if (c.finished)
                return;
            c.finished = true;
            if (--active == 0)
                loop.quit();
        };
        issue = [&](Conn &c) {
            c.busy = false;
            if (issued >= maxRequests || clock.elapsed() >= maxMs)
                return finish(c);
            std::optional<Request> r = next(c.index);
            if (!r)
                return finish(c);
            ++issued;
            c.busy = true;
            c.sent.start();
            c.socket->write(encode(*r));
        };
        open = [&](Conn &c) {
            c.buffer.clear();
            if (c.socket) {
                c.socket->disconnect();
                c.socket->abort();
                c.socket->deleteLater();
            }
            c.socket = new QTcpSocket;
            c.socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            QObject::connect(c.socket, &QTcpSocket::connected, [&c, &issue] { issue(c); });
            QObject::connect(c.socket, &QTcpSocket::readyRead, [&] {
                c.buffer += c.socket->readAll();
                for (;;) {
                    bool closeAfter = false;
                    std::optional<Response> resp = takeResponse(c.buffer, &closeAfter);
                    if (!resp)
                        return;
                    stats.latenciesNs.push_back(c.sent.nsecsElapsed());
                    if (done(c.index, *resp))
                        ++stats.ok;
                    else
                        ++stats.failed;
                    if (closeAfter) {
                        open(c);
                        return;
                    }
                    issue(c);
                    if (!c.busy)
                        return;
                }
            });
            QObject::connect(c.socket, &QTcpSocket::errorOccurred, [&](QAbstractSocket::SocketError) {
                if (c.finished)
                    return;
                ++stats.failed;
                if (++c.reconnects > 5) { // the server went away: stop this connection
                    progress(
                        QStringLiteral("connection %1 failed: %2").arg(c.index).arg(c.socket->errorString()));
                    return finish(c);
                }
                QTimer::singleShot(0, c.socket, [&] { open(c); });
            });
            c.socket->connectToHost(m_host, m_port);
        };

        const double cpuBefore = processCpuMs(m_serverPid);
        clock.start();
        for (int i = 0; i < connections; ++i) {
            conns.push_back(std::make_unique<Conn>());
            conns.back()->index = i;
        }
        for (auto &c : conns)
            open(*c);
        QTimer::singleShot(maxMs + 60'000, &loop, &QEventLoop::quit); // a hung server
        if (active > 0)
            loop.exec();
        stats.elapsedNs = clock.nsecsElapsed();
        if (const double cpuAfter = processCpuMs(m_serverPid); cpuBefore >= 0 && cpuAfter >= 0)
            stats.serverCpuMs = cpuAfter - cpuBefore;
        for (auto &c : conns) {
            if (c->socket) {
                c->socket->disconnect();
                c->socket->abort();
                delete c->socket;
            }
        }
        return stats;
    }

    // One request on a fresh connection.
    Response call(const Request &request)
    {
        Response out;
        bool sent = false;
        run(
            1, 1, 120'000,
            [&](int) -> std::optional<Request> {
                if (sent)
                    return std::nullopt;
                sent = true;
                return request;
            },
            [&](int, const Response &r) {
                out = r;
                return true;
            });
        return out;
    }

private:
    qint64 m_serverPid = 0;
    struct Conn
    {
        int index = 0;
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        QElapsedTimer sent;
        bool busy = false;
        bool finished = false;
        int reconnects = 0;
    };

    QByteArray encode(const Request &r) const
    {
        QByteArray out;
        out.reserve(256 + r.body.size());
        out += r.method + ' ' + r.target + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':'
            + QByteArray::number(m_port) + "\r\n";
        if (r.authorized && !m_bearer.isEmpty())
            out += "Authorization: Bearer " + m_bearer + "\r\n";
        for (const auto &h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        if (!r.body.isEmpty() || r.method == "POST")
            out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(r.body.size())
                + "\r\n";
        out += "\r\n" + r.body;
        return out;
    }

    // Takes one complete response (Content-Length framed) off the buffer.
    static std::optional<Response> takeResponse(QByteArray &buffer, bool *closeAfter)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return std::nullopt;
        Response r;
        qint64 length = 0;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            if (i == 0) {
                const QList<QByteArray> parts = line.split(' ');
                r.status = parts.size() > 1 ? parts.at(1).toInt() : 0;
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "connection" && value.toLower() == "close")
                *closeAfter = true;
            else if (name == "transfer-encoding")
                qFatal("bench: chunked responses are not supported");
        }
        const qsizetype total = headerEnd + 4 + length;
        if (buffer.size() < total)
            return std::nullopt;
        r.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, total);
        return r;
    }

    QString m_host;
    quint16 m_port;
    QByteArray m_bearer;
};

} // namespace bench_support
