#include "core/domain/ContractTerms.h"

namespace dpdesk {

bool contractTermsDiffer(const Application &before, const Application &after)
{
    if (before.loanAmountCents != after.loanAmountCents || before.loanKind != after.loanKind
        || before.termMonths != after.termMonths || before.iban != after.iban
        || before.accountHolder != after.accountHolder || before.applicants.size() != after.applicants.size())
        return true;
    for (qsizetype i = 0; i < before.applicants.size(); ++i) {
        const Applicant &a = before.applicants.at(i);
        const Applicant &b = after.applicants.at(i);
        if (a.fullName != b.fullName || a.dateOfBirth != b.dateOfBirth)
            return true;
    }
    return false;
}

} // namespace dpdesk
