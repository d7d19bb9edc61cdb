#pragma once

#include "core/domain/Application.h"

namespace dpdesk {

// S2, S5: what the contract is made of. The customer's details "feed the
// contract" (S2) and the bank account is in it (S4, S5), so a change of any
// of these needs a new contract: the loan (amount, kind, term), the bank
// account (IBAN, account holder), and each applicant's name and date of
// birth. The office's reference, e-mail addresses and phone numbers are not
// in the contract.
bool contractTermsDiffer(const Application &before, const Application &after);

} // namespace dpdesk
