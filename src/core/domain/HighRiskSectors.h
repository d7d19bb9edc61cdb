#pragma once

#include <QList>
#include <QString>

namespace dpdesk {

// S1, question 3 (assumed): the sectors a customer can tick when they work in
// or earn income from a high-risk sector. The source document only says "at
// least one sector"; this list follows the sectors Dutch lenders treat as
// high-risk under the Wwft. Ids are stable (stored in the answers); labels
// are what the customer reads.
struct HighRiskSector
{
    QString id; // "precious_metals"
    QString label; // Dutch, "Handel in edelmetalen en edelstenen"
};

const QList<HighRiskSector> &highRiskSectors();

// The id is one of highRiskSectors().
bool isHighRiskSector(const QString &id);

} // namespace dpdesk
