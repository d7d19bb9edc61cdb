#include "gui/dialogs/ApplicantForm.h"

#include "core/wire/WireLimits.h"
#include "gui/dialogs/CheckedField.h"
#include "gui/dialogs/FieldMessage.h"

#include "ui_ApplicantForm.h"

namespace dpdesk::gui {

ApplicantForm::ApplicantForm(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::ApplicantForm>())
    , m_today(QDate::currentDate())
{
    m_ui->setupUi(this);
    m_ui->fullNameEdit->setMaxLength(wire_limits::kNameLength);
    m_ui->emailEdit->setMaxLength(wire_limits::kEmailLength);
    m_ui->phoneEdit->setMaxLength(wire_limits::kPhoneLength);
    m_ui->dateOfBirthEdit->setAccessibleDescription(tr("Day, month and year: DD-MM-YYYY"));
    m_ui->emailEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_ui->phoneEdit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_ui->dateOfBirthEdit->setInputMethodHints(Qt::ImhDate);

    m_fullName = new CheckedField(
        m_ui->fullNameEdit, m_ui->fullNameMessage,
        [](const QString &text) { return FieldChecks::requiredText(text, tr("Enter the full name.")); },
        this);
    m_dateOfBirth = new CheckedField(
        m_ui->dateOfBirthEdit, m_ui->dateOfBirthMessage,
        [this](const QString &text) { return FieldChecks::dateOfBirth(text, m_today); }, this);
    m_email = new CheckedField(m_ui->emailEdit, m_ui->emailMessage, &FieldChecks::email, this);
    m_phone = new CheckedField(m_ui->phoneEdit, m_ui->phoneMessage, &FieldChecks::phone, this);
    for (CheckedField *field : fields())
        connect(field, &CheckedField::changed, this, &ApplicantForm::changed);
    // A checkable group box (the second applicant) switches its fields on and off.
    connect(this, &QGroupBox::toggled, this, &ApplicantForm::changed);
}

ApplicantForm::~ApplicantForm() = default;

void ApplicantForm::setToday(QDate today)
{
    m_today = today;
    m_dateOfBirth->refresh();
    emit changed();
}

void ApplicantForm::setApplicant(const NewApplicantRequest &applicant)
{
    m_ui->fullNameEdit->setText(applicant.fullName);
    m_ui->dateOfBirthEdit->setText(applicant.dateOfBirth.isValid()
                                       ? applicant.dateOfBirth.toString(QStringLiteral("dd-MM-yyyy"))
                                       : QString());
    m_ui->emailEdit->setText(applicant.email);
    m_ui->phoneEdit->setText(applicant.phone);
}

NewApplicantRequest ApplicantForm::applicant() const
{
    NewApplicantRequest applicant;
    applicant.fullName = m_ui->fullNameEdit->text().simplified();
    applicant.dateOfBirth = FieldChecks::parseDate(m_ui->dateOfBirthEdit->text());
    applicant.email = m_ui->emailEdit->text().trimmed();
    applicant.phone = m_ui->phoneEdit->text().trimmed();
    return applicant;
}

bool ApplicantForm::isValid() const
{
    for (const CheckedField *field : fields()) {
        if (!field->isAcceptable())
            return false;
    }
    return true;
}

QStringList ApplicantForm::problems() const
{
    QStringList labels;
    const QList<std::pair<CheckedField *, QString>> named = {
        {m_fullName, tr("full name")},
        {m_dateOfBirth, tr("date of birth")},
        {m_email, tr("e-mail")},
        {m_phone, tr("phone")},
    };
    for (const auto &[field, label] : named) {
        if (!field->isAcceptable())
            labels.append(label);
    }
    return labels;
}

void ApplicantForm::revealProblems()
{
    for (CheckedField *field : fields())
        field->reveal();
}

bool ApplicantForm::showFieldError(const QString &key, const QString &message)
{
    CheckedField *field = key == QLatin1String("fullName") ? m_fullName
        : key == QLatin1String("dateOfBirth")              ? m_dateOfBirth
        : key == QLatin1String("email")                    ? m_email
        : key == QLatin1String("phone")                    ? m_phone
                                                           : nullptr;
    if (!field)
        return false;
    field->showExternalError(message);
    return true;
}

QWidget *ApplicantForm::firstProblemField() const
{
    for (const CheckedField *field : fields()) {
        if (!field->isAcceptable())
            return field->edit();
    }
    return nullptr;
}

QList<CheckedField *> ApplicantForm::fields() const
{
    return {m_fullName, m_dateOfBirth, m_email, m_phone};
}

} // namespace dpdesk::gui
