#include "core/domain/HighRiskSectors.h"

#include <algorithm>

namespace dpdesk {

const QList<HighRiskSector> &highRiskSectors()
{
    static const QList<HighRiskSector> sectors{
        {QStringLiteral("arms_and_defence"), QStringLiteral("Wapen- en defensie-industrie")},
        {QStringLiteral("gambling"), QStringLiteral("Kansspelen en gokken")},
        {QStringLiteral("crypto_assets"), QStringLiteral("Cryptovaluta")},
        {QStringLiteral("precious_metals"), QStringLiteral("Handel in edelmetalen en edelstenen")},
        {QStringLiteral("art_trade"), QStringLiteral("Kunst- en antiekhandel")},
        {QStringLiteral("car_trade"), QStringLiteral("Autohandel")},
        {QStringLiteral("real_estate"), QStringLiteral("Vastgoed")},
        {QStringLiteral("money_services"), QStringLiteral("Geldtransacties en wisselkantoren")},
        {QStringLiteral("cash_intensive"),
         QStringLiteral("Bedrijven met veel contant geld (horeca, nachtwinkels, kapsalons)")},
        {QStringLiteral("adult_entertainment"), QStringLiteral("Seks- en erotiekbranche")},
    };
    return sectors;
}

bool isHighRiskSector(const QString &id)
{
    const auto &all = highRiskSectors();
    return std::any_of(all.cbegin(), all.cend(), [&](const HighRiskSector &s) { return s.id == id; });
}

} // namespace dpdesk
