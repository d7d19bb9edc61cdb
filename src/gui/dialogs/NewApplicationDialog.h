#pragma once

#include "core/Result.h"
#include "core/time/Clock.h"
#include "core/wire/NewApplicationRequest.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewApplicationDialog;
}

namespace dpdesk::gui {

class CheckedField;

// Creates an application: the loan (reference, amount, kind, term), an
// optional bank account (S4) and one or two applicants. Every field is
// checked as the user types with the core rules (Iban, TextShapes, Age, wire
// limits), and the whole request once more with the wire decoder the server
// uses, so "Create application" is enabled only for a request the server
// accepts. The dialog sends nothing: after exec() == Accepted the caller
// takes request().
class NewApplicationDialog : public QDialog
{
    Q_OBJECT

public:
    // clock gives "today" for the age limit (the server's date: UTC).
    explicit NewApplicationDialog(QWidget *parent = nullptr, const Clock &clock = Clock::system());
    ~NewApplicationDialog() override;

    // Fills the form, e.g. to correct a request the server refused.
    void setRequest(const NewApplicationRequest &request);
    // What is typed, trimmed; meaningful when isComplete().
    NewApplicationRequest request() const;
    // Every field is valid and the wire check passes.
    bool isComplete() const;

    // Shows a refusal from the server next to its field (Error::field is a
    // JSON path such as "applicants[1].email"), or above the buttons when
    // it names no field of the form.
    void showServerError(const Error &error);

public slots:
    // Accepts only a complete request; otherwise shows every problem and
    // puts the focus on the first.
    void accept() override;

private:
    void edited();
    void revalidate();
    QStringList problems() const;
    void revealProblems();
    QWidget *firstProblemField() const;
    bool showFieldError(const QString &path, const QString &message);
    void updateNumberMessages();

    std::unique_ptr<Ui::NewApplicationDialog> m_ui;
    const Clock *m_clock;
    CheckedField *m_reference;
    CheckedField *m_iban;
    CheckedField *m_accountHolder;
    bool m_amountTouched = false;
    bool m_termTouched = false;
    bool m_complete = false;
    QString m_serverError; // a refusal that names no field; until the next edit
};

} // namespace dpdesk::gui
