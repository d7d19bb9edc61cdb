#include "core/wire/ApplicantJson.h"
#include "core/wire/ApplicationJson.h"
#include "core/wire/InvitationJson.h"
#include "core/wire/StrictJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include "WireSamples.h"

using namespace dpdesk;

namespace {

// The sample body each decoder starts from; every row changes one thing.
QJsonObject baseFor(const QString &decoder)
{
    if (decoder == QLatin1String("invitation"))
        return toJson(samples::invitation(QStringLiteral("ap-1")));
    if (decoder == QLatin1String("applicant"))
        return toJson(samples::applicant(1));
    if (decoder == QLatin1String("application"))
        return toJson(samples::application());
    if (decoder == QLatin1String("newApplication"))
        return toJson(samples::newApplication());
    if (decoder == QLatin1String("patch"))
        return toJson(samples::patch());
    if (decoder == QLatin1String("createInvitation"))
        return toJson(CreateInvitationRequest{InvitationKind::Link, 14});
    if (decoder == QLatin1String("login"))
        return toJson(
            CustomerLoginRequest{InvitationKind::Code, QStringLiteral("K7QM-2XD9-3"), QDate(1980, 4, 23)});
    if (decoder == QLatin1String("change"))
        return toJson(samples::applicationChange());
    if (decoder == QLatin1String("apiError"))
        return toJson(ApiError{Error{QStringLiteral("json.wrong_type"), QStringLiteral("Must be a string."),
                                     QStringLiteral("reference")}});
    qFatal("unknown decoder %s", qPrintable(decoder));
}

// The error of decoding object, or an empty Error when it decodes.
Error decodeError(const QString &decoder, const QJsonObject &object)
{
    const auto errorOf = [](const auto &result) {
        return result.ok() ? Error{} : result.error();
    };
    if (decoder == QLatin1String("invitation"))
        return errorOf(invitationFromJson(object));
    if (decoder == QLatin1String("applicant"))
        return errorOf(applicantFromJson(object));
    if (decoder == QLatin1String("application"))
        return errorOf(applicationFromJson(object));
    if (decoder == QLatin1String("newApplication"))
        return errorOf(newApplicationRequestFromJson(object, samples::kToday));
    if (decoder == QLatin1String("patch"))
        return errorOf(applicationPatchFromJson(object, samples::kToday));
    if (decoder == QLatin1String("createInvitation"))
        return errorOf(createInvitationRequestFromJson(object));
    if (decoder == QLatin1String("login"))
        return errorOf(customerLoginRequestFromJson(object));
    if (decoder == QLatin1String("change"))
        return errorOf(changeRecordFromJson(object));
    if (decoder == QLatin1String("apiError"))
        return errorOf(apiErrorFromJson(object));
    qFatal("unknown decoder %s", qPrintable(decoder));
}

// Sets (or, with no value, removes) the value at a path such as
// "applicants[1].answers.highRiskSectors[0]".
QJsonValue setAt(const QJsonValue &node, const QStringList &steps, int i,
                 const std::optional<QJsonValue> &value)
{
    static const QRegularExpression indexed(QStringLiteral("^(.*)\\[(\\d+)\\]$"));
    const QRegularExpressionMatch m = indexed.match(steps.at(i));
    if (m.hasMatch()) {
        // "key[n]": descend into key, then into element n.
        QStringList inner = steps;
        inner[i] = m.captured(1);
        inner.insert(i + 1, QStringLiteral("#%1").arg(m.captured(2)));
        return setAt(node, inner, i, value);
    }
    const bool last = i == steps.size() - 1;
    if (steps.at(i).startsWith(u'#')) {
        const int index = steps.at(i).mid(1).toInt();
        QJsonArray array = node.toArray();
        if (last && !value)
            array.removeAt(index);
        else
            array[index] = last ? *value : setAt(array.at(index), steps, i + 1, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (last && !value)
        object.remove(steps.at(i));
    else
        object[steps.at(i)] = last ? *value : setAt(object.value(steps.at(i)), steps, i + 1, value);
    return object;
}

QJsonValue jsonValue(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test value %s", text.constData());
    return doc.array().at(0);
}

QByteArray quoted(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QByteArray compact(const QJsonValue &value)
{
    return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

void row(const char *name, const char *decoder, const char *path, const QByteArray &value, const char *code,
         const char *field)
{
    QTest::newRow(name) << QString::fromLatin1(decoder) << QString::fromLatin1(path) << value
                        << QString::fromLatin1(code) << QString::fromLatin1(field);
}

const QByteArray kRemove; // an empty value removes the field

} // namespace

class TestWireBadInput : public QObject
{
    Q_OBJECT

private slots:
    void documentLevel_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");

        QTest::newRow("empty body") << QByteArray() << "json.malformed";
        QTest::newRow("only whitespace") << QByteArray(" \n ") << "json.malformed";
        QTest::newRow("unclosed object") << QByteArray("{\"a\":1") << "json.malformed";
        QTest::newRow("trailing garbage") << QByteArray("{\"a\":1} x") << "json.malformed";
        QTest::newRow("two objects") << QByteArray("{\"a\":1}{\"b\":2}") << "json.malformed";
        QTest::newRow("trailing comma") << QByteArray("{\"a\":1,}") << "json.malformed";
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << "json.malformed";
        QTest::newRow("comment") << QByteArray("{/* c */\"a\":1}") << "json.malformed";
        QTest::newRow("NaN") << QByteArray("{\"a\":NaN}") << "json.malformed";
        QTest::newRow("number out of double range") << QByteArray("{\"a\":1e400}") << "json.malformed";
        QTest::newRow("duplicate key") << QByteArray("{\"a\":1,\"a\":2}") << "json.malformed";
        QTest::newRow("duplicate key nested")
            << QByteArray("{\"x\":[{\"a\":1,\"b\":{\"c\":1,\"c\":1}}]}") << "json.malformed";
        QTest::newRow("duplicate key by escape") << QByteArray("{\"a\":1,\"\\u0061\":2}") << "json.malformed";
        QTest::newRow("colons in strings are not members")
            << QByteArray("{\"a:b\":\"c:d\",\"e\":\"\\\":\"}") << "";
        QTest::newRow("lone high surrogate escape") << QByteArray("{\"a\":\"\\ud800\"}") << "json.malformed";
        QTest::newRow("lone low surrogate escape in a key")
            << QByteArray("{\"\\udc00\":1}") << "json.malformed";
        QTest::newRow("paired surrogate escapes") << QByteArray("{\"a\":\"\\ud83d\\ude00\"}") << "";
        QTest::newRow("invalid UTF-8 byte") << QByteArray("{\"a\":\"\xff\"}") << "json.malformed";
        QTest::newRow("overlong UTF-8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << "json.malformed";
        QTest::newRow("UTF-8 encoded surrogate")
            << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << "json.malformed";
        QTest::newRow("truncated UTF-8 at the end") << QByteArray("{\"a\":1}\xe2\x82") << "json.malformed";
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}") << "json.malformed";
        QTest::newRow("valid UTF-8 text") << QByteArray("{\"a\":\"G\xc3\xbcl \xe2\x82\xac\"}") << "";
        QTest::newRow("top-level array") << QByteArray("[1,2]") << "json.not_object";
        QTest::newRow("top-level string") << QByteArray("\"x\"") << "json.not_object";
        QTest::newRow("top-level number") << QByteArray("42") << "json.not_object";
        QTest::newRow("top-level null") << QByteArray("null") << "json.not_object";
        QTest::newRow("nesting 32 deep")
            << QByteArray("{\"a\":") + QByteArray(31, '[') + "1" + QByteArray(31, ']') + "}"
            << "";
        QTest::newRow("nesting 33 deep")
            << QByteArray("{\"a\":") + QByteArray(32, '[') + "1" + QByteArray(32, ']') + "}"
            << "json.too_deep";
        QTest::newRow("100000 deep, unbalanced") << QByteArray(100000, '[') << "json.too_deep";
        QTest::newRow("brackets in strings do not nest")
            << QByteArray("{\"a\":\"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"}") << "";
        QTest::newRow("over the size limit") << QByteArray("{\"a\":\"") + QByteArray(1024 * 1024, 'x') + "\"}"
                                             << "json.too_large";
    }

    void documentLevel()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const Result<QJsonObject> parsed = parseJsonObject(bytes);
        QCOMPARE(parsed.ok() ? QString() : parsed.error().code, code);
        if (!parsed.ok())
            QVERIFY(parsed.error().field.isEmpty());
    }

    void sizeLimitIsAParameter()
    {
        const QByteArray body = "{\"a\":\"0123456789\"}"; // 18 bytes
        QVERIFY(parseJsonObject(body, JsonLimits{18, 32}).ok());
        QCOMPARE(parseJsonObject(body, JsonLimits{17, 32}).error().code, QStringLiteral("json.too_large"));
        QCOMPARE(parseJsonObject("{\"a\":[[1]]}", JsonLimits{1024, 2}).error().code,
                 QStringLiteral("json.too_deep"));
        QVERIFY(parseJsonObject("{\"a\":[[1]]}", JsonLimits{1024, 3}).ok());
    }

    // One change to a valid body, and the error it must give: code and field.
    void fields_data()
    {
        QTest::addColumn<QString>("decoder");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const QByteArray applicant = compact(toJson(samples::applicant(1)));
        const QByteArray newApplicant =
            compact(toJson(samples::newApplication()).value(u"applicants").toArray().at(0));

        // The unchanged samples decode.
        for (const char *decoder : {"invitation", "applicant", "application", "newApplication", "patch",
                                    "createInvitation", "login", "change", "apiError"})
            QTest::newRow(qPrintable(QStringLiteral("%1: sample is valid").arg(QLatin1String(decoder))))
                << QString::fromLatin1(decoder) << QString() << QByteArray() << QString() << QString();

        // Wrong JSON types, field by field.
        row("wrong type: id number", "application", "id", "5", "json.wrong_type", "id");
        row("wrong type: reference number", "application", "reference", "123", "json.wrong_type",
            "reference");
        row("wrong type: amount as string", "application", "loanAmountCents", "\"1000\"", "json.wrong_type",
            "loanAmountCents");
        row("wrong type: amount with cents fraction", "application", "loanAmountCents", "12.5",
            "json.wrong_type", "loanAmountCents");
        row("wrong type: loan kind number", "application", "loanKind", "1", "json.wrong_type", "loanKind");
        row("wrong type: term bool", "application", "termMonths", "true", "json.wrong_type", "termMonths");
        row("wrong type: iban number", "application", "iban", "91", "json.wrong_type", "iban");
        row("wrong type: applicants object", "application", "applicants", "{}", "json.wrong_type",
            "applicants");
        row("wrong type: applicant item string", "application", "applicants[1]", "\"x\"", "json.wrong_type",
            "applicants[1]");
        row("wrong type: date of birth number", "application", "applicants[1].dateOfBirth", "19800423",
            "json.wrong_type", "applicants[1].dateOfBirth");
        row("wrong type: ibanConfirmed string", "application", "applicants[0].ibanConfirmed", "\"true\"",
            "json.wrong_type", "applicants[0].ibanConfirmed");
        row("wrong type: ibanConfirmed 1", "application", "applicants[0].ibanConfirmed", "1",
            "json.wrong_type", "applicants[0].ibanConfirmed");
        row("wrong type: sectors string", "application", "applicants[0].answers.highRiskSectors",
            "\"gambling\"", "json.wrong_type", "applicants[0].answers.highRiskSectors");
        row("wrong type: sector item number", "application", "applicants[0].answers.highRiskSectors[1]", "3",
            "json.wrong_type", "applicants[0].answers.highRiskSectors[1]");
        row("wrong type: answers array", "application", "applicants[0].answers", "[]", "json.wrong_type",
            "applicants[0].answers");
        row("wrong type: invitation string", "application", "applicants[0].invitation", "\"inv\"",
            "json.wrong_type", "applicants[0].invitation");
        row("wrong type: failedAttempts string", "invitation", "failedAttempts", "\"2\"", "json.wrong_type",
            "failedAttempts");
        row("wrong type: required name null", "application", "applicants[0].fullName", "null",
            "json.wrong_type", "applicants[0].fullName");
        row("wrong type: required time null", "invitation", "createdAt", "null", "json.wrong_type",
            "createdAt");
        row("wrong type: patch reference null (not clearable)", "patch", "reference", "null",
            "json.wrong_type", "reference");
        row("wrong type: expiresInDays string", "createInvitation", "expiresInDays", "\"30\"",
            "json.wrong_type", "expiresInDays");
        row("wrong type: upsert without data", "change", "data", "null", "json.wrong_type", "data");
        row("wrong type: error not an object", "apiError", "error", "\"oops\"", "json.wrong_type", "error");

        // Missing fields.
        row("missing: createdAt", "application", "createdAt", kRemove, "json.missing_field", "createdAt");
        row("missing: applicants", "application", "applicants", kRemove, "json.missing_field", "applicants");
        row("missing: nested email", "application", "applicants[1].email", kRemove, "json.missing_field",
            "applicants[1].email");
        row("missing: answer", "applicant", "answers.politicallyExposed", kRemove, "json.missing_field",
            "answers.politicallyExposed");
        row("missing: request email", "newApplication", "applicants[0].email", kRemove, "json.missing_field",
            "applicants[0].email");
        row("missing: invitation kind", "createInvitation", "kind", kRemove, "json.missing_field", "kind");
        row("missing: C2 code and link token", "login", "code", kRemove, "json.missing_field", "code");
        row("missing: C2 date of birth", "login", "dateOfBirth", kRemove, "json.missing_field",
            "dateOfBirth");
        row("missing: delete without data", "change", "",
            "{\"seq\":3,\"entity\":\"invitation\",\"id\":\"i-1\",\"op\":\"delete\"}", "json.missing_field",
            "data");
        row("missing: error message", "apiError", "error.message", kRemove, "json.missing_field",
            "error.message");
        row("missing: patch applicant position", "patch", "applicants[0].position", kRemove,
            "json.missing_field", "applicants[0].position");

        // Unknown fields.
        row("unknown: top level", "application", "extra", "1", "json.unknown_field", "extra");
        row("unknown: nested", "application", "applicants[1].nickname", "\"Jantje\"", "json.unknown_field",
            "applicants[1].nickname");
        row("unknown: in answers", "applicant", "answers.remarks", "\"x\"", "json.unknown_field",
            "answers.remarks");
        row("unknown: id in a create request", "newApplication", "id", "\"app-1\"", "json.unknown_field",
            "id");
        row("unknown: states are not editable", "patch", "applicants[0].signing", "\"signed\"",
            "json.unknown_field", "applicants[0].signing");
        row("unknown: version is not in a patch", "patch", "version", "18", "json.unknown_field", "version");
        row("unknown: key with spaces is shown harmlessly", "createInvitation", "a b\tc", "1",
            "json.unknown_field", "a?b?c");
        row("unknown: empty key", "createInvitation", "", "{\"kind\":\"code\",\"\":1}", "json.unknown_field",
            "\"\"");
        row("unknown: in the error body", "apiError", "error.details", "[]", "json.unknown_field",
            "error.details");

        // Invalid enum values.
        row("enum: unknown loan kind", "application", "loanKind", "\"mortgage\"", "json.invalid_enum",
            "loanKind");
        row("enum: wrong case", "application", "applicants[0].signing", "\"Signed\"", "json.invalid_enum",
            "applicants[0].signing");
        row("enum: expired is not a state", "application", "applicants[0].invitation.state", "\"expired\"",
            "json.invalid_enum", "applicants[0].invitation.state");
        row("enum: id document", "applicant", "identificationDocument", "\"library_card\"",
            "json.invalid_enum", "identificationDocument");
        row("enum: invitation kind", "createInvitation", "kind", "\"sms\"", "json.invalid_enum", "kind");
        row("enum: change entity", "change", "entity", "\"user\"", "json.invalid_enum", "entity");
        row("enum: change op", "change", "op", "\"insert\"", "json.invalid_enum", "op");

        // Invalid dates and times.
        row("date: 30 February", "application", "applicants[1].dateOfBirth", "\"2025-02-30\"",
            "json.invalid_date", "applicants[1].dateOfBirth");
        row("date: 29 February in a common year", "newApplication", "applicants[0].dateOfBirth",
            "\"1981-02-29\"", "json.invalid_date", "applicants[0].dateOfBirth");
        row("date: no zero padding", "application", "applicants[1].dateOfBirth", "\"1980-4-23\"",
            "json.invalid_date", "applicants[1].dateOfBirth");
        row("date: Dutch order", "login", "dateOfBirth", "\"23-04-1980\"", "json.invalid_date",
            "dateOfBirth");
        row("date: with a time", "login", "dateOfBirth", "\"1980-04-23T00:00:00Z\"", "json.invalid_date",
            "dateOfBirth");
        row("date: month 13", "patch", "applicants[0].dateOfBirth", "\"1980-13-01\"", "json.invalid_date",
            "applicants[0].dateOfBirth");
        row("time: offset instead of Z", "invitation", "createdAt", "\"2026-06-01T09:30:00+01:00\"",
            "json.invalid_date", "createdAt");
        row("time: no zone", "invitation", "expiresAt", "\"2026-06-01T09:30:00\"", "json.invalid_date",
            "expiresAt");
        row("time: space instead of T", "application", "updatedAt", "\"2026-06-01 09:30:00Z\"",
            "json.invalid_date", "updatedAt");
        row("time: hour 24", "application", "createdAt", "\"2026-06-01T24:00:00Z\"", "json.invalid_date",
            "createdAt");
        row("time: nested lockedAt", "application", "applicants[0].invitation.lockedAt",
            "\"2026-06-31T10:00:00Z\"", "json.invalid_date", "applicants[0].invitation.lockedAt");

        // Ranges and counts.
        row("range: amount 0", "application", "loanAmountCents", "0", "json.out_of_range", "loanAmountCents");
        row("range: amount negative", "newApplication", "loanAmountCents", "-100", "json.out_of_range",
            "loanAmountCents");
        row("range: amount 1e20", "newApplication", "loanAmountCents", "1e20", "json.out_of_range",
            "loanAmountCents");
        row("range: term 0 months", "newApplication", "termMonths", "0", "json.out_of_range", "termMonths");
        row("range: version negative", "application", "version", "-1", "json.out_of_range", "version");
        row("range: version 2^53", "application", "version", "9007199254740992", "json.out_of_range",
            "version");
        row("range: position 3", "patch", "applicants[0].position", "3", "json.out_of_range",
            "applicants[0].position");
        row("range: C5 five failed attempts", "invitation", "failedAttempts", "5", "json.out_of_range",
            "failedAttempts");
        row("range: invitation 0 days", "createInvitation", "expiresInDays", "0", "json.out_of_range",
            "expiresInDays");
        row("range: invitation 91 days", "createInvitation", "expiresInDays", "91", "json.out_of_range",
            "expiresInDays");
        row("range: seq 0", "change", "seq", "0", "json.out_of_range", "seq");
        row("count: 0 applicants", "application", "applicants", "[]", "json.invalid_count", "applicants");
        row("count: 0 applicants in a request", "newApplication", "applicants", "[]", "json.invalid_count",
            "applicants");
        row("count: 3 applicants in a request", "newApplication", "applicants",
            "[" + newApplicant + "," + newApplicant + "," + newApplicant + "]", "json.invalid_count",
            "applicants");
        row("count: 3 applicants in a record", "application", "applicants",
            "[" + applicant + "," + applicant + "," + applicant + "]", "json.invalid_count", "applicants");
        row("count: 21 sectors", "applicant", "answers.highRiskSectors",
            "[" + QByteArrayList(21, "\"s\"").join(',') + "]", "json.invalid_count",
            "answers.highRiskSectors");

        // Strings: emptiness, whitespace, control characters, length, shape.
        row("string: empty name", "application", "applicants[0].fullName", "\"\"", "json.invalid_value",
            "applicants[0].fullName");
        row("string: leading space", "newApplication", "applicants[0].fullName", "\" Jan\"",
            "json.invalid_value", "applicants[0].fullName");
        row("string: trailing no-break space", "newApplication", "reference", "\"DV-1\\u00a0\"",
            "json.invalid_value", "reference");
        row("string: line break in a name", "newApplication", "applicants[1].fullName", "\"Anna\\nde Vries\"",
            "json.invalid_value", "applicants[1].fullName");
        row("string: NUL in a reference", "application", "reference", "\"DV\\u0000\"", "json.invalid_value",
            "reference");
        row("string: blank explanation", "applicant", "answers.highRiskExplanation", "\" \\n \"",
            "json.invalid_value", "answers.highRiskExplanation");
        row("string: control character in text", "applicant", "refusalReason", "\"a\\u0007b\"",
            "json.invalid_value", "refusalReason");
        row("string: name of 201 characters", "application", "applicants[0].fullName",
            quoted(QString(201, u'x')), "json.too_long", "applicants[0].fullName");
        row("string: huge name", "newApplication", "applicants[0].fullName", quoted(QString(300000, u'x')),
            "json.too_long", "applicants[0].fullName");
        row("string: huge explanation", "applicant", "answers.highRiskExplanation",
            quoted(QString(2001, u'x')), "json.too_long", "answers.highRiskExplanation");
        row("string: id with a slash", "invitation", "id", "\"../etc\"", "json.invalid_value", "id");
        row("string: e-mail without @", "newApplication", "applicants[0].email", "\"jan.example.nl\"",
            "json.invalid_value", "applicants[0].email");
        row("string: e-mail without domain dot", "application", "applicants[1].email", "\"jan@localhost\"",
            "json.invalid_value", "applicants[1].email");
        row("string: e-mail with two @", "patch", "applicants[0].email", "\"a@b@example.nl\"",
            "json.invalid_value", "applicants[0].email");
        row("string: phone with letters", "newApplication", "applicants[0].phone", "\"06-CALLME\"",
            "json.invalid_value", "applicants[0].phone");
        row("string: IBAN with spaces", "newApplication", "iban", "\"NL91 ABNA 0417 1643 00\"",
            "json.invalid_value", "iban");
        row("string: IBAN lower case", "patch", "iban", "\"nl91abna0417164300\"", "json.invalid_value",
            "iban");
        row("string: link token with a space", "login", "",
            "{\"linkToken\":\"abc def\",\"dateOfBirth\":\"1980-04-23\"}", "json.invalid_value", "linkToken");
        row("string: code too long", "login", "code", quoted(QString(65, u'K')), "json.too_long", "code");
        row("string: error code with a space", "apiError", "error.code", "\"json wrong\"",
            "json.invalid_value", "error.code");

        // Rules checked while decoding.
        row("C2 both code and link token", "login", "linkToken", "\"q2Fx_9-Zk1\"", "json.invalid_value",
            "linkToken");
        row("age: under 18 (assumed minimum)", "newApplication", "applicants[1].dateOfBirth",
            "\"2010-01-01\"", "applicant.too_young", "applicants[1].dateOfBirth");
        row("age: 18 tomorrow", "newApplication", "applicants[0].dateOfBirth", "\"2008-06-16\"",
            "applicant.too_young", "applicants[0].dateOfBirth");
        row("age: 18 today", "newApplication", "applicants[0].dateOfBirth", "\"2008-06-15\"", "", "");
        row("age: born in the future", "newApplication", "applicants[0].dateOfBirth", "\"2030-01-01\"",
            "json.out_of_range", "applicants[0].dateOfBirth");
        row("age: born today", "patch", "applicants[0].dateOfBirth", "\"2026-06-15\"", "json.out_of_range",
            "applicants[0].dateOfBirth");
        row("age: before 1900", "newApplication", "applicants[0].dateOfBirth", "\"1899-12-31\"",
            "json.out_of_range", "applicants[0].dateOfBirth");
        row("S1 high-risk yes without explanation", "applicant", "answers.highRiskExplanation", "null",
            "answers.explanation_required", "answers.highRiskExplanation");
        row("S1 high-risk yes without a sector", "application", "applicants[0].answers.highRiskSectors", "[]",
            "answers.sector_required", "applicants[0].answers.highRiskSectors");
        row("S1 PEP yes without explanation", "applicant", "answers.politicallyExposedExplanation", kRemove,
            "answers.explanation_required", "answers.politicallyExposedExplanation");
        row("S6 refused without a reason", "application", "applicants[1].refusalReason", "null",
            "json.invalid_value", "applicants[1].refusalReason");
        row("S6 a reason without a refusal", "application", "applicants[0].refusalReason", "\"Te duur\"",
            "json.invalid_value", "applicants[0].refusalReason");
        row("I4 failure reason without a failure", "applicant", "identification", "\"done\"",
            "json.invalid_value", "identificationFailureReason");
        row("C5 locked without lockedAt", "invitation", "state", "\"locked\"", "json.invalid_value",
            "lockedAt");
        row("C6 revokedAt on an active invitation", "invitation", "revokedAt", "\"2026-06-04T08:00:00.000Z\"",
            "json.invalid_value", "revokedAt");
        row("invitation of another applicant", "application", "applicants[0].invitation.applicantId",
            "\"ap-2\"", "json.invalid_value", "applicants[0].invitation.applicantId");
        row("applicants out of position order", "application", "applicants[0].position", "2",
            "json.invalid_value", "applicants[0].position");
        row("patch: the same position twice", "patch", "applicants",
            "[{\"position\":2,\"email\":\"a@example.nl\"},{\"position\":2,\"phone\":null}]",
            "json.invalid_value", "applicants[1].position");
        row("patch: no applicants is left out, not []", "patch", "applicants", "[]", "json.invalid_count",
            "applicants");
        row("change: data of another id", "change", "data.id", "\"app-other\"", "json.invalid_value",
            "data.id");
        row("change: delete with data", "change", "op", "\"delete\"", "json.invalid_value", "data");
        row("change: bad record inside", "change", "data.applicants[0].email", "\"nope\"",
            "json.invalid_value", "data.applicants[0].email");

        // Valid edge cases that must decode.
        row("ok: SQL-looking reference is plain text", "newApplication", "reference",
            "\"'; DROP TABLE applications;--\"", "", "");
        row("ok: SQL-looking name is plain text", "newApplication", "applicants[0].fullName",
            "\"Robert'); DROP TABLE students;--\"", "", "");
        row("ok: SQL-looking refusal reason", "application", "applicants[1].refusalReason",
            "\"1' OR '1'='1\"", "", "");
        row("ok: markup in a name is plain text", "application", "applicants[1].fullName",
            "\"<script>alert(1)</script>\"", "", "");
        row("ok: no phone", "newApplication", "applicants[1].phone", "null", "", "");
        row("ok: phone left out", "newApplication", "applicants[1].phone", kRemove, "", "");
        row("ok: no IBAN yet", "newApplication", "iban", "null", "", "");
        row("ok: amount 1.0 is an integer", "application", "loanAmountCents", "1.0", "", "");
        row("ok: amount 1e3", "application", "loanAmountCents", "1e3", "", "");
        row("ok: empty patch", "patch", "", "{}", "", "");
        row("ok: patch clears IBAN", "patch", "iban", "null", "", "");
        row("ok: invitation days left out", "createInvitation", "expiresInDays", kRemove, "", "");
        row("ok: invitation 90 days", "createInvitation", "expiresInDays", "90", "", "");
        row("ok: delete with null data", "change", "",
            "{\"seq\":3,\"entity\":\"invitation\",\"id\":\"i-1\",\"op\":\"delete\",\"data\":null}", "", "");
        row("ok: link token login", "login", "",
            "{\"linkToken\":\"q2Fx_9-Zk1\",\"dateOfBirth\":\"1980-04-23\"}", "", "");
        row("ok: error without field", "apiError", "error.field", kRemove, "", "");
        row("ok: optional answers null", "applicant", "answers", "null", "", "");
        row("ok: multi-line explanation", "applicant", "answers.highRiskExplanation",
            "\"Regel 1\\r\\nRegel 2\\tx\"", "", "");
    }

    void fields()
    {
        QFETCH(QString, decoder);
        QFETCH(QString, path);
        QFETCH(QByteArray, value);
        QFETCH(QString, code);
        QFETCH(QString, field);

        QJsonObject object = baseFor(decoder);
        if (path.isEmpty() && !value.isEmpty())
            object = jsonValue(value).toObject();
        else if (!path.isEmpty())
            object = setAt(object, path.split(u'.'), 0,
                           value.isEmpty() ? std::nullopt : std::optional<QJsonValue>(jsonValue(value)))
                         .toObject();

        // Through the bytes and the strict reader, as a server would.
        const Result<QJsonObject> parsed = parseJsonObject(toCompactJson(object));
        QVERIFY(parsed.ok());
        const Error error = decodeError(decoder, parsed.value());
        QCOMPARE(error.code, code);
        QCOMPARE(error.field, field);
        if (!code.isEmpty())
            QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWireBadInput)
#include "tst_wire_bad_input.moc"
