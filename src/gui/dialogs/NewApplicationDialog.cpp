#include "gui/dialogs/NewApplicationDialog.h"

#include "core/iban/Iban.h"
#include "core/wire/WireLimits.h"
#include "gui/dialogs/CheckedField.h"
#include "gui/dialogs/DialogStyle.h"
#include "gui/dialogs/FieldMessage.h"

#include <QPushButton>
#include <QRegularExpression>

#include "ui_NewApplicationDialog.h"

namespace dpdesk::gui {

namespace {

qint64 toCents(double euros)
{
    return qRound64(euros * 100.0);
}

FieldCheck optionalText(const QString &text)
{
    return FieldCheck{text.trimmed().isEmpty() ? FieldCheck::State::Empty : FieldCheck::State::Valid, {}};
}

} // namespace

NewApplicationDialog::NewApplicationDialog(QWidget *parent, const Clock &clock)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewApplicationDialog>())
    , m_clock(&clock)
{
    m_ui->setupUi(this);
    DialogStyle::makeTitle(m_ui->titleLabel);
    DialogStyle::makeSubtitle(m_ui->subtitleLabel);
    DialogStyle::makeSubtitle(m_ui->bankNoteLabel);
    DialogStyle::makeSubtitle(m_ui->summaryLabel);

    QPushButton *create = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    create->setText(tr("&Create application"));
    create->setAccessibleName(tr("Create application"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewApplicationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewApplicationDialog::reject);

    using namespace wire_limits;
    m_ui->referenceEdit->setMaxLength(kReferenceLength);
    m_ui->accountHolderEdit->setMaxLength(kNameLength);
    // Room for the print form with spaces (34 characters in groups of four).
    m_ui->ibanEdit->setMaxLength(kIbanLength + kIbanLength / 4 + 2);
    m_ui->amountSpin->setRange(0.0, double(kMaxLoanAmountCents) / 100.0);
    m_ui->amountSpin->setSpecialValueText(tr("not entered"));
    m_ui->termSpin->setRange(0, kMaxTermMonths);
    m_ui->termSpin->setSingleStep(12);
    m_ui->termSpin->setSuffix(tr(" months"));
    m_ui->termSpin->setSpecialValueText(tr("not entered"));
    // Numbers in boxes the width of a number, right-aligned; the kind lines up with them.
    const int numberWidth = fontMetrics().horizontalAdvance(QStringLiteral("€ 1,000,000.00 months")) + 40;
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->amountSpin, m_ui->termSpin, m_ui->loanKindCombo})
        w->setMaximumWidth(numberWidth);
    m_ui->loanKindCombo->addItem(tr("Personal loan"), QVariant::fromValue(int(LoanKind::PersonalLoan)));
    m_ui->loanKindCombo->addItem(tr("Revolving credit"), QVariant::fromValue(int(LoanKind::RevolvingCredit)));

    m_ui->amountMessage->setField(m_ui->amountSpin);
    m_ui->termMessage->setField(m_ui->termSpin);
    m_reference = new CheckedField(
        m_ui->referenceEdit, m_ui->referenceMessage,
        [](const QString &text) {
            return FieldChecks::requiredText(text, tr("Enter your reference for this application."));
        },
        this);
    m_iban = new CheckedField(m_ui->ibanEdit, m_ui->ibanMessage, &FieldChecks::iban, this);
    m_accountHolder =
        new CheckedField(m_ui->accountHolderEdit, m_ui->accountHolderMessage, &optionalText, this);
    for (CheckedField *field : {m_reference, m_iban, m_accountHolder})
        connect(field, &CheckedField::changed, this, &NewApplicationDialog::edited);
    // The print form, once the IBAN is right: easier to compare with a bank card.
    connect(m_ui->ibanEdit, &QLineEdit::editingFinished, this, [this] {
        if (const auto iban = Iban::parse(m_ui->ibanEdit->text());
            iban && m_ui->ibanEdit->text() != iban->formatted())
            m_ui->ibanEdit->setText(iban->formatted());
    });

    connect(m_ui->amountSpin, &QDoubleSpinBox::valueChanged, this, &NewApplicationDialog::edited);
    connect(m_ui->termSpin, &QSpinBox::valueChanged, this, &NewApplicationDialog::edited);
    connect(m_ui->loanKindCombo, &QComboBox::currentIndexChanged, this, &NewApplicationDialog::edited);
    connect(m_ui->amountSpin, &QDoubleSpinBox::editingFinished, this, [this] {
        m_amountTouched = true;
        updateNumberMessages();
    });
    connect(m_ui->termSpin, &QSpinBox::editingFinished, this, [this] {
        m_termTouched = true;
        updateNumberMessages();
    });

    const QDate today = m_clock->nowUtc().date();
    for (ApplicantForm *form : {m_ui->firstApplicant, m_ui->secondApplicant}) {
        form->setToday(today);
        connect(form, &ApplicantForm::changed, this, &NewApplicationDialog::edited);
    }
    connect(m_ui->secondApplicant, &QGroupBox::toggled, this, [this](bool on) {
        if (on)
            m_ui->secondApplicant->findChild<QLineEdit *>(QStringLiteral("fullNameEdit"))->setFocus();
    });
    m_ui->secondApplicant->setToolTip(tr("Tick to add a co-applicant to this loan."));

    m_ui->referenceEdit->setFocus();
    resize(sizeHint().expandedTo(QSize(900, 0)));
    revalidate();
}

NewApplicationDialog::~NewApplicationDialog() = default;

void NewApplicationDialog::setRequest(const NewApplicationRequest &request)
{
    m_ui->referenceEdit->setText(request.reference);
    m_ui->amountSpin->setValue(double(request.loanAmountCents) / 100.0);
    m_ui->loanKindCombo->setCurrentIndex(m_ui->loanKindCombo->findData(int(request.loanKind)));
    m_ui->termSpin->setValue(request.termMonths);
    const auto iban = Iban::parse(request.iban);
    m_ui->ibanEdit->setText(iban ? iban->formatted() : request.iban);
    m_ui->accountHolderEdit->setText(request.accountHolder);
    m_ui->firstApplicant->setApplicant(request.applicants.value(0));
    m_ui->secondApplicant->setChecked(request.applicants.size() > 1);
    m_ui->secondApplicant->setApplicant(request.applicants.value(1));
}

NewApplicationRequest NewApplicationDialog::request() const
{
    NewApplicationRequest request;
    request.reference = m_ui->referenceEdit->text().trimmed();
    request.loanAmountCents = toCents(m_ui->amountSpin->value());
    request.loanKind = LoanKind(m_ui->loanKindCombo->currentData().toInt());
    request.termMonths = m_ui->termSpin->value();
    if (const auto iban = Iban::parse(m_ui->ibanEdit->text()))
        request.iban = iban->normalized();
    else
        request.iban = m_ui->ibanEdit->text().trimmed();
    request.accountHolder = m_ui->accountHolderEdit->text().simplified();
    request.applicants.append(m_ui->firstApplicant->applicant());
    if (m_ui->secondApplicant->isChecked())
        request.applicants.append(m_ui->secondApplicant->applicant());
    return request;
}

bool NewApplicationDialog::isComplete() const
{
    return m_complete;
}

void NewApplicationDialog::showServerError(const Error &error)
{
    if (!showFieldError(error.field, error.message)) {
        m_serverError = error.message.isEmpty() ? error.code : error.message;
        revalidate();
    }
    if (QWidget *field = firstProblemField())
        field->setFocus();
}

void NewApplicationDialog::accept()
{
    revalidate();
    if (!m_complete) {
        revealProblems();
        if (QWidget *field = firstProblemField())
            field->setFocus();
        return;
    }
    QDialog::accept();
}

void NewApplicationDialog::edited()
{
    m_serverError.clear();
    revalidate();
}

void NewApplicationDialog::revalidate()
{
    updateNumberMessages();
    QString generalError = m_serverError;
    QStringList missing = problems();
    if (missing.isEmpty() && generalError.isEmpty()) {
        // The rules the server applies, on exactly what would be sent. The
        // fields above already say every problem a user can make; this keeps
        // the two from drifting apart.
        const auto checked = newApplicationRequestFromJson(toJson(request()), m_clock->nowUtc().date());
        if (!checked) {
            if (!showFieldError(checked.error().field, checked.error().message))
                generalError = checked.error().message;
            missing = problems();
        }
    }
    m_complete = missing.isEmpty() && generalError.isEmpty();

    QPushButton *create = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    create->setEnabled(m_complete);
    QString summary;
    if (!generalError.isEmpty())
        summary = generalError;
    else if (!missing.isEmpty())
        summary = tr("Still to complete: %1.").arg(missing.join(tr(", ")));
    m_ui->summaryLabel->setText(summary);
    QPalette pal = m_ui->summaryLabel->palette();
    pal.setColor(QPalette::WindowText,
                 generalError.isEmpty() ? DialogStyle::hintColor(palette()) : DialogStyle::errorColor());
    m_ui->summaryLabel->setPalette(pal);
    create->setAccessibleDescription(summary);
}

QStringList NewApplicationDialog::problems() const
{
    QStringList list;
    if (!m_reference->isAcceptable())
        list.append(tr("reference"));
    if (toCents(m_ui->amountSpin->value()) < wire_limits::kMinLoanAmountCents)
        list.append(tr("loan amount"));
    if (m_ui->termSpin->value() < wire_limits::kMinTermMonths)
        list.append(tr("term"));
    if (!m_iban->isAcceptable())
        list.append(tr("IBAN"));
    if (!m_accountHolder->isAcceptable())
        list.append(tr("account holder"));
    for (const QString &problem : m_ui->firstApplicant->problems())
        list.append(m_ui->secondApplicant->isChecked() ? tr("%1 of applicant 1").arg(problem) : problem);
    if (m_ui->secondApplicant->isChecked()) {
        for (const QString &problem : m_ui->secondApplicant->problems())
            list.append(tr("%1 of applicant 2").arg(problem));
    }
    return list;
}

void NewApplicationDialog::revealProblems()
{
    m_reference->reveal();
    m_iban->reveal();
    m_accountHolder->reveal();
    m_amountTouched = true;
    m_termTouched = true;
    updateNumberMessages();
    m_ui->firstApplicant->revealProblems();
    if (m_ui->secondApplicant->isChecked())
        m_ui->secondApplicant->revealProblems();
}

QWidget *NewApplicationDialog::firstProblemField() const
{
    if (!m_reference->isAcceptable())
        return m_reference->edit();
    if (toCents(m_ui->amountSpin->value()) < wire_limits::kMinLoanAmountCents)
        return m_ui->amountSpin;
    if (m_ui->termSpin->value() < wire_limits::kMinTermMonths)
        return m_ui->termSpin;
    if (!m_iban->isAcceptable())
        return m_iban->edit();
    if (!m_accountHolder->isAcceptable())
        return m_accountHolder->edit();
    if (QWidget *field = m_ui->firstApplicant->firstProblemField())
        return field;
    if (m_ui->secondApplicant->isChecked())
        return m_ui->secondApplicant->firstProblemField();
    return nullptr;
}

bool NewApplicationDialog::showFieldError(const QString &path, const QString &message)
{
    if (path == QLatin1String("reference")) {
        m_reference->showExternalError(message);
        return true;
    }
    if (path == QLatin1String("iban")) {
        m_iban->showExternalError(message);
        return true;
    }
    if (path == QLatin1String("accountHolder")) {
        m_accountHolder->showExternalError(message);
        return true;
    }
    static const QRegularExpression applicantField(QStringLiteral(R"(^applicants\[(\d+)\]\.(\w+)$)"));
    const QRegularExpressionMatch match = applicantField.match(path);
    if (!match.hasMatch())
        return false;
    const int index = match.captured(1).toInt();
    ApplicantForm *form = index == 0 ? m_ui->firstApplicant : index == 1 ? m_ui->secondApplicant : nullptr;
    return form && form->showFieldError(match.captured(2), message);
}

void NewApplicationDialog::updateNumberMessages()
{
    using namespace wire_limits;
    if (toCents(m_ui->amountSpin->value()) >= kMinLoanAmountCents)
        m_ui->amountMessage->clearMessage();
    else if (m_amountTouched)
        m_ui->amountMessage->showMessage(FieldMessage::Tone::Error, tr("Enter the loan amount in euros."));
    if (m_ui->termSpin->value() >= kMinTermMonths)
        m_ui->termMessage->clearMessage();
    else if (m_termTouched)
        m_ui->termMessage->showMessage(FieldMessage::Tone::Error,
                                       tr("Enter the term: 1 to %1 months.").arg(kMaxTermMonths));
}

} // namespace dpdesk::gui
