#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUrl>

namespace dpdesk::gui {

// What the dialogs say about one input field while the user types. The rules
// themselves live in core (Iban::parse, isEmailShape, isPhoneShape, Age.h,
// wire_limits); these functions only turn their verdicts into words the user
// can act on, through tr().
struct FieldCheck
{
    enum class State {
        Empty, // nothing typed: fine for an optional field, a problem for a required one
        Incomplete, // could still become valid by typing on (a short IBAN, half a date)
        Invalid, // wrong as it stands
        Valid,
    };

    State state = State::Empty;
    // The problem (Incomplete, Invalid) or a confirmation (Valid: the bank's
    // name, the age). Empty when there is nothing to say.
    QString message;

    bool isValid() const { return state == State::Valid; }
};

class FieldChecks
{
    Q_DECLARE_TR_FUNCTIONS(FieldChecks)

public:
    // A required line of text (a name, the reference): Empty says
    // missingMessage as an Incomplete state.
    static FieldCheck requiredText(const QString &text, const QString &missingMessage);

    // An optional IBAN in any spelling Iban::parse accepts. Valid names the
    // bank (Dutch IBANs) or the country; Incomplete while too short for its
    // country; Invalid with the exact problem (characters, country, length,
    // structure, check digits).
    static FieldCheck iban(const QString &text);

    // A date of birth typed as DD-MM-YYYY (also with / . or space, or as
    // DDMMYYYY): a real date, from kEarliestBirthYear on, before today, of an
    // adult on today (core/domain/Age.h). Valid says the date in words and the
    // age.
    static FieldCheck dateOfBirth(const QString &text, QDate today);
    // The date in text, or an invalid QDate when it is not one.
    static QDate parseDate(const QString &text);

    // A required e-mail address (core isEmailShape).
    static FieldCheck email(const QString &text);

    // An optional phone number (core isPhoneShape).
    static FieldCheck phone(const QString &text);

    // The address of the portal service: a URL with the http or https scheme
    // and a host, such as https://portal.example.nl.
    static FieldCheck serverUrl(const QString &text);
    // The URL in text, or an empty QUrl when serverUrl() does not say Valid.
    static QUrl parseServerUrl(const QString &text);
};

} // namespace dpdesk::gui
