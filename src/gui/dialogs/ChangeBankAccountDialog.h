#pragma once

#include "core/Result.h"
#include "core/domain/Application.h"

#include <QDialog>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dpdesk::gui {

class CheckedField;
class FieldMessage;

// "Change bank account" (S5, the DP Portaal way): shows the current IBAN and
// account holder, checks the new IBAN as the user types with the core rules
// (Iban::parse; the bank's name once it is valid) and says plainly what
// follows: a new contract, the same link and code, and every step again.
// The confirm button is enabled only for a valid IBAN and holder that differ
// from the current ones. A complete application (I5) cannot change: the
// dialog says so and offers only Close. The dialog sends nothing: after
// exec() == Accepted the caller takes iban() and accountHolder().
class ChangeBankAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangeBankAccountDialog(const Application &application, QWidget *parent = nullptr);
    ~ChangeBankAccountDialog() override;

    // The new IBAN in electronic form (empty while not valid) and the holder, trimmed.
    QString iban() const;
    QString accountHolder() const;
    // A change the server would accept: valid, different, not complete.
    bool canConfirm() const;
    // The application is complete (I5): nothing can be changed.
    bool isRefused() const { return m_refused; }

    // The consequence statement shown above the buttons.
    static QString consequenceText();

    // A refusal (checked locally or by the server) next to its field, or
    // above the buttons when it names none.
    void showError(const Error &error);

public slots:
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void revalidate();

    Application m_application;
    bool m_refused = false;
    QLineEdit *m_ibanEdit;
    QLineEdit *m_holderEdit;
    FieldMessage *m_ibanMessage;
    FieldMessage *m_holderMessage;
    CheckedField *m_iban;
    CheckedField *m_holder;
    QLabel *m_sameNote;
    QFrame *m_errorBanner;
    QLabel *m_errorLabel;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
};

} // namespace dpdesk::gui
