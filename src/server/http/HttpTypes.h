#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace dpdesk::server {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request as our handlers see it: copied out of the framework's request so
// nothing below the HTTP adapter depends on a QtHttpServer version.
struct HttpRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path; // decoded path, e.g. /api/v1/applications/12
    QUrlQuery query;
    HeaderList headers; // names as sent
    QByteArray body;
    QHostAddress remoteAddress;
    QHash<QString, QString> pathParams; // filled by the router: {id} -> "12"

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(const QByteArray &name) const;
    QString param(const QString &name) const { return pathParams.value(name); }
};

struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse noContent();
    // Every error answer has the same shape:
    //   { "error": { "code": "...", "message": "...", "field": "..." } }
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QString &field = {});
    static HttpResponse error(int status, const Error &error);
};

} // namespace dpdesk::server
