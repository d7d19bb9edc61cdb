#include "core/domain/LoanCost.h"

#include <cmath>

namespace dpdesk {

double monthlyRatePercent(int rateBasisPoints)
{
    return (std::pow(1.0 + rateBasisPoints / 10000.0, 1.0 / 12.0) - 1.0) * 100.0;
}

LoanCost annuityCost(qint64 amountCents, int termMonths, int rateBasisPoints)
{
    if (amountCents <= 0 || termMonths <= 0 || rateBasisPoints < 0)
        return {};
    LoanCost cost;
    if (rateBasisPoints == 0) {
        cost.monthlyPaymentCents = (amountCents + termMonths - 1) / termMonths;
    } else {
        const double monthly = monthlyRatePercent(rateBasisPoints) / 100.0;
        const double payment =
            double(amountCents) * monthly / (1.0 - std::pow(1.0 + monthly, -double(termMonths)));
        cost.monthlyPaymentCents = qint64(std::llround(payment));
    }
    cost.totalPayableCents = cost.monthlyPaymentCents * termMonths;
    cost.creditCostCents = cost.totalPayableCents - amountCents;
    return cost;
}

} // namespace dpdesk
