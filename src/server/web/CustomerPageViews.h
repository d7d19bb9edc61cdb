#pragma once

#include "server/customer/CustomerViews.h"
#include "server/customer/IdinProvider.h"
#include "server/web/Html.h"

#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace dpdesk::server::web {

// The HTML of each customer page, from the views CustomerFlow answers
// (pure: no database, no session). Every field has a label, every group a
// legend, every page one <h1>; errors are told next to their field
// (aria-describedby, aria-invalid) and in a summary at the top.

// Field errors by form field name, and a message for the whole form.
struct FormErrors
{
    QString summary;
    QHash<QString, QString> fields;
    bool any() const { return !summary.isEmpty() || !fields.isEmpty(); }
};

// C2: the start page with the code and date-of-birth form; with a link
// token (the invitation link, C1) only the date of birth.
PageFrame loginPage(const QString &csrf, const QString &linkToken, const QUrlQuery &entered,
                    const FormErrors &errors, const QString &message);

// D2, S9, I5.
PageFrame overviewPage(const CustomerOverview &o, const QString &csrf);
// D1.
PageFrame documentsPage(const DocumentsView &v, const CustomerOverview &o, const QString &csrf,
                        const QString &message);
// S1-S3. entered: the posted form when it is shown again with errors.
PageFrame questionsPage(const QuestionsView &v, const QString &csrf, const QUrlQuery &entered,
                        const FormErrors &errors);
// S4.
PageFrame ibanPage(const IbanView &v, const QString &csrf, const QString &message);
// S6.
PageFrame contractPage(const ContractView &v, const QString &csrf, const QString &message);
PageFrame refusePage(const QString &csrf, const QString &entered, const FormErrors &errors);
// S7.
PageFrame idinPage(const QList<IdinProvider::Bank> &banks, const CustomerOverview &o, const QString &csrf,
                   const FormErrors &errors);
// S8, S9.
PageFrame signingPage(const CustomerOverview &o, const QString &csrf, const QString &message);
PageFrame signedPage(const CustomerOverview &o, const QString &csrf, int countdownSeconds);
// I1-I4.
PageFrame identificationPage(const IdentificationView &v, const QString &csrf, const QString &message);
// A refusal or a page that cannot be shown (a step out of order, an expired
// form), with a way back.
PageFrame problemPage(const QString &title, const QString &message, const QString &csrf,
                      const QString &backHref, const QString &backLabel);

// "dd-mm-jjjj" (also with / or ., or ISO yyyy-mm-dd); invalid: a null date.
QDate parseDutchDate(const QString &text);

} // namespace dpdesk::server::web
