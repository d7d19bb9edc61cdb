#pragma once

#include "core/domain/Applicant.h"

#include <QDateTime>
#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

namespace dpdesk::gui {

class StateMark;

// One applicant's column in the detail view: who they are, their checklist
// (documents, identification, signing), where they are in the flow, and
// their invitation with the buttons to create or replace it (C1, C6).
class ApplicantPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ApplicantPanel(QWidget *parent = nullptr);

    // now decides whether the invitation has expired (LoginRules isExpired).
    // contractVersion above 1 with the applicant back at the start says why
    // (S5: a new contract, every step again).
    void setApplicant(const Applicant &applicant, const QDateTime &now, int contractVersion = 1);
    const QString &applicantId() const { return m_applicantId; }

signals:
    void createInvitationRequested(const QString &applicantId);
    void replaceInvitationRequested(const QString &applicantId);

private:
    struct Line
    {
        StateMark *mark = nullptr;
        QLabel *text = nullptr;
    };

    QLabel *sectionTitle(const QString &text);
    QLabel *caption(const QString &text);
    QLabel *value(const QString &objectName);
    Line checkRow(QGridLayout *grid, int row, const QString &caption, const QString &objectName);
    void showInvitation(const Applicant &applicant, const QDateTime &now);

    QString m_applicantId;
    QLabel *m_position;
    QLabel *m_name;
    QLabel *m_dateOfBirth;
    QLabel *m_email;
    QLabel *m_currentStep;
    Line m_documents;
    Line m_identification;
    Line m_signing;
    QLabel *m_contractNote;
    QWidget *m_invitationDetails;
    Line m_invitationState;
    QLabel *m_invitationHint;
    QLabel *m_invitationKind;
    QLabel *m_invitationCreated;
    QLabel *m_invitationExpires;
    QLabel *m_invitationAttempts;
    QLabel *m_noInvitation;
    QPushButton *m_create;
    QPushButton *m_replace;
};

} // namespace dpdesk::gui
