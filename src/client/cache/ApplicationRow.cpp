#include "client/cache/ApplicationRow.h"

#include "core/domain/Attention.h"

#include <algorithm>

namespace dpdesk::client {

namespace {

// A small binary writer/reader for the stored row: unsigned LEB128 varints,
// zigzag for signed values, strings as a varint length and UTF-8 bytes.
class RowWriter
{
public:
    explicit RowWriter(QByteArray &out)
        : m_out(out)
    { }

    void unsignedInt(quint64 value)
    {
        while (value >= 0x80) {
            m_out.append(char(value | 0x80));
            value >>= 7;
        }
        m_out.append(char(value));
    }
    void signedInt(qint64 value) { unsignedInt((quint64(value) << 1) ^ quint64(value >> 63)); }
    void text(const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        unsignedInt(quint64(utf8.size()));
        m_out.append(utf8);
    }
    void bytes(const QByteArray &value)
    {
        unsignedInt(quint64(value.size()));
        m_out.append(value);
    }

private:
    QByteArray &m_out;
};

class RowReader
{
public:
    explicit RowReader(QByteArrayView data)
        : m_data(data)
    { }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_data.size(); }

    quint64 unsignedInt()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_data.size())
                return fail();
            const auto byte = quint8(m_data[m_pos++]);
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        return fail();
    }
    qint64 signedInt()
    {
        const quint64 raw = unsignedInt();
        return qint64(raw >> 1) ^ -qint64(raw & 1);
    }
    QByteArrayView rawBytes()
    {
        const quint64 size = unsignedInt();
        if (!m_ok || size > quint64(m_data.size() - m_pos)) {
            fail();
            return {};
        }
        const QByteArrayView view = m_data.sliced(m_pos, qsizetype(size));
        m_pos += qsizetype(size);
        return view;
    }
    QString text()
    {
        const QByteArrayView view = rawBytes();
        return view.isEmpty() ? QString() : QString::fromUtf8(view);
    }
    template<typename E>
    E enumValue(E last)
    {
        const quint64 raw = unsignedInt();
        if (raw > quint64(last))
            fail();
        return m_ok ? E(raw) : E{};
    }

private:
    quint64 fail()
    {
        m_ok = false;
        m_pos = m_data.size();
        return 0;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

// Flag bits of one stored applicant.
enum ApplicantFlag : quint8 { HasInvitation = 1 };

qint64 msecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

ApplicantRow applicantRowOf(const Applicant &applicant)
{
    ApplicantRow row;
    row.position = applicant.position;
    row.fullName = applicant.fullName;
    row.email = applicant.email;
    row.documents = applicant.documents;
    row.identification = applicant.identification;
    row.signing = applicant.signing;
    row.step = currentStep(applicant);
    if (applicant.signing == SigningState::Refused)
        row.refusalReason = applicant.refusalReason;
    if (applicant.identification == IdentificationState::Failed)
        row.identificationFailureReason = applicant.identificationFailureReason;
    if (const auto &invitation = applicant.invitation) {
        row.hasInvitation = true;
        row.invitationKind = invitation->kind;
        row.invitationState = invitation->state;
        row.failedAttempts = invitation->failedAttempts;
        row.invitationExpiresAtMs = msecs(invitation->expiresAt);
        if (invitation->state == InvitationState::Locked && invitation->lockedAt)
            row.lockedAtMs = msecs(*invitation->lockedAt);
    }
    for (const AttentionReason reason : attentionReasons(applicant)) // C5, S2, S6, I4
        row.attention |= ApplicantRow::attentionBit(reason);
    return row;
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

int ApplicantRow::stepsDone() const
{
    return int(documents == DocumentsState::Accepted) + int(identification == IdentificationState::Done)
        + int(signing == SigningState::Signed);
}

bool ApplicationRow::needsAttention() const
{
    return std::any_of(applicants.cbegin(), applicants.cend(),
                       [](const ApplicantRow &a) { return a.needsAttention(); });
}

int ApplicationRow::stepsDone() const
{
    int done = 0;
    for (const ApplicantRow &a : applicants)
        done += a.stepsDone();
    return done;
}

ApplicationRow listRowOf(const Application &application)
{
    ApplicationRow row;
    row.id = application.id;
    row.reference = application.reference;
    row.advisorId = application.advisorId;
    row.loanAmountCents = application.loanAmountCents;
    row.createdAtMs = msecs(application.createdAt);
    row.updatedAtMs = msecs(application.updatedAt);
    row.version = application.version;
    row.complete = isComplete(application); // I5
    QString search = application.reference;
    for (const Applicant &applicant : application.applicants) {
        row.applicants.append(applicantRowOf(applicant));
        search += QLatin1Char('\n') + applicant.fullName + QLatin1Char('\n') + applicant.email;
    }
    row.searchKey = foldForSearch(search);
    row.searchBloom = searchBloomOf(row.searchKey);
    return row;
}

std::array<quint64, 4> searchBloomOf(QByteArrayView folded)
{
    std::array<quint64, 4> bloom{};
    const auto set = [&bloom](unsigned bit) {
        bloom[(bit >> 6) & 3] |= quint64(1) << (bit & 63);
    };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const auto c = unsigned(quint8(folded[i]));
        set(c); // the byte itself
        if (i + 1 < folded.size())
            set((c * 31u + unsigned(quint8(folded[i + 1]))) * 2654435761u >> 24); // the pair
    }
    return bloom;
}

QByteArray foldForSearch(QStringView text)
{
    if (isAscii(text)) { // the common case: no normalization needed
        QByteArray out = text.toLatin1();
        for (char &c : out)
            c = (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
        return out;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        switch (c.unicode()) { // letters without a decomposition
        case 0x0131: // ı (Turkish dotless i)
            folded.append(QLatin1Char('i'));
            break;
        case 0x00d8: // Ø
        case 0x00f8: // ø
            folded.append(QLatin1Char('o'));
            break;
        case 0x0141: // Ł
        case 0x0142: // ł
            folded.append(QLatin1Char('l'));
            break;
        case 0x0110: // Đ
        case 0x0111: // đ
            folded.append(QLatin1Char('d'));
            break;
        case 0x00df: // ß
        case 0x1e9e: // ẞ
            folded.append(QLatin1String("ss"));
            break;
        case 0x00c6: // Æ
        case 0x00e6: // æ
            folded.append(QLatin1String("ae"));
            break;
        default:
            folded.append(c);
        }
    }
    return folded.toCaseFolded().toUtf8();
}

QByteArray encodeListRow(const ApplicationRow &row)
{
    QByteArray out;
    out.reserve(96 + row.searchKey.size() * 2);
    RowWriter w(out);
    w.unsignedInt(kListRowFormat);
    w.text(row.reference);
    w.text(row.advisorId);
    w.signedInt(row.loanAmountCents);
    w.signedInt(row.createdAtMs);
    w.signedInt(row.updatedAtMs);
    w.signedInt(row.version);
    w.unsignedInt(row.complete ? 1 : 0);
    w.unsignedInt(quint64(row.applicants.size()));
    for (const ApplicantRow &a : row.applicants) {
        w.unsignedInt(quint64(a.position));
        w.text(a.fullName);
        w.text(a.email);
        w.unsignedInt(quint64(a.documents));
        w.unsignedInt(quint64(a.identification));
        w.unsignedInt(quint64(a.signing));
        w.unsignedInt(quint64(a.step));
        w.text(a.refusalReason);
        w.text(a.identificationFailureReason);
        w.unsignedInt(a.hasInvitation ? HasInvitation : 0);
        if (a.hasInvitation) {
            w.unsignedInt(quint64(a.invitationKind));
            w.unsignedInt(quint64(a.invitationState));
            w.unsignedInt(quint64(a.failedAttempts));
            w.signedInt(a.invitationExpiresAtMs);
            w.signedInt(a.lockedAtMs);
        }
        w.unsignedInt(a.attention);
    }
    w.bytes(row.searchKey);
    for (const quint64 word : row.searchBloom)
        w.unsignedInt(word);
    return out;
}

std::optional<ApplicationRow> decodeListRow(const QString &id, QByteArrayView data)
{
    RowReader r(data);
    if (r.unsignedInt() != kListRowFormat || !r.ok())
        return std::nullopt;
    ApplicationRow row;
    row.id = id;
    row.reference = r.text();
    row.advisorId = r.text();
    row.loanAmountCents = r.signedInt();
    row.createdAtMs = r.signedInt();
    row.updatedAtMs = r.signedInt();
    row.version = r.signedInt();
    row.complete = r.unsignedInt() != 0;
    const quint64 count = r.unsignedInt();
    if (!r.ok() || count > quint64(kMaxApplicants))
        return std::nullopt;
    row.applicants.reserve(qsizetype(count));
    for (quint64 i = 0; i < count; ++i) {
        ApplicantRow a;
        a.position = int(r.unsignedInt());
        a.fullName = r.text();
        a.email = r.text();
        a.documents = r.enumValue(DocumentsState::Accepted);
        a.identification = r.enumValue(IdentificationState::Failed);
        a.signing = r.enumValue(SigningState::Signed);
        a.step = r.enumValue(FlowStep::WaitingForOffice);
        a.refusalReason = r.text();
        a.identificationFailureReason = r.text();
        a.hasInvitation = r.unsignedInt() & HasInvitation;
        if (a.hasInvitation) {
            a.invitationKind = r.enumValue(InvitationKind::Code);
            a.invitationState = r.enumValue(InvitationState::Completed);
            a.failedAttempts = int(r.unsignedInt());
            a.invitationExpiresAtMs = r.signedInt();
            a.lockedAtMs = r.signedInt();
        }
        a.attention = quint8(r.unsignedInt());
        row.applicants.append(std::move(a));
    }
    row.searchKey = r.rawBytes().toByteArray();
    for (quint64 &word : row.searchBloom)
        word = r.unsignedInt();
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    return row;
}

} // namespace dpdesk::client
