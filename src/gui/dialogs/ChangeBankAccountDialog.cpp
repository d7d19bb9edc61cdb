#include "gui/dialogs/ChangeBankAccountDialog.h"

#include "core/domain/ChecklistRules.h"
#include "core/iban/Iban.h"
#include "core/wire/WireLimits.h"
#include "gui/dialogs/CheckedField.h"
#include "gui/dialogs/DialogStyle.h"
#include "gui/dialogs/FieldMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpdesk::gui {

namespace {

QString accountText(const QString &iban)
{
    if (iban.isEmpty())
        return ChangeBankAccountDialog::tr("Not filled in yet");
    const auto parsed = Iban::parse(iban);
    if (!parsed)
        return iban;
    const QString bank = parsed->bankName();
    return bank.isEmpty() ? parsed->formatted()
                          : ChangeBankAccountDialog::tr("%1 · %2").arg(parsed->formatted(), bank);
}

QLabel *bannerLabel(QFrame *frame)
{
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 10, 12, 10);
    auto *label = new QLabel(frame);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    layout->addWidget(label);
    return label;
}

} // namespace

ChangeBankAccountDialog::ChangeBankAccountDialog(const Application &application, QWidget *parent)
    : QDialog(parent)
    , m_application(application)
    , m_refused(isComplete(application)) // I5
{
    setWindowTitle(tr("Change bank account"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Change the bank account of %1").arg(application.reference), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    title->setWordWrap(true);
    DialogStyle::makeTitle(title);
    layout->addWidget(title);
    QStringList names;
    for (const Applicant &a : application.applicants)
        names << a.fullName;
    auto *subtitle = new QLabel(names.join(tr(" and ")), this);
    subtitle->setWordWrap(true);
    DialogStyle::makeSubtitle(subtitle);
    layout->addWidget(subtitle);
    layout->addSpacing(4);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *currentIban = new QLabel(accountText(application.iban), this);
    currentIban->setObjectName(QStringLiteral("currentIbanLabel"));
    currentIban->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Current bank account:"), currentIban);
    auto *currentHolder = new QLabel(
        application.accountHolder.isEmpty() ? tr("Not filled in yet") : application.accountHolder, this);
    currentHolder->setObjectName(QStringLiteral("currentHolderLabel"));
    currentHolder->setTextFormat(Qt::PlainText);
    currentHolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Current account holder:"), currentHolder);

    auto fieldWithMessage = [this](QLineEdit *edit, FieldMessage *message) {
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(3);
        v->addWidget(edit);
        v->addWidget(message);
        return box;
    };
    m_ibanEdit = new QLineEdit(this);
    m_ibanEdit->setObjectName(QStringLiteral("ibanEdit"));
    m_ibanEdit->setPlaceholderText(tr("e.g. NL91 ABNA 0417 1643 00"));
    m_ibanEdit->setAccessibleName(tr("New IBAN"));
    // Room for the print form with spaces (34 characters in groups of four).
    m_ibanEdit->setMaxLength(wire_limits::kIbanLength + wire_limits::kIbanLength / 4 + 2);
    m_ibanMessage = new FieldMessage(this);
    m_ibanMessage->setObjectName(QStringLiteral("ibanMessage"));
    form->addRow(tr("&New IBAN:"), fieldWithMessage(m_ibanEdit, m_ibanMessage));
    m_holderEdit = new QLineEdit(application.accountHolder, this);
    m_holderEdit->setObjectName(QStringLiteral("accountHolderEdit"));
    m_holderEdit->setAccessibleName(tr("Account holder"));
    m_holderEdit->setMaxLength(wire_limits::kNameLength);
    m_holderMessage = new FieldMessage(this);
    m_holderMessage->setObjectName(QStringLiteral("accountHolderMessage"));
    form->addRow(tr("Account &holder:"), fieldWithMessage(m_holderEdit, m_holderMessage));
    for (int row = 0; row < form->rowCount(); ++row)
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addLayout(form);

    m_sameNote =
        new QLabel(tr("This is the current bank account. Change the IBAN or the account holder."), this);
    m_sameNote->setObjectName(QStringLiteral("sameNote"));
    m_sameNote->setWordWrap(true);
    DialogStyle::makeSubtitle(m_sameNote);
    m_sameNote->hide();
    layout->addWidget(m_sameNote);

    // S5 in plain words: what happens for the customer.
    auto *consequence = new QFrame(this);
    consequence->setObjectName(QStringLiteral("consequenceFrame"));
    DialogStyle::makeBanner(consequence, DialogStyle::Banner::Info);
    QLabel *consequenceLabel = bannerLabel(consequence);
    consequenceLabel->setObjectName(QStringLiteral("consequenceLabel"));
    consequenceLabel->setText(consequenceText());
    layout->addWidget(consequence);

    m_errorBanner = new QFrame(this);
    m_errorBanner->setObjectName(QStringLiteral("errorFrame"));
    DialogStyle::makeBanner(m_errorBanner, DialogStyle::Banner::Error);
    m_errorLabel = bannerLabel(m_errorBanner);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorBanner->hide();
    layout->addWidget(m_errorBanner);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_confirm = buttons->addButton(tr("&Put new contract in place"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setAccessibleName(tr("Change the bank account and put a new contract in place"));
    connect(m_confirm, &QPushButton::clicked, this, &ChangeBankAccountDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_iban = new CheckedField(
        m_ibanEdit, m_ibanMessage,
        [](const QString &text) {
            FieldCheck check = FieldChecks::iban(text);
            if (check.state == FieldCheck::State::Empty)
                return FieldCheck{FieldCheck::State::Incomplete, tr("Enter the new IBAN.")};
            return check;
        },
        this);
    m_holder = new CheckedField(
        m_holderEdit, m_holderMessage,
        [](const QString &text) {
            const FieldCheck check =
                FieldChecks::requiredText(text, tr("Enter the name of the account holder."));
            return check.state == FieldCheck::State::Valid ? FieldCheck{FieldCheck::State::Valid, {}} : check;
        },
        this);
    for (CheckedField *field : {m_iban, m_holder})
        connect(field, &CheckedField::changed, this, [this] {
            m_errorBanner->setVisible(m_refused);
            revalidate();
        });
    // The print form, once the IBAN is right: easier to compare with a bank card.
    connect(m_ibanEdit, &QLineEdit::editingFinished, this, [this] {
        if (const auto iban = Iban::parse(m_ibanEdit->text());
            iban && m_ibanEdit->text() != iban->formatted())
            m_ibanEdit->setText(iban->formatted());
    });

    if (m_refused) {
        m_errorLabel->setText(tr("This application is complete: every applicant has signed and identified. "
                                 "Its contract cannot change any more; a different bank account needs a new "
                                 "application."));
        m_errorBanner->show();
        consequence->hide();
        m_ibanEdit->setEnabled(false);
        m_holderEdit->setEnabled(false);
        m_confirm->hide();
        m_cancel->setText(tr("Close"));
        m_cancel->setDefault(true);
    } else {
        m_confirm->setDefault(true);
        m_ibanEdit->setFocus();
    }
    setMinimumWidth(560);
    revalidate();
}

ChangeBankAccountDialog::~ChangeBankAccountDialog() = default;

QString ChangeBankAccountDialog::consequenceText()
{
    return tr("A new contract will be generated. The customer keeps the same link and code but must go "
              "through the steps again.");
}

QString ChangeBankAccountDialog::iban() const
{
    const auto parsed = Iban::parse(m_ibanEdit->text());
    return parsed ? parsed->normalized() : QString();
}

QString ChangeBankAccountDialog::accountHolder() const
{
    return m_holderEdit->text().trimmed();
}

bool ChangeBankAccountDialog::canConfirm() const
{
    if (m_refused || !m_iban->current().isValid() || !m_holder->current().isValid())
        return false;
    if (!m_iban->isAcceptable() || !m_holder->isAcceptable())
        return false;
    return iban() != m_application.iban || accountHolder() != m_application.accountHolder;
}

void ChangeBankAccountDialog::revalidate()
{
    const bool same = m_iban->current().isValid() && iban() == m_application.iban
        && accountHolder() == m_application.accountHolder;
    m_sameNote->setVisible(same && !m_refused);
    m_confirm->setEnabled(canConfirm());
    if (isVisible())
        DialogStyle::fitHeight(this, DialogStyle::Fit::GrowOnly);
}

void ChangeBankAccountDialog::showError(const Error &error)
{
    if (error.field == QLatin1String("iban") || error.code.startsWith(QLatin1String("iban."))) {
        m_iban->showExternalError(error.message);
    } else if (error.field == QLatin1String("accountHolder")) {
        m_holder->showExternalError(error.message);
    } else {
        m_errorLabel->setText(error.message);
        m_errorBanner->show();
    }
    revalidate();
}

void ChangeBankAccountDialog::accept()
{
    if (!canConfirm()) {
        m_iban->reveal();
        m_holder->reveal();
        return;
    }
    QDialog::accept();
}

void ChangeBankAccountDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    DialogStyle::fitHeight(this);
}

} // namespace dpdesk::gui
