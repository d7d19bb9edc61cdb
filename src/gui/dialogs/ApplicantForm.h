#pragma once

#include "core/wire/NewApplicationRequest.h"

#include <QDate>
#include <QGroupBox>

#include <memory>

namespace Ui {
class ApplicantForm;
}

namespace dpdesk::gui {

class CheckedField;

// The fields of one applicant in NewApplicationDialog: full name, date of
// birth (also the customer's login secret with the code or link, C2),
// e-mail and an optional phone number, each checked as the user types.
class ApplicantForm : public QGroupBox
{
    Q_OBJECT

public:
    explicit ApplicantForm(QWidget *parent = nullptr);
    ~ApplicantForm() override;

    // The day the age limit is counted on (Age.h).
    void setToday(QDate today);

    void setApplicant(const NewApplicantRequest &applicant);
    // What is typed, trimmed; dateOfBirth is invalid until a real date is typed.
    NewApplicantRequest applicant() const;

    bool isValid() const;
    // The labels of the fields that are not valid yet ("Date of birth").
    QStringList problems() const;
    // Shows every remaining problem, also of fields not visited yet.
    void revealProblems();
    // A problem found by the wire check or the server for a field of this
    // applicant ("fullName", "dateOfBirth", "email", "phone"). False for
    // another key.
    bool showFieldError(const QString &key, const QString &message);
    // The first field with a problem, for the focus; nullptr when valid.
    QWidget *firstProblemField() const;

signals:
    void changed();

private:
    QList<CheckedField *> fields() const;

    std::unique_ptr<Ui::ApplicantForm> m_ui;
    QDate m_today;
    CheckedField *m_fullName;
    CheckedField *m_dateOfBirth;
    CheckedField *m_email;
    CheckedField *m_phone;
};

} // namespace dpdesk::gui
