#include "gui/detail/ApplicantPanel.h"

#include "core/domain/LoginRules.h"
#include "gui/detail/StateMark.h"
#include "gui/text/ChecklistTexts.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace dpdesk::gui {

namespace {

// The caption column: the mark column, then the caption, then the value.
constexpr int kMarkColumn = 0;
constexpr int kCaptionColumn = 1;
constexpr int kValueColumn = 2;

// Lets the style sheet colour the words of a line that needs the office
// (QLabel[mark="3"]); the mark in front carries the same state.
void setMarkProperty(QLabel *label, CheckMark mark)
{
    if (label->property("mark").toInt() == int(mark) && label->property("mark").isValid())
        return;
    label->setProperty("mark", int(mark));
    label->style()->unpolish(label);
    label->style()->polish(label);
}

void setEmphasised(QPushButton *button, bool on)
{
    button->setProperty("emphasised", on);
    button->setDefault(on);
    // Re-evaluate the style sheet's [emphasised="true"] selector.
    button->style()->unpolish(button);
    button->style()->polish(button);
}

} // namespace

ApplicantPanel::ApplicantPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("applicantCard"));
    setFrameShape(QFrame::NoFrame);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(18, 16, 18, 16);
    outer->setSpacing(10);

    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("applicantPosition"));
    m_position->setProperty("role", QStringLiteral("caption"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("applicantName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_position);
    heading->addWidget(m_name);
    outer->addLayout(heading);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(7);
    grid->setColumnStretch(kValueColumn, 1);
    outer->addLayout(grid);
    int row = 0;
    auto addValueRow = [&](const QString &captionText, QLabel *valueLabel) {
        grid->addWidget(caption(captionText), row, kCaptionColumn, Qt::AlignTop);
        grid->addWidget(valueLabel, row, kValueColumn);
        ++row;
    };
    m_dateOfBirth = value(QStringLiteral("dateOfBirth"));
    m_email = value(QStringLiteral("email"));
    m_currentStep = value(QStringLiteral("currentStep"));
    addValueRow(tr("Date of birth"), m_dateOfBirth);
    addValueRow(tr("E-mail"), m_email);
    addValueRow(tr("Current step"), m_currentStep);

    grid->setRowMinimumHeight(row++, 6);
    grid->addWidget(sectionTitle(tr("Checklist")), row++, kMarkColumn, 1, 3);
    m_documents = checkRow(grid, row++, tr("Documents"), QStringLiteral("documents"));
    m_identification = checkRow(grid, row++, tr("Identification"), QStringLiteral("identification"));
    m_signing = checkRow(grid, row++, tr("Signing"), QStringLiteral("signing"));
    m_contractNote = value(QStringLiteral("contractNote"));
    m_contractNote->setProperty("role", QStringLiteral("hint"));
    m_contractNote->hide();
    grid->addWidget(m_contractNote, row++, kCaptionColumn, 1, 2);

    grid->setRowMinimumHeight(row++, 6);
    grid->addWidget(sectionTitle(tr("Invitation")), row++, kMarkColumn, 1, 3);
    m_noInvitation = value(QStringLiteral("noInvitation"));
    m_noInvitation->setText(tr("Not invited yet. Create an invitation with a link or a code."));
    grid->addWidget(m_noInvitation, row++, kCaptionColumn, 1, 2);

    m_invitationDetails = new QWidget(this);
    auto *inv = new QGridLayout(m_invitationDetails);
    inv->setContentsMargins(0, 0, 0, 0);
    inv->setHorizontalSpacing(10);
    inv->setVerticalSpacing(7);
    inv->setColumnStretch(kValueColumn, 1);
    grid->addWidget(m_invitationDetails, row++, kMarkColumn, 1, 3);
    m_invitationState = checkRow(inv, 0, tr("State"), QStringLiteral("invitationState"));
    m_invitationHint = value(QStringLiteral("invitationHint"));
    m_invitationHint->setProperty("role", QStringLiteral("hint"));
    inv->addWidget(m_invitationHint, 1, kValueColumn);
    int invRow = 2;
    auto addInvitationRow = [&](const QString &captionText, QLabel *valueLabel) {
        inv->addWidget(caption(captionText), invRow, kCaptionColumn, Qt::AlignTop);
        inv->addWidget(valueLabel, invRow, kValueColumn);
        ++invRow;
    };
    m_invitationKind = value(QStringLiteral("invitationKind"));
    m_invitationCreated = value(QStringLiteral("invitationCreated"));
    m_invitationExpires = value(QStringLiteral("invitationExpires"));
    m_invitationAttempts = value(QStringLiteral("invitationAttempts"));
    addInvitationRow(tr("Sent as"), m_invitationKind);
    addInvitationRow(tr("Created"), m_invitationCreated);
    addInvitationRow(tr("Expires"), m_invitationExpires);
    addInvitationRow(tr("Login attempts"), m_invitationAttempts);

    // Keep the caption columns of both grids equally wide, so that values line up.
    int captionWidth = 0;
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (label->property("role").toString() == QLatin1String("caption") && label != m_position)
            captionWidth = std::max(captionWidth, label->sizeHint().width());
    }
    grid->setColumnMinimumWidth(kCaptionColumn, captionWidth);
    inv->setColumnMinimumWidth(kCaptionColumn, captionWidth);
    const int markWidth = m_documents.mark->sizeHint().width();
    grid->setColumnMinimumWidth(kMarkColumn, markWidth);
    inv->setColumnMinimumWidth(kMarkColumn, markWidth);

    m_create = new QPushButton(tr("Create invitation"), this);
    m_create->setObjectName(QStringLiteral("createInvitationButton"));
    m_replace = new QPushButton(tr("Delete and create new invitation"), this);
    m_replace->setObjectName(QStringLiteral("replaceInvitationButton"));
    m_replace->setToolTip(tr("The current link or code stops working at once; the customer gets a new one "
                             "and continues where they were."));
    setEmphasised(m_replace, false);
    outer->addStretch(1); // the buttons of two cards side by side line up at the bottom
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 4, 0, 0);
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    buttons->addWidget(m_replace);
    outer->addLayout(buttons);

    connect(m_create, &QPushButton::clicked, this, [this] { emit createInvitationRequested(m_applicantId); });
    connect(m_replace, &QPushButton::clicked, this,
            [this] { emit replaceInvitationRequested(m_applicantId); });
}

QLabel *ApplicantPanel::sectionTitle(const QString &text)
{
    auto *label = new QLabel(text.toUpper(), this);
    label->setProperty("role", QStringLiteral("section"));
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setLetterSpacing(QFont::PercentageSpacing, 106);
    label->setFont(f);
    return label;
}

QLabel *ApplicantPanel::caption(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setProperty("role", QStringLiteral("caption"));
    return label;
}

QLabel *ApplicantPanel::value(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // No alignment flag in the grid, so that the label gets the whole cell
    // width to wrap in; the text sits at the top of a row that a neighbour
    // made taller.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Any width (a long reason must not widen the column), and a height that
    // follows the width: setSizePolicy would drop setWordWrap's height-for-width.
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    label->setMinimumWidth(120);
    return label;
}

ApplicantPanel::Line ApplicantPanel::checkRow(QGridLayout *grid, int row, const QString &captionText,
                                              const QString &objectName)
{
    Line line;
    line.mark = new StateMark(this);
    line.mark->setObjectName(objectName + QStringLiteral("Mark"));
    line.text = value(objectName + QStringLiteral("Text"));
    auto *captionLabel = caption(captionText);
    grid->addWidget(line.mark, row, kMarkColumn, Qt::AlignTop | Qt::AlignHCenter);
    grid->addWidget(captionLabel, row, kCaptionColumn, Qt::AlignTop);
    grid->addWidget(line.text, row, kValueColumn);
    return line;
}

void ApplicantPanel::setApplicant(const Applicant &applicant, const QDateTime &now, int contractVersion)
{
    m_applicantId = applicant.id;
    const QLocale loc = locale();
    m_position->setText(tr("Applicant %1").arg(applicant.position).toUpper());
    m_name->setText(applicant.fullName);
    m_dateOfBirth->setText(ChecklistTexts::shortDate(applicant.dateOfBirth, loc));
    m_email->setText(applicant.email.isEmpty() ? tr("Not given") : applicant.email);
    m_currentStep->setText(ChecklistTexts::currentStep(applicant));

    auto show = [](Line &line, const CheckLine &check) {
        line.mark->setMark(check.mark);
        line.text->setText(check.text);
        setMarkProperty(line.text, check.mark);
    };
    show(m_documents, ChecklistTexts::documents(applicant));
    show(m_identification, ChecklistTexts::identification(applicant));
    show(m_signing, ChecklistTexts::signing(applicant));
    // S5: after a new contract the customer starts over; say why the steps are open again.
    const bool startsOver = contractVersion > 1 && currentStep(applicant) == FlowStep::Documents;
    m_contractNote->setText(startsOver ? ChecklistTexts::newContractNote(contractVersion) : QString());
    m_contractNote->setVisible(startsOver);
    showInvitation(applicant, now);
}

void ApplicantPanel::showInvitation(const Applicant &applicant, const QDateTime &now)
{
    const std::optional<Invitation> &invitation = applicant.invitation;
    // C6: only an active (expired or not) or a locked invitation can be
    // replaced; the server refuses a second one while it exists.
    const bool replaceable = invitation
        && (invitation->state == InvitationState::Active || invitation->state == InvitationState::Locked);
    const bool canCreate = !invitation || invitation->state == InvitationState::Revoked;
    m_noInvitation->setVisible(!invitation);
    m_invitationDetails->setVisible(invitation.has_value());
    m_create->setVisible(canCreate);
    m_replace->setVisible(replaceable);
    if (!invitation) {
        setEmphasised(m_replace, false);
        return;
    }

    const QLocale loc = locale();
    const CheckLine state = ChecklistTexts::invitation(*invitation, now, loc);
    m_invitationState.mark->setMark(state.mark);
    m_invitationState.text->setText(state.text);
    setMarkProperty(m_invitationState.text, state.mark);
    const bool locked = invitation->state == InvitationState::Locked;
    const bool expired = invitation->state == InvitationState::Active && isExpired(*invitation, now);
    QString hint;
    if (locked) // C5
        hint = tr("The customer can no longer log in. Delete this invitation and create a new one.");
    else if (expired)
        hint = tr("The link or code no longer works. Delete this invitation and create a new one.");
    else if (invitation->state == InvitationState::Active
             && invitation->failedAttempts == kLoginWarningAtFailedAttempts) // C4
        hint = tr("One more wrong date of birth locks this invitation.");
    m_invitationHint->setText(hint);
    m_invitationHint->setVisible(!hint.isEmpty());
    m_invitationKind->setText(ChecklistTexts::invitationKind(invitation->kind));
    m_invitationCreated->setText(ChecklistTexts::shortDateTime(invitation->createdAt, loc));
    m_invitationExpires->setText(ChecklistTexts::shortDateTime(invitation->expiresAt, loc));
    m_invitationAttempts->setText(ChecklistTexts::attemptsUsed(invitation->failedAttempts));
    // C6: the way out of a locked or expired invitation is the main action.
    setEmphasised(m_replace, locked || expired);
}

} // namespace dpdesk::gui
