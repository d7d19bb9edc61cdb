#include "server/customer/FolderMailer.h"

#include "core/crypto/SecureRandom.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace dpdesk::server {

namespace {
bool isPlainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// RFC 2047 "encoded word" (base64) for header text that is not plain ASCII.
QByteArray headerText(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

// Header values never carry line breaks (no header injection).
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QByteArray mailbox(const QString &name, const QString &address)
{
    const QByteArray addr = '<' + oneLine(address).toUtf8() + '>';
    if (name.isEmpty())
        return addr;
    QString quoted = oneLine(name);
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return isPlainAscii(quoted) ? '"' + quoted.toLatin1() + "\" " + addr
                                : headerText(oneLine(name)) + ' ' + addr;
}
} // namespace

FolderMailer::FolderMailer(QString folder, QString fromAddress, const Clock &clock)
    : m_folder(std::move(folder))
    , m_from(std::move(fromAddress))
    , m_clock(clock)
{ }

QByteArray FolderMailer::render(const MailMessage &message, const QByteArray &messageId) const
{
    const QDateTime now = m_clock.nowUtc();
    QByteArray out;
    out += "Date: " + QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
        + " +0000\r\n";
    out += "From: " + mailbox(QStringLiteral("DP Desk"), m_from) + "\r\n";
    out += "To: " + mailbox(message.toName, message.toAddress) + "\r\n";
    out += "Subject: " + headerText(oneLine(message.subject)) + "\r\n";
    out += "Message-ID: <" + messageId + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n";
    out += "\r\n";
    QString body = message.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out += body.toUtf8().replace("\n", "\r\n");
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

Status FolderMailer::send(const MailMessage &message)
{
    const Error cannotWrite{
        QStringLiteral("mail.outbox"), QStringLiteral("Cannot write to the mail outbox folder."), {}};
    if (!m_folderReady) {
        if (!QDir().mkpath(m_folder))
            return cannotWrite;
        m_folderReady = true;
    }
    const QByteArray random = SecureRandom::bytes(9).toHex();
    const QString stamp = m_clock.nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz"));
    const QByteArray messageId = stamp.toLatin1() + '.' + random + "@dpdesk.invalid";
    const QString name = QDir(m_folder).filePath(stamp + '-' + QString::fromLatin1(random));
    // Written under another name and renamed, so that whoever reads *.eml
    // never sees half a message. Not flushed to disk on its own (no fsync):
    // like a commit with --sqlite-sync normal, the last mails may be lost
    // when the machine loses power, not when the process dies.
    QFile file(name + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return cannotWrite;
    const QByteArray bytes = render(message, messageId);
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    if (!written || !file.rename(name + QStringLiteral(".eml"))) {
        file.remove();
        return cannotWrite;
    }
    return Status::success();
}

} // namespace dpdesk::server
