#pragma once

#include <QtGlobal>

namespace dpdesk {

// What a loan costs, for the ESIC (D1) and the contract: an annuity (equal
// monthly payments) at a fixed yearly percentage rate.
//
// The rate is the effective yearly rate (the Dutch "jaarlijks
// kostenpercentage", JKP) in basis points: 790 is 7.90 %. Without other costs
// the JKP equals the effective debit rate, so the monthly rate is
// (1 + JKP)^(1/12) - 1 (assumed: no fees, no insurance, monthly payments in
// arrears).
struct LoanCost
{
    qint64 monthlyPaymentCents = 0; // rounded to the nearest cent
    qint64 totalPayableCents = 0; // monthlyPaymentCents * termMonths
    qint64 creditCostCents = 0; // totalPayableCents - the amount borrowed

    friend bool operator==(const LoanCost &, const LoanCost &) = default;
};

// amountCents > 0 and termMonths > 0, rateBasisPoints >= 0 (else all zero).
// A rate of 0 gives amount / term, rounded up to a whole cent.
LoanCost annuityCost(qint64 amountCents, int termMonths, int rateBasisPoints);

// The monthly rate in percent for a yearly rate in basis points, for print.
double monthlyRatePercent(int rateBasisPoints);

} // namespace dpdesk
